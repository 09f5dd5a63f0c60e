// Why: a date expression means a calendar value only against an anchor: the publication date
// ("أمس", "الخميس الماضي", "منتصف نوفمبر") or the date mentioned just before ("العام التالي").
// The scanner finds what was said; these pure functions turn it into YYYY-MM-DD, YYYY-MM or
// YYYY with the granularity the text gives, and say which anchor they used. Conventions:
//   - a weekday alone is the most recent such day on or before publication (the same day
//     counts); الماضي means strictly before, المقبل strictly after;
//   - a month without a year is the most recent such month on or before the publication's
//     month; الماضي strictly before, المقبل strictly after, الجاري the publication's year.
//     With a day the comparison is by day;
//   - a Hijri month without a day is given the Gregorian month that holds its 15th day;
//   - a week has no YYYY form: it gets its month when the whole week lies in one month,
//     whichever day it starts on (Saturday, Sunday or Monday, as Arab countries differ);
//   - a season is the year it falls in; a winter spans two and has no single YYYY.
import { formatDay, formatMonth } from "../../dates/calendar.js";
import type { Granularity } from "../../model.js";
import {
  gregorianMonthLength,
  gregorianToJdn,
  hijriMonthLength,
  hijriToJdn,
  jdnToGregorian,
  jdnToHijri,
  weekdayOf,
  type YMD,
} from "./daycount.js";

export type Calendar = "gregorian" | "hijri";
export type Qual = "past" | "next" | "current" | "following" | "preceding" | "same";
export type Unit = "year" | "month" | "week" | "day";
export type Anchor = "absolute" | "published" | "previous";

export interface Resolved {
  value: string | null;
  granularity: Granularity | null;
  anchor: Anchor;
}

/** The publication date; `jdn` only when the day is known. */
export interface Pub {
  year: number;
  month: number;
  jdn: number | null;
}

const PUBLISHED = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function parsePublished(published: string | null): Pub | null {
  const match = published ? PUBLISHED.exec(published) : null;
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  const day = match[3] ? Number(match[3]) : 0;
  const valid = day >= 1 && day <= gregorianMonthLength(year, month);
  return { year, month, jdn: valid ? gregorianToJdn(year, month, day) : null };
}

const unresolved = (granularity: Granularity | null, anchor: Anchor = "published"): Resolved => ({
  value: null,
  granularity,
  anchor,
});

export function dayValue(jdn: number, anchor: Anchor): Resolved {
  const { year, month, day } = jdnToGregorian(jdn);
  return { value: formatDay(year, month, day), granularity: "day", anchor };
}

export function monthValue(year: number, month: number, anchor: Anchor): Resolved {
  return { value: formatMonth(year, month), granularity: "month", anchor };
}

export function yearValue(year: number, anchor: Anchor): Resolved {
  return { value: String(year), granularity: "year", anchor };
}

const monthLength = (cal: Calendar, year: number, month: number) =>
  cal === "gregorian" ? gregorianMonthLength(year, month) : hijriMonthLength(year, month);

/** A date in either calendar as a Gregorian value; null when the day does not exist. */
export function calendarValue(cal: Calendar, year: number, month: number, day: number | null, anchor: Anchor) {
  if (month < 1 || month > 12) return null;
  if (day !== null && (day < 1 || day > monthLength(cal, year, month))) return null;
  if (cal === "gregorian") {
    return day === null ? monthValue(year, month, anchor) : dayValue(gregorianToJdn(year, month, day), anchor);
  }
  if (day !== null) return dayValue(hijriToJdn(year, month, day), anchor);
  const middle = jdnToGregorian(hijriToJdn(year, month, 15));
  return monthValue(middle.year, middle.month, anchor);
}

/** The Hijri year whose month `month` falls (by its 15th day) in Gregorian `year`: "رمضان 2024". */
export function hijriYearFor(year: number, month: number): number {
  const first = jdnToHijri(gregorianToJdn(year, 1, 1)).year;
  return jdnToGregorian(hijriToJdn(first, month, 15)).year === year ? first : first + 1;
}

/** The publication date in the given calendar; day null when only the month is known. */
function pubIn(cal: Calendar, pub: Pub): { year: number; month: number; day: number | null } {
  if (cal === "gregorian") {
    return { year: pub.year, month: pub.month, day: pub.jdn === null ? null : jdnToGregorian(pub.jdn).day };
  }
  const hijri = jdnToHijri(pub.jdn ?? gregorianToJdn(pub.year, pub.month, 15));
  return { ...hijri, day: pub.jdn === null ? null : hijri.day };
}

/**
 * A month name (with or without a day) and no year: "منتصف نوفمبر", "19 مارس الفائت".
 * `ahead`: the sentence announces a future event, so an unqualified month is the next one
 * on or after publication.
 */
export function monthWithoutYear(
  cal: Calendar,
  month: number,
  day: number | null,
  qual: Qual | null,
  pub: Pub | null,
  ahead = false,
): Resolved | null {
  if (!pub) return unresolved(day === null ? "month" : "day");
  const p = pubIn(cal, pub);
  let cmp = month - p.month;
  if (cmp === 0 && day !== null && p.day !== null) cmp = day - p.day;
  let year = p.year;
  if (qual === "past" || qual === "preceding") year = cmp < 0 ? p.year : p.year - 1;
  else if (qual === "next" || qual === "following") year = cmp > 0 ? p.year : p.year + 1;
  else if (ahead) year = cmp >= 0 ? p.year : p.year + 1;
  // A day later in the publication's own month is days ahead («في 10 مارس» written on 4 March),
  // not eleven months back.
  else if (qual !== "current") year = cmp <= 0 || month === p.month ? p.year : p.year - 1;
  return calendarValue(cal, year, month, day, "published");
}

