import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type JsonlOptions, writeJsonl } from "./jsonl.js";
import { fixtureArticles } from "./test-helpers/fixture.js";
import type { ExportArticle, Rows } from "./types.js";

async function jsonlOf(articles: Rows<ExportArticle>, options?: JsonlOptions): Promise<string[]> {
  let out = "";
  await writeJsonl(
    articles,
    (chunk) => {
      out += chunk;
    },
    options,
  );
  assert.ok(out.endsWith("\n"));
  return out.slice(0, -1).split("\n");
}

async function* slowly(articles: ExportArticle[]): AsyncGenerator<ExportArticle> {
  for (const article of articles) {
    await new Promise((resolve) => setImmediate(resolve));
    yield article;
  }
}

describe("writeJsonl", () => {
  const articles = fixtureArticles();

  test("one parseable line per article, from an async cursor too", async () => {
    const lines = await jsonlOf(slowly(articles));
    assert.equal(lines.length, articles.length);
    assert.deepEqual(
      lines.map((line) => JSON.parse(line).id),
      articles.map((a) => a.id),
    );
  });

  test("each line carries every layer in the extraction contract's shape, with global ids", async () => {
    const [line] = await jsonlOf(articles);
    const record = JSON.parse(line!);
    const article = articles[0]!;
    const { layers } = article;
    assert.deepEqual(Object.keys(record), [
      "id",
      "source",
      "title",
      "outlet",
      "published",
      "author",
      "dateline",
      "text",
      "captions",
      "entities",
      "quotes",
      "times",
      "unresolvedTimes",
      "figures",
      "events",
      "sentences",
    ]);
    assert.equal(record.text, article.text);
    assert.equal(record.source, article.source);
    assert.equal(record.published, "2024-12-13");
    assert.equal(record.entities.length, layers.entities.length);
    assert.deepEqual(
      record.entities.map((e: { globalId: string }) => e.globalId),
      article.entityIds,
    );
    const blinken = record.entities[1];
    assert.deepEqual(
      blinken.mentions.map((m: { text: string; rule: string }) => [m.text, m.rule]),
      [
        ["أنتوني بلينكن", "test"],
        ["بلينكن", "test"],
      ],
    );
    assert.equal(record.quotes.length, layers.quotes.length);
    assert.equal(record.times.length + record.unresolvedTimes.length, layers.times.length);
    assert.equal(record.figures[0].value, 2500);
    assert.deepEqual(
      record.events.map((e: { kind: string }) => e.kind),
      ["meet", "statement", "visit"],
    );
    assert.deepEqual(record.sentences, layers.sentences);
    for (const sentence of record.sentences) assert.ok(record.text.slice(sentence.start, sentence.end).length > 0);
  });

  test("tokens only on request", async () => {
    const [plain] = await jsonlOf(articles);
    const [full] = await jsonlOf(articles, { tokens: true });
    assert.equal(JSON.parse(plain!).tokens, undefined);
    assert.deepEqual(JSON.parse(full!).tokens, articles[0]!.layers.tokens);
  });

  test("control characters, quotes and line separators stay inside one line", async () => {
    const hostile = articles[1]!;
    const text = `${hostile.text}\u2028سطر\u2029فقرة`;
    const lines = await jsonlOf([{ ...hostile, text }]);
    assert.equal(lines.length, 1);
    assert.doesNotMatch(lines[0]!, /[\u0000-\u001F\u2028\u2029]/);
    assert.equal(JSON.parse(lines[0]!).text, text);
  });
});
