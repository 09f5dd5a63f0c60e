import assert from "node:assert/strict";
import { test } from "node:test";
import { entityWeight } from "./weight.js";

test("entity weight: full for specific entities, falling for the corpus's hubs", () => {
  const table: Array<[articles: number, corpus: number, expected: number]> = [
    [1, 1, 1],
    [9, 9, 1], // a small folder: everything is specific
    [15, 1000, 1],
    [20, 1000, 1],
    [500, 1000, 0.2],
    [900, 1000, 0.2],
    [50_000, 100_000, 0.2],
  ];
  for (const [articles, corpus, expected] of table) {
    assert.equal(entityWeight(articles, corpus), expected, `${articles} of ${corpus}`);
  }
  const between = entityWeight(100, 1000);
  assert.ok(between > 0.2 && between < 1, String(between));
});

test("entity weight never rises as an entity spreads through the corpus", () => {
  let last = 1;
  for (let articles = 1; articles <= 100_000; articles += 997) {
    const w = entityWeight(articles, 100_000);
    assert.ok(w <= last, `${articles}: ${w} > ${last}`);
    last = w;
  }
});
