// Per-stage cost of the pipeline on generated pages and the seed pages (build first: npm run build).
//   node scripts/stage-times.mjs
const seedsDir = new URL("../../shared/seeds", import.meta.url).pathname;

import { readdirSync, readFileSync } from "node:fs";
import { generatedPage } from "../dist/bench/corpus.js";
import { readPage } from "../dist/src/ingest/page.js";
import { emptyLayers } from "../dist/src/model.js";
import { stages } from "../dist/src/pipeline/stages.js";

const arts = [];
for (let n = 0; n < 3000; n++)
  arts.push(readPage({ source: "g", bytes: Buffer.from(generatedPage(n, 7)) }).articles[0]);
const seeds = readdirSync(seedsDir).flatMap(
  (f) => readPage({ source: f, bytes: readFileSync(seedsDir + "/" + f) }).articles,
);
for (const [name, set] of [
  ["generated", arts],
  ["seeds x40", Array(40).fill(seeds).flat()],
]) {
  const t = new Map();
  let tokens = 0;
  for (let rep = 0; rep < 2; rep++)
    for (const a of set) {
      const layers = emptyLayers();
      for (const s of stages) {
        const t0 = performance.now();
        Object.assign(layers, s.run(a, layers));
        if (rep) t.set(s.name, (t.get(s.name) ?? 0) + performance.now() - t0);
      }
      if (rep) tokens += layers.tokens.length;
    }
  const total = [...t.values()].reduce((a, b) => a + b, 0);
  console.log(name, tokens, "tokens", Math.round((tokens / total) * 1000), "tok/s");
  for (const [k, v] of t) console.log("  ", k.padEnd(10), v.toFixed(0), "ms", Math.round((tokens / v) * 1000), "tok/s");
}
