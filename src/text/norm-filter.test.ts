import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { hashFrom, NormFilter } from "./norm-filter.js";

const keys = ["زيارة", "الزيارة", "وزار", "اجتماع", "قصف", "غارات", "قمة"];

describe("NormFilter", () => {
  const filter = new NormFilter(keys);
  const present: Array<[string, number]> = [
    ["زيارة", 0],
    ["وزيارة", 1], // the tail after a glued و
    ["فالزيارة", 1],
    ["وبغارات", 2],
    ["قمة", 0],
  ];
  for (const [word, from] of present) {
    test(`keeps ${word.slice(from)} in ${word}`, () => assert.equal(filter.mayHave(word, from), true));
  }
  test("the tail hashes like the sliced string", () => {
    for (const [word, from] of present) assert.equal(hashFrom(word, from), hashFrom(word.slice(from), 0));
  });
  test("an empty filter keeps nothing", () => {
    const empty = new NormFilter([]);
    for (const key of keys) assert.equal(empty.mayHave(key), false);
  });
  test("never drops a key", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ maxLength: 12 }), { maxLength: 300 }), (list) => {
        const f = new NormFilter(list);
        return list.every((key) => f.mayHave(key));
      }),
    );
  });
  test("lets few absent words through", () => {
    const many = Array.from({ length: 20000 }, (_, i) => `مفتاح${i}`);
    const f = new NormFilter(many);
    let passed = 0;
    for (let i = 0; i < 20000; i++) if (f.mayHave(`كلمة${i}`)) passed++;
    assert.ok(passed < 20000 * 0.05, `${passed} false positives`);
  });
});
