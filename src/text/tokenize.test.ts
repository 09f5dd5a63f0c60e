import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import type { Token } from "../model.js";
import { normalizeView, normalizeWord } from "./normalize.js";
import { splitProclitics, splitWordToken, tokenize } from "./tokenize.js";

/** Tokens as "slice/kind" strings, with "=norm" when the norm differs from the slice. */
function show(text: string, tokens: Token[] = tokenize(text)): string[] {
  return tokens.map((t) => {
    const slice = text.slice(t.start, t.end);
    return t.norm === slice ? `${slice}/${t.kind}` : `${slice}/${t.kind}=${t.norm}`;
  });
}

const clitics: Array<[string, string[]]> = [
  ["والعراق", ["و/clitic", "العراق/word"]],
  ["فالحكومة", ["ف/clitic", "الحكومة/word=الحكومه"]],
  ["بالمئة", ["ب/clitic", "المئة/word=المئه"]],
  ["كالعادة", ["ك/clitic", "العادة/word=العاده"]],
  ["وبالعراق", ["و/clitic", "ب/clitic", "العراق/word"]],
  ["فبالتالي", ["ف/clitic", "ب/clitic", "التالي/word"]],
  ["وبغداد", ["و/clitic", "بغداد/word"]],
  ["ولبنان", ["و/clitic", "لبنان/word"]],
  ["ببغداد", ["ب/clitic", "بغداد/word"]],
  ["وكان", ["و/clitic", "كان/word"]],
  ["وقال", ["و/clitic", "قال/word"]],
  ["وأضاف", ["و/clitic", "أضاف/word=اضاف"]],
  ["فإن", ["ف/clitic", "إن/word=ان"]],
  ["وبأن", ["و/clitic", "ب/clitic", "أن/word=ان"]],
  ["ولإسرائيل", ["و/clitic", "ل/clitic", "إسرائيل/word=اسرائيل"]],
  ["سيكون", ["س/clitic", "يكون/word"]],
  ["وستكون", ["و/clitic", "س/clitic", "تكون/word"]],
  ["وفي", ["و/clitic", "في/word"]],
  // ل + ال written لل: the word's norm gets its article back
  ["للعراق", ["ل/clitic", "لعراق/word=العراق"]],
  ["للحكومة", ["ل/clitic", "لحكومة/word=الحكومه"]],
  ["وللرئيس", ["و/clitic", "ل/clitic", "لرئيس/word=الرئيس"]],
  ["للجنة", ["ل/clitic", "لجنة/word=اللجنه"]],
  ["لله", ["ل/clitic", "له/word=الله"]],
  ["للبنان", ["ل/clitic", "لبنان/word"]],
  ["لليبيا", ["ل/clitic", "ليبيا/word"]],
  // harakat and tatweel stay with their letters
  ["وَبِالعِراقِ", ["وَ/clitic=و", "بِ/clitic=ب", "العِراقِ/word=العراق"]],
  ["وـبغداد", ["وـ/clitic=و", "بغداد/word"]],
  // a lone proclitic before a number, a Latin word or a quote
  ["بـ50", ["بـ/clitic=ب", "50/number"]],
  ["و2024", ["و/clitic", "2024/number"]],
  ["الـ30", ["الـ/clitic=ال", "30/number"]],
  ["وبالـ20", ["و/clitic", "ب/clitic", "الـ/clitic=ال", "20/number"]],
  ["لـ«حماس»", ["لـ/clitic=ل", "«/punct", "حماس/word", "»/punct"]],
  ["وCNN", ["و/clitic", "CNN/latin=cnn"]],
];

const whole: string[] = [
  "وزير",
  "وزارة",
  "ولاية",
  "وكالة",
  "وفد",
  "وثيقة",
  "واشنطن",
  "والدة",
  "والي",
  "فلسطين",
  "فريق",
  "فصائل",
  "فقط",
  "بيان",
  "بغداد",
  "بالستي",
  "بعد",
  "لبنان",
  "لجنة",
  "لكن",
  "كتائب",
  "كردستان",
  "كما",
  "كذلك",
  "كله",
  "سوريا",
  "سياسة",
  "سيارة",
  "سكان",
  "سان",
  "وبلينكن", // unknown rest: left for a later stage
  "وثائقي",
  "سالم", // س never takes the article
  "ولد",
  "بلال",
  "العراق",
  "الله",
];

