import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { corpusDb, runCommand } from "../../store/test-helpers/cli.js";
import { timelineCommand } from "./timeline.js";

let db: string;
let ids: string[];
let cleanup: () => void;
before(async () => ({ db, ids, cleanup } = await corpusDb()));
after(() => cleanup());

describe("marsad timeline", () => {
  test("dated sentences in time order; the date shows its granularity", async () => {
    const { code, out } = await runCommand(timelineCommand, "--db", db);
    assert.equal(code, 0);
    const lines = out.trimEnd().split("\n");
    assert.deepEqual(
      lines.map((line) => line.split(/\s+/)[0]),
      ["1979", "2023", "2023-05-09", "2024-03", "2024-09-23"],
    );
    assert.match(lines[3]!, new RegExp(`^2024-03\\s+${ids[1]}\\s+.+\\s+meet\\s+واشنطن – التقى وزير الخارجية العراقي`));
    assert.match(lines[0]!, /\s—\s+استعاد كتاب جديد/);
  });

  test("--from, --to, --entity (by name), --limit, --json", async () => {
    const values = async (...argv: string[]) =>
      JSON.parse((await runCommand(timelineCommand, "--db", db, "--json", ...argv)).out).map(
        (i: { value: string }) => i.value,
      );
    assert.deepEqual(await values("--from", "2024"), ["2024-03", "2024-09-23"]);
    assert.deepEqual(await values("--from", "2023-05", "--to", "2023-12"), ["2023", "2023-05-09"]);
    assert.deepEqual(await values("--entity", "فؤاد حسين"), ["2023", "2024-03"]);
    assert.deepEqual(await values("--entity", "السوداني", "--limit", "1"), ["2023-05-09"]);
  });

  test("errors: a malformed date, an unknown or ambiguous entity", async () => {
    assert.equal((await runCommand(timelineCommand, "--db", db, "--from", "9/5/2023")).error?.code, "BAD_ARGUMENT");
    const unknown = await runCommand(timelineCommand, "--db", db, "--entity", "الكاظمي");
    assert.equal(unknown.error?.code, "NOT_FOUND");
    assert.match(unknown.error!.message, /«الكاظمي»/);
    assert.equal((await runCommand(timelineCommand, "--db", db, "--entity", "حسين")).error?.code, "AMBIGUOUS");
  });
});
