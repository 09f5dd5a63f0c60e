import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  ago,
  calendarValue,
  hijriYearFor,
  monthWithoutYear,
  parsePublished,
  type Qual,
  relativeDay,
  seasonValue,
  type Unit,
  unitRelative,
  weekday,
} from "./resolve.js";

// 2024-05-15 is a Wednesday.
const pub = parsePublished("2024-05-15");

describe("parsePublished", () => {
  test("day, month only, and nothing", () => {
    assert.deepEqual(parsePublished("2024-05-15"), { year: 2024, month: 5, jdn: 2460446 });
    assert.deepEqual(parsePublished("2024-05"), { year: 2024, month: 5, jdn: null });
    assert.equal(parsePublished(null), null);
    assert.equal(parsePublished("15/05/2024"), null);
    assert.equal(parsePublished("2024-13-01"), null);
  });
});

describe("weekday", () => {
  const cases: Array<[string, number, Qual | null, string]> = [
    ["Tuesday alone: the day before", 2, null, "2024-05-14"],
    ["the same weekday counts", 3, null, "2024-05-15"],
    ["Thursday alone: last week's", 4, null, "2024-05-09"],
    ["الماضي is strictly before", 3, "past", "2024-05-08"],
    ["Friday الماضي", 5, "past", "2024-05-10"],
    ["المقبل is strictly after", 3, "next", "2024-05-22"],
    ["Saturday المقبل", 6, "next", "2024-05-18"],
  ];
  for (const [name, day, qual, value] of cases) {
    test(name, () => assert.equal(weekday(day, qual, pub).value, value));
  }
  test("no day of publication: no value", () => {
    assert.equal(weekday(2, null, parsePublished("2024-05")).value, null);
    assert.equal(weekday(2, null, null).value, null);
  });
});

describe("monthWithoutYear", () => {
  const cases: Array<[string, number, number | null, Qual | null, boolean, string | null]> = [
    ["an earlier month: this year", 2, null, null, false, "2024-02"],
    ["the same month counts", 5, null, null, false, "2024-05"],
    ["a later month: last year", 10, null, null, false, "2023-10"],
    ["الماضي: strictly before", 5, null, "past", false, "2023-05"],
    ["المقبل: strictly after", 5, null, "next", false, "2025-05"],
    ["المقبل, later month", 8, null, "next", false, "2024-08"],
    ["الجاري: this year", 9, 17, "current", false, "2024-09-17"],
    ["a day before publication", 5, 2, null, false, "2024-05-02"],
    ["a day after publication in its own month: days ahead", 5, 20, null, false, "2024-05-20"],
    ["a day of a later month: last year", 6, 3, null, false, "2023-06-03"],
    ["a day after publication, future announced", 5, 20, null, true, "2024-05-20"],
    ["an earlier day, future announced: next year", 4, 1, null, true, "2025-04-01"],
    ["a day that does not exist", 2, 30, null, false, null],
  ];
  for (const [name, month, day, qual, ahead, value] of cases) {
    test(name, () => assert.equal(monthWithoutYear("gregorian", month, day, qual, pub, ahead)?.value ?? null, value));
  }
  test("Hijri: a day later in the publication's Hijri month is this Hijri year's", () => {
    const inRamadan = parsePublished("2025-03-04");
    assert.equal(monthWithoutYear("hijri", 9, 10, null, inRamadan)?.value, "2025-03-10");
  });
  test("Hijri months count in Hijri years: Ramadan المقبل after Ramadan 1445", () => {
    assert.equal(monthWithoutYear("hijri", 9, null, "next", pub)?.value, "2025-03");
  });
  test("no publication date: no value, granularity kept", () => {
    assert.deepEqual(monthWithoutYear("gregorian", 3, 4, null, null), {
      value: null,
      granularity: "day",
      anchor: "published",
    });
  });
});

describe("calendarValue and hijriYearFor", () => {
  test("Gregorian and Hijri days", () => {
    assert.equal(calendarValue("gregorian", 2024, 2, 29, "absolute")?.value, "2024-02-29");
    assert.equal(calendarValue("gregorian", 2023, 2, 29, "absolute"), null);
    assert.equal(calendarValue("hijri", 1445, 9, 15, "absolute")?.value, "2024-03-25");
    assert.equal(calendarValue("hijri", 1445, 9, null, "absolute")?.value, "2024-03");
  });
  test("the Hijri year of Ramadan 2024 is 1445", () => assert.equal(hijriYearFor(2024, 9), 1445));
});

describe("seasons", () => {
  const seasons: Array<[string, number, Qual, string | null]> = [
    ["last autumn, seen from spring", 9, "past", "2023"],
    ["last spring, seen from inside it", 3, "past", "2023"],
    ["next summer, still ahead", 6, "next", "2024"],
    ["next spring, already begun", 3, "next", "2025"],
    ["this summer", 6, "current", "2024"],
    ["a winter spans two years", 12, "past", null],
  ];
  for (const [name, first, qual, value] of seasons) {
    test(name, () => assert.equal(seasonValue(first, qual, pub)?.value, value));
  }
  test("a season counted from an earlier date is not read", () => assert.equal(seasonValue(6, "following", pub), null));
});

describe("relative days, units and ago", () => {
  test("days from publication", () => {
    assert.equal(relativeDay(-1, pub).value, "2024-05-14");
    assert.equal(relativeDay(1, pub).value, "2024-05-16");
  });
  const units: Array<[Unit, Qual, string | null]> = [
    ["year", "past", "2023"],
    ["year", "current", "2024"],
    ["year", "next", "2025"],
    ["month", "past", "2024-04"],
    ["month", "current", "2024-05"],
    ["month", "next", "2024-06"],
    ["week", "past", "2024-05"],
    ["week", "next", "2024-05"],
    ["year", "following", "2025"],
    ["day", "following", null],
  ];
  for (const [unit, qual, value] of units) {
    test(`${unit} ${qual}`, () => assert.equal(unitRelative(unit, qual, pub, null).value, value));
  }
  test("a week across two months has no single month", () => {
    assert.equal(unitRelative("week", "past", parsePublished("2024-07-08"), null).value, null);
  });
  test("a week whole in one month only when counted from Saturday has no month", () => {
    // From Wednesday 2025-03-05, last week is 22–28 Feb from Saturday but reaches into March from Sunday or Monday.
    assert.equal(unitRelative("week", "past", parsePublished("2025-03-05"), null).value, null);
  });
  test("following and same count from the date mentioned before", () => {
    const before = calendarValue("gregorian", 2025, 9, null, "absolute");
    assert.equal(unitRelative("year", "following", pub, before).value, "2026");
    assert.equal(unitRelative("year", "same", pub, before).value, "2025");
    assert.equal(unitRelative("month", "following", pub, before).value, "2025-10");
    assert.equal(unitRelative("year", "following", pub, before).anchor, "previous");
  });
  test("ago", () => {
    assert.equal(ago("day", 2, pub).value, "2024-05-13");
    assert.equal(ago("week", 1, pub).value, "2024-05");
    assert.equal(ago("week", 2, parsePublished("2024-06-12")).value, null); // 25–31 May, or reaching into June
    assert.equal(ago("month", 6, pub).value, "2023-11");
    assert.equal(ago("year", 2, pub).value, "2022");
  });
});