const numbers: Array<[string, string[]]> = [
  ["4.5", ["4.5/number"]],
  ["٤٫٥", ["٤٫٥/number=4.5"]],
  ["2,500", ["2,500/number"]],
  ["٢٬٥٠٠", ["٢٬٥٠٠/number=2,500"]],
  ["2024/03/27", ["2024/03/27/number"]],
  ["1.500.000", ["1.500.000/number"]],
  ["۱۴۰۲", ["۱۴۰۲/number=1402"]],
  ["50 ألف", ["50/number", "ألف/word=الف"]],
  ["عام 2024.", ["عام/word", "2024/number", "./punct"]],
  ["بلغ 4.5، ثم", ["بلغ/word", "4.5/number", "،/punct", "ثم/word"]],
  ["50%", ["50/number", "%/symbol"]],
  ["٥٠٪", ["٥٠/number=50", "٪/symbol"]],
  ["$100", ["$/symbol", "100/number"]],
  ["1990-1991", ["1990/number", "-/punct", "1991/number"]],
  ["10:30", ["10/number", ":/punct", "30/number"]],
];

const latin: Array<[string, string[]]> = [
  ["CBS", ["CBS/latin=cbs"]],
  ["HMC", ["HMC/latin=hmc"]],
  ["ISIS", ["ISIS/latin=isis"]],
  ["قناة CNN الأمريكية", ["قناة/word=قناه", "CNN/latin=cnn", "الأمريكية/word=الامريكيه"]],
  ["F-16", ["F/latin=f", "-/punct", "16/number"]],
  ["G20", ["G20/latin=g20"]],
  ["5G", ["5G/latin=5g"]],
  ["O'Brien", ["O'Brien/latin=o'brien"]],
  ["Reuters.", ["Reuters/latin=reuters", "./punct"]],
];

const punctuation: Array<[string, string[]]> = [
  ["«نص»", ["«/punct", "نص/word", "»/punct"]],
  ["قال، ثم؛ لماذا؟", ["قال/word", "،/punct", "ثم/word", "؛/punct", "لماذا/word", "؟/punct"]],
  ["حقا...", ["حقا/word", ".../punct"]],
  ["ماذا؟!", ["ماذا/word", "؟/punct", "!/punct"]],
  ["(الأحد)", ["(/punct", "الأحد/word=الاحد", ")/punct"]],
  ['"نعم"', ['"/punct', "نعم/word", '"/punct']],
  ["ـــ", ["ـــ/punct="]],
];

const words: Array<[string, string[]]> = [
  ["كتـــاب", ["كتـــاب/word=كتاب"]],
  ["كَتَبَ", ["كَتَبَ/word=كتب"]],
  ["بيروت\u200f", ["بيروت/word"]],
  ["ﻻ", ["ﻻ/word=لا"]],
  ["قال  \n\n  إن", ["قال/word", "إن/word=ان"]],
  ["", []],
];

function table(name: string, rows: Array<[string, string[]]>): void {
  describe(name, () => {
    for (const [input, expected] of rows) {
      test(input, () => assert.deepEqual(show(input), expected));
    }
  });
}

table("proclitics", clitics);
table("numbers", numbers);
table("latin", latin);
table("punctuation", punctuation);
table("words", words);

describe("must not split", () => {
  for (const word of whole) {
    test(word, () => {
      const tokens = tokenize(word);
      assert.equal(tokens.length, 1);
      assert.equal(tokens[0]!.kind, "word");
      assert.equal(tokens[0]!.norm, normalizeWord(word));
    });
  }
});

describe("splitProclitics", () => {
  test("splits with the lexicon by default", () => {
    assert.deepEqual(splitProclitics("وبغداد"), { clitics: 1, rest: "بغداد" });
    assert.deepEqual(splitProclitics("وبالعراق"), { clitics: 2, rest: "العراق" });
    assert.deepEqual(splitProclitics("للعراق"), { clitics: 1, rest: "العراق" });
    assert.deepEqual(splitProclitics("وزير"), { clitics: 0, rest: "وزير" });
    assert.deepEqual(splitProclitics("بلدي"), { clitics: 0, rest: "بلدي" }); // not ب + لدى
  });
  test("accepts raw spelling", () => {
    assert.deepEqual(splitProclitics("وَأَكَّدَ"), { clitics: 1, rest: "اكد" });
  });
  test("a later stage retries with its own knowledge", () => {
    const names = new Set(["بلينكن"]);
    assert.deepEqual(splitProclitics("وبلينكن"), { clitics: 0, rest: "وبلينكن" });
    assert.deepEqual(
      splitProclitics("وبلينكن", (norm) => names.has(norm)),
      { clitics: 1, rest: "بلينكن" },
    );
  });
  test("splitWordToken re-splits a token in place", () => {
    const text = "التقى وبلينكن أمس";
    const token = tokenize(text)[1]!;
    assert.deepEqual(show(text, [token]), ["وبلينكن/word"]);
    const names = new Set(["بلينكن"]);
    assert.deepEqual(
      show(
        text,
        splitWordToken(text, token, (norm) => names.has(norm)),
      ),
      ["و/clitic", "بلينكن/word"],
    );
    assert.deepEqual(
      splitWordToken(text, token, () => false),
      [token],
    );
  });
});

