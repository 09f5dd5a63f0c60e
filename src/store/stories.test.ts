// Stories in the store: the hand-written reports of src/kb/stories/corpus.ts and their
// near-duplicate variants (perturb.ts) saved one page at a time into a real SQLite file, with
// identity resolution and corpus weights as `marsad ingest` runs them. Every happening must be
// one story (recall), no story may hold two happenings (precision), whatever the order.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { articleId, buildArticleFromText } from "../ingest/article.js";
import { A1, A2, A3, B, BASES, HAPPENING } from "../kb/stories/corpus.js";
import { kbArticle, type Spec } from "../kb/stories/fixture.js";
import { perturb, shuffled } from "../kb/stories/perturb.js";
import type { AnnotatedArticle } from "../model.js";
import { openStore, type Store } from "./index.js";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-stories-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

function annotated(spec: Spec): AnnotatedArticle {
  const { layers } = kbArticle(spec);
  const article = buildArticleFromText(`${spec.id}.txt`, spec.title, spec.text);
  return { article: { ...article, outlet: spec.outlet ?? null, published: spec.published }, layers };
}

/** Saves the specs in order, one page each; returns the spec id of every article id. */
async function saveAll(store: Store, specs: readonly Spec[]): Promise<Map<string, string>> {
  const specOf = new Map<string, string>();
  for (const spec of specs) {
    const item = annotated(spec);
    const saved = await store.savePage(`${spec.id}.txt`, [item]);
    // A variant may come out word for word as another report: the store keeps it once.
    assert.deepEqual([...saved.stored, ...saved.duplicates], [articleId(item.article)], spec.id);
    if (saved.stored.length === 1) specOf.set(saved.stored[0]!, spec.id);
  }
  return specOf;
}

/** Stories as sorted lists of spec ids, sorted. */
async function groups(store: Store, specOf: ReadonlyMap<string, string>): Promise<string[][]> {
  const out: string[][] = [];
  for (const story of await store.listStories()) {
    const detail = await store.getStory(story.id);
    out.push(detail!.members.map((m) => specOf.get(m.id)!).sort());
  }
  return out.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

const happeningOf = (specId: string) => HAPPENING[specId.split("~")[0]!]!;

const ALL = BASES.flatMap((base) => [base, ...[1, 2, 3, 4].map((v) => perturb(base, v))]);

for (const seed of [0, 7]) {
  test(`near-duplicates and reports sharing actors, order ${seed}: one story per happening, no story mixes two`, async (t) => {
    const store = await openStore(join(dir, `s-${++counter}.db`));
    const specOf = await saveAll(store, seed === 0 ? ALL : shuffled(ALL, seed));
    const found = await groups(store, specOf);
    const expected = new Map<string, string[]>();
    const kept = new Set(specOf.values());
    for (const spec of ALL.filter((s) => kept.has(s.id)))
      expected.set(happeningOf(spec.id), [...(expected.get(happeningOf(spec.id)) ?? []), spec.id]);
    // Precision: every pair in a story is one happening.
    let pairs = 0;
    let wrong = 0;
    for (const story of found) {
      for (let i = 0; i < story.length; i++) {
        for (let j = i + 1; j < story.length; j++) {
          pairs++;
          if (happeningOf(story[i]!) !== happeningOf(story[j]!)) wrong++;
        }
      }
    }
    assert.equal(wrong, 0, `${wrong} of ${pairs} pairs in one story report different happenings`);
    assert.deepEqual(
      found,
      [...expected.values()].map((ids) => ids.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
    t.diagnostic(`${kept.size} articles, ${found.length} stories, pairwise precision 1 over ${pairs} pairs`);
    await store.close();
  });
}

test("a story grows as reports arrive: label, outlets, dates and reasons kept up to date", async () => {
  const store = await openStore(join(dir, `s-${++counter}.db`));
  const specOf = await saveAll(store, [A1, B]);
  const first = (await store.listStories({ sort: "size" })).find((s) => specOf.get(s.id.slice(1)) === "A1")!;
  assert.equal(first.articles, 1);
  await saveAll(store, [A2, A3]);
  const grown = (await store.getStory(first.id))!;
  assert.equal(grown.id, first.id, "a story keeps the id of its first article");
  assert.equal(grown.articles, 3);
  assert.deepEqual([...grown.outlets].sort(), ["صحيفة الرصد", "موقع الجنوب", "وكالة المدار"]);
  assert.equal(grown.from, "2025-04-06");
  assert.equal(grown.to, "2025-04-07");
  assert.equal(grown.day, "2025-04-06");
  assert.ok(grown.label.includes("جسر"), grown.label);
  const joined = grown.members.filter((m) => m.score !== null);
  assert.equal(joined.length, 2);
  for (const m of joined) assert.match(m.reason!, /^same happening|^near-duplicate/);
  assert.ok(grown.members.every((m) => m.lead.length > 0));
  assert.equal(
    await store.storyOf([...specOf].find(([, s]) => s === "B")![0]),
    `s${[...specOf].find(([, s]) => s === "B")![0]}`,
  );

  const byEntity = await store.listStories({ entity: (await store.findEntities("سامر العبيدي"))[0]!.id });
  assert.equal(byEntity.length, 2, "the minister's two happenings");
  assert.deepEqual(
    (await store.listStories({ minArticles: 2 })).map((s) => s.id),
    [first.id],
  );
  assert.deepEqual(
    (await store.listStories({ from: "2025-04-08" })).map((s) => specOf.get(s.id.slice(1))),
    ["B"],
  );
  await store.close();
});
