import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { analyze } from "./analyze.js";
import { dateTokens, facetToken, rangeTokens } from "./facet-tokens.js";

describe("facet tokens", () => {
  test("one token per value, unreachable from any analysed text", () => {
    const token = facetToken("outlet", "الأفق");
    assert.equal(token, facetToken("outlet", "الأفق"));
    assert.notEqual(token, facetToken("outlet", "الافق"));
    assert.notEqual(token, facetToken("entity", "الأفق"));
    assert.match(token, /^ـo[0-9a-f]{16}$/);
    // Written as a query or in a text, the token folds to other terms.
    assert.ok(analyze(token).every((term) => term.stem !== token && term.form !== token));
  });

  // [published, tokens]
  const DATES: [string | null, string[]][] = [
    ["2024-03-15", ["ـy2024", "ـm202403"]],
    ["2024-03", ["ـy2024", "ـm202403"]],
    ["2024", ["ـy2024", "ـu2024"]],
    [null, []],
    ["unknown", []],
  ];
  for (const [published, tokens] of DATES) test(`${published}`, () => assert.deepEqual(dateTokens(published), tokens));

  // [from month, to month, tokens]
  const RANGES: [string, string, string[]][] = [
    ["2024-03", "2024-04", ["ـu2024", "ـm202403", "ـm202404"]],
    ["2024-01", "2024-12", ["ـy2024"]],
    ["2023-11", "2025-02", ["ـu2023", "ـm202311", "ـm202312", "ـy2024", "ـu2025", "ـm202501", "ـm202502"]],
    ["2024-05", "2024-04", []],
  ];
  for (const [from, to, tokens] of RANGES)
    test(`${from}..${to}`, () => assert.deepEqual(rangeTokens(from, to), tokens));

  test("every date in a range has a token of the range", () => {
    for (const published of ["2023-11-30", "2024", "2024-07", "2025-02-01"]) {
      const range = new Set(rangeTokens("2023-11", "2025-02"));
      assert.ok(
        dateTokens(published).some((token) => range.has(token)),
        published,
      );
    }
  });
});
