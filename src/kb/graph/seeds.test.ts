// The actor graph over the seed pages: السوداني and بلينكن meet in New York (page 002), in
// Baghdad (000) and are named together in 004; their edge must cite at least two of those pages.
import assert from "node:assert/strict";
import { test } from "node:test";
import { seedsMissing } from "../../test-helpers/seeds.js";
import { articleEdges } from "./edges.js";
import { mergeEdges, neighbourhood } from "./merge.js";
import { pageOf, seedArticles, standInId } from "./seed-articles.js";

test("seed graph: an edge السوداني — بلينكن cites sentences of two of pages 000, 002, 004", {
  skip: seedsMissing,
}, () => {
  const articles = seedArticles();
  const edges = mergeEdges(articles.flatMap(articleEdges));
  const sudani = standInId("PER", "محمد شياع السوداني");
  const blinken = standInId("PER", "أنتوني بلينكن");
  const around = neighbourhood(edges, sudani);
  const between = around.edges.filter((e) => e.source === blinken || e.target === blinken);
  assert.ok(between.length > 0, "no edge between السوداني and بلينكن");
  const pages = new Set(between.flatMap((e) => e.citations.map((c) => pageOf(c.article))));
  const wanted = ["000", "002", "004"].filter((page) => pages.has(page));
  assert.ok(wanted.length >= 2, `cited pages: ${[...pages].join(", ")}`);

  const texts = new Map(articles.map((a) => [a.id, a.text]));
  for (const e of edges) {
    for (const c of e.citations) {
      const sentence = texts.get(c.article)?.slice(c.start, c.end) ?? "";
      assert.ok(sentence.trim().length > 0, `${e.type} ${e.source} ${e.target}: empty citation`);
    }
  }
});