test("tokenize takes its own isKnown", () => {
  assert.deepEqual(
    show(
      "وبلينكن",
      tokenize("وبلينكن", (norm) => norm === "بلينكن"),
    ),
    ["و/clitic", "بلينكن/word"],
  );
  // with no knowledge only the article proves a split
  assert.deepEqual(
    show(
      "وبغداد والعراق",
      tokenize("وبغداد والعراق", () => false),
    ),
    ["وبغداد/word", "و/clitic", "العراق/word"],
  );
});

test("a sentence of news text", () => {
  const text = "وقال وزير الخارجية للصحفيين في بغداد، إن الوفد سيصل الأحد ٢٧/٣/٢٠٢٤ «لبحث الملف».";
  assert.deepEqual(show(text), [
    "و/clitic",
    "قال/word",
    "وزير/word",
    "الخارجية/word=الخارجيه",
    "ل/clitic",
    "لصحفيين/word=الصحفيين",
    "في/word",
    "بغداد/word",
    "،/punct",
    "إن/word=ان",
    "الوفد/word",
    "سيصل/word",
    "الأحد/word=الاحد",
    "٢٧/٣/٢٠٢٤/number=27/3/2024",
    "«/punct",
    "ل/clitic",
    "بحث/word",
    "الملف/word",
    "»/punct",
    "./punct",
  ]);
});

const pieces = [
  ..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى",
  "وال",
  "بال",
  "لل",
  "ول",
  ..."\u064e\u0651\u0654\u0640",
  ..."ﻻﺑ",
  ..."٠١٩0123456789٫٬.,/",
  ..."AbZz'",
  ..." \n\u00a0\u200c\u200f\ufeff",
  ...'،؛؟«»!%٪-()"',
  "🙂",
];
const arabicish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));
const anyText = fc.oneof(arabicish, fc.string({ unit: "binary", maxLength: 40 }));
const skipped = /[\s\p{Cc}\p{Cf}]/u;
const space = /[^\S\ufeff]/; // whitespace; U+FEFF counts as an invisible format character

describe("properties", () => {
  test("tokens are ordered, non-empty, non-overlapping and within bounds", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const t of tokenize(text)) {
          if (t.start < last || t.end <= t.start || t.end > text.length) return false;
          last = t.end;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
  test("every character that is not whitespace or invisible is covered", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const covered = new Uint8Array(text.length);
        for (const t of tokenize(text)) covered.fill(1, t.start, t.end);
        for (let i = 0; i < text.length; ) {
          const ch = String.fromCodePoint(text.codePointAt(i)!);
          if (!covered[i] && !skipped.test(ch)) return false;
          i += ch.length;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
  test("tokens never start or end with whitespace", () => {
    fc.assert(
      fc.property(anyText, (text) =>
        tokenize(text).every((t) => !space.test(text[t.start]!) && !space.test(text[t.end - 1]!)),
      ),
      { numRuns: 3000 },
    );
  });
  test("norm is the folded slice, except the article restored after لل", () => {
    fc.assert(
      fc.property(anyText, (text) =>
        tokenize(text).every((t) => {
          const folded = normalizeWord(text.slice(t.start, t.end));
          if (t.norm === folded) return true;
          if (t.kind === "clitic") return t.norm === "ال" && folded === "ل";
          return t.kind === "word" && (t.norm === "ال" + folded.slice(1) || t.norm === "ال" + folded);
        }),
      ),
      { numRuns: 3000 },
    );
  });
  test("a clitic is cut off where the folded view of its word starts a unit", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.length; ) {
          let j = i + 1;
          while (j < tokens.length && tokens[j]!.start === tokens[j - 1]!.end) j++;
          const from = tokens[i]!.start;
          const starts = new Set(normalizeView(text.slice(from, tokens[j - 1]!.end)).map);
          for (let k = i + 1; k < j; k++) {
            if (tokens[k - 1]!.kind === "clitic" && !starts.has(tokens[k]!.start - from)) return false;
          }
          i = j;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
  test("word tokens never hold whitespace, numbers never hold letters", () => {
    fc.assert(
      fc.property(anyText, (text) =>
        tokenize(text).every((t) => {
          const slice = text.slice(t.start, t.end);
          if (space.test(slice)) return false;
          return t.kind !== "number" || !/\p{L}/u.test(slice);
        }),
      ),
      { numRuns: 3000 },
    );
  });
});
