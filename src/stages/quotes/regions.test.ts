import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { tokenize } from "../../text/tokenize.js";
import { quoteRegions, quoteSpans } from "./regions.js";

/** The quoted words of each region. */
const inside = (text: string) => quoteSpans(text).map(([open, close]) => text.slice(open + 1, close));

const found: Array<[string, string, string[]]> = [
  ["guillemets", "قال: «لن نتراجع عن قرارنا».", ["لن نتراجع عن قرارنا"]],
  ["straight quotes", 'قال: "لن نتراجع".', ["لن نتراجع"]],
  ["curly quotes", "قال: “لن نتراجع”.", ["لن نتراجع"]],
  ["swapped curly quotes", "قال: ”لن نتراجع“.", ["لن نتراجع"]],
  ["two regions on a line", 'وصف "الخطة" بأنها "خطوة أولى".', ["الخطة", "خطوة أولى"]],
  ["nested guillemets", "قال: «سمعتهم يقولون «كفى» مرارا».", ["سمعتهم يقولون «كفى» مرارا"]],
  ["straight quotes inside guillemets", 'قال: «رددوا "كفى" مرارا».', ['رددوا "كفى" مرارا']],
  ["a quote over two paragraphs", "قال: «الطريق طويل.\n\n«لكننا سنصل».", ["الطريق طويل.\n\n«لكننا سنصل"]],
  ["a stray mark does not hide a later region", 'قال " ثم «ذهب بعيدا» وعاد.', ["ذهب بعيدا"]],
];

const notFound: Array<[string, string]> = [
  ["a mark never closed", "قال: «لن نتراجع عن قرارنا."],
  ["a quote left open at the end of a paragraph", "قال: «لن نتراجع.\n\nوغادر القاعة."],
  ["a closing mark alone", "لن نتراجع» قال."],
];

describe("quoteSpans", () => {
  for (const [name, text, expected] of found) test(name, () => assert.deepEqual(inside(text), expected));
  for (const [name, text] of notFound) test(`none: ${name}`, () => assert.deepEqual(inside(text), []));
});

describe("quoteRegions", () => {
  test("marks are tokens and words are counted", () => {
    const text = "وقال: «لن نتراجع عن قرارنا» ثم غادر.";
    const tokens = tokenize(text);
    const [region] = quoteRegions(text, tokens);
    assert.ok(region);
    assert.equal(text.slice(tokens[region.openTok]!.start, tokens[region.openTok]!.end), "«");
    assert.equal(text.slice(tokens[region.closeTok]!.start, tokens[region.closeTok]!.end), "»");
    assert.equal(region.words, 4);
  });
});
