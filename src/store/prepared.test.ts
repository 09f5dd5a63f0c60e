// Ingest workers hand the store articles with their knowledge prepared (kb/prepared.ts); HTTP
// uploads, tests and API users hand it bare annotated articles, whose knowledge the save
// computes itself. Both must leave the same store: the same pages saved each way into two
// stores give the same stories, graph, claims and search results.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { prepareArticle } from "../ingest/ingest.js";
import { readPage } from "../ingest/page.js";
import type { AnnotatedArticle, Article } from "../model.js";
import { annotate } from "../pipeline/index.js";
import { repoRoot, seedFiles } from "../test-helpers/seeds.js";
import { openStore, type Store } from "./index.js";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-prepared-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

const examples = join(repoRoot, "examples");
const files = [...readdirSync(examples).map((name) => join(examples, name)), ...seedFiles()]
  .filter((file) => /\.(txt|html|jsonl)$/.test(file))
  .sort();

/** Bare, as an API user saves it: annotated, tokens dropped, no prepared knowledge. */
function bare(article: Article): AnnotatedArticle {
  const { layers } = annotate(article);
  return { article, layers: { ...layers, tokens: [] } };
}

async function storeOf(name: string, prepare: (article: Article) => AnnotatedArticle | Promise<AnnotatedArticle>) {
  const store = await openStore(join(dir, `${name}.db`), { now: () => new Date("2025-03-20T10:00:00Z") });
  for (const file of files) {
    const page = readPage({ source: file, bytes: readFileSync(file) });
    const articles: AnnotatedArticle[] = [];
    for (const article of page.articles) articles.push(await prepare(article));
    await store.savePage(file, articles);
  }
  return store;
}

async function contents(store: Store) {
  const stories = await store.listStories();
  const edges = [];
  for await (const edge of store.exportGraph().edges) edges.push(edge);
  const citations = [];
  for (const { source, target, type } of edges) citations.push(await store.edgeCitations({ source, target, type }));
  const queries = ["العراق", "معبر", "وزير الطاقة", "الطاقة الشمسية", "بيروت OR عمان", "مرف*"];
  return {
    stats: await store.stats(),
    stories: await Promise.all(stories.map((story) => store.getStory(story.id))),
    edges,
    citations,
    claims: await store.listClaims({ minArticles: 1 }),
    search: await Promise.all(queries.map((query) => store.search(query, { limit: 100 }))),
    facets: await Promise.all(queries.map((query) => store.searchFacets(query))),
  };
}

test("saved with knowledge prepared apart or computed at save: the same store", async () => {
  const computed = await storeOf("computed", bare);
  // Cloned as it crosses from an ingest worker to the saving thread.
  const prepared = await storeOf("prepared", async (article) => structuredClone(await prepareArticle(article)));
  const [a, b] = [await contents(computed), await contents(prepared)];
  await Promise.all([computed.close(), prepared.close()]);
  assert.ok(
    a.stats.articles > 10 && a.stats.stories > 0 && a.stats.edges > 0 && a.stats.claims > 0,
    "a store to compare",
  );
  assert.ok(
    a.search.some((result) => result.hits.length > 0),
    "searches that find something",
  );
  assert.deepEqual(b, a);
});
