// Files and folders → stored, annotated articles. Each page is read, split, annotated and
// saved whole or not at all; a page that fails is reported and skipped and the run goes on.
//
// Reading and annotating a page is pure work on its bytes, while saving it waits on the
// store, so worker threads (this same module, started with a flag) read and annotate the
// next pages while this thread saves. Pages are saved in the order the walk yields them —
// global entities depend on the order articles arrive in, so a run gives the same store
// whatever the number of threads — in batches of those already prepared (Store.savePages:
// one commit for several pages, each page in its own savepoint). At most a few pages per
// worker are in flight, so memory does not grow with the number of files.
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { MarsadError, type Problem, problemOf } from "../errors.js";
import { prepareKnowledge } from "../kb/prepared.js";
import type { AnnotatedArticle, Article } from "../model.js";
import type { Store } from "../store/index.js";
import { articleId } from "./article.js";
import { readPage } from "./page.js";
import { walkPaths } from "./walk.js";

export const DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;

/** Workers beyond three gain little: by then saving, on one thread, is the bottleneck. */
const MAX_WORKERS = 3;
const IN_FLIGHT_PER_WORKER = 24;
/**
 * Pages saved in one transaction at most (each page still whole or not at all, see
 * Store.savePages): a commit costs more than the rest of a save, so pages prepared while one
 * batch was saved go in the next one together.
 */
const BATCH_PAGES = 32;

interface Queued {
  path: string | null;
  prepared: Promise<Prepared>;
  /** The page is prepared (its promise settled). */
  done: boolean;
}
const WORKER_FLAG = "marsad-ingest-worker";

export interface IngestOptions {
  maxPageBytes?: number;
  /** Called after each file with the running totals. */
  onProgress?: (summary: Readonly<IngestSummary>, path: string) => void;
  /**
   * Threads that read and annotate pages while this one saves: 0 does everything on this
   * thread. Default: defaultIngestWorkers().
   */
  workers?: number;
}

export interface IngestSummary {
  pages: number;
  articles: number;
  duplicates: number;
  bytes: number;
  skipped: Problem[];
}

/** A page read and its articles prepared for the store (prepareArticle), or why not. */
type Prepared = { bytes: number; articles: AnnotatedArticle[]; problems: Problem[] } | { problem: Problem };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function preparePage(path: string): Promise<Prepared> {
  try {
    return await prepareBytes(path, await readFile(path));
  } catch (error) {
    return { problem: problemOf(error, path) };
  }
}

/**
 * An article annotated, with what saving it derives from it alone computed here, off the
 * saving thread (kb/prepared.ts); its tokens are dropped then, as the store does not keep them.
 */
export async function prepareArticle(article: Article): Promise<AnnotatedArticle> {
  const { annotate } = await import("../pipeline/index.js");
  const annotated = annotate(article);
  const { title, outlet, published, text } = article;
  const { layers } = annotated;
  annotated.knowledge = prepareKnowledge({ id: articleId(article), title, outlet, published, text, layers });
  layers.tokens = [];
  return annotated;
}

/** Reads and prepares one page's bytes (throws what readPage throws). */
async function prepareBytes(source: string, bytes: Uint8Array) {
  const page = readPage({ source, bytes });
  const articles: AnnotatedArticle[] = [];
  for (const article of page.articles) articles.push(await prepareArticle(article));
  return { bytes: bytes.length, articles, problems: page.problems };
}

export interface PageResult {
  source: string;
  /** Ids of the articles stored, and of those already stored. */
  stored: string[];
  duplicates: string[];
  /** Parts of the page that were skipped (a bad JSON Lines record). */
  problems: Problem[];
}

/**
 * One page given as bytes (an upload), read, annotated and saved in one transaction on this
 * thread. A page with no article, undecodable bytes or a failed save throws MarsadError.
 */
export async function ingestBytes(store: Store, source: string, bytes: Uint8Array): Promise<PageResult> {
  const prepared = await prepareBytes(source, bytes);
  const saved = await store.savePage(source, prepared.articles);
  return { source, ...saved, problems: prepared.problems };
}

interface Job {
  path: string;
  resolve: (prepared: Prepared) => void;
}

