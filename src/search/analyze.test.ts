import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { analyze } from "./analyze.js";

describe("analyze", () => {
  // [text, the terms as written (text.slice(start, end)), their stems, their forms]
  const TABLE: [string, string[], string[], string[]][] = [
    ["وبالعراق", ["العراق"], ["عراق"], ["عراق"]],
    ["للعراق", ["لعراق"], ["عراق"], ["عراق"]],
    ["انسحابها من المدينة.", ["انسحابها", "من", "المدينة"], ["انسحاب", "من", "مدين"], ["انسحابها", "من", "مدينه"]],
    ["قال «نحن هنا»!", ["قال", "نحن", "هنا"], ["قال", "نحن", "هنا"], ["قال", "نحن", "هنا"]],
    ["بلغ ٢٥٠٠ دولار", ["بلغ", "٢٥٠٠", "دولار"], ["بلغ", "2500", "دولار"], ["بلغ", "2500", "دولار"]],
    ["زار UN مقر", ["زار", "UN", "مقر"], ["زار", "un", "مقر"], ["زار", "un", "مقر"]],
    ["المُعلّمـين", ["المُعلّمـين"], ["معلم"], ["معلمين"]],
    ["إلى أميركا", ["إلى", "أميركا"], ["ال", "اميركا"], ["الي", "اميركا"]],
  ];
  for (const [text, written, stems, forms] of TABLE) {
    test(text, () => {
      const terms = analyze(text);
      assert.deepEqual(
        terms.map((t) => text.slice(t.start, t.end)),
        written,
      );
      assert.deepEqual(
        terms.map((t) => t.stem),
        stems,
      );
      assert.deepEqual(
        terms.map((t) => t.form),
        forms,
      );
    });
  }

  test("punctuation and symbols alone give no terms", () => {
    assert.deepEqual(analyze("، . « » ! ؟ % —"), []);
  });

  test("terms are in order, inside the text, and never empty", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."والعراقبنسحية ٢5«»،.-ًّـ A") }), (text) => {
        let last = 0;
        for (const term of analyze(text)) {
          assert.ok(term.start >= last && term.end > term.start && term.end <= text.length);
          assert.ok(term.stem !== "" && term.form !== "");
          last = term.end;
        }
      }),
    );
  });
});
