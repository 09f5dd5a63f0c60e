// npm run bench: what each layer of Marsad costs, on a generated corpus (bench/corpus.ts).
// Sizes can be lowered for a quick run:  BENCH_PAGES=1000 BENCH_TOKENS=500000 npm run bench
//   BENCH_PAGES   pages ingested (default 10,000)
//   BENCH_TOKENS  tokens annotated for the one-core figures (default 5,000,000)
//   BENCH_SAVES   articles saved for the save-path figure (default 3,000)
//   BENCH_STORE   articles in the store incremental stories are timed into (default 100,000)
//   BENCH_ONLY    parts to run, comma-separated: ingest, extraction (with the save path), stories
//
// Output (numbers illustrative):
//   ingest: 10,000 pages, 21.6 MB in 25.0 s (1 annotating worker + the saving thread)
//     400 pages/s, 0.86 MB/s, 10,000 articles stored, 0 skipped; peak memory 250 MB RSS
//   extraction (whole pipeline, one core): 5,000,102 tokens in 24,155 articles, 10.00 s
//     500,010 tokens/s, 2,416 articles/s
//   per layer (one core, same articles; µs per token, tokens/s, share of read + pipeline):
//     read page    0.40 µs  2,500,000 tokens/s  17%   (bytes → articles: decode, segment)
//     sentences    0.05 µs 20,000,000 tokens/s   2%
//     …            one line per pipeline stage, in pipeline order
//   save path (savePage alone, prepared as ingest prepares them, onto the ingested store): 3,000 articles, 2.00 s
//     1,500 articles/s (0.67 ms per article)
//   stories, incremental (save path with stories, graph and claims; generated archive):
//     +1,000 articles into 10,000: 1.50 s, 1.50 ms per article (520 new stories, 480 joined one)
//       ms per article by part: article 1.10, search 0.30, graph 0.10, claims 0.00, stories 0.40; …
//     +1,000 articles into 100,000: 1.60 s, 1.60 ms per article (…)
//     at 100,000 / at 10,000: stories 1.02, whole save 1.07 (1.00: the cost follows the new articles only)
//   search (101,000 articles; 12 queries × 20 runs): p50 15 ms, p95 35 ms, max 40 ms
//     one line per query: p50, p95, matches, the query and its filters
//   API under load (marsad serve in its own process; 32 requests in flight from this one, loopback):
//     GET /api/articles/{id}   1,500 requests/s, p50 16 ms, p95 45 ms   (and two more routes)
//   peak memory: 400 MB RSS
//
// "ingest" times the real thing (ingestPaths on a folder of files, as `marsad ingest`).
// The one-core figures run on this thread only; the save path is timed apart from the
// pipeline, on articles annotated beforehand, writing to the store ingest filled.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defaultIngestWorkers, ingestPaths, prepareArticle } from "../src/ingest/ingest.js";
import { readPage } from "../src/ingest/page.js";
import { type AnnotatedArticle, type Article, emptyLayers } from "../src/model.js";
import { annotate } from "../src/pipeline/index.js";
import { stages } from "../src/pipeline/stages.js";
import { openStore, type SavePart, type Store } from "../src/store/index.js";
import { generatedPage } from "./corpus.js";
import { peakRssMb, rate, timed } from "./measure.js";
import { benchApi, benchSearchLatency } from "./search.js";
import { articles as streamArticles } from "./stories-corpus.js";

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const TOKENS = Number(process.env.BENCH_TOKENS ?? 5_000_000);
const SAVES = Number(process.env.BENCH_SAVES ?? 3_000);
const STORE = Number(process.env.BENCH_STORE ?? 100_000);
/** Articles timed into the store at each size. */
const NEW = 1_000;
/** Articles annotated before timing starts, so the JIT has settled. */
const WARM_UP = 300;

const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const count = (n: number) => n.toLocaleString("en-US");