/** Worker threads preparing pages; a worker that dies has its pages prepared here instead. */
class PreparePool {
  readonly #workers: { worker: Worker; jobs: Map<number, Job> }[] = [];
  #next = 0;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(new URL(import.meta.url), { workerData: WORKER_FLAG });
      const slot = { worker, jobs: new Map<number, Job>() };
      worker.on("message", ({ id, prepared }: { id: number; prepared: Prepared }) => {
        slot.jobs.get(id)?.resolve(prepared);
        slot.jobs.delete(id);
      });
      const fail = () => {
        const index = this.#workers.indexOf(slot);
        if (index >= 0) this.#workers.splice(index, 1);
        for (const job of slot.jobs.values()) void preparePage(job.path).then(job.resolve);
        slot.jobs.clear();
      };
      worker.on("error", fail);
      worker.on("exit", fail);
      this.#workers.push(slot);
    }
  }

  prepare(path: string): Promise<Prepared> {
    // The least busy worker; none left alive → this thread.
    let slot = this.#workers[0];
    for (const other of this.#workers) if (slot && other.jobs.size < slot.jobs.size) slot = other;
    if (!slot) return preparePage(path);
    const id = this.#next++;
    const jobs = slot.jobs;
    const worker = slot.worker;
    return new Promise((resolve) => {
      jobs.set(id, { path, resolve });
      worker.postMessage({ id, path });
    });
  }

  async close(): Promise<void> {
    const workers = this.#workers.splice(0);
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }
}

/** Annotating threads when not told: one per core beyond the first, at most three. */
export function defaultIngestWorkers(): number {
  return Math.max(0, Math.min(MAX_WORKERS, availableParallelism() - 1));
}

export async function ingestPaths(store: Store, paths: readonly string[], options: IngestOptions = {}) {
  const maxBytes = options.maxPageBytes ?? DEFAULT_MAX_PAGE_BYTES;
  const workers = options.workers ?? defaultIngestWorkers();
  const summary: IngestSummary = { pages: 0, articles: 0, duplicates: 0, bytes: 0, skipped: [] };
  const pool = workers > 0 ? new PreparePool(workers) : null;
  const window = pool ? workers * IN_FLIGHT_PER_WORKER : 1;
  // Walk problems wait in line too, so problems are listed in walk order.
  const queue: Queued[] = [];

  /** Saves the head of the queue and every page after it already prepared, in one batch. */
  const saveReady = async () => {
    await queue[0]!.prepared;
    let n = 1;
    while (n < queue.length && n < BATCH_PAGES && queue[n]!.done) n++;
    const taken = queue.splice(0, n);
    const ready = await Promise.all(taken.map((q) => q.prepared));
    const pages = taken.flatMap((q, i) => {
      const prepared = ready[i]!;
      return "problem" in prepared ? [] : [{ source: q.path!, articles: prepared.articles }];
    });
    const outcomes = pages.length > 0 ? await store.savePages(pages) : [];
    let next = 0;
    taken.forEach((q, i) => {
      const prepared = ready[i]!;
      if ("problem" in prepared) summary.skipped.push(prepared.problem);
      else {
        summary.skipped.push(...prepared.problems);
        const outcome = outcomes[next++]!;
        if (outcome.ok) {
          summary.pages++;
          summary.bytes += prepared.bytes;
          summary.articles += outcome.stored.length;
          summary.duplicates += outcome.duplicates.length;
        } else {
          summary.skipped.push(problemOf(outcome.error, q.path!));
        }
      }
      if (q.path !== null) options.onProgress?.(summary, q.path);
    });
  };
  const enqueue = (path: string | null, prepared: Promise<Prepared>) => {
    const queued: Queued = { path, prepared, done: false };
    void prepared.then(() => {
      queued.done = true;
    });
    queue.push(queued);
  };

  try {
    for await (const item of walkPaths(paths)) {
      if ("problem" in item) {
        enqueue(null, Promise.resolve(item));
      } else if (item.size > maxBytes) {
        const tooLarge = `${megabytes(item.size)} > ${megabytes(maxBytes)} (raise with --max-page-size)`;
        const problem = problemOf(new MarsadError("TOO_LARGE", tooLarge), item.path);
        enqueue(item.path, Promise.resolve({ problem }));
      } else {
        enqueue(item.path, pool ? pool.prepare(item.path) : preparePage(item.path));
      }
      while (queue.length >= window) await saveReady();
    }
    while (queue.length > 0) await saveReady();
  } finally {
    await pool?.close();
  }
  return summary;
}

if (!isMainThread && workerData === WORKER_FLAG && parentPort) {
  const port = parentPort;
  port.on("message", async ({ id, path }: { id: number; path: string }) => {
    port.postMessage({ id, prepared: await preparePage(path) });
  });
}
