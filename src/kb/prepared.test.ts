import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seedsMissing } from "../test-helpers/seeds.js";
import { articleClaims } from "./claims/index.js";
import { kbArticle } from "./graph/fixture.js";
import { articleEdges, globalEdges } from "./graph/index.js";
import { seedArticles } from "./graph/seed-articles.js";
import { linkKnowledge, prepareKnowledge } from "./prepared.js";
import { signature } from "./stories/index.js";
import type { KbArticle } from "./types.js";

/** What the store derived from an article read over global ids, before knowledge was prepared apart. */
const overGlobalIds = (article: KbArticle) => ({
  edges: globalEdges(articleEdges(article), (id) => id),
  claims: articleClaims(article),
});

/** Prepared as an ingest worker prepares it (with the pipeline's tokens), and as the store does (without). */
function prepareBoth(article: KbArticle) {
  const { entityIds: _, ...local } = article;
  const worker = prepareKnowledge(local);
  const store = prepareKnowledge({ ...local, layers: { ...local.layers, tokens: [] } });
  return { worker, store };
}

describe("prepareKnowledge, then linkKnowledge: what reading over global ids gives", () => {
  test("the seed articles", { skip: seedsMissing }, () => {
    for (const article of seedArticles()) {
      const { worker, store } = prepareBoth(article);
      assert.deepEqual(worker, store, `${article.id}: the tokens the store makes are the pipeline's`);
      assert.deepEqual(linkKnowledge(article, worker), overGlobalIds(article), article.id);
      assert.deepEqual(signature(article, {}, worker.sketch), signature(article), article.id);
    }
  });

  test("two entities linked to one global entity: a place that is also the agent", () => {
    const article = kbArticle({
      text: "ونشرت بريطانيا قرابة 400 جندي في إستونيا، وقال رئيس الوزراء إن بريطانيا ستبقى.",
      entities: ["بريطانيا:LOC", "إستونيا:LOC"],
      globals: { إستونيا: "بريطانيا" },
      published: "2024-06-01",
      events: [{ kind: "deploy", trigger: "ونشرت", actors: ["بريطانيا"], place: "إستونيا" }],
      figures: [{ text: "قرابة 400 جندي", value: 400, unit: "جندي", qualifier: "قرابة" }],
    });
    const { worker } = prepareBoth(article);
    const linked = linkKnowledge(article, worker);
    assert.deepEqual(linked, overGlobalIds(article));
    assert.equal(linked.claims.length, 1);
    assert.deepEqual(linked.edges, [], "no edge from the entity to itself");
  });
});
