import assert from "node:assert/strict";
import { test } from "node:test";
import { normalizeWord } from "../../text/normalize.js";
import { tokenize } from "../../text/tokenize.js";
import { hashString } from "./sketch.js";
import { stopWords, wordKey, wordsOf } from "./words.js";

test("wordKey: clitics and the article cut off, the same way in every article", () => {
  const table: Array<[string, string]> = [
    ["المنفذ", "منفذ"],
    ["والمنفذ", "منفذ"],
    ["بالمنفذ", "منفذ"],
    ["وبالمنفذ", "منفذ"],
    ["فالمنفذ", "منفذ"],
    ["للمنفذ", "منفذ"],
    ["منفذ", "منفذ"],
    ["وسامر", "سامر"],
    ["العبيدي", "عبيدي"],
    ["والعبيدي", "عبيدي"],
    ["وزير", "زير"], // a hashing key, not a stem: وزير and ووزير both give زير
    ["الشاحنات", "شاحنات"],
  ];
  for (const [word, key] of table) assert.equal(wordKey(normalizeWord(word)), normalizeWord(key), word);
});

test("wordKey: short words are left whole", () => {
  for (const word of ["ولد", "فيه", "الي", "بان", "لها", "ال", "و"]) {
    assert.equal(wordKey(normalizeWord(word)), normalizeWord(word), word);
  }
});

test("stop words: function words, reporting verbs, weekdays, months and time words", () => {
  const stop = stopWords();
  for (const word of ["قال", "في", "على", "الذي", "الثلاثاء", "الأحد", "مارس", "آذار", "أمس", "الماضي", "المقبل"]) {
    assert.ok(stop.has(normalizeWord(word)), word);
  }
});

test("stop words must not hold what a report is about", () => {
  const stop = stopWords();
  for (const word of ["منفذ", "جسر", "الشاحنات", "العبيدي", "الناصرية", "تلقيح", "الجاموس", "مجمع"]) {
    const norm = normalizeWord(word);
    assert.ok(!stop.has(norm) && !stop.has(wordKey(norm)), word);
  }
});

test("wordsOf: every word's key in order, content words without function words, numbers or split clitics", () => {
  const into = { all: [] as number[], content: [] as number[] };
  wordsOf(tokenize("وقال الوزير إن الجسر سيفتح أمام 400 شاحنة في الناصرية."), into);
  const keys = ["قال", "وزير", "ان", "جسر", "سيفتح", "امام", "شاحنه", "في", "ناصريه"];
  assert.deepEqual(
    into.all,
    keys.map((key) => hashString(key)),
  );
  assert.deepEqual(
    into.content,
    ["وزير", "جسر", "سيفتح", "شاحنه", "ناصريه"].map((key) => hashString(key)),
  );
});