async function benchIngest(dbPath: string, pagesDir: string) {
  mkdirSync(pagesDir);
  let bytes = 0;
  for (let n = 0; n < PAGES; n++) {
    const text = generatedPage(n);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(pagesDir, `page-${String(n).padStart(6, "0")}.txt`), text);
  }
  const store = await openStore(dbPath);
  const { result, seconds } = await timed(() => ingestPaths(store, [pagesDir]));
  await store.close();
  const n = defaultIngestWorkers();
  const workers = n === 0 ? "on one thread" : `${n} annotating worker${n > 1 ? "s" : ""} + the saving thread`;
  console.log(`ingest: ${count(PAGES)} pages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s (${workers})`);
  console.log(
    `  ${rate(PAGES, seconds)} pages/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${count(result.articles)} articles ` +
      `stored, ${result.skipped.length} skipped; peak memory ${peakRssMb().toFixed(0)} MB RSS`,
  );
}

/** Reads pages until the articles hold TOKENS tokens, timing page reading and each stage. */
function readAndTimeStages() {
  const articles: Article[] = [];
  const layerMs = new Map<string, number>([["read page", 0], ...stages.map((s) => [s.name, 0] as const)]);
  let tokens = 0;
  let firstTimed = -1;
  for (let n = 0; tokens < TOKENS; n++) {
    const bytes = Buffer.from(generatedPage(n, 7));
    let started = performance.now();
    const page = readPage({ source: `gen-${n}.txt`, bytes });
    const warm = articles.length >= WARM_UP;
    if (warm && firstTimed < 0) firstTimed = articles.length;
    if (warm) layerMs.set("read page", layerMs.get("read page")! + performance.now() - started);
    for (const article of page.articles) {
      const layers = emptyLayers();
      for (const stage of stages) {
        started = performance.now();
        Object.assign(layers, stage.run(article, layers));
        if (warm) layerMs.set(stage.name, layerMs.get(stage.name)! + performance.now() - started);
      }
      if (warm) tokens += layers.tokens.length;
      articles.push(article);
    }
  }
  return { articles: articles.slice(firstTimed), tokens, layerMs };
}

function benchExtraction(): AnnotatedArticle[] {
  const { articles, tokens, layerMs } = readAndTimeStages();
  gc();
  const saved: AnnotatedArticle[] = [];
  const started = performance.now();
  let timedTokens = 0;
  for (const article of articles) {
    const annotated = annotate(article);
    timedTokens += annotated.layers.tokens.length;
    if (saved.length < SAVES) saved.push({ article, layers: { ...annotated.layers, tokens: [] } });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `extraction (whole pipeline, one core): ${count(timedTokens)} tokens in ${count(articles.length)} articles, ` +
      `${seconds.toFixed(2)} s`,
  );
  console.log(`  ${rate(timedTokens, seconds)} tokens/s, ${rate(articles.length, seconds)} articles/s`);

  const total = [...layerMs.values()].reduce((a, b) => a + b, 0);
  console.log("per layer (one core, same articles; µs per token, tokens/s, share of read + pipeline):");
  for (const [name, ms] of layerMs) {
    const perToken = `${((ms * 1000) / tokens).toFixed(2)} µs`.padStart(8);
    const speed = `${rate(tokens, ms / 1000)} tokens/s`.padStart(19);
    const share = `${Math.round((ms / total) * 100)}%`.padStart(4);
    const note = name === "read page" ? "   (bytes → articles: decode, segment)" : "";
    console.log(`  ${name.padEnd(10)} ${perToken} ${speed} ${share}${note}`);
  }
  return saved;
}

/** savePage alone, on the articles as ingest workers hand them to the saving thread (prepareArticle). */
async function benchSavePath(dbPath: string, annotated: readonly AnnotatedArticle[]) {
  const prepared: AnnotatedArticle[] = [];
  for (const { article } of annotated) prepared.push(await prepareArticle(article));
  const store = await openStore(dbPath);
  let stored = 0;
  const { seconds } = await timed(async () => {
    for (const [i, item] of prepared.entries()) stored += (await store.savePage(`saved-${i}`, [item])).stored.length;
  });
  await store.close();
  if (stored !== prepared.length) throw new Error(`save path stored ${stored} of ${prepared.length} articles`);
  console.log(
    `save path (savePage alone, prepared as ingest prepares them, onto the ingested store): ${count(stored)} articles, ` +
      `${seconds.toFixed(2)} s`,
  );
  console.log(`  ${rate(stored, seconds)} articles/s (${((seconds * 1000) / stored).toFixed(2)} ms per article)`);
}

