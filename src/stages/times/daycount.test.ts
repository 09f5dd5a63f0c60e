import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  gregorianMonthLength,
  gregorianToJdn,
  hijriMonthLength,
  hijriToJdn,
  jdnToGregorian,
  jdnToHijri,
  weekdayOf,
} from "./daycount.js";

describe("Julian day numbers", () => {
  const known: Array<[number, number, number, number]> = [
    [2000, 1, 1, 2451545],
    [1970, 1, 1, 2440588],
    [2024, 2, 29, 2460370],
  ];
  for (const [y, m, d, jdn] of known) {
    test(`${y}-${m}-${d} is JDN ${jdn}`, () => {
      assert.equal(gregorianToJdn(y, m, d), jdn);
      assert.deepEqual(jdnToGregorian(jdn), { year: y, month: m, day: d });
    });
  }

  const weekdays: Array<[string, number, number, number, number]> = [
    ["Saturday", 2000, 1, 1, 6],
    ["Wednesday", 2024, 3, 27, 3],
    ["Tuesday", 2024, 9, 24, 2],
    ["Sunday", 2025, 2, 23, 0],
  ];
  for (const [name, y, m, d, day] of weekdays) {
    test(`${y}-${m}-${d} is a ${name}`, () => assert.equal(weekdayOf(gregorianToJdn(y, m, d)), day));
  }

  test("month lengths", () => {
    assert.equal(gregorianMonthLength(2024, 2), 29);
    assert.equal(gregorianMonthLength(2100, 2), 28);
    assert.equal(gregorianMonthLength(2023, 12), 31);
    assert.equal(hijriMonthLength(1445, 1), 30);
    assert.equal(hijriMonthLength(1445, 2), 29);
  });
});

describe("tabular Islamic calendar", () => {
  const known: Array<[string, [number, number, number], [number, number, number]]> = [
    ["the epoch", [1, 1, 1], [622, 7, 19]], // 16 July 622 Julian, in the proleptic Gregorian calendar
    ["1 Ramadan 1445", [1445, 9, 1], [2024, 3, 11]],
    ["15 Ramadan 1445", [1445, 9, 15], [2024, 3, 25]],
    ["1 Muharram 1446", [1446, 1, 1], [2024, 7, 8]],
  ];
  for (const [name, [hy, hm, hd], [gy, gm, gd]] of known) {
    test(name, () => {
      const jdn = hijriToJdn(hy, hm, hd);
      assert.deepEqual(jdnToGregorian(jdn), { year: gy, month: gm, day: gd });
      assert.deepEqual(jdnToHijri(jdn), { year: hy, month: hm, day: hd });
    });
  }

  test("agrees with ICU's islamic-civil calendar, 1950–2050", () => {
    const icu = new Intl.DateTimeFormat("en-u-ca-islamic-civil", {
      timeZone: "UTC",
      year: "numeric",
      month: "numeric",
      day: "numeric",
    });
    for (let jdn = gregorianToJdn(1950, 1, 1); jdn < gregorianToJdn(2050, 1, 1); jdn += 3) {
      const g = jdnToGregorian(jdn);
      const parts = icu.formatToParts(new Date(Date.UTC(g.year, g.month - 1, g.day)));
      const part = (type: string) => Number(parts.find((p) => p.type === type)?.value.replace(/\D/g, ""));
      assert.deepEqual(jdnToHijri(jdn), { year: part("year"), month: part("month"), day: part("day") });
      const h = jdnToHijri(jdn);
      assert.equal(hijriToJdn(h.year, h.month, h.day), jdn);
    }
  });
});
