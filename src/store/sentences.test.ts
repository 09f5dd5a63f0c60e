import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { coveringText, sentenceLocator } from "./sentences.js";

describe("sentenceLocator", () => {
  // Sentences given out of order, with a gap (a blank line) between two of them.
  const sentences = [
    { start: 20, end: 30 },
    { start: 0, end: 10 },
    { start: 10, end: 18 },
  ];
  const at = sentenceLocator(sentences);
  // [offset, sentence index]
  const TABLE: [number, number | null][] = [
    [0, 1],
    [9, 1],
    [10, 2],
    [17, 2],
    [18, null],
    [19, null],
    [20, 0],
    [29, 0],
    [30, null],
    [-1, null],
  ];
  for (const [pos, expected] of TABLE) test(`offset ${pos}`, () => assert.equal(at(pos), expected));
  test("no sentences, no sentence", () => assert.equal(sentenceLocator([])(0), null));
});

describe("coveringText", () => {
  const text = "قال الوزير إن «الاتفاق تم. والتنفيذ يبدأ غدا». وانتهى اللقاء.";
  const first = text.indexOf("والتنفيذ");
  const last = text.indexOf("وانتهى");
  const sentences = [
    { start: 0, end: first - 1 },
    { start: first, end: last - 1 },
    { start: last, end: text.length },
  ];
  test("a quote over two sentences gets both", () => {
    const quote = { start: text.indexOf("«"), end: text.indexOf("»") + 1 };
    assert.equal(coveringText(text, sentences, quote), text.slice(0, last - 1));
  });
  test("a span in one sentence gets that one; an empty span its sentence", () => {
    assert.equal(coveringText(text, sentences, { start: last, end: last + 6 }), "وانتهى اللقاء.");
    assert.equal(coveringText(text, sentences, { start: last, end: last }), "وانتهى اللقاء.");
  });
  test("outside every sentence: null", () => {
    assert.equal(coveringText(text, [], { start: 0, end: 3 }), null);
  });
});
