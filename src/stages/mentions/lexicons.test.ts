// The lexicon files of the mentions stage, each with what it must say and must not.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeWord } from "../../text/normalize.js";
import { knowledge } from "./knowledge.js";
import { phraseNorms } from "./trie.js";

const k = knowledge();
const title = (phrase: string) => {
  const norms = phraseNorms(phrase);
  const match = k.titles.longest(norms.length, (i) => norms[i]!, 0);
  return match && match.end === norms.length ? match.value : undefined;
};
const head = (phrase: string) => {
  const norms = phraseNorms(phrase);
  const match = k.heads.longest(norms.length, (i) => norms[i]!, 0);
  return match && match.end === norms.length ? match.value : undefined;
};

describe("titles.tsv", () => {
  const cases: Array<[string, string, string]> = [
    ["وزير", "office", ""],
    ["وزيري", "office", "وزير"],
    ["الميجور جنرال", "rank", ""],
    ["اللواء", "rank", ""],
    ["المتحدثة", "spokesman", ""],
    ["كبير الباحثين", "office", ""],
    ["نظيره", "counterpart", ""],
    ["أحد", "quantifier", ""],
    ["الشيخ", "honorific", ""],
    ["الخبير", "profession", ""],
  ];
  for (const [phrase, kind, lemma] of cases) {
    test(phrase, () => {
      assert.equal(title(phrase)?.kind, kind);
      assert.equal(title(phrase)?.lemma, lemma);
    });
  }
  for (const word of ["كبير", "مسؤول", "رئيسي", "أمين", "الحكومة"]) {
    test(`not a title alone: ${word}`, () => assert.equal(title(word), undefined));
  }
});

describe("org-heads.tsv", () => {
  const cases: Array<[string, string, boolean, boolean]> = [
    ["لجنة", "ORG", true, false],
    ["اللجنة", "ORG", true, false],
    ["تنظيم", "ORG", false, true],
    ["كتائب", "ORG", false, false],
    ["الجيش", "ORG", true, true],
    ["الدفاع المدني", "ORG", true, false],
    ["مخيم", "LOC", false, true],
    ["مطاري", "LOC", false, false],
  ];
  for (const [phrase, type, definite, descriptor] of cases) {
    test(phrase, () => {
      const entry = head(phrase);
      assert.equal(entry?.type, type);
      assert.equal(entry?.definite, definite);
      assert.equal(entry?.descriptor, descriptor);
    });
  }
  for (const word of ["الوزارة", "التنظيم", "الحكومة", "القوات", "المخيم"]) {
    test(`no head: ${word}`, () => assert.equal(head(word), undefined));
  }
  test("links and adjectives", () => {
    for (const link of ["محاربة", "مكافحة", "شؤون"]) assert.ok(k.links.has(normalizeWord(link)), link);
    for (const adjective of ["العليا", "المشتركة", "العامة"]) assert.ok(k.adjectives.has(normalizeWord(adjective)));
    assert.ok(k.portfolios.has(normalizeWord("وزارة")));
    assert.ok(!k.links.has(normalizeWord("العراق")));
  });
});

describe("person-names.tsv and name-particles.tsv", () => {
  const cases: Array<[string, boolean]> = [
    ["محمد", false],
    ["فاطمة", false],
    ["أنتوني", false],
    ["دانا", false],
    ["كيفن", false],
    ["أمل", true],
    ["حسن", true],
    ["جو", true],
    ["علي", true],
  ];
  for (const [name, ambiguous] of cases) {
    test(name, () => assert.equal(k.given.get(normalizeWord(name))?.ambiguous, ambiguous));
  }
  for (const word of ["آن", "عبد", "الرئيس", "وزير"]) {
    test(`not a given name: ${word}`, () => assert.equal(k.given.get(normalizeWord(word)), undefined));
  }
  test("particles", () => {
    assert.equal(k.particles.get(normalizeWord("أبو")), "kunya");
    assert.equal(k.particles.get(normalizeWord("بن")), "nasab");
    assert.equal(k.particles.get(normalizeWord("عبد")), "theophoric");
    assert.equal(k.particles.get(normalizeWord("محمد")), undefined);
  });
});

describe("stop-context.tsv", () => {
  const cases: Array<[string, string]> = [
    ["قال", "speech"],
    ["أكدت", "speech"],
    ["في", "locative"],
    ["الذي", "relative"],
    ["أمس", "time"],
    ["الجمعة", "time"],
    ["بيان", "common"],
  ];
  for (const [word, kind] of cases) {
    test(word, () => assert.equal(k.stops.get(normalizeWord(word)), kind));
  }
  for (const word of ["محمد", "بلينكن", "رجب", "العكيدي"]) {
    test(`does not stop a name: ${word}`, () => assert.equal(k.stops.get(normalizeWord(word)), undefined));
  }
});
