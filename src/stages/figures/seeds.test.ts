// The dev-set floor: figures found in the seed pages, scored like ../shared/eval/score.mjs does
// (a figure matches a gold figure with the same value), with and without the times layer: the
// stage must not depend on it.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { test } from "node:test";
import { readPage } from "../../ingest/page.js";
import { type Article, emptyLayers, type Layers } from "../../model.js";
import { gold, seedFiles, seedsMissing } from "../../test-helpers/seeds.js";
import { normalizeWord } from "../../text/normalize.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokenize.js";
import { timesStage } from "../times/index.js";
import { findFigures } from "./find.js";

const FLOOR = 0.85;
const titleKey = (title: string | null) =>
  normalizeWord(title ?? "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

function score(withTimes: boolean): { f1: number; detail: string } {
  const documents = gold().documents;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const file of seedFiles()) {
    const expected = documents.find((document) => document.file === basename(file))?.articles ?? [];
    const articles: Article[] = readPage({ source: file, bytes: readFileSync(file) }).articles;
    for (const wanted of expected) {
      const key = titleKey(wanted.title);
      const article = articles.find((a) => key !== "" && titleKey(a.title) === key);
      const values: number[] = [];
      if (article) {
        const { text } = article;
        const layers: Layers = { ...emptyLayers(), tokens: tokenize(text), sentences: splitSentences(text) };
        const times = withTimes ? (timesStage.run(article, layers).times ?? []) : [];
        values.push(...findFigures(text, layers.tokens, layers.sentences, times).map((figure) => figure.value));
      }
      for (const { value } of wanted.figures) {
        const k = values.indexOf(Number(value));
        if (k >= 0) {
          values.splice(k, 1);
          tp++;
        } else {
          fn++;
        }
      }
      fp += values.length;
    }
  }
  return { f1: (2 * tp) / (2 * tp + fp + fn), detail: `tp ${tp} fp ${fp} fn ${fn}` };
}

test(`dev-set figures F1 ≥ ${FLOOR} without the times layer`, { skip: seedsMissing }, () => {
  const { f1, detail } = score(false);
  assert.ok(f1 >= FLOOR, `figures F1 ${f1.toFixed(3)} (${detail})`);
});

test(`dev-set figures F1 ≥ ${FLOOR} with the times layer`, { skip: seedsMissing }, () => {
  const { f1, detail } = score(true);
  assert.ok(f1 >= FLOOR, `figures F1 ${f1.toFixed(3)} (${detail})`);
});
