import assert from "node:assert/strict";
import { test } from "node:test";
import { A1, A2, A3, B, BASES, C, D, E, F, G1, G2, HAPPENING } from "./corpus.js";
import { kbArticle, type Spec } from "./fixture.js";
import { perturb } from "./perturb.js";
import { type PairKind, storyScore } from "./score.js";
import { type Signature, signature } from "./signature.js";

const sig = (spec: Spec) => signature(kbArticle(spec));

test("pairs of reports: one story or not, and why", () => {
  const table: Array<[string, Spec, Spec, PairKind, RegExp]> = [
    [
      "one opening, two outlets",
      A1,
      A2,
      "same-happening",
      /^same happening: 5 shared actors \(.*\), content 0\.\d\d, day 2025-04-06, 1 day apart$/,
    ],
    ["one opening, a short report", A1, A3, "same-happening", /day 2025-04-06/],
    ["one opening, a short report and a wire", A2, A3, "same-happening", /^same happening/],
    [
      "same minister and governor, same city, two days later",
      A1,
      B,
      "different",
      /^different \(no shared happening day\)/,
    ],
    ["same minister, another bridge three weeks later", A1, C, "different", /^different \(published 20 days apart\)/],
    ["same day, another province", A1, D, "different", /^different \(no shared salient actor\)/],
    ["same governor, same day, another happening", A1, E, "different", /^different \(too little shared content\)/],
    ["a follow-up recalling the opening", A1, F, "different", /^different \(no shared happening day\)/],
    ["a follow-up, four days after the wire", A2, F, "different", /^different \(published 4 days apart\)/],
    ["one bulletin template, two weeks apart", G1, G2, "different", /^different \(published 14 days apart\)/],
  ];
  for (const [name, a, b, kind, reason] of table) {
    const score = storyScore(sig(a), sig(b));
    assert.equal(score.kind, kind, `${name}: ${score.reason}`);
    assert.match(score.reason, reason, name);
    assert.equal(score.score >= 0.5 === (kind !== "different"), true, name);
    const back = storyScore(sig(b), sig(a));
    assert.equal(back.score, score.score, `${name}: symmetric`);
    assert.equal(back.kind, score.kind, `${name}: symmetric`);
  }
});

test("perturbed copies are near-duplicates of their source", () => {
  for (const base of BASES) {
    const source = sig(base);
    for (const variant of [1, 2, 3, 4]) {
      const copy = perturb(base, variant);
      const score = storyScore(source, sig(copy));
      assert.equal(score.kind, "near-duplicate", `${copy.id}: ${score.reason}`);
      assert.match(score.reason, /^near-duplicate 0\.\d\d|^near-duplicate 1\.00/);
    }
  }
});

test("precision and recall over every pair of reports and their copies", (t) => {
  const sigs: Signature[] = BASES.flatMap((base) => [base, ...[1, 2, 3, 4].map((v) => perturb(base, v))]).map(sig);
  const happening = (s: Signature) => HAPPENING[s.article.split("~")[0]!];
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (let i = 0; i < sigs.length; i++) {
    for (let j = i + 1; j < sigs.length; j++) {
      const a = sigs[i]!;
      const b = sigs[j]!;
      const expected = happening(a) === happening(b);
      const score = storyScore(a, b);
      const same = score.kind !== "different";
      if (same && expected) tp++;
      else if (same) fp++;
      else if (expected) fn++;
      if (same !== expected) wrong.push(`${a.article} ${b.article}: ${score.reason}`);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  t.diagnostic(
    `${sigs.length} articles, ${tp + fn} same-story pairs: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`,
  );
  assert.equal(fp, 0, wrong.join("\n"));
  assert.ok(recall >= 0.95, wrong.join("\n"));
});

test("dates: unknown publication dates need the same happening day", () => {
  const undated = (spec: Spec): Spec => ({ ...spec, id: `${spec.id}?`, published: null });
  assert.equal(storyScore(sig(undated(A1)), sig(A2)).kind, "same-happening", "A1 names the day it reports");
  const noDays = (spec: Spec): Spec => ({ ...undated(spec), times: [] });
  assert.match(storyScore(sig(noDays(A1)), sig(noDays(A2))).reason, /^different \(no dates to compare\)/);
});
