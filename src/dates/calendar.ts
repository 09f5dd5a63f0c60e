// Month and weekday names (lexicon/months.tsv, lexicon/weekdays.tsv) and the parser for
// absolute calendar dates written in full: "24th, September 2024", "26 آذار 2025",
// "2024/03/27", "١٢/٣/٢٠٢٥", "ديسمبر (كانون الأول) 2021". Relative expressions belong to the
// times stage, which builds on the same tables.
import { loadTsv } from "../lexicon/load.js";
import { normalizeWord } from "../text/normalize.js";

export interface CalendarDate {
  /** YYYY-MM-DD or YYYY-MM. */
  value: string;
  granularity: "day" | "month";
}

interface MonthTables {
  /** normalised month name → month number, Gregorian systems only. */
  gregorian: Map<string, number>;
  hijri: Map<string, number>;
  /** Alternation of every Gregorian name, longest first, for building regular expressions. */
  pattern: string;
}

let monthTables: MonthTables | undefined;
export function months(): MonthTables {
  if (monthTables) return monthTables;
  const gregorian = new Map<string, number>();
  const hijri = new Map<string, number>();
  for (const row of loadTsv("months")) {
    const table = row.system === "hijri" ? hijri : gregorian;
    table.set(normalizeWord(row.name ?? ""), Number(row.month));
  }
  const pattern = [...gregorian.keys()]
    .sort((a, b) => b.length - a.length)
    .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"))
    .join("|");
  monthTables = { gregorian, hijri, pattern };
  return monthTables;
}

let weekdayTable: Map<string, number> | undefined;
/** normalised weekday name → 0 (Sunday) … 6 (Saturday). */
export function weekdays(): Map<string, number> {
  weekdayTable ??= new Map(loadTsv("weekdays").map((row) => [normalizeWord(row.name ?? ""), Number(row.day)]));
  return weekdayTable;
}

export function monthNumber(name: string): number | undefined {
  return months().gregorian.get(normalizeWord(name).replace(/\s+/g, " "));
}

const pad = (n: number) => String(n).padStart(2, "0");

export function isValidDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function formatDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${pad(month)}`;
}

const plausibleYear = (year: number) => year >= 1900 && year <= 2100;

interface Patterns {
  dayMonthYear: RegExp;
  monthDayYear: RegExp;
  monthYear: RegExp;
}
let patterns: Patterns | undefined;
function datePatterns(): Patterns {
  if (patterns) return patterns;
  const m = months().pattern;
  // A month may carry a gloss in the other system: "ديسمبر (كانون الأول)", "5 يناير/كانون ثاني",
  // "12 مارس آذار 2025" (side by side, no mark between).
  const month = `(${m})(?:\\s*(?:\\(\\s*(?:${m})\\s*\\)|/\\s*(?:${m})|-\\s*(?:${m}))|\\s+(?:${m})(?=\\s*,?\\s*\\d))?`;
  patterns = {
    dayMonthYear: new RegExp(
      `(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?:من\\s+)?(?:شهر\\s+)?${month}\\s*,?\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+)?(\\d{4})(?!\\d)`,
      "u",
    ),
    monthDayYear: new RegExp(`(?<![\\p{L}])${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s*,\\s*(\\d{4})(?!\\d)`, "u"),
    monthYear: new RegExp(`(?<![\\p{L}])${month}\\s*,?\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+)?(\\d{4})(?!\\d)`, "u"),
  };
  return patterns;
}

const ISO = /(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/;
const YMD = /(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)/;
const DMY = /(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;

function day(year: number, month: number, d: number): CalendarDate | null {
  if (!plausibleYear(year) || !isValidDay(year, month, d)) return null;
  return { value: formatDay(year, month, d), granularity: "day" };
}

/** The first full calendar date in a short text, or null. Digits may be Arabic-Indic. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const s = normalizeWord(text);
  const p = datePatterns();
  let match = ISO.exec(s) ?? YMD.exec(s);
  if (match) return day(Number(match[1]), Number(match[2]), Number(match[3]));
  match = DMY.exec(s);
  if (match) return day(Number(match[3]), Number(match[2]), Number(match[1]));
  match = p.dayMonthYear.exec(s);
  if (match) return day(Number(match[3]), monthNumber(match[2] ?? "") ?? 0, Number(match[1]));
  match = p.monthDayYear.exec(s);
  if (match) return day(Number(match[3]), monthNumber(match[1] ?? "") ?? 0, Number(match[2]));
  match = p.monthYear.exec(s);
  if (match) {
    const year = Number(match[2]);
    const month = monthNumber(match[1] ?? "");
    if (month && plausibleYear(year)) return { value: formatMonth(year, month), granularity: "month" };
  }
  return null;
}
