import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeWord } from "../../text/normalize.js";
import { quoteLexicon, type WordKind } from "./lexicon.js";

const lex = quoteLexicon();
const form = (written: string) => lex.forms.get(normalizeWord(written));

// [form as written, lemma, tense, agreement, continues, glued conjunction letters]
const forms: Array<[string, string, string, string | null, boolean, number]> = [
  ["قال", "قال", "past", "m", true, 0],
  ["قالت", "قال", "past", "f", true, 0],
  ["قالوا", "قال", "past", "pl", true, 0],
  ["يقول", "قال", "present", "m", true, 0],
  ["وأضاف", "أضاف", "past", "m", true, 1],
  ["وأضافت", "أضاف", "past", "f", true, 1],
  ["فقال", "قال", "past", "m", true, 1],
  ["ولفت", "لفت", "past", "m", true, 1],
  ["مشيراً", "أشار", "participle", "m", true, 0],
  ["مشيرة", "أشار", "participle", "f", true, 0],
  ["مؤكدين", "أكد", "participle", "pl", true, 0],
  ["لافتا", "لفت", "participle", "m", true, 0],
  ["وأشارا", "أشار", "past", "du", true, 1],
  ["إعلان", "أعلن", "masdar", null, false, 0],
  ["يذكر", "ذكر", "present", "m", false, 0],
  ["أعلنت", "أعلن", "past", "f", false, 0],
  ["واستدرك", "استدرك", "past", "m", true, 1],
  ["وختم", "ختم", "past", "m", true, 1],
  ["نفت", "نفى", "past", "f", true, 0],
  ["ادعى", "ادعى", "past", "m", true, 0],
  ["رأى", "رأى", "past", "m", true, 0],
  ["يرى", "رأى", "present", "m", true, 0],
];

// Words that look like reporting verbs but are not listed as such.
const notForms = ["تبين", "يزيد", "متابعا", "داعية", "ناقلة", "مقر", "يبلغ", "المتحدث", "بزعم", "قائل"];

const kinds: Array<[string, WordKind]> = [
  ["بيان", "document"],
  ["بيان", "statement"],
  ["تصريحات", "statement"],
  ["مسؤولون", "source"],
  ["مصادر", "source"],
  ["أحدهم", "pronoun"],
  ["وزير", "head"],
  ["وكالة", "head"],
  ["عملية", "name-head"],
  ["كتاب", "name-head"],
  ["أنه", "complementizer"],
  ["بعد", "blocker"],
  ["إلا", "blocker"],
  ["في", "preposition"],
  ["أيضاً", "adverb"],
  ["الثلاثاء", "adverb"],
  ["قولها", "masdar-pronoun"],
  ["باسم", "title-link"],
  ["لم", "negation"],
  ["فيما", "clause-link"],
  ["لكنه", "clause-link"],
  ["ولكنها", "clause-link"],
  ["سكاناً", "source"],
];

const notKinds: Array<[string, WordKind]> = [
  ["وزير", "source"],
  ["متحدث", "source"],
  ["أن", "blocker"],
  ["قال", "head"],
  ["بيان", "name-head"],
  ["فحسب", "preposition"],
  ["في", "clause-link"],
  ["قال", "clause-link"],
  ["لكي", "clause-link"],
];

describe("speech-verbs.tsv", () => {
  for (const [written, lemma, tense, agreement, continues, conj] of forms) {
    test(`${written} → ${lemma} ${tense} ${agreement ?? "-"}`, () => {
      const f = form(written);
      assert.ok(f, `${written} is listed`);
      assert.deepEqual(
        [f.verb.lemma, f.tense, f.agreement, f.verb.continues, f.conj],
        [lemma, tense, agreement, continues, conj],
      );
    });
  }
  for (const written of notForms)
    test(`not a reporting form: ${written}`, () => assert.equal(form(written), undefined));
  test("prepositions and flags", () => {
    assert.ok(form("أشار")?.verb.preps.has(normalizeWord("إلى")));
    assert.ok(form("أعرب")?.verb.preps.has(normalizeWord("في")));
    assert.equal(form("قال")?.verb.direct, true);
    assert.equal(form("أكد")?.verb.direct, false);
    assert.equal(form("أفاد")?.verb.bi, true);
    assert.equal(form("اتهم")?.verb.object, true);
  });
  test("بين reports only at the head of a clause", () => {
    assert.equal(form("بين")?.clauseOnly, true);
    assert.equal(form("قال")?.clauseOnly, false);
  });
});

describe("attribution.tsv", () => {
  for (const [written, kind] of kinds) {
    test(`${written} is ${kind}`, () => assert.ok(lex.is(kind, normalizeWord(written))));
  }
  for (const [written, kind] of notKinds) {
    test(`${written} is not ${kind}`, () => assert.ok(!lex.is(kind, normalizeWord(written))));
  }
  test("frames by first word, with و glued on and لـ as a proclitic", () => {
    const frame = (first: string) => lex.frames.get(normalizeWord(first))?.map((f) => f.pieces.join(" "));
    assert.deepEqual(frame("وفقاً"), ["وفقا ل"]);
    assert.deepEqual(frame("ووفقاً"), ["وفقا ل"]);
    assert.ok(frame("بحسب")?.includes("بحسب"));
    assert.ok(frame("على")?.includes("علي لسان"));
    assert.equal(frame("فحسب"), undefined);
  });
  test("voice frames name the speaker of the verb before them; other frames do not", () => {
    const voices = (first: string) =>
      lex.frames.get(normalizeWord(first))?.flatMap((f) => (f.voice ? [f.pieces.join(" ")] : []));
    assert.deepEqual(voices("على"), ["علي لسان"]);
    assert.deepEqual(voices("بحسب"), []);
  });
  test("one entry per word holds its kinds and its reporting form", () => {
    const entry = lex.entries.get(normalizeWord("وأضاف"));
    assert.equal(entry && lex.formList[entry.form]?.verb.lemma, "أضاف");
    assert.equal(lex.entries.get(normalizeWord("في"))?.form, -1);
    assert.ok(lex.is("preposition", "في") && lex.is("title-link", "في"));
  });
  test("sources carry their number", () => {
    assert.equal(lex.sourceNumber.get(normalizeWord("مسؤولون")), "pl");
    assert.equal(lex.sourceNumber.get(normalizeWord("مصدر")), "sg");
    assert.equal(lex.sourceNumber.get(normalizeWord("قياديان")), "du");
  });
});
