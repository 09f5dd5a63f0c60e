import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, test } from "node:test";
import { openStore } from "../store/index.js";
import { ingestPaths } from "./ingest.js";

const dir = mkdtempSync(join(tmpdir(), "marsad-ingest-"));
after(() => rmSync(dir, { recursive: true, force: true }));

const PARAGRAPH =
  "أعلنت وزارة النقل أن الطريق السريع بين المدينتين سيفتح أمام الشاحنات مطلع الشهر المقبل، بعد أعمال صيانة استمرت عامين كاملين وشملت سبعة جسور.";
const goodPage = (title: string) => `${title}\n\n${PARAGRAPH}\n\n${PARAGRAPH.replace("النقل", "الأشغال")}\n`;

describe("ingest: bad input is reported file by file and the rest goes on", () => {
  const pages = join(dir, "pages");
  mkdirSync(join(pages, "nested"), { recursive: true });
  writeFileSync(join(pages, "a-good.txt"), goodPage("افتتاح الطريق السريع بين المدينتين"));
  writeFileSync(join(pages, "nested", "b-good.txt"), goodPage("وزارة الأشغال تنهي صيانة الجسور"));
  writeFileSync(join(pages, "empty.txt"), "");
  writeFileSync(join(pages, "binary.txt"), Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "latin1"));
  writeFileSync(
    join(pages, "undecodable.txt"),
    Buffer.from([0x6c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0x6c, 0xe8]),
  );
  writeFileSync(join(pages, "huge.txt"), Buffer.alloc(50 * 1024 * 1024, 0x61));
  writeFileSync(join(pages, "no-article.txt"), "مقالات ذات صلة\nخبر\n");
  symlinkSync(join(pages, "missing-target.txt"), join(pages, "dangling.txt"));
  writeFileSync(join(pages, "notes.pdf"), "ignored: not a page extension inside a folder");

  test("each bad file gets one problem naming it and the reason; good pages are stored", async () => {
    const store = await openStore(join(dir, "bad-input.db"));
    const summary = await ingestPaths(store, [pages]);
    const reasons = Object.fromEntries(
      summary.skipped.map((problem) => [problem.source.split("/").pop(), problem.code]),
    );
    assert.deepEqual(reasons, {
      "dangling.txt": "UNREADABLE",
      "empty.txt": "EMPTY_FILE",
      "binary.txt": "BINARY_FILE",
      "undecodable.txt": "UNDECODABLE",
      "huge.txt": "TOO_LARGE",
      "no-article.txt": "NO_ARTICLE",
    });
    for (const problem of summary.skipped) assert.ok(problem.message.length > 10, "a reason a person can read");
    assert.equal(summary.pages, 2);
    assert.equal(summary.articles, 2);
    assert.equal(await store.countArticles(), 2);
    await store.close();
  });

  test("ingesting again stores nothing twice and changes nothing", async () => {
    const store = await openStore(join(dir, "again.db"));
    await ingestPaths(store, [pages]);
    const before = await store.listArticles();
    const summary = await ingestPaths(store, [pages]);
    assert.equal(summary.articles, 0);
    assert.equal(summary.duplicates, 2);
    assert.deepEqual(await store.listArticles(), before);
    await store.close();
  });

  test("a page cut off inside its last character is stored, and the cut reported", async () => {
    const cut = join(dir, "cut");
    mkdirSync(cut, { recursive: true });
    const bytes = Buffer.from(goodPage("انقطاع التحميل في منتصف الصفحة"));
    writeFileSync(join(cut, "cut.txt"), bytes.subarray(0, bytes.length - 3)); // ".\n" and half of the last ر
    const store = await openStore(":memory:");
    const summary = await ingestPaths(store, [cut]);
    assert.equal(summary.articles, 1);
    assert.deepEqual(
      summary.skipped.map((problem) => problem.code),
      ["TRUNCATED"],
    );
    assert.match(summary.skipped[0]!.message, /last 1 byte/);
    await store.close();
  });

  test("a path that does not exist is a problem, not a crash", async () => {
    const store = await openStore(":memory:");
    const summary = await ingestPaths(store, [join(dir, "nowhere")]);
    assert.equal(summary.skipped[0]?.code, "UNREADABLE");
    await store.close();
  });
});
