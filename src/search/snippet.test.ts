import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "./analyze.js";
import { parseQuery } from "./query.js";
import { highlights, snippets, WINDOW } from "./snippet.js";

/** The highlighted words of `text` for `query`, as written. */
function marked(text: string, query: string): string[] {
  return highlights(analyze(text), parseQuery(query)).map((h) => text.slice(h.start, h.end));
}

describe("highlights", () => {
  // [text, query, the highlighted words as written]
  const TABLE: [string, string, string[]][] = [
    ["توسعت الشركة بالعراق وفي سوريا.", "العراق", ["العراق"]],
    ["وصلت الشحنة للعراق أمس.", "العراق", ["لعراق"]],
    ["أعلنت انسحابها بعد الانسحاب الأول.", "انسحاب", ["انسحابها", "الانسحاب"]],
    ["شكر للجنة التنسيق العليا ثم اللجنة وحدها.", '"لجنة التنسيق العليا"', ["لجنة", "التنسيق", "العليا"]],
    ["اللجنة قررت التنسيق مع الجهات العليا.", '"لجنة التنسيق العليا"', []],
    ["المفاوضات والمفاوضين والمفاوض.", "مفاوضا*", ["المفاوضات"]],
    ["زار بغداد ثم دمشق.", "بغداد OR دمشق", ["بغداد", "دمشق"]],
    ["زار بغداد ثم دمشق.", "بغداد -دمشق", ["بغداد"]],
  ];
  for (const [text, query, words] of TABLE)
    test(`${query} in ${text}`, () => assert.deepEqual(marked(text, query), words));
});

describe("snippets", () => {
  const FILLER = ["سطر", "عادي", "يملأ", "الصفحة", "بكلام", "لا", "يعني", "شيئا"];
  const filler = (n: number) => Array.from({ length: n }, (_, i) => FILLER[i % FILLER.length]).join(" ");
  const text = `${filler(50)} وأعلنت الوزارة انسحابها من الاتفاق. ${filler(80)} وتحدث الوزير عن الانسحاب والاتفاق معاً. ${filler(40)}`;
  const terms = analyze(text);

  test("the window with most query items comes first; highlights are absolute and inside it", () => {
    const found = snippets(text, terms, parseQuery("انسحاب اتفاق"));
    assert.equal(found.length, 2);
    for (const snippet of found) {
      assert.equal(snippet.text, text.slice(snippet.start, snippet.end));
      for (const h of snippet.highlights) assert.ok(h.start >= snippet.start && h.end <= snippet.end);
      assert.deepEqual(
        snippet.highlights.map((h) => text.slice(h.start, h.end)),
        snippet === found[0] ? ["انسحابها", "الاتفاق"] : ["الانسحاب", "الاتفاق"],
      );
    }
    assert.ok(found[0]!.start < found[1]!.start);
  });

  test("a snippet is about WINDOW words and starts and ends at white space", () => {
    const [first] = snippets(text, terms, parseQuery("انسحاب"), 1);
    assert.ok(first);
    assert.ok(analyze(first.text).length <= WINDOW);
    assert.ok(first.start === 0 || /\s/.test(text[first.start - 1]!));
    assert.ok(first.end === text.length || /\s/.test(text[first.end]!));
  });

  test("a match in the title only: the article's lead, nothing marked", () => {
    const [lead] = snippets(text, terms, parseQuery("غائبة"), 2);
    assert.equal(lead?.start, 0);
    assert.deepEqual(lead?.highlights, []);
  });

  test("an empty text has no snippet", () => assert.deepEqual(snippets("", [], parseQuery("انسحاب")), []));
});
