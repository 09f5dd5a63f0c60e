import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { cellList, loadTsv } from "../lexicon/load.js";
import { normalizeWord } from "../text/normalize.js";
import { analyze } from "./analyze.js";
import { isName, light10, stem } from "./stem.js";

/** The stem of a word as written, through the whole analysis (clitic split included). */
function stemOf(word: string): string {
  const terms = analyze(word);
  assert.equal(terms.length, 1, `«${word}» is one term`);
  return terms[0]!.stem;
}

describe("light10", () => {
  // [folded word, light10 stem]: Lucene's ArabicStemmer on the same folded input.
  const TABLE: [string, string][] = [
    ["الانسحاب", "انسحاب"],
    ["انسحابها", "انسحاب"],
    ["والمفاوضات", "مفاوض"],
    ["المسؤولين", "مسؤول"],
    ["مسؤولون", "مسؤول"],
    ["الاتفاقيه", "اتفاق"],
    ["اتفاقيات", "اتفاق"],
    ["الحكومه", "حكوم"],
    ["للجنه", "جن"], // لل off, then ه: what light10 does to an unsplit ل + اللجنة (the tokenizer splits it first)
    ["وصل", "وصل"], // و is taken only from words of four letters or more
    ["وزير", "وزير"], // listed in words.tsv: its و is part of the word
    ["وثيقه", "وثيق"],
    ["ها", "ها"], // nothing is cut below two letters
  ];
  for (const [norm, stemmed] of TABLE) test(`${norm} → ${stemmed}`, () => assert.equal(light10(norm), stemmed));
});

describe("stem: inflections that conflate", () => {
  // Each row: spellings of one word that must share a stem.
  const GROUPS: string[][] = [
    ["العراق", "بالعراق", "والعراق", "للعراق", "وبالعراق", "فالعراق"],
    ["أمريكا", "أميركا", "امريكا", "وأمريكا"],
    ["انسحاب", "الانسحاب", "انسحابها", "والانسحاب", "بالانسحاب", "وانسحابها"],
    ["الحكومة", "حكومة", "والحكومة", "للحكومة", "الحكومه"],
    ["المفاوضات", "مفاوضات", "المفاوضون", "مفاوضين"],
    ["الاتفاقية", "اتفاقية", "الاتفاق", "اتفاقيات"],
    ["لجنة", "اللجنة", "للجنة", "واللجنة"],
    ["الوزير", "وزير", "وزيرة", "والوزير"],
    ["الأمريكية", "الأميركي", "الأمريكيين", "الأميركيون"],
    ["الإعلان", "إعلان", "اعلان", "الاعلان"],
    ["المعلمين", "المُعلّمين", "المعلّمون", "معلمـين"],
    ["العربي", "العربية", "العرب"],
    ["الثاني", "الثانية", "ثانية"],
    ["ترامب", "ترمب"],
  ];
  for (const group of GROUPS) {
    test(group.join(" = "), () => {
      const stems = group.map(stemOf);
      assert.deepEqual(stems, Array(group.length).fill(stems[0]), group.map((w, i) => `${w}→${stems[i]}`).join(" "));
    });
  }
});

describe("stem: words that must stay apart", () => {
  // Names are never stemmed: light10 would cut them into common words or other names.
  const APART: [string, string][] = [
    ["لبنان", "لبن"],
    ["البحرين", "البحر"],
    ["فلسطين", "لسطين"],
    ["أحمد", "حمد"],
    ["حسين", "حسن"],
    ["حسين", "حس"],
    ["عمان", "عم"],
    ["رئيسي", "رئيس"],
    ["إيران", "ايرا"],
    ["عثمان", "عثم"],
    ["الوزير", "الوزارة"],
    ["العراق", "عرق"],
  ];
  for (const [a, b] of APART) test(`${a} ≠ ${b}`, () => assert.notEqual(stemOf(a), stemOf(b)));

  // [word, stem]: a name keeps its letters, article off.
  const NAMES: [string, string][] = [
    ["فلسطين", "فلسطين"],
    ["أحمد", "احمد"],
    ["البحرين", "بحرين"],
    ["والبحرين", "بحرين"],
    ["لبنان", "لبنان"],
    ["للبنان", "لبنان"],
    ["بلينكن", "بلينكن"],
    ["وبلينكن", "بلينكن"],
    ["حسين", "حسين"],
  ];
  for (const [word, stemmed] of NAMES) test(`${word} → ${stemmed}`, () => assert.equal(stemOf(word), stemmed));
});

describe("known names", () => {
  // Common words that the name lists also hold are stemmed, not protected.
  const COMMON = ["مالي", "حديثة", "الدورة", "العربي", "الثاني", "الملكة"];
  for (const word of COMMON) test(`${word} is stemmed`, () => assert.equal(isName(normalizeWord(word)), false));
  const NAMES = ["العراق", "عراق", "فلسطين", "عمان", "السليمانية", "حسين", "رئيسي"];
  for (const word of NAMES) test(`${word} is a name`, () => assert.equal(isName(normalizeWord(word)), true));
});

describe("lexicon/search-variants.tsv", () => {
  const rows = loadTsv("search-variants");
  test("has rows", () => assert.ok(rows.length >= 10));
  for (const row of rows) {
    const word = row.word ?? "";
    test(`${word}: every variant shares its stem`, () => {
      const target = stemOf(word);
      for (const variant of cellList(row.variants)) assert.equal(stemOf(variant), target, variant);
    });
  }
  test("rows do not merge with each other", () => {
    const stems = rows.map((row) => stem(normalizeWord(row.word ?? "")));
    assert.equal(new Set(stems).size, stems.length);
  });
});
