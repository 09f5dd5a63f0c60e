import assert from "node:assert/strict";
import { Writable } from "node:stream";
import { describe, test } from "node:test";
import { csvField, EVENT_CSV_COLUMNS, eventCsvFields, writeEventsCsv } from "./csv.js";
import { eventRows, eventsOf } from "./rows.js";
import { fixtureArticles, HOSTILE } from "./test-helpers/fixture.js";
import { parseCsv } from "./test-helpers/readers.js";
import type { EventRow } from "./types.js";

async function csvOf(rows: Parameters<typeof writeEventsCsv>[0], bom = false): Promise<string> {
  let out = "";
  await writeEventsCsv(
    rows,
    (chunk) => {
      out += chunk;
    },
    { bom },
  );
  return out;
}

describe("csvField", () => {
  const table: Array<[string | number | null, string]> = [
    ["بغداد", "بغداد"],
    [null, ""],
    [2500, "2500"],
    ["", ""],
    ["أ, ب", '"أ, ب"'],
    ['قال "نعم"', '"قال ""نعم"""'],
    ["سطر\nسطر", '"سطر\nسطر"'],
    ["سطر\r\nسطر", '"سطر\r\nسطر"'],
    ["فاصلة عربية، لا تحتاج", "فاصلة عربية، لا تحتاج"],
    ["'مفردة'", "'مفردة'"],
  ];
  for (const [input, expected] of table) {
    test(JSON.stringify(input), () => assert.equal(csvField(input), expected));
  }
});

describe("writeEventsCsv", () => {
  test("round-trips through an RFC 4180 parser: header, one record per event, every value", async () => {
    const rows = fixtureArticles().flatMap(eventRows);
    const records = parseCsv(await csvOf(rows));
    assert.deepEqual(records[0], [...EVENT_CSV_COLUMNS]);
    assert.equal(records.length, rows.length + 1);
    rows.forEach((row, i) => {
      const expected = eventCsvFields(row).map((v) => (v === null ? "" : String(v)));
      assert.deepEqual(records[i + 1], expected);
    });
  });

  test("hostile values and Arabic come back unchanged", async () => {
    const records = parseCsv(await csvOf(eventsOf(fixtureArticles())));
    const hostile = records.find((r) => r[0] === 'a2,"x"');
    assert.ok(hostile, "the article id with a comma and quotes survives");
    assert.equal(hostile[5], HOSTILE[2]);
    assert.equal(hostile[7], HOSTILE[5]);
    assert.equal(hostile[8], [3, 4, 0, 1, 2].map((i) => HOSTILE[i]).join("; "));
    assert.equal(hostile[12], HOSTILE[0]);
    const meeting = records.find((r) => r[3] === "meet")!;
    assert.equal(meeting[8], "محمد شياع السوداني; أنتوني بلينكن");
    assert.equal(meeting[7], "بغداد");
    assert.equal(meeting[1], "2024-12-13");
  });

  test("no byte order mark by default; --bom puts U+FEFF first", async () => {
    const rows = fixtureArticles().flatMap(eventRows);
    const plain = await csvOf(rows);
    const excel = await csvOf(rows, true);
    assert.ok(plain.startsWith("article_id,"));
    assert.equal(excel, "\uFEFF" + plain);
  });

  test("writes to a Node stream, waiting when it is full", async () => {
    const rows = Array<EventRow[]>(300).fill(fixtureArticles().flatMap(eventRows)).flat();
    const chunks: string[] = [];
    let drains = 0;
    const stream = new Writable({
      highWaterMark: 1024,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        chunks.push(chunk);
        setImmediate(done);
      },
    });
    stream.on("drain", () => drains++);
    await writeEventsCsv(rows, stream);
    assert.ok(chunks.length > 1 && drains > 0, "written in chunks, waiting for the stream to drain");
    assert.equal(parseCsv(chunks.join("")).length, rows.length + 1);
  });
});
