// Why: relative dates ("الجمعة الماضي", "قبل يومين") and Hijri dates need day arithmetic
// across calendars. Julian Day Numbers give one integer line for both: Gregorian and
// tabular Islamic dates convert to and from it exactly, and weekdays are JDN mod 7.
//
// The Islamic calendar here is the arithmetical (tabular) one with the civil epoch
// (1 Muharram 1 AH = 16 July 622 Julian = JDN 1948440) and leap years 2, 5, 7, 10, 13, 16, 18,
// 21, 24, 26, 29 of each 30-year cycle, as in Reingold & Dershowitz, "Calendrical
// Calculations". Observed calendars (Umm al-Qura, moon sighting) may differ by a day or two.

export interface YMD {
  year: number;
  month: number;
  day: number;
}

export function gregorianToJdn(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return (
    day +
    Math.floor((153 * m + 2) / 5) +
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) -
    32045
  );
}

export function jdnToGregorian(jdn: number): YMD {
  const a = jdn + 32044;
  const b = Math.floor((4 * a + 3) / 146097);
  const c = a - Math.floor((146097 * b) / 4);
  const d = Math.floor((4 * c + 3) / 1461);
  const e = c - Math.floor((1461 * d) / 4);
  const m = Math.floor((5 * e + 2) / 153);
  return {
    day: e - Math.floor((153 * m + 2) / 5) + 1,
    month: m + 3 - 12 * Math.floor(m / 10),
    year: 100 * b + d - 4800 + Math.floor(m / 10),
  };
}

const HIJRI_EPOCH = 1948440;

export function hijriToJdn(year: number, month: number, day: number): number {
  return (
    HIJRI_EPOCH -
    1 +
    (year - 1) * 354 +
    Math.floor((3 + 11 * year) / 30) +
    29 * (month - 1) +
    Math.floor(month / 2) +
    day
  );
}

export function jdnToHijri(jdn: number): YMD {
  const year = Math.floor((30 * (jdn - HIJRI_EPOCH) + 10646) / 10631);
  const month = Math.min(12, Math.ceil((jdn - 29 - hijriToJdn(year, 1, 1)) / 29.5) + 1);
  return { year, month, day: jdn - hijriToJdn(year, month, 1) + 1 };
}

/** 0 = Sunday … 6 = Saturday, as lexicon/weekdays.tsv numbers them. */
export const weekdayOf = (jdn: number): number => (jdn + 1) % 7;

export function gregorianMonthLength(year: number, month: number): number {
  return month === 12 ? 31 : gregorianToJdn(year, month + 1, 1) - gregorianToJdn(year, month, 1);
}

export function hijriMonthLength(year: number, month: number): number {
  return month === 12 ? hijriToJdn(year + 1, 1, 1) - hijriToJdn(year, 12, 1) : 29 + (month % 2);
}
