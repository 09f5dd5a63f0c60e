import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tokenize } from "../../text/tokenize.js";
import { formNorms, type Trie, timeLexicon } from "./lexicon.js";

const lex = timeLexicon();

function lookup<T>(trie: Trie<T>, written: string): T | undefined {
  let node: Trie<T> | undefined = trie;
  for (const token of tokenize(written)) node = node?.next.get(token.norm);
  return node?.value;
}

describe("time-words.tsv and the month and weekday tables, as the scanner reads them", () => {
  const months: Array<[string, number, string, string | null]> = [
    ["كانون الثاني", 1, "gregorian", null],
    ["كانون ثاني", 1, "gregorian", null],
    ["تشرين 2", 11, "gregorian", null],
    ["يوليو", 7, "gregorian", null],
    ["آب", 8, "gregorian", "strong"],
    ["نيسان", 4, "gregorian", "strong"],
    ["أيار", 5, "gregorian", "frame"],
    ["September", 9, "gregorian", null],
    ["ذو الحجة", 12, "hijri", null],
    ["جمادى الآخرة", 6, "hijri", null],
    ["رمضان", 9, "hijri", "frame"],
  ];
  for (const [written, month, cal, needs] of months) {
    test(`month ${written}`, () => assert.deepEqual(lookup(lex.months, written), { month, cal, needs }));
  }

  const ordinals: Array<[string, number]> = [
    ["الأول", 1],
    ["العاشر", 10],
    ["التاسع عشر", 19],
    ["العشرين", 20],
    ["الحادي والعشرين", 21],
    ["الحادي والعشرون", 21],
    ["الثلاثين", 30],
    ["الحادي والثلاثين", 31],
  ];
  for (const [written, day] of ordinals) {
    test(`ordinal ${written}`, () => assert.equal(lookup(lex.ordinals, written), day));
  }

  const relDays: Array<[string, number]> = [
    ["أمس", -1],
    ["غداً", 1],
    ["أول أمس", -2],
    ["أمس الأول", -2],
    ["بعد غد", 2],
    ["الليلة الماضية", -1],
  ];
  for (const [written, offset] of relDays) {
    test(`relative day ${written}`, () => assert.equal(lookup(lex.relDays, written)?.offset, offset));
  }

  test("weekdays and their ambiguity", () => {
    assert.deepEqual(lex.weekdays.get(formNorms("الخميس")[0]!), { day: 4, needs: null });
    assert.deepEqual(lex.weekdays.get(formNorms("الإثنين")[0]!), { day: 1, needs: null });
    assert.deepEqual(lex.weekdays.get(formNorms("الجمعة")[0]!), { day: 5, needs: "frame" });
    assert.deepEqual(lex.weekdays.get(formNorms("السبت")[0]!), { day: 6, needs: "surname" });
  });

  const roles: Array<[string, Record<string, unknown>]> = [
    ["أواسط", { part: "mid" }],
    ["نهاية", { part: "end" }],
    ["المنصرمة", { qual: "past" }],
    ["القادم", { qual: "next" }],
    ["التالي", { qual: "following", notToday: "after" }],
    ["الأسبوع", { unit: "week", period: true }],
    ["الخريف", { season: 9 }],
    ["الربع", { period: true }],
    ["حلول", { prep: { weekday: false, month: true, year: true } }],
    ["هـ", { era: "hijri" }],
    ["ميلادية", { era: "gregorian" }],
    ["المقرر", { future: true }],
    ["شارع", { namesDate: true }],
    ["ليل", { daypart: true }],
  ];
  for (const [written, expected] of roles) {
    test(`word ${written}`, () => assert.deepEqual({ ...lex.words.get(formNorms(written)[0]!) }, expected));
  }

  test("a word with several roles keeps them all", () => {
    const before = lex.words.get(formNorms("قبل")[0]!);
    assert.deepEqual([...(before?.ago ?? [])], ["day", "week", "month", "year"]);
    assert.equal(before?.prep?.year, true);
    assert.equal(before?.follow, true);
    assert.deepEqual(lex.words.get(formNorms("أيام")[0]!)?.count, { unit: "day", n: null });
    assert.deepEqual(lex.words.get(formNorms("يومين")[0]!)?.count, { unit: "day", n: 2 });
    assert.equal(lex.words.get(formNorms("بضعة")[0]!)?.cardinal, null);
  });
});

describe("time words: not time words", () => {
  for (const written of ["عامل", "شهرة", "يومية", "أسبوعية", "سنوي", "تاريخ", "الساعة", "ساعات", "الأعوام"]) {
    test(written, () => {
      const [norm] = formNorms(written);
      assert.equal(lex.starts.has(norm!), false);
      assert.equal(lex.words.has(norm!), false);
    });
  }
  test("أب folds to the month آب, which only counts with a strong frame", () => {
    assert.equal(lookup(lex.months, "أب")?.needs, "strong");
  });
});
