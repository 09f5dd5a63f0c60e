import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { isPlainFold, normalizeView, normalizeWord } from "./normalize.js";

const folds: Array<[string, string, string]> = [
  ["hamza above alef", "أحمد", "احمد"],
  ["hamza below alef", "إسرائيل", "اسرائيل"],
  ["madda alef", "آلاف", "الاف"],
  ["alef wasla", "ٱلله", "الله"],
  ["alef maksura", "على", "علي"],
  ["alef maksura at word end", "مستشفى", "مستشفي"],
  ["ta marbuta", "حكومة", "حكومه"],
  ["Persian yeh", "ایران", "ايران"],
  ["Persian kaf", "کردستان", "كردستان"],
  ["fatha damma kasra", "كَتَبَ الوَزِيرُ", "كتب الوزير"],
  ["tanween", "شكرًا جزيلاً", "شكرا جزيلا"],
  ["shadda and sukun", "مُدَّة مْ", "مده م"],
  ["superscript alef", "هٰذا", "هذا"],
  ["Quranic small high marks", "قال\u06d6 ذلك\u06da", "قال ذلك"],
  ["tatweel", "كتـــاب", "كتاب"],
  ["Arabic-Indic digits", "٠١٢٣٤٥٦٧٨٩", "0123456789"],
  ["Persian digits", "۰۱۲۳۴۵۶۷۸۹", "0123456789"],
  ["Arabic decimal separator", "٤٫٥", "4.5"],
  ["Arabic thousands separator", "٢٬٥٠٠", "2,500"],
  ["Latin lower case", "CBS News ISIS", "cbs news isis"],
  ["Latin-1 upper case", "ÉTAT", "état"],
  ["NFKC: alef + combining hamza above", "ا\u0654حمد", "احمد"],
  ["NFKC: alef + combining hamza below", "ا\u0655سرائيل", "اسرائيل"],
  ["NFKC: alef + combining madda", "ا\u0653لاف", "الاف"],
  ["NFKC: lam-alef ligature", "ﻻ", "لا"],
  ["NFKC: lam-alef with hamza ligature", "ﻷن", "لان"],
  ["NFKC: presentation forms", "ﺑﻐﺪﺍﺩ", "بغداد"],
  ["NFKC: fullwidth Latin", "ＣＮＮ", "cnn"],
  ["NFKC: Latin ligature", "ﬁnal", "final"],
  ["NFKC: no-break space", "قال\u00a0إن", "قال ان"],
  ["NFKC: decomposed Latin accent", "e\u0301", "é"],
  ["bidi marks and joiners removed", "\u200fبيروت\u200c\u200d\u200e\u061c", "بيروت"],
  ["byte order mark removed", "\ufeffقال", "قال"],
  ["soft hyphen removed", "inter\u00adnational", "international"],
  ["empty string", "", ""],
];

const unchanged: Array<[string, string]> = [
  ["hamza on waw", "مؤتمر"],
  ["hamza on yeh", "رئيس"],
  ["hamza alone", "جزء"],
  ["Arabic comma", "،"],
  ["Arabic semicolon", "؛"],
  ["Arabic question mark", "؟"],
  ["guillemets", "«»"],
  ["Arabic percent sign", "٪"],
  ["plain Arabic word", "بغداد"],
  ["ASCII punctuation and digits", "2024/03/27, 4.5%!"],
  ["Latin lower case", "marsad"],
  ["Cyrillic is not lower-cased", "МОСКВА"],
  ["newlines and spaces", "سطر\n\nسطر  ثان"],
  ["emoji", "🙂"],
];

describe("normalizeWord", () => {
  for (const [name, input, expected] of folds) {
    test(`folds: ${name}`, () => {
      assert.equal(normalizeWord(input), expected);
      assert.equal(normalizeView(input).text, expected);
    });
  }
  for (const [name, input] of unchanged) {
    test(`keeps: ${name}`, () => {
      assert.equal(normalizeWord(input), input);
      assert.equal(normalizeView(input).text, input);
    });
  }
  test("returns the same string when nothing changes", () => {
    const s = "بغداد";
    assert.equal(normalizeWord(s), s);
  });
  test("folding is idempotent on examples", () => {
    for (const [, input] of folds) assert.equal(normalizeWord(normalizeWord(input)), normalizeWord(input));
  });
});

