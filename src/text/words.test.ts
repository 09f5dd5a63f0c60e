import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, test } from "node:test";
import { lexiconPath, loadTsv } from "../lexicon/load.js";
import { normalizeWord } from "./normalize.js";
import { splitProclitics } from "./tokenize.js";
import { isKnownWord, knownWords } from "./words.js";

const rows = loadTsv("words");
const arabicWord = /^[\u0621-\u063a\u0641-\u064a]+$/; // base Arabic letters, no harakat or tatweel

describe("lexicon/words.tsv", () => {
  test("opens with a comment block, then the header row", () => {
    const lines = readFileSync(lexiconPath("words.tsv"), "utf8").split("\n");
    assert.ok(lines[0]!.startsWith("#"));
    const header = lines.find((line) => !line.startsWith("#"));
    assert.equal(header, "word\tnote");
  });
  test("has a few hundred entries, each with a note", () => {
    assert.ok(rows.length >= 300, `only ${rows.length} entries`);
    for (const row of rows) assert.notEqual(row.note, "", `${row.word} has no note`);
  });
  test("every entry is one Arabic word without harakat or tatweel", () => {
    for (const row of rows) assert.match(row.word!, arabicWord, `bad entry ${JSON.stringify(row.word)}`);
  });
  test("no two entries fold to the same form", () => {
    const seen = new Map<string, string>();
    for (const row of rows) {
      const norm = normalizeWord(row.word!);
      assert.equal(seen.get(norm), undefined, `${row.word} folds like ${seen.get(norm)}`);
      seen.set(norm, row.word!);
    }
  });
  test("the set holds every entry folded, and folded forms fold to themselves", () => {
    const set = knownWords();
    assert.ok(set.size >= rows.length);
    for (const norm of set) assert.equal(normalizeWord(norm), norm);
    for (const row of rows) assert.ok(isKnownWord(normalizeWord(row.word!)));
  });
  test("reporting verb forms are known, so a glued و/ف comes off them", () => {
    for (const [word, rest] of [
      ["فاعتبرت", "اعتبرت"],
      ["وأوضحت", "اوضحت"],
      ["فنفى", "نفي"],
    ]) {
      assert.deepEqual(splitProclitics(word!), { clitics: 1, rest }, word);
    }
  });
  test("listed words are never split by the tokenizer", () => {
    for (const row of rows) {
      assert.equal(splitProclitics(row.word!).clitics, 0, `${row.word} was split`);
    }
  });
});

const known: Array<[string, boolean]> = [
  ["وزير", true],
  ["فلسطين", true],
  ["بغداد", true],
  ["كتائب", true],
  ["لبنان", true],
  ["سوريا", true],
  ["اسرائيل", true], // stored folded: إسرائيل
  ["علي", true], // على
  ["ان", true], // أن and إن
  ["اللجنه", true],
  ["إسرائيل", false], // callers pass folded forms
  ["بلينكن", false],
  ["فقد", false],
];

describe("isKnownWord", () => {
  for (const [norm, expected] of known) {
    test(`${norm} → ${expected}`, () => assert.equal(isKnownWord(norm), expected));
  }
});
