import assert from "node:assert/strict";
import { test } from "node:test";
import { assignStory, type Candidate, indexDay, lookupWindow } from "./assign.js";
import { A1, A2, A3, B, BASES, D, G1, HAPPENING } from "./corpus.js";
import { kbArticle, type Spec } from "./fixture.js";
import { MemoryIndex } from "./memory-index.js";
import { perturb, shuffled } from "./perturb.js";
import { signature } from "./signature.js";

const sig = (spec: Spec) => signature(kbArticle(spec));
const member = (spec: Spec, storyId: string): Candidate => ({ signature: sig(spec), storyId });

test("no candidates: a new story", () => {
  const a = assignStory(sig(A1), []);
  assert.deepEqual(a, {
    storyId: null,
    score: 0,
    member: null,
    support: 0,
    reason: "new story: no candidates",
    mergeCandidates: [],
  });
});

test("a report of the same happening joins the story of its best member", () => {
  const a = assignStory(sig(A2), [member(A1, "S1"), member(A3, "S1"), member(B, "S2")]);
  assert.equal(a.storyId, "S1");
  assert.equal(a.member, "A1");
  assert.equal(a.support, 1);
  assert.match(a.reason, /^same happening: .* \(with A1; supports 100% of candidate members\)$/);
  assert.deepEqual(a.mergeCandidates, []);
});

test("a report that matches one member but not the rest of its story starts a new story", () => {
  // S1 drifted (A1 with two unrelated articles): one strong link must not pull A2 into it.
  const a = assignStory(sig(A2), [member(A1, "S1"), member(D, "S1"), member(G1, "S1")]);
  assert.equal(a.storyId, null);
  assert.equal(a.member, "A1");
  assert.match(a.reason, /^new story: best A1: same happening: .*; supports 33% of candidate members$/);
});

test("a near-duplicate joins its source's story whatever the other members", () => {
  const copy = perturb(A1, 2);
  const a = assignStory(sig(copy), [member(A1, "S1"), member(D, "S1"), member(G1, "S1")]);
  assert.equal(a.storyId, "S1");
  assert.match(a.reason, /^near-duplicate 0\.\d\d, 1 day apart \(with A1; supports 33% of candidate members\)$/);
});

test("two stories qualify: the stronger wins, the other is a merge candidate; stories never merge", () => {
  const a = assignStory(sig(A2), [member(A3, "S7"), member(perturb(A2, 1), "S9")]);
  assert.equal(a.storyId, "S9");
  assert.deepEqual(a.mergeCandidates, ["S7"]);
});

test("the article itself among the candidates is ignored; duplicates count once", () => {
  const a = assignStory(sig(A2), [member(A2, "S1"), member(A1, "S2"), member(A1, "S2")]);
  assert.equal(a.storyId, "S2");
  assert.equal(a.support, 1);
});

test("lookup window: the publication day, else the happening day, ± 14 days", () => {
  const day = indexDay(sig(A1))!;
  assert.deepEqual(lookupWindow(sig(A1)), { from: day - 14, to: day + 14 });
  const undated = sig({ ...A1, published: null });
  assert.equal(indexDay(undated), day - 1, "A1 reports «أمس الأحد»");
  assert.equal(lookupWindow(sig({ ...A1, published: null, times: [] })), null);
});

test("one article at a time through the index: every happening one story, in any order", (t) => {
  const sigs = BASES.flatMap((base) => [base, ...[1, 2, 3, 4].map((v) => perturb(base, v))]).map(sig);
  const byHappening = new Map<string, string[]>();
  for (const { article } of sigs) {
    const happening = HAPPENING[article.split("~")[0]!]!;
    byHappening.set(happening, [...(byHappening.get(happening) ?? []), article]);
  }
  const expected = [...byHappening.values()].map((ids) => ids.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  for (const seed of [0, 1, 2, 3, 4]) {
    const index = new MemoryIndex();
    for (const s of seed === 0 ? sigs : shuffled(sigs, seed)) index.ingest(s);
    assert.deepEqual(index.groups(), expected, `order ${seed}`);
  }
  t.diagnostic(`${sigs.length} articles into ${expected.length} stories, 5 orders`);
});
