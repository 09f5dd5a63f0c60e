// Why: search latency is a product requirement (p95 ≤ 50 ms at 100,000 articles), and it
// depends on the corpus and the query mix more than on the code, so the measurement is a
// function the benchmark runner calls on a store it built, with the queries it chose: each
// query runs `runs` times (after one warm-up run that fills the page cache), as the store
// serves it (searchArticles: the ranked page, the capped total and the snippets).
import type { Db } from "../store/sqlite-util.js";
import { type SearchOptions, searchArticles } from "./sqlite.js";

export interface BenchQuery {
  query: string;
  options?: SearchOptions;
}

/**
 * A mix of typical queries for a store generated from the demo pages (bench/corpus.ts): common
 * and rarer words, a phrase, prefixes, OR, an exclusion, and each kind of filter.
 */
export const TYPICAL_QUERIES: readonly BenchQuery[] = [
  { query: "الحكومة" },
  { query: "المنفذ الحدود" },
  { query: '"وزير النقل"' },
  { query: "الرمادي OR عمّان" },
  { query: "المنفذ -الحكومة" },
  { query: "حكو*" },
  { query: "السنابل" },
  { query: "الحكومة", options: { outlet: "صحيفة الأفق" } },
  { query: "المنفذ", options: { from: "2025-03", to: "2025-04" } },
  { query: "الحدود", options: { eventKind: "statement" } },
];

export interface LatencyStats {
  p50: number;
  p95: number;
  max: number;
}

export interface SearchBench extends LatencyStats {
  /** Per query, in the order given. */
  queries: Array<LatencyStats & { query: string; options: SearchOptions; hits: number; total: number | null }>;
}

/** The value at quantile q (0–1) of ascending `sorted`, nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

function stats(samples: number[]): LatencyStats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: quantile(sorted, 0.5), p95: quantile(sorted, 0.95), max: sorted[sorted.length - 1] ?? 0 };
}

/** Milliseconds per search, per query and over all of them. */
export function benchSearch(db: Db, queries: ReadonlyArray<string | BenchQuery>, runs = 20): SearchBench {
  const all: number[] = [];
  const perQuery = queries.map((entry) => {
    const { query, options = {} } = typeof entry === "string" ? { query: entry } : entry;
    const first = searchArticles(db, query, options);
    const samples: number[] = [];
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      searchArticles(db, query, options);
      samples.push(performance.now() - start);
    }
    all.push(...samples);
    return { query, options, hits: first.hits.length, total: first.total ?? null, ...stats(samples) };
  });
  return { ...stats(all), queries: perQuery };
}
