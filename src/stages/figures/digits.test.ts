import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { normalizeWord } from "../../text/normalize.js";
import { digitValue } from "./digits.js";

const values: Array<[written: string, scaleFollows: boolean, expected: number]> = [
  ["2500", false, 2500],
  ["2,500", false, 2500],
  ["1,250,000", false, 1250000],
  ["4.5", false, 4.5],
  ["4,5", false, 4.5],
  ["0.375", false, 0.375],
  ["0,5", false, 0.5],
  ["1.500", false, 1500], // thousands written with a dot
  ["1.500.000", false, 1500000],
  ["1.500", true, 1.5], // before مليار: a decimal
  ["12.75", false, 12.75],
  ["2,500.75", false, 2500.75],
  ["2.500,75", false, 2500.75],
  ["٤٫٥", false, 4.5],
  ["٢٬٥٠٠", false, 2500],
  ["١٢٣", false, 123],
  ["۱۲", false, 12],
];

const rejected = ["2024/03/27", "1/2", "1.2.3", "0,500,000", "12,5000,000", "3.5,5.2"];

describe("digitValue", () => {
  for (const [written, scale, expected] of values) {
    test(`${written}${scale ? " + scale" : ""} → ${expected}`, () => {
      assert.equal(digitValue(normalizeWord(written), scale), expected);
    });
  }
  for (const written of rejected) {
    test(`not one quantity: ${written}`, () => assert.equal(digitValue(normalizeWord(written)), null));
  }
});
