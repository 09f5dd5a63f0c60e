import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { captureIo } from "../test-helpers/io.js";
import { repoRoot } from "../test-helpers/seeds.js";
import { main } from "./main.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const examples = join(repoRoot, "examples");

async function run(...argv: string[]) {
  const { io, out, err } = captureIo();
  const code = await main(argv, io);
  return { code, out: out(), err: err() };
}

describe("marsad CLI (in-process)", () => {
  const db = join(dir, "cli.db");

  test("ingest prints a summary line; a second ingest finds only duplicates", async () => {
    const first = await run("ingest", examples, "--db", db);
    assert.equal(first.code, 0, first.err);
    assert.match(first.out, /^\d+ pages read, \d+ articles stored, 0 duplicates, 0 skipped$/m);
    const again = await run("ingest", examples, "--db", db, "--json");
    const summary = JSON.parse(again.out);
    assert.equal(summary.articles, 0);
    assert.ok(summary.duplicates > 0);
  });

  test("articles --json lists id, date, outlet, title; show --json gives one article", async () => {
    const list = await run("articles", "--db", db, "--json");
    const rows = JSON.parse(list.out);
    assert.ok(rows.length >= 10, "the demo corpus holds at least ten articles");
    for (const row of rows) assert.match(row.id, /^[0-9a-f]{12}$/);
    const shown = await run("show", rows[0].id, "--db", db, "--json");
    const article = JSON.parse(shown.out);
    assert.equal(article.title, rows[0].title);
    assert.ok(article.text.length > 0);
  });

  test("show with an unknown id fails with a clear message", async () => {
    const { code, err } = await run("show", "000000000000", "--db", db);
    assert.equal(code, 1);
    assert.match(err, /no such item: article 000000000000 \[NOT_FOUND\]/);
  });

  test("extract --json follows the contract and keeps offsets into the text", async () => {
    const { code, out } = await run("extract", "--json", join(examples, "afaq-2025-03-12-sanabel-crossing.txt"));
    assert.equal(code, 0);
    const { documents } = JSON.parse(out);
    const article = documents[0].articles[0];
    for (const key of [
      "title",
      "outlet",
      "published",
      "author",
      "dateline",
      "text",
      "entities",
      "quotes",
      "times",
      "figures",
      "events",
    ]) {
      assert.ok(key in article, `${key} is in the contract`);
    }
    for (const entity of article.entities) {
      for (const mention of entity.mentions) assert.equal(article.text.slice(mention.start, mention.end), mention.text);
    }
  });

  test("extract --plain treats the file as one body, offsets into the file as read", async () => {
    const file = join(dir, "plain.txt");
    const text = "قال المتحدث باسم الوزارة إن الاجتماع انتهى.\n\nمقالات ذات صلة\n";
    writeFileSync(file, text);
    const { documents } = JSON.parse((await run("extract", "--json", "--plain", file)).out);
    assert.equal(documents[0].articles.length, 1);
    assert.equal(documents[0].articles[0].text, text);
  });

  test("bad arguments exit 2 with usage help", async () => {
    assert.equal((await run("ingest")).code, 2);
    assert.equal((await run("extract", "file.txt")).code, 2, "extract needs --json");
    assert.equal((await run("articles", "--limit", "zero", "--db", db)).code, 2);
    assert.equal((await run("frobnicate")).code, 2);
    assert.equal((await run("ingest", "--help")).code, 0);
  });

  test("an ingest with a skipped file exits non-zero and names the file", async () => {
    const empty = join(dir, "empty.txt");
    writeFileSync(empty, "");
    const { code, err } = await run("ingest", empty, "--db", join(dir, "other.db"));
    assert.equal(code, 1);
    assert.match(err, /skipped .*empty\.txt: the file is empty \[EMPTY_FILE\]/);
  });
});

describe("marsad CLI (the installed command)", () => {
  const bin = join(repoRoot, "bin", "marsad.js");
  const built = existsSync(join(repoRoot, "dist", "src", "cli", "main.js"));
  test("runs end to end as a process", { skip: built ? false : "not built: run `npm run build`" }, () => {
    const db = join(dir, "process.db");
    const ingest = spawnSync(process.execPath, [bin, "ingest", examples, "--db", db], { encoding: "utf8" });
    assert.equal(ingest.status, 0, ingest.stderr);
    const rows = JSON.parse(
      execFileSync(process.execPath, [bin, "articles", "--db", db, "--json"], { encoding: "utf8" }),
    );
    assert.ok(rows.length >= 10);
  });
});