export function relativeDay(offset: number, pub: Pub | null): Resolved {
  return pub?.jdn == null ? unresolved("day") : dayValue(pub.jdn + offset, "published");
}

/** A weekday: "الثلاثاء" (on or before), "الجمعة الماضي" (before), "السبت المقبل" (after). */
export function weekday(day: number, qual: Qual | null, pub: Pub | null): Resolved {
  if (pub?.jdn == null) return unresolved("day");
  const back = (weekdayOf(pub.jdn) - day + 7) % 7;
  if (qual === "next" || qual === "following") return dayValue(pub.jdn + (7 - back), "published");
  if (qual === "past" || qual === "preceding") return dayValue(pub.jdn - (back === 0 ? 7 : back), "published");
  return dayValue(pub.jdn - back, "published");
}

/** "N units ago": قبل يومين، منذ أسبوع، قبل ثلاثة أشهر. */
export function ago(unit: Unit, n: number, pub: Pub | null): Resolved {
  if (unit === "year") return pub ? yearValue(pub.year - n, "published") : unresolved("year");
  if (unit === "month") return pub ? shiftMonth(pub.year, pub.month, -n, "published") : unresolved("month");
  if (unit === "week") return pub?.jdn == null ? unresolved(null) : weekValue(pub.jdn, -n);
  return relativeDay(-n, pub);
}

function shiftMonth(year: number, month: number, by: number, anchor: Anchor): Resolved {
  const index = year * 12 + month - 1 + by;
  return monthValue(Math.floor(index / 12), (index % 12) + 1, anchor);
}

/** Offsets of the qualifiers that count from the publication date. */
const PUBLISHED_OFFSET: Partial<Record<Qual, number>> = { current: 0, past: -1, next: 1 };
/** Offsets of the qualifiers that count from the date mentioned before. */
const PREVIOUS_OFFSET: Partial<Record<Qual, number>> = { same: 0, preceding: -1, following: 1 };

/**
 * A calendar unit with a qualifier (or "this"): العام الماضي، هذا الشهر، الأسبوع المقبل,
 * العام التالي (after the year mentioned before; without one, after the publication's).
 */
export function unitRelative(unit: Unit, qual: Qual, pub: Pub | null, previous: Resolved | null): Resolved {
  const fromPrevious = PREVIOUS_OFFSET[qual];
  if (fromPrevious !== undefined) {
    const base = previous?.value ? previous : null;
    if (base) return shiftValue(unit, base.value!, fromPrevious);
    // "العام التالي" with nothing before it reads as "next year"; "اليوم التالي" has no anchor.
    if (unit === "day" || unit === "week" || qual === "same") return unresolved(unit === "week" ? null : unit);
    return unitRelative(unit, qual === "following" ? "next" : "past", pub, null);
  }
  const offset = PUBLISHED_OFFSET[qual] ?? 0;
  if (!pub) return unresolved(unit === "week" ? null : unit);
  if (unit === "year") return yearValue(pub.year + offset, "published");
  if (unit === "month") return shiftMonth(pub.year, pub.month, offset, "published");
  if (pub.jdn === null) return unresolved(unit === "week" ? null : "day");
  if (unit === "day") return dayValue(pub.jdn + offset, "published");
  return weekValue(pub.jdn, offset);
}

/** A value shifted by whole units, keeping the unit's granularity; null when too coarse. */
function shiftValue(unit: Unit, value: string, by: number): Resolved {
  const [y, m, d] = value.split("-").map(Number) as [number, number?, number?];
  if (unit === "year") return yearValue(y + by, "previous");
  if (unit === "month") return m ? shiftMonth(y, m, by, "previous") : unresolved("month", "previous");
  if (!m || !d) return unresolved(unit === "week" ? null : "day", "previous");
  const jdn = gregorianToJdn(y, m, d);
  return unit === "day" ? dayValue(jdn + by, "previous") : weekValue(jdn, by, "previous");
}

/** Days a week may start on: Saturday, Sunday, Monday (0 = Sunday). */
const WEEK_STARTS = [6, 0, 1];

/**
 * The month of the week `offset` weeks from `jdn`, when that week lies in one month however
 * it is counted; otherwise no value.
 */
function weekValue(jdn: number, offset: number, anchor: Anchor = "published"): Resolved {
  let month: YMD | null = null;
  for (const weekStart of WEEK_STARTS) {
    const start = jdn - ((weekdayOf(jdn) - weekStart + 7) % 7) + 7 * offset;
    const first = jdnToGregorian(start);
    const last = jdnToGregorian(start + 6);
    if (first.year !== last.year || first.month !== last.month) return unresolved(null, anchor);
    if (month && (month.year !== first.year || month.month !== first.month)) return unresolved(null, anchor);
    month = first;
  }
  return monthValue(month!.year, month!.month, anchor);
}

/**
 * A season named with a qualifier (الخريف الماضي, الصيف المقبل, الصيف الحالي) or alone after
 * a frame (current): the year of the last one before publication, the next one after it, or
 * the publication's. `first` is its first month; a winter has no single year. Qualifiers that
 * count from an earlier date (التالي) are not read.
 */
export function seasonValue(first: number, qual: Qual, pub: Pub | null): Resolved | null {
  if (qual !== "past" && qual !== "next" && qual !== "current") return null;
  const last = first + 2;
  if (!pub || last > 12) return unresolved("year");
  if (qual === "past") return yearValue(pub.month > last ? pub.year : pub.year - 1, "published");
  if (qual === "next") return yearValue(pub.month < first ? pub.year : pub.year + 1, "published");
  return yearValue(pub.year, "published");
}
