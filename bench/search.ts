// Search latency and API throughput on the store the incremental-stories benchmark built
// (bench/stories-corpus.ts, ≥ 100,000 articles): queries drawn from the generator's own
// vocabulary at chosen frequencies, each kind of filter, and a read route served by `marsad
// serve` in its own process under concurrent load from this one, over loopback.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import Database from "better-sqlite3";
import { type BenchQuery, benchSearch } from "../src/search/bench.js";
import { happening, pools, report } from "./stories-corpus.js";

const count = (n: number) => n.toLocaleString("en-US");
const ms = (n: number) => `${n.toFixed(1)} ms`;

function queries(db: Database.Database): BenchQuery[] {
  const { vocabulary, people } = pools();
  // Two neighbouring words of a stored article, for a phrase that matches.
  const raw = report(happening(5), 0).article.text.split(" ");
  const word = (w: string | undefined) => w !== undefined && /^[\u0621-\u064a]{3,}$/.test(w);
  const at = raw.findIndex((w, i) => i > 8 && word(w) && word(raw[i + 1]));
  const phrase = `"${raw[at]} ${raw[at + 1]}"`;
  // A month in the middle of the archive.
  const middle = db
    .prepare("SELECT published FROM articles ORDER BY published LIMIT 1 OFFSET (SELECT COUNT(*) / 2 FROM articles)")
    .pluck()
    .get() as string;
  const person = db.prepare("SELECT entity_id FROM entity_forms WHERE form = ? LIMIT 1").pluck().get(people[0]) as
    | string
    | undefined;
  return [
    { query: vocabulary[0]! }, // in nearly every article
    { query: vocabulary[300]! },
    { query: vocabulary[20_000]! }, // rare
    { query: `${vocabulary[1]} ${vocabulary[40]}` },
    { query: phrase },
    { query: `${vocabulary[10]!.slice(0, 3)}*` },
    { query: `${vocabulary[50]} OR ${vocabulary[60]}` },
    { query: `${vocabulary[2]} -${vocabulary[3]}` },
    { query: vocabulary[0]!, options: { outlet: "منبر 3" } },
    { query: vocabulary[0]!, options: { from: middle.slice(0, 7), to: middle.slice(0, 7) } },
    { query: vocabulary[0]!, options: { eventKind: "meet" } },
    ...(person ? [{ query: vocabulary[0]!, options: { entity: person } }] : []),
  ];
}

export function benchSearchLatency(dbPath: string): void {
  const db = new Database(dbPath, { readonly: true });
  try {
    const articles = db.prepare("SELECT COUNT(*) FROM articles").pluck().get() as number;
    const result = benchSearch(db, queries(db), 20);
    console.log(
      `search (${count(articles)} articles; ${result.queries.length} queries × 20 runs): ` +
        `p50 ${ms(result.p50)}, p95 ${ms(result.p95)}, max ${ms(result.max)}`,
    );
    for (const q of result.queries) {
      const filter = Object.keys(q.options).length > 0 ? ` ${JSON.stringify(q.options)}` : "";
      const matches = q.total === null ? "> 10,000" : count(q.total);
      console.log(
        `  ${ms(q.p50).padStart(9)} p50 ${ms(q.p95).padStart(9)} p95  ${matches.padStart(8)} hits  ${q.query}${filter}`,
      );
    }
  } finally {
    db.close();
  }
}

/** `marsad serve` on a free loopback port in a child process; resolves to its URL. */
async function serveInChild(dbPath: string) {
  const bin = join(import.meta.dirname ?? "", "..", "..", "bin", "marsad.js");
  const child = spawn(process.execPath, [bin, "serve", "--port", "0", "--db", dbPath], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  const started = Date.now();
  for (;;) {
    const url = /(http:\/\/[^\s/]+)/.exec(out)?.[1];
    if (url) return { url, child };
    if (child.exitCode !== null || Date.now() - started > 30_000) throw new Error(`marsad serve did not start: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Requests per second and latency of `paths` (cycled) with `concurrency` requests in flight for `seconds`. */
async function load(base: string, paths: readonly string[], concurrency: number, seconds: number) {
  const latencies: number[] = [];
  let failures = 0;
  const end = performance.now() + seconds * 1000;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < end) {
        const path = paths[next++ % paths.length]!;
        const start = performance.now();
        const response = await fetch(base + path);
        await response.arrayBuffer();
        if (response.status !== 200) failures++;
        latencies.push(performance.now() - start);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), requests: latencies.length, failures };
}

export async function benchApi(dbPath: string): Promise<void> {
  const { url, child } = await serveInChild(dbPath);
  try {
    const { vocabulary } = pools();
    const ids = (await (await fetch(`${url}/api/articles?limit=50`)).json()) as { items: { id: string }[] };
    const routes: Array<[string, string[]]> = [
      ["GET /api/articles/{id}", ids.items.map((a) => `/api/articles/${a.id}`)],
      ["GET /api/stories?limit=20", ["/api/stories?limit=20"]],
      ["GET /api/search?q=…", [`/api/search?q=${encodeURIComponent(vocabulary[300]!)}&limit=10`]],
    ];
    console.log("API under load (marsad serve in its own process; 32 requests in flight from this one, loopback):");
    for (const [name, paths] of routes) {
      await load(url, paths, 4, 1); // warm-up
      const r = await load(url, paths, 32, 5);
      console.log(
        `  ${name.padEnd(26)} ${count(Math.round(r.rps)).padStart(6)} requests/s, p50 ${ms(r.p50)}, p95 ${ms(r.p95)}` +
          (r.failures > 0 ? `, ${count(r.failures)} failed` : ""),
      );
    }
  } finally {
    child.kill("SIGTERM");
    await once(child, "exit");
  }
}
