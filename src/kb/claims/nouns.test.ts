import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeWord } from "../../text/normalize.js";
import { isBoundary, isPercentUnit, isTerritory, qualifierMeaning, unitLemma } from "./nouns.js";

// [unit as written, lemma key, listed in claim-nouns.tsv]
const LEMMAS: [string, string, boolean][] = [
  ["جندي", "جندي", true],
  ["جنود", "جندي", true],
  ["جندياً", "جندي", true],
  ["الجنود", "جندي", true],
  ["عسكريين", "جندي", true],
  ["قوات", "جندي", true],
  ["قتلى", "قتيل", true],
  ["قتيلاً", "قتيل", true],
  ["أشخاص", "شخص", true],
  ["شخصا", "شخص", true],
  ["كيلومتر مربع", "كيلومتر مربع", true],
  ["كيلومترات", "كيلومتر", true],
  ["دولار أميركي", "دولار", true],
  ["طائرات مسيرة", "طائره مسيره", true],
  ["سنوات", "سنه", true],
  // unlisted: folded by rule
  ["فلسطينيين", "فلسطيني", false],
  ["فلسطينياً", "فلسطيني", false],
  ["مواطنين", "مواطن", false],
  ["سيارات", "سياره", false],
  ["مهندساً", "مهندس", false],
  ["ممرضة", "ممرضه", false],
];

// Pairs that count different things: never one lemma.
const DIFFERENT: [string, string][] = [
  ["جندي", "دبابة"],
  ["قتلى", "جرحى"],
  ["سنوات", "أشهر"],
  ["دولار", "دينار"],
  ["كيلومتر", "كيلومتر مربع"],
  ["طائرات", "طائرات مسيرة"],
];

// Short words the plural rules must leave alone.
const UNTOUCHED = ["دين", "عين", "بنات"];

describe("claim nouns", () => {
  for (const [unit, key, listed] of LEMMAS) {
    test(unit, () => {
      const lemma = unitLemma(unit);
      assert.equal(lemma?.key, normalizeWord(key));
      assert.equal(lemma?.listed, listed);
    });
  }
  for (const [a, b] of DIFFERENT) {
    test(`${a} ≠ ${b}`, () => assert.notEqual(unitLemma(a)?.key, unitLemma(b)?.key));
  }
  for (const word of UNTOUCHED) test(`${word} stays`, () => assert.equal(unitLemma(word)?.key, normalizeWord(word)));
  test("a rule-folded noun is shown as written, without its accusative ending", () => {
    assert.equal(unitLemma("فلسطينياً")?.label, "فلسطيني");
  });
});

describe("percent, territory, boundary words", () => {
  const cases: [string, (s: string) => boolean, string, boolean][] = [
    ["percent", isPercentUnit, "في المائة", true],
    ["percent", isPercentUnit, "%", true],
    ["percent", isPercentUnit, "جندي", false],
    ["territory", isTerritory, normalizeWord("أراضيه"), true],
    ["territory", isTerritory, normalizeWord("البلاد"), true],
    ["territory", isTerritory, normalizeWord("أراضي"), false],
    ["territory", isTerritory, normalizeWord("العراق"), false],
    ["boundary", isBoundary, normalizeWord("التي"), true],
    ["boundary", isBoundary, normalizeWord("الذين"), true],
    ["boundary", isBoundary, normalizeWord("التى"), true],
    ["boundary", isBoundary, normalizeWord("الذئب"), false],
  ];
  for (const [what, is, word, expected] of cases) test(`${what}: ${word}`, () => assert.equal(is(word), expected));
});

describe("qualifier meanings from figure-qualifiers.tsv", () => {
  const cases: [string, string | undefined][] = [
    ["نحو", "approx"],
    ["قرابة", "approx"],
    ["أكثر من", "over"],
    ["ما لا يقل عن", "min"],
    ["على الأقل", "min"],
    ["أقل من", "under"],
    ["فقط", "exact"],
    // must not: cues and other words carry no meaning
    ["بلغ", undefined],
    ["نحن", undefined],
  ];
  for (const [qualifier, meaning] of cases) test(qualifier, () => assert.equal(qualifierMeaning(qualifier), meaning));
});
