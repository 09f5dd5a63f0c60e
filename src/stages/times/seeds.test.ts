// The dev-set floor: times found in the seed pages, scored like ../shared/eval/score.mjs does
// (a time matches a gold time with the same value; times without a value are not output).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { test } from "node:test";
import { readPage } from "../../ingest/page.js";
import { gold, seedFiles, seedsMissing } from "../../test-helpers/seeds.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokenize.js";
import { parsePublished } from "./resolve.js";
import { scanTimes } from "./scan.js";

const FLOOR = 0.85;

test(`dev-set times F1 ≥ ${FLOOR}`, { skip: seedsMissing }, () => {
  const documents = gold().documents;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const file of seedFiles()) {
    const expected = documents.find((document) => document.file === basename(file))?.articles ?? [];
    const articles = readPage({ source: file, bytes: readFileSync(file) }).articles;
    articles.forEach((article, i) => {
      const { text } = article;
      const values = scanTimes({
        text,
        tokens: tokenize(text),
        sentences: splitSentences(text),
        pub: parsePublished(article.published),
      }).flatMap((time) => (time.value === null ? [] : [time.value]));
      const wanted = (expected[i]?.times ?? []).map((time) => time.value);
      for (const value of wanted) {
        const k = values.indexOf(value);
        if (k >= 0) {
          values.splice(k, 1);
          tp++;
        } else {
          fn++;
        }
      }
      fp += values.length;
    });
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  assert.ok(f1 >= FLOOR, `times F1 ${f1.toFixed(3)} (tp ${tp} fp ${fp} fn ${fn})`);
});
