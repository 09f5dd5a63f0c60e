// Classifies the lines of a scraped page: which are page furniture (teaser headings, tags,
// source lines, markers), which carry metadata (dates, outlet lines, bylines), which are text.
import { parseCalendarDate, weekdays } from "../dates/calendar.js";
import { organisations, places } from "../lexicon/gazetteer.js";
import { loadTsv } from "../lexicon/load.js";
import { normalizeWord } from "../text/normalize.js";

export type FurnitureKind =
  | "teaser"
  | "keywords"
  | "source"
  | "published"
  | "updated"
  | "author"
  | "marker"
  | "nav"
  | "generic";

let furniture: Map<string, FurnitureKind> | undefined;
function furnitureTable(): Map<string, FurnitureKind> {
  furniture ??= new Map(loadTsv("page-furniture").map((row) => [fold(row.phrase ?? ""), row.kind as FurnitureKind]));
  return furniture;
}

/** Normalised, punctuation at the ends stripped, spaces folded: the key lines are compared by. */
export function fold(line: string): string {
  return normalizeWord(line)
    .replace(/[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g, " ")
    .replace(/^[\s:|•·\-–—*]+|[\s:|.،؛!]+$/g, "")
    .trim();
}

export type LineKind =
  | { kind: "blank" }
  | { kind: "marker" }
  | { kind: "teaser" }
  | { kind: "keywords" }
  | { kind: "source"; outlet: string | null }
  | { kind: "published"; date: string | null }
  | { kind: "updated"; date: string | null }
  | { kind: "date"; date: string; timestamp: boolean }
  | { kind: "outlet"; outlet: string }
  | { kind: "byline"; name: string; place: string | null; quoted: boolean; date?: string }
  | { kind: "copyright"; outlet: string | null }
  | { kind: "reporter"; name: string }
  | { kind: "bio" }
  | { kind: "text" };

const LABEL = /^([^:|]{2,30}?)\s*[:|]\s*(.*)$/;
const TIME_OF_DAY = /\d{1,2}:\d{2}/;
const BYLINE = /^([«"“]?)([^()«»"“”.،:]{2,40}?)([»"”]?)\s*\(([^()]{2,30})\)$/;
const OUTLET_COLON = /^([^:.،]{2,30}):$/;
/** A label of one or two words, then the rest of the line: "نشر بتاريخ …". */
const PUBLISHED_PHRASE = /^(\S+\s+\S+)\s+(.+)$/;
/** "بقلم: سلمى الراوي", "كتب حسن عبد الكريم": an author label and a name of two to four words. */
const AUTHOR_LINE = /^(?:بقلم|كتب|كتبت|بواسطة|إعداد|اعداد)\s*[:：]?\s+([^\d.،,:!?؟«»"“”()|]{3,40})$/;
/** "© 2025 جميع الحقوق محفوظة لموقع السومرية نيوز": the site's footer names the site. */
const COPYRIGHT = /©|\(c\)|(?:جميع|كافة|كل)\s+الحقوق\s+محفوظة|حقوق\s+(?:النشر|الطبع)\s+محفوظة/i;

export const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** "الثلاثاء - 16 جمادى الآخرة 1446 هـ - 17 ديسمبر 2024 م": the Hijri date, then the Gregorian one. */
const HIJRI_THEN_GREGORIAN = /^[^\n]{0,20}\d[^\n]{4,40}\sهـ\s*[-–—،,]\s*(.+?)(?:\sم)?\s*$/;

const DATE_TAIL = /\s+(?:بتوقيت|آخر تحديث|اخر تحديث|تم التحديث).*$/;

/** True when the whole line is a date, possibly with a weekday and a time: "الأربعاء 2024/03/27". */
function dateLine(raw: string): { date: string; timestamp: boolean } | null {
  // "… 3:18 م بتوقيت جرينتش آخر تحديث منذ ساعتين": the time zone and the update note are no date.
  const line = raw.replace(DATE_TAIL, "").trim();
  // A line giving both calendars is dated by its Gregorian half.
  const both = HIJRI_THEN_GREGORIAN.exec(line);
  if (both) return dateLine(both[1]!);
  const parsed = parseCalendarDate(line);
  if (!parsed) return null;
  const rest = fold(line)
    .replace(/[\d/.:@\-–,()]+/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .filter((word) => !weekdays().has(word) && !/^(gmt|utc|am|pm|st|nd|rd|th|ص|م)$/.test(word));
  // what is left are month names (at most two words each, with a gloss) and nothing else
  if (rest.length > 4 || wordCount(line) > 8) return null;
  return { date: parsed.value, timestamp: TIME_OF_DAY.test(line) };
}

/** The outlet named on a source line ("المصدر: الخليج الجديد + واع"), or null when generic. */
export function outletOfSource(value: string): string | null {
  const first = value.split(/[+،,]/)[0]?.trim() ?? "";
  const key = fold(first);
  if (!key || furnitureTable().get(key) === "generic") return null;
  return first.replace(/^[«"“]|[»"”]$/g, "").trim() || null;
}

export function classifyLine(raw: string): LineKind {
  const line = raw.trim();
  if (!line) return { kind: "blank" };
  const key = fold(line);
  const table = furnitureTable();
  const whole = table.get(key);
  if (whole === "marker" || whole === "nav") return { kind: "marker" };
  if (whole === "teaser") return { kind: "teaser" };

  const label = LABEL.exec(line);
  if (label) {
    const labelKind = table.get(fold(label[1] ?? ""));
    const value = (label[2] ?? "").trim();
    if (labelKind === "keywords") return { kind: "keywords" };
    // شارك: فيسبوك | إكس | واتساب — a widget's label and its buttons, not a headline's kicker.
    if (labelKind === "nav" && value.split(/[|،,·•]/).every((part) => wordCount(part) <= 2)) return { kind: "marker" };
    if (labelKind === "source") {
      // "المصدر | X + Yالمصدر: X": scrapers glue two source widgets; the last one is cleanest
      const last = value.split(/المصدر\s*[:|]/).pop() ?? value;
      return { kind: "source", outlet: outletOfSource(last) };
    }
    if (labelKind === "published") return { kind: "published", date: parseCalendarDate(value)?.value ?? null };
    if (labelKind === "updated") return { kind: "updated", date: parseCalendarDate(value)?.value ?? null };
    if (labelKind === "author" && authorName(value)) return { kind: "byline", name: value, place: null, quoted: false };
    // "بغداد: مصطفى الكناني": where the report was filed, then who filed it.
    const place = (label[1] ?? "").trim();
    if (labelKind === undefined && knownPlaces().has(fold(place)) && authorName(value)) {
      return { kind: "byline", name: value, place, quoted: false };
    }
  }
  const author = AUTHOR_LINE.exec(line);
  if (author && authorName(author[1]!)) return { kind: "byline", name: author[1]!.trim(), place: null, quoted: false };
  if (COPYRIGHT.test(line) && line.length <= 160) return { kind: "copyright", outlet: copyrightOutlet(line) };
  const reporter = reporterName(line);
  if (reporter) return { kind: "reporter", name: reporter };
  if (BIO.test(line) && wordCount(line) <= MAX_BIO_WORDS && !/[.!؟?«»"]$/.test(line)) return { kind: "bio" };

  // "بغداد - زينب الموسوي - 3 أيلول 2025": place, author and date on one line.
  const parts = line.split(/\s+[-–—|]\s+/);
  if (parts.length === 3 && knownPlaces().has(fold(parts[0]!)) && authorName(parts[1]!)) {
    const dated = dateLine(parts[2]!);
    if (dated)
      return { kind: "byline", name: parts[1]!.trim(), place: parts[0]!.trim(), quoted: false, date: dated.date };
  }
  const date = dateLine(line);
  if (date) return { kind: "date", ...date };
  // "نُشر بتاريخ الأحد 23 شباط 2025 - 11:40 ص": a publication label with no colon.
  const label2 = PUBLISHED_PHRASE.exec(line);
  if (label2 && table.get(fold(label2[1]!)) === "published") {
    const dated = dateLine(label2[2]!);
    if (dated) return { kind: "published", date: dated.date };
  }

  const outletColon = OUTLET_COLON.exec(line);
  if (outletColon && wordCount(line) <= 4) return { kind: "outlet", outlet: (outletColon[1] ?? "").trim() };

  if (isBreadcrumb(line)) return { kind: "marker" };

  const byline = BYLINE.exec(line);
  if (byline && wordCount(byline[2] ?? "") <= 3 && wordCount(byline[4] ?? "") <= 2) {
    const quoted = Boolean(byline[1] && byline[3]);
    return { kind: "byline", name: (byline[2] ?? "").trim(), place: (byline[4] ?? "").trim() || null, quoted };
  }
  return { kind: "text" };
}

/** «كاتب وباحث عراقي في الشؤون الإقليمية»: a columnist's description under his name. */
const BIO =
  /^(?:كاتب|كاتبة|باحث|باحثة|صحفي|صحفية|صحافي|صحافية|أكاديمي|أكاديمية|أستاذ|أستاذة|محلل|محللة|إعلامي|إعلامية)(?:\s|$)/;
const MAX_BIO_WORDS = 12;

const REPORTER_WORDS = new Set(["مراسل", "مراسله", "المراسل", "المراسله", "مراسلنا", "مراسلتنا", "محرر", "محرره"]);
const MAX_REPORTER_LINE = 10;

/**
 * The reporter a credit line names, wherever it stands: «حسين الجبوري - مراسل الأناضول في
 * بغداد», «مراسل الفجر في بغداد: سامر الحلو», «سامر الحلو مراسل الفجر في الموصل». A short line
 * with no sentence punctuation; the name is two to four words.
 */
function reporterName(line: string): string | null {
  if (/[.!؟?«»"“”]/.test(line) || wordCount(line) > MAX_REPORTER_LINE) return null;
  const words = line.split(/\s+/).filter(Boolean);
  const at = words.findIndex((word) => REPORTER_WORDS.has(normalizeWord(word)));
  if (at < 0) return null;
  const cleaned = (text: string) => text.replace(/^[\s\-–—،,|:/]+|[\s\-–—،,|:/]+$/g, "").trim();
  const colon = line.indexOf(":");
  const name = at === 0 ? (colon > 0 ? cleaned(line.slice(colon + 1)) : "") : cleaned(words.slice(0, at).join(" "));
  return authorName(name) ? name : null;
}

/** A person's name after an author label: two to four words, no sentence punctuation. */
export function authorName(value: string): boolean {
  const words = wordCount(value);
  return words >= 2 && words <= 4 && !/[\d.،,!?؟«»"“”()]/.test(value);
}

/**
 * The site a footer's copyright notice names: what is left once the notice's own words, the
 * years and «لموقع» are taken out ("© 2025 جميع الحقوق محفوظة لموقع السومرية نيوز" → السومرية
 * نيوز, «لصحيفة الفجر» → صحيفة الفجر); null when nothing name-like is left.
 */
function copyrightOutlet(line: string): string | null {
  const rest = line
    .replace(COPYRIGHT, " ")
    .replace(/©|\(c\)|copyright/gi, " ")
    .replace(/(?:جميع|كافة|كل)\s+الحقوق\s+محفوظة|حقوق\s+(?:النشر|الطبع)\s+محفوظة/g, " ")
    .replace(/[\d٠-٩]{4}(?:\s*[-–]\s*[\d٠-٩]{4})?/g, " ")
    .replace(/(^|\s)(?:ل|لـ\s*)?(?:ال)?موقع(?=\s)/g, " ")
    .replace(/(^|\s)لـ?\s*(?=(?:صحيفة|جريدة|مجلة|قناة|شبكة|وكالة|إذاعة)\s)/g, "$1")
    .replace(/[|.،,:;؛\-–—]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const words = wordCount(rest);
  return words >= 1 && words <= 5 ? rest : null;
}

/**
 * "بغداد اليوم - متابعة" under a title: outlet, and the place it filed from unless generic.
 * Sites write the dash with or without a space before it ("شفق نيوز- دهوك"), never inside a
 * word on such a short line.
 */
export function outletDashLine(line: string): { outlet: string; place: string | null } | null {
  const match = /^([^-–—.،:]{2,40}?)\s*[-–—]\s+([^-–—.،:]{2,30})$/.exec(line.trim());
  if (!match || wordCount(line) > 6) return null;
  let outlet = (match[1] ?? "").trim();
  let place = (match[2] ?? "").trim();
  // "ديالى - الفرات نيوز": the place first, then the outlet.
  if (knownPlaces().has(fold(outlet)) && !knownPlaces().has(fold(place))) [outlet, place] = [place, outlet];
  return { outlet, place: furnitureTable().get(fold(place)) === "generic" ? null : place };
}

/** "سوريا | اقتصاد", "الرئيسية › أخبار › العراق": a site's section path, short names only. */
const BREADCRUMB = /^[^|›>/\d.،:]{2,25}(?:(?:\s*[|›>]\s*|\s+\/\s+)[^|›>/\d.،:]{2,25})+$/;

function isBreadcrumb(line: string): boolean {
  return BREADCRUMB.test(line) && line.split(/[|›>/]/).every((part) => wordCount(part) <= 3);
}

const MASTHEAD_WORDS = 3;
const TITLE_WORDS = 5;
const MAX_HEADLINE = 160;
/** Punctuation a masthead (a site's name) never holds. */
const NOT_A_NAME = /[\d.،؛:!?؟«»"“”()[\]|]/;
/** A site's name on a line of its own: one to three words, no punctuation or digits. */
export const siteName = (line: string) => wordCount(line) <= MASTHEAD_WORDS && !NOT_A_NAME.test(line);

/** A date, publication or byline line right under line `at` (the headline's own metadata). */
function datedBelow(lines: readonly string[], kinds: readonly LineKind[], at: number): boolean {
  for (let j = at + 1; j < lines.length; j++) {
    const kind = kinds[j]!.kind;
    if (kind === "blank") continue;
    return kind === "date" || kind === "published" || kind === "byline";
  }
  return false;
}

let placeNames: Set<string> | undefined;
/** Folded names and aliases of the places lexicon/places.tsv knows. */
function knownPlaces(): Set<string> {
  placeNames ??= new Set(places().flatMap((place) => [place.name, ...place.aliases].map(fold)));
  return placeNames;
}

let outlets: Set<string> | undefined;
/** Folded names and aliases of the news outlets lexicon/organisations.tsv knows (kind media). */
function knownOutlets(): Set<string> {
  outlets ??= new Set(
    organisations()
      .filter((org) => org.kind === "media")
      .flatMap((org) => [org.name, ...org.aliases].map(outletKey)),
  );
  return outlets;
}
const outletKey = (name: string) => fold(name.replace(/\./g, " "));

/** "العراق يطالب … | السومرية نيوز": a headline with the site's name glued after a bar or dash. */
const TITLE_SUFFIX = /^(.{12,}?)\s+[|–—-]\s+([^|–—-]{2,30})$/;
const OUTLET_WORD = /(نيوز|نت|برس|الإخبارية|بالعربية|عربية|24|بوست)$/;

/** The headline and the outlet glued after it, when the tail names a known or outlet-shaped site. */
export function titleOutlet(title: string): { title: string; outlet: string } | null {
  const match = TITLE_SUFFIX.exec(title.trim());
  if (!match) return null;
  const outlet = match[2]!.trim();
  const named = knownOutlets().has(outletKey(outlet)) || (wordCount(outlet) <= 3 && OUTLET_WORD.test(outlet));
  return named && wordCount(match[1]!) >= 4 ? { title: match[1]!.trim(), outlet } : null;
}

/**
 * The site's name alone on a line above the headline ("شفق نيوز", then a date line, then the
 * title): a line of at most three words with no punctuation or digits, then a line shaped like
 * a headline (five words or more, not a paragraph). Unless the name is a known outlet, a date,
 * section-path or marker line must stand between them, or a date or byline line under the
 * headline: a short title followed by a deck and its lede has neither.
 */
export function isMasthead(lines: readonly string[], kinds: readonly LineKind[], at: number): boolean {
  const line = lines[at]!;
  if (kinds[at]!.kind !== "text" || wordCount(line) > MASTHEAD_WORDS) return false;
  const known = knownOutlets().has(outletKey(line));
  if (!known && !siteName(line)) return false;
  let skipped = 0;
  for (let j = at + 1; j < lines.length; j++) {
    const kind = kinds[j]!.kind;
    if (kind === "blank") continue;
    if (kind === "date" || kind === "marker" || kind === "published" || kind === "updated") {
      if (++skipped > 2) return false;
      continue;
    }
    const next = lines[j]!;
    if (kind !== "text" || wordCount(next) < TITLE_WORDS || next.length >= MAX_HEADLINE) return false;
    return known || skipped > 0 || datedBelow(lines, kinds, j);
  }
  return false;
}
