// Files and folders → stored, annotated articles. Each page is read, split, annotated and
// saved on its own, in one store transaction; a page that fails is reported and skipped and
// the run goes on.
import { readFile } from "node:fs/promises";
import { MarsadError, type Problem, problemOf } from "../errors.js";
import { annotate } from "../pipeline/index.js";
import type { Store } from "../store/index.js";
import { readPage } from "./page.js";
import { walkPaths } from "./walk.js";

export const DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;

export interface IngestOptions {
  maxPageBytes?: number;
  /** Called after each file with the running totals. */
  onProgress?: (summary: Readonly<IngestSummary>, path: string) => void;
}

export interface IngestSummary {
  pages: number;
  articles: number;
  duplicates: number;
  bytes: number;
  skipped: Problem[];
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}) {
  const maxBytes = options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const summary: IngestSummary = { pages: 0, articles: 0, duplicates: 0, bytes: 0, skipped: [] };
  for await (const item of walkPaths(paths)) {
    if ("problem" in item) {
      summary.skipped.push(item.problem);
      continue;
    }
    const { path, size } = item;
    try {
      if (size > maxBytes) {
        throw new MarsadError("TOO_LARGE", `${megabytes(size)} > ${megabytes(maxBytes)} (raise with --max-page-size)`);
      }
      const bytes = await readFile(path);
      const page = readPage({ source: path, bytes });
      summary.skipped.push(...page.problems);
      const saved = await store.savePage(path, page.articles.map((article) => annotate(article)));
      summary.pages++;
      summary.bytes += bytes.length;
      summary.articles += saved.stored.length;
      summary.duplicates += saved.duplicates.length;
    } catch (error) {
      summary.skipped.push(problemOf(error, path));
    }
    options.onProgress?.(summary, path);
  }
  return summary;
}
