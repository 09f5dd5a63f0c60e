// npm run bench: ingest throughput on a generated corpus, whole-pipeline extraction speed in
// tokens/s on one core, and peak memory. Sizes can be lowered for a quick run:
//   BENCH_PAGES=1000 BENCH_TOKENS=500000 npm run bench
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPage } from "../src/ingest/page.js";
import { ingestPaths } from "../src/ingest/ingest.js";
import { annotate } from "../src/pipeline/index.js";
import { openStore } from "../src/store/index.js";
import type { Article } from "../src/model.js";
import { generatedPage } from "./corpus.js";
import { peakRssMb, rate, timed } from "./measure.js";

const PAGES = Number(process.env.BENCH_PAGES ?? 10_000);
const TOKENS = Number(process.env.BENCH_TOKENS ?? 5_000_000);

async function benchIngest(dir: string) {
  const pagesDir = join(dir, "pages");
  mkdirSync(pagesDir);
  let bytes = 0;
  for (let n = 0; n < PAGES; n++) {
    const text = generatedPage(n);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(pagesDir, `page-${String(n).padStart(6, "0")}.txt`), text);
  }
  const store = await openStore(join(dir, "bench.db"));
  const { result, seconds } = await timed(() => ingestPaths(store, [pagesDir]));
  await store.close();
  console.log(`ingest: ${PAGES.toLocaleString("en-US")} pages, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(1)} s`);
  console.log(`  ${rate(PAGES, seconds)} pages/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s, ${result.articles} articles stored, ${result.skipped.length} skipped`);
}

async function benchExtraction() {
  const articles: Article[] = [];
  let tokens = 0;
  for (let n = 0; tokens < TOKENS; n++) {
    const article = readPage({ source: `gen-${n}.txt`, bytes: Buffer.from(generatedPage(n, 7)) }).articles[0]!;
    tokens += annotate(article).layers.tokens.length;
    articles.push(article);
  }
  const { result, seconds } = await timed(() => {
    let count = 0;
    for (const article of articles) count += annotate(article).layers.tokens.length;
    return count;
  });
  console.log(`extraction (whole pipeline, one core): ${result.toLocaleString("en-US")} tokens in ${articles.length.toLocaleString("en-US")} articles, ${seconds.toFixed(2)} s`);
  console.log(`  ${rate(result, seconds)} tokens/s, ${rate(articles.length, seconds)} articles/s`);
}

const dir = mkdtempSync(join(tmpdir(), "marsad-bench-"));
try {
  await benchIngest(dir);
  await benchExtraction();
  console.log(`peak memory: ${peakRssMb().toFixed(0)} MB RSS`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