/** Saves `count` articles of the stream from `first`, one page each as `marsad ingest` does. */
async function saveStream(store: Store, first: number, count: number, perPage: number): Promise<number> {
  let page: AnnotatedArticle[] = [];
  let saved = 0;
  for (const article of streamArticles(first, count)) {
    page.push(article);
    if (page.length === perPage) {
      saved += (await store.savePage(`stream-${first}-${saved}`, page)).stored.length;
      page = [];
    }
  }
  if (page.length > 0) saved += (await store.savePage(`stream-${first}-${saved}`, page)).stored.length;
  return saved;
}

/**
 * Stories grow with each save (src/store/sqlite-stories.ts); adding NEW articles must cost the
 * same into a store ten times the size. The store is filled from a generated archive
 * (bench/stories-corpus.ts: happenings in time order, 1–5 reports each) in pages of 100, and NEW
 * articles — the next ones of the stream, as today's news arrives — are timed into it at
 * STORE / 10 and at STORE articles.
 */
async function benchStories(dbPath: string) {
  // Each part of the save of the timed articles, as the store reports it.
  let listening = false;
  const parts = new Map<SavePart, number>();
  const store = await openStore(dbPath, {
    onSavePart: (part, ms) => {
      if (listening) parts.set(part, (parts.get(part) ?? 0) + ms);
    },
  });
  const sizes = [STORE / 10, STORE];
  const fill = { articles: 0, seconds: 0 };
  const perArticle: Array<{ total: number; stories: number }> = [];
  let position = 0;
  for (const size of sizes) {
    const { result, seconds } = await timed(() => saveStream(store, position, size - position, 100));
    fill.articles += result;
    fill.seconds += seconds;
    position = size;
    const before = (await store.stats()).stories;
    parts.clear();
    listening = true;
    const added = await timed(() => saveStream(store, position, NEW, 1));
    listening = false;
    position += NEW;
    const stories = (await store.stats()).stories - before;
    const ms = (total: number) => total / added.result;
    perArticle.push({ total: ms(added.seconds * 1000), stories: ms(parts.get("stories") ?? 0) });
    const split = [...parts].map(([part, total]) => `${part} ${ms(total).toFixed(2)}`).join(", ");
    console.log(
      `  +${count(added.result)} articles into ${count(size)}: ${added.seconds.toFixed(2)} s, ` +
        `${perArticle.at(-1)!.total.toFixed(2)} ms per article (${count(stories)} new stories, ` +
        `${count(added.result - stories)} joined one)`,
    );
    console.log(`    ms per article by part: ${split}; the rest is the transaction's commit`);
  }
  await store.close();
  const [small, large] = perArticle as [{ total: number; stories: number }, { total: number; stories: number }];
  console.log(
    `  at ${count(STORE)} / at ${count(STORE / 10)}: stories ${(large.stories / small.stories).toFixed(2)}, ` +
      `whole save ${(large.total / small.total).toFixed(2)} (1.00: the cost follows the new articles only); ` +
      `fill ${rate(fill.articles, fill.seconds)} articles/s`,
  );
}

/** BENCH_ONLY=stories,… runs the named parts only (ingest; extraction with the save path; stories with search and the API). */
const only = process.env.BENCH_ONLY?.split(",").map((part) => part.trim());
const runs = (part: string) => only === undefined || only.includes(part);

const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
try {
  const dbPath = join(dir, "bench.db");
  if (runs("ingest")) await benchIngest(dbPath, join(dir, "pages"));
  gc();
  if (runs("extraction")) {
    const annotated = benchExtraction();
    gc();
    await benchSavePath(dbPath, annotated);
    gc();
  }
  if (runs("stories")) {
    console.log("stories, incremental (save path with stories, graph and claims; generated archive):");
    await benchStories(join(dir, "stories.db"));
    gc();
    benchSearchLatency(join(dir, "stories.db"));
    await benchApi(join(dir, "stories.db"));
  }
  console.log(`peak memory: ${peakRssMb().toFixed(0)} MB RSS`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
