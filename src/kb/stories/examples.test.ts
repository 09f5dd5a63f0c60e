// The demo corpus (examples/, see its README): the opening of «منفذ السنابل» on 11 March 2025
// is reported by four items of three pages and a feed, in different words and outlets; they
// must form one story, and the near misses (Amman food expo, Beirut port, Aqaba port, and the
// other pages) must stay out of it. The real pipeline annotates every page; articles go
// through signature and assignStory one at a time over an in-memory index that answers the
// lookups the store will, in three ingestion orders.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { readPage } from "../../ingest/page.js";
import { annotate } from "../../pipeline/index.js";
import { repoRoot } from "../../test-helpers/seeds.js";
import { nameKey } from "../names.js";
import type { KbArticle } from "../types.js";
import { storySummary } from "./label.js";
import { MemoryIndex } from "./memory-index.js";
import { storyScore } from "./score.js";
import { type Signature, signature } from "./signature.js";

const dir = join(repoRoot, "examples");

function exampleArticles(): KbArticle[] {
  const out: KbArticle[] = [];
  for (const file of readdirSync(dir).sort()) {
    if (!/\.(txt|html|jsonl)$/.test(file)) continue;
    for (const article of readPage({ source: join(dir, file), bytes: readFileSync(join(dir, file)) }).articles) {
      const { layers } = annotate(article);
      out.push({
        id: `${file}#${article.index}`,
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        text: article.text,
        layers,
        entityIds: layers.entities.map((e) => `${e.type}:${nameKey(e.name)}`),
      });
    }
  }
  return out;
}

const SANABEL = [
  "afaq-2025-03-12-sanabel-crossing.txt#0",
  "feed-2025-03.jsonl#0",
  "nahar-2025-03-11-sanabel-crossing.txt#0",
  "rafid-2025-03-13-sanabel-crossing.txt#0",
];

const articles = exampleArticles();
const signatures = articles.map((a) => signature(a));

const orders: Record<string, (sigs: Signature[]) => Signature[]> = {
  "file order": (sigs) => sigs,
  "reverse file order": (sigs) => [...sigs].reverse(),
  "publication order": (sigs) => [...sigs].sort((a, b) => (a.published ?? "9").localeCompare(b.published ?? "9")),
};

for (const [name, order] of Object.entries(orders)) {
  test(`examples, ${name}: the Sanabel reports form one story and nothing else joins anything`, () => {
    const index = new MemoryIndex();
    for (const sig of order(signatures)) index.ingest(sig);
    const groups = index.groups();
    assert.deepEqual(
      groups.find((g) => g.includes(SANABEL[0]!)),
      SANABEL,
    );
    assert.deepEqual(
      groups.filter((g) => g.length > 1),
      [SANABEL],
      "every other article is a story of its own",
    );
  });
}

test("examples: why the near misses stay out", () => {
  const byId = new Map(signatures.map((s) => [s.article, s]));
  const table: Array<[string, string, RegExp]> = [
    ["sharq-2025-03-09-amman-food-expo.txt#0", SANABEL[0]!, /^different \(too little shared content\)/],
    ["sharq-2025-03-09-amman-food-expo.txt#0", SANABEL[2]!, /^different \(too little shared content\)/],
    ["sharq-2025-03-03-beirut-port.txt#0", SANABEL[0]!, /^different \(published 9 days apart\)/],
    ["feed-2025-03.jsonl#2", SANABEL[2]!, /^different/],
    ["nahar-2025-03-12-maan-solar.html#0", SANABEL[0]!, /^different \(no shared salient actor\)/],
  ];
  for (const [a, b, reason] of table) {
    assert.match(storyScore(byId.get(a)!, byId.get(b)!).reason, reason, `${a} / ${b}`);
  }
});

test("examples: the Sanabel story's summary", () => {
  const members = signatures.filter((s) => SANABEL.includes(s.article));
  const summary = storySummary(members);
  assert.equal(summary.articles.length, 4);
  for (const outlet of ["وكالة النهار للأنباء", "الرافد نيوز", "موقع المربد الإخباري"]) {
    assert.ok(summary.outlets.includes(outlet), outlet);
  }
  assert.equal(summary.from, "2025-03-11");
  assert.equal(summary.to, "2025-03-13");
  assert.equal(summary.day, "2025-03-11");
  assert.ok(summary.label.includes("السنابل"), summary.label);
  assert.equal(summary.actors[0]?.name, "عبد الستار الحديثي");
});
