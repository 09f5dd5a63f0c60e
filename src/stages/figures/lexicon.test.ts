import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeWord } from "../../text/normalize.js";
import { tokenize } from "../../text/tokenize.js";
import { figureLexicon, hasUnitKind, isCountedNoun, type NumberKind, numberForm, type UnitKind } from "./lexicon.js";

const numberWords: Array<[written: string, value: number, kind: NumberKind, definite?: boolean]> = [
  ["ثلاثةُ", 3, "unit"],
  ["ثلاث", 3, "unit"],
  ["ثمانى", 8, "unit"],
  ["عشر", 10, "unit"],
  ["الثمانية", 8, "unit", true],
  ["الأربع", 4, "unit", true],
  ["وعشرين", 20, "tens"],
  ["العشرين", 20, "tens", true],
  ["تسعون", 90, "tens"],
  ["مائة", 100, "hundred"],
  ["مئتي", 200, "hundred"],
  ["ثلاثمئة", 300, "hundred"],
  ["تسعمائة", 900, "hundred"],
  ["ألفاً", 1000, "scale"],
  ["آلاف", 1000, "scale-plural"],
  ["ملايين", 1000000, "scale-plural"],
  ["مليوناً", 1000000, "scale"],
  ["مليارات", 1000000000, "scale-plural"],
  ["تريليون", 1000000000000, "scale"],
  ["ألفين", 2000, "scale-dual"],
  ["بثلاثة", 3, "unit"],
  ["لخمسة", 5, "unit"],
  ["واحدة", 1, "after"],
  ["اثنين", 2, "after"],
  ["إحدى", 1, "compound"],
  ["اثنا", 2, "compound"],
  ["نصف", 0.5, "fraction"],
  ["عشرات", 0, "vague"],
  ["بضعة", 0, "vague"],
  ["السابع", 7, "ordinal", true],
  ["الحادي", 1, "ordinal", true],
];

// Words that look like number words but are not: weekdays, derived adjectives, decades.
const notNumberWords = [
  "الاثنين",
  "الإثنين",
  "الأحد",
  "الأربعاء",
  "الثلاثاء",
  "الخميس",
  "ثلاثي",
  "ألفية",
  "مليونية",
  "التسعينيات",
  "عشرية",
  "سباعي",
  "خماسية",
  "لست", // "I am not", not ل + ست
];

describe("lexicon/number-words.tsv", () => {
  for (const [written, value, kind, definite = false] of numberWords) {
    test(`${written} → ${value} (${kind})`, () => {
      const form = numberForm(normalizeWord(written));
      assert.ok(form, `${written} not found`);
      assert.equal(form.entry.value, value);
      assert.equal(form.entry.kind, kind);
      assert.equal(form.definite, definite);
    });
  }
  for (const written of notNumberWords) {
    test(`not a number word: ${written}`, () => assert.equal(numberForm(normalizeWord(written)), undefined));
  }
  test("واحد is one, not و + أحد", () => assert.equal(numberForm("واحد")?.glue, 0));
});

const units: Array<[written: string, kind: UnitKind]> = [
  ["جندي", "force"],
  ["عنصرا", "force"],
  ["شخصاً", "person"],
  ["دولار", "currency"],
  ["برميل", "measure"],
  ["سنوات", "duration"],
  ["دولة", "object"],
  ["%", "percent"],
  ["القرار", "label"],
  ["الساعة", "clock-before"],
  ["صباحا", "clock-after"],
  ["عام", "year-before"],
  ["هـ", "year-after"],
  ["في", "not-unit"],
];
const notCounted = ["في", "من", "القرار", "الساعة", "صباحا", "بشأن", "يدعو"];

describe("lexicon/units.tsv", () => {
  for (const [written, kind] of units) {
    test(`${written} is ${kind}`, () => {
      const [token] = tokenize(written);
      assert.ok(hasUnitKind(token!.norm, kind));
    });
  }
  for (const written of notCounted) {
    test(`not a counted noun: ${written}`, () => assert.equal(isCountedNoun(normalizeWord(written)), false));
  }
  test("two-word units and percent phrases are tokenized like text", () => {
    const phrases = [...figureLexicon().unitPhrases.values()].flat().map((p) => p.words.join(" "));
    assert.ok(phrases.includes("كيلومتر مربع"));
    assert.ok(phrases.includes("ب المائه"), "بالمائة splits into ب + المائه");
    assert.ok(phrases.includes("في المئه"));
  });
});

const qualifiers: Array<[phrase: string, lastWord: string, kind: string]> = [
  ["نحو", "نحو", "qualifier"],
  ["ما لا يقل عن", "عن", "qualifier"],
  ["أكثر من", "من", "qualifier"],
  ["بلغ", "بلغ", "cue"],
];
const notQualifiers = ["بضعة", "عشرات", "قال", "الأقل"];

describe("lexicon/figure-qualifiers.tsv", () => {
  const { qualifiersBefore, qualifiersAfter } = figureLexicon();
  for (const [phrase, last, kind] of qualifiers) {
    test(`${phrase} (${kind})`, () => {
      const words = tokenize(phrase).map((t) => t.norm);
      const found = qualifiersBefore.get(normalizeWord(last))?.find((p) => p.words.join(" ") === words.join(" "));
      assert.equal(found?.kind, kind);
    });
  }
  test("على الأقل comes after the number", () =>
    assert.ok(qualifiersAfter.get("علي")?.some((p) => p.words[1] === "الاقل")));
  test("longest phrase first", () => {
    const list = qualifiersBefore.get("عن") ?? [];
    assert.equal(list[0]?.words.length, 4);
  });
  for (const word of notQualifiers) {
    test(`not a qualifier: ${word}`, () => assert.equal(qualifiersBefore.has(normalizeWord(word)), false));
  }
});