describe("normalizeView", () => {
  test("maps each folded unit to its source offset", () => {
    const view = normalizeView("كَتَبَ");
    assert.equal(view.text, "كتب");
    assert.deepEqual([...view.map], [0, 2, 4, 6]);
  });
  test("a span keeps the harakat of its last letter", () => {
    const source = "كَتَبَ الوَزِيرُ";
    const view = normalizeView(source);
    const at = view.text.indexOf("الوزير");
    const span = view.toSource(at, at + "الوزير".length);
    assert.equal(source.slice(span.start, span.end), "الوَزِيرُ");
    const first = view.toSource(0, 3);
    assert.equal(source.slice(first.start, first.end), "كَتَبَ");
  });
  test("a deleted tatweel inside a span stays inside", () => {
    const source = "في كتـــاب";
    const view = normalizeView(source);
    const span = view.toSource(3, 7);
    assert.equal(source.slice(span.start, span.end), "كتـــاب");
  });
  test("a ligature expands, every unit mapped to the ligature", () => {
    const source = "ﻻ بد";
    const view = normalizeView(source);
    assert.equal(view.text, "لا بد");
    assert.deepEqual([...view.map], [0, 0, 1, 2, 3, 4]);
    assert.deepEqual(view.toSource(0, 1), { start: 0, end: 1 });
    assert.deepEqual(view.toSource(1, 2), { start: 0, end: 1 });
  });
  test("a composed hamza maps to the whole cluster", () => {
    const source = "ا\u0654حمد";
    const view = normalizeView(source);
    assert.equal(view.text, "احمد");
    assert.deepEqual(view.toSource(0, 1), { start: 0, end: 2 });
  });
  test("empty spans map to a point", () => {
    const view = normalizeView("قالَ");
    assert.deepEqual(view.toSource(1, 1), { start: 1, end: 1 });
    assert.deepEqual(view.toSource(3, 3), { start: 4, end: 4 });
  });
  test("rejects spans outside the text", () => {
    const view = normalizeView("قال");
    assert.throws(() => view.toSource(2, 1), RangeError);
    assert.throws(() => view.toSource(0, 4), RangeError);
    assert.throws(() => view.toSource(-1, 1), RangeError);
  });
  test("the source is never rewritten", () => {
    const source = "أَحمد";
    const view = normalizeView(source);
    assert.equal(view.source, source);
  });
});

test("only U+0653-0655 among deleted marks compose under NFKC", () => {
  // The fast path skips NFKC for clusters whose marks are all deleted; that is only sound if
  // no other deleted mark appears inside a canonical decomposition.
  const deleted = (c: number) =>
    (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed);
  const composing = new Set<number>();
  for (let cp = 0; cp < 0x30000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const d = String.fromCodePoint(cp).normalize("NFD");
    for (let i = 1; i < d.length; i++) if (deleted(d.charCodeAt(i))) composing.add(d.charCodeAt(i));
  }
  assert.deepEqual([...composing].sort(), [0x0653, 0x0654, 0x0655]);
  for (const c of composing) assert.equal(isPlainFold(c), false);
});

// Strings that mix what the folding touches: Arabic letters and their variants, marks,
// tatweel, presentation forms, digits, Latin, spaces, punctuation, joiners and astral chars.
const pieces = [
  ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى",
  ..."ٱیکۀ",
  ..."\u064b\u064e\u064f\u0650\u0651\u0652\u0653\u0654\u0655\u0670\u06d6\u0640",
  ..."ﻻﻷﺑﻐﺪﺍﷺﷲ",
  ..."٠١٩۰۹٫٬0123456789",
  ..."AbZzÉéﬁＡ\u0301\u0300",
  ..." \n\u00a0\u200c\u200f\ufeff",
  ...".,،؛؟«»!%٪-/",
  "🙂",
  "\ud835\udc00",
];
const arabicish = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join(""));
const anyText = fc.oneof(
  arabicish,
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 30 }), // any code point, lone surrogates too
  fc.string({ maxLength: 30 }),
);

describe("properties", () => {
  test("normalizeWord(s) === normalizeView(s).text", () => {
    fc.assert(
      fc.property(anyText, (s) => normalizeWord(s) === normalizeView(s).text),
      { numRuns: 3000 },
    );
  });
  test("map has text.length + 1 entries, is non-decreasing, ends at source.length", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const { text, map } = normalizeView(s);
        if (map.length !== text.length + 1 || map[text.length] !== s.length) return false;
        for (let i = 1; i < map.length; i++) if (map[i]! < map[i - 1]!) return false;
        return map[0]! >= 0;
      }),
      { numRuns: 3000 },
    );
  });
  test("toSource spans stay within the source and cover the folded span", () => {
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, a, b) => {
        const view = normalizeView(s);
        const len = view.text.length;
        const start = len === 0 ? 0 : a % (len + 1);
        const end = start + (len - start === 0 ? 0 : b % (len - start + 1));
        const span = view.toSource(start, end);
        if (span.start < 0 || span.end > s.length || span.start > span.end) return false;
        // The source slice folds to text that contains the folded span.
        return end === start || normalizeWord(s.slice(span.start, span.end)).includes(view.text.slice(start, end));
      }),
      { numRuns: 3000 },
    );
  });
  test("each folded unit's source cluster folds to exactly its units", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const view = normalizeView(s);
        const { text, map } = view;
        let i = 0;
        while (i < text.length) {
          let j = i + 1;
          while (j < text.length && map[j] === map[i]) j++; // units of one cluster
          const span = view.toSource(i, j);
          if (normalizeWord(s.slice(span.start, span.end)) !== text.slice(i, j)) return false;
          i = j;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
  test("folding is idempotent", () => {
    fc.assert(
      fc.property(anyText, (s) => normalizeWord(normalizeWord(s)) === normalizeWord(s)),
      { numRuns: 3000 },
    );
  });
});
