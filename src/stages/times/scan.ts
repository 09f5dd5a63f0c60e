// Why: date expressions in Arabic news are short token patterns around a few anchor words
// (a month name, a weekday, أمس, العام, قبل, a year number). The scanner walks the tokens once;
// a word that cannot open an expression costs one Set lookup. At an opening word it tries the
// patterns longest-first and keeps the first that matches:
//   [daypart] (relday [weekday] | weekday) [qualifier] [(date)]   اليوم الخميس (3 نيسان 2025)
//   part (month phrase | [year-frame] year | unit phrase)          أواخر أيار 2024، مطلع العام المقبل
//   season (qualifier | [year-frame] year | unit phrase), or a definite season after a frame
//                                                                  الشتاء المقبل، قبل حلول الصيف
//   period modifier{1,2} من (year | unit | month phrase)           النصف الأول من العام الجاري
//   day [من] [شهر] month [gloss] tail                              الثاني عشر من أكتوبر الجاري
//   day من unit phrase                                             التاسع من الشهر الماضي
//   [شهر] month [gloss] tail                                       شهر مايو المقبل، أغسطس (آب) 2019
//   [this] unit [qualifier]                                        هذا العام، الأسبوع الماضي
//   ago [number] count                                             قبل يومين، قبل ثلاثة أسابيع
//   year-frame year (و year)*                                      العام 1998، عامي 2016 و2017
//   prep year | year era                                           في 2019، 1987م
//   numeric                                                        2023/11/02، 2-11-2023
// where tail = [من] [year-frame] year [era] | [من] year unit phrase | qualifier | nothing, and a
// month in a list (يناير ومارس 2024) shares the tail of the last one.
// Words that are also common words (آب father, نيسان the car, الجمعة the prayer) need the
// frames lexicon/time-words.tsv lists for them.
import type { Span, Timex, Token } from "../../model.js";
import { type MonthEntry, type Trie, timeLexicon, type WeekdayNeeds, type WordRoles } from "./lexicon.js";
import {
  ago,
  type Calendar,
  calendarValue,
  hijriYearFor,
  monthWithoutYear,
  type Pub,
  type Qual,
  type Resolved,
  relativeDay,
  seasonValue,
  type Unit,
  unitRelative,
  weekday,
  yearValue,
} from "./resolve.js";

interface Match {
  /** Token index after the expression. */
  end: number;
  resolved: Resolved;
  rule: string;
  /** Read but not a date of the article (a name such as "حركة 6 أبريل"): nothing is emitted. */
  silent?: true;
}

const NO_VALUE: Resolved = { value: null, granularity: null, anchor: "absolute" };

interface MonthHit {
  end: number;
  entry: MonthEntry;
  /** شهر before it or a gloss in the other system after it: a date frame on its own. */
  framed: boolean;
}

type Tail =
  | { kind: "year"; end: number; year: number; era: Calendar | null }
  | { kind: "relative-year"; end: number; resolved: Resolved }
  | { kind: "qual"; end: number; qual: Qual }
  | { kind: "none"; end: number };

/** و ف ب ل ك: the proclitics a time word may carry unsplit (وأمس, بسبتمبر). */
const isClitic = (c: number) => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644 || c === 0x0643;
const COMMAS = new Set(["،", ","]);
/**
 * Punctuation a framed weekday sits between: "، الثلاثاء،", «الأفق» الأحد:. Not a dash before
 * it: in "ليلة الخميس - الجمعة" the second day belongs to the night already read.
 */
const OPEN_FRAME = new Set(["،", ",", "»", '"', "”", ")", "("]);
const CLOSE_FRAME = new Set(["،", ",", ".", ":", "؛", ";", ")", "(", "-", "–"]);
const ORDINAL_SUFFIX = /^(\d{1,2})(?:st|nd|rd|th)$/;
const YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const DMY = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

/** Year ranges: with a year word or a month a year may be old; after a bare preposition only modern. */
const YEAR_MIN = 1000;
const MONTH_YEAR_MIN = 1800;
const BARE_YEAR_MIN = 1900;
const YEAR_MAX = 2100;
const HIJRI_MIN = 1300;
const HIJRI_MAX = 1600;
/** "قبل 1445 عاما" is history, not a date a news article resolves. */
const MAX_AGO = 100;
/**
 * A verb in the future the tokenizer left whole (سيدخل، وستعقد): س + the present prefix ي/ت and a
 * stem, never ending as nouns do (سيارة، سياسة، سنوات، سيناء) nor with ا after the prefix.
 */
const FUTURE_VERB = /^[وف]?س[يت][^ا\s][^\s]{1,4}$/;
const NOT_VERB_ENDING = /(ه|ات|ء|ي|ين|ون|ان)$/;

/** How many tokens back a future cue may stand from the date it announces. */
const FUTURE_CUE_REACH = 15;
/** Definite words between a period word and من: الأشهر الستة الأولى من العام. */
const MAX_PERIOD_WORDS = 2;
/** Words a byline may hold before the date that ends its line ("بقلم X · الأربعاء 12 آذار 2025"). */
const MAX_BYLINE_WORDS = 6;
/** Marks that separate a byline or label from the date after it on a date line. */
const DATE_LINE_SEPARATORS = new Set(["·", "•", "|", ":", "-", "–", "—", "/"]);

function digits(norm: string | undefined): number {
  if (!norm || norm.length > 4) return Number.NaN;
  for (let k = 0; k < norm.length; k++) {
    const c = norm.charCodeAt(k);
    if (c < 48 || c > 57) return Number.NaN;
  }
  return Number(norm);
}

export interface ScanInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  pub: Pub | null;
}

export function scanTimes({ text, tokens, sentences, pub }: ScanInput): Timex[] {
  return new Scanner(text, tokens, sentences, pub).run();
}

class Scanner {
  private readonly lex = timeLexicon();
  /** The opening token's norm without a glued clitic (وأمس → امس), at index `strippedAt`. */
  private strippedAt = -1;
  private stripped = "";
  private previous: { resolved: Resolved; sentence: number } | null = null;
  private sentence = 0;
  /** Index of the first token of the current sentence. */
  private sentenceStart = 0;
  private readonly out: Timex[] = [];
  /** Token index after the last expression emitted. */
  private lastEnd = -1;
  /** Quote marks read before token `quotesRead` (see inQuote). */
  private quotesRead = 0;
  private guillemets = 0;
  private straightOpen = false;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly sentences: readonly Span[],
    private readonly pub: Pub | null,
  ) {}

  run(): Timex[] {
    const { tokens, lex } = this;
    let i = 0;
    while (i < tokens.length) {
      const token = tokens[i]!;
      while (this.sentence + 1 < this.sentences.length && this.sentences[this.sentence]!.end <= token.start) {
        this.sentence++;
        this.sentenceStart = i;
      }
      let opens = token.kind === "number" || token.kind === "latin" || lex.starts.has(token.norm);
      let skip = 0;
      if (!opens && token.kind === "word") {
        skip = this.cliticPrefix(token.norm);
        opens = skip > 0;
        if (opens) this.strippedAt = i;
      }
      const match = opens ? this.matchAt(i) : null;
      this.strippedAt = -1;
      if (!match || match.silent) {
        i = match ? match.end : i + 1;
        continue;
      }
      if (this.isDateLine(i, match)) {
        i = match.end;
        continue;
      }
      this.emit(i, skip, match);
      i = this.chainYears(match);
    }
    return this.out;
  }

  /** How many glued proclitic letters hide an opening word (وأمس, بسبتمبر); 0 if none. */
  private cliticPrefix(norm: string): number {
    for (let k = 1; k <= 2 && k < norm.length - 1; k++) {
      if (!isClitic(norm.charCodeAt(k - 1))) return 0;
      if (!this.lex.startsFilter.mayHave(norm, k)) continue;
      const rest = norm.slice(k);
      if (this.lex.starts.has(rest)) {
        this.stripped = rest;
        return k;
      }
    }
    return 0;
  }

  private emit(i: number, skip: number, match: Match): void {
    const first = this.tokens[i]!;
    const start = skip > 0 ? afterLetters(this.text, first.start, skip) : first.start;
    const end = this.tokens[match.end - 1]!.end;
    const { value, granularity, anchor } = match.resolved;
    this.out.push({ start, end, text: this.text.slice(start, end), value, granularity, anchor, rule: match.rule });
    if (value !== null) this.previous = { resolved: match.resolved, sentence: this.sentence };
    this.lastEnd = match.end;
  }

  /**
   * A full date alone at the end of its line, after nothing or a short byline or label and a
   * separator ("بقلم فلان · الخميس 3 نيسان 2025", "تاريخ النشر: …"): the page's date line, not
   * something the article says.
   */
  private isDateLine(i: number, match: Match): boolean {
    const { granularity, anchor } = match.resolved;
    if (granularity !== "day" || anchor !== "absolute") return false;
    const { text } = this;
    for (let k = this.tokens[match.end - 1]!.end; k < text.length && text[k] !== "\n"; k++) {
      if (text[k] !== " " && text[k] !== "\t") return false;
    }
    const start = this.tokens[i]!.start;
    const lineStart = text.lastIndexOf("\n", start - 1) + 1;
    const before = text.slice(lineStart, start).trim();
    if (before === "") return true;
    return (
      DATE_LINE_SEPARATORS.has(before.charAt(before.length - 1)) && before.split(/\s+/).length <= MAX_BYLINE_WORDS + 1
    );
  }

  /**
   * Whether token i stands inside a quotation: «…» nest, straight quotes toggle, and a line
   * break closes both (a stray mark must not swallow the rest of the article). Asked with
   * growing i only.
   */
  private inQuote(i: number): boolean {
    for (; this.quotesRead < i; this.quotesRead++) {
      const token = this.tokens[this.quotesRead]!;
      const next = this.tokens[this.quotesRead + 1];
      if (token.norm === "«") this.guillemets++;
      else if (token.norm === "»") this.guillemets = Math.max(0, this.guillemets - 1);
      else if (token.norm === '"') this.straightOpen = !this.straightOpen;
      else if (token.norm === "“") this.straightOpen = true;
      else if (token.norm === "”") this.straightOpen = false;
      if (next && hasLineBreak(this.text, token.end, next.start)) {
        this.guillemets = 0;
        this.straightOpen = false;
      }
    }
    return this.guillemets > 0 || this.straightOpen;
  }

  /** "عامي 2014 و2015", "بين 2014 و2017": each further year is its own expression. */
  private chainYears(match: Match): number {
    let end = match.end;
    if (match.resolved.granularity !== "year" || match.resolved.anchor !== "absolute") return end;
    while (this.norm(end) === "و") {
      const year = this.yearNumber(end + 1, BARE_YEAR_MIN);
      if (!year) break;
      this.emit(end + 1, 0, { end: year.end, resolved: yearValue(year.year, "absolute"), rule: "year:list" });
      end = year.end;
    }
    return end;
  }

  private norm(j: number): string | undefined {
    if (j === this.strippedAt) return this.stripped;
    return this.tokens[j]?.norm;
  }

  private roles(j: number): WordRoles | undefined {
    const norm = this.norm(j);
    return norm === undefined ? undefined : this.lex.words.get(norm);
  }

  private matchAt(i: number): Match | null {
    return (
      this.dayPhrase(i) ??
      this.firstDayOf(i) ??
      this.partPhrase(i) ??
      this.periodPhrase(i) ??
      this.calendarDate(i, false) ??
      this.unitPhrase(i, false) ??
      this.agoPhrase(i) ??
      this.framedYear(i) ??
      this.bareYear(i)
    );
  }

  /** The longest entry of `trie` at token j; `first` replaces the first token's norm. */
  private longest<T>(trie: Trie<T>, j: number, first = this.norm(j)): { end: number; value: T } | null {
    let node = trie;
    let found: { end: number; value: T } | null = null;
    for (let k = j; k < this.tokens.length; k++) {
      const next = node.next.get((k === j ? first : this.norm(k))!);
      if (!next) break;
      node = next;
      if (node.value !== undefined) found = { end: k + 1, value: node.value };
    }
    return found;
  }

  private qualAt(j: number): Qual | undefined {
    return this.roles(j)?.qual;
  }

  /** What the preposition at j frames; a glued و/ف is allowed (وفي when not split). */
  private prepFrames(j: number) {
    const norm = this.norm(j);
    if (norm === undefined) return undefined;
    const roles =
      this.lex.words.get(norm) ?? (isClitic(norm.charCodeAt(0)) ? this.lex.words.get(norm.slice(1)) : undefined);
    return roles?.prep;
  }

  // ——— weekdays and relative days ———

  private dayPhrase(i: number): Match | null {
    let j = i;
    const daypart = this.roles(j)?.daypart === true;
    if (daypart) j++;
    let rel = this.longest(this.lex.relDays, j);
    if (rel?.value.framed && !daypart) rel = null;
    if (rel && this.notToday(j, rel.end, !daypart)) rel = null;
    if (rel) j = rel.end;
    const wd = this.lex.weekdays.get(this.norm(j) ?? "");
    if (wd) j++;
    if (!rel && !wd) return null;
    const qual = wd ? this.qualAt(j) : undefined;
    if (qual) j++;
    const attached = this.attachedDate(j);
    if (attached) return { end: attached.end, resolved: attached.resolved, rule: `${wd ? "weekday" : "relday"}+date` };
    if (wd?.needs && !daypart && !rel && !qual && !this.weekdayFramed(i, j, wd.needs)) return null;
    // Inside a quotation a bare اليوم or الليلة is the speaker's day or "nowadays", not the publication's.
    if (rel && !daypart && !wd && rel.value.offset === 0 && this.inQuote(i)) return null;
    if (rel) return { end: j, resolved: relativeDay(rel.value.offset, this.pub), rule: "relday" };
    return { end: j, resolved: weekday(wd!.day, qual ?? null, this.pub), rule: qual ? "weekday:qualified" : "weekday" };
  }

  /** اليوم التالي, ذلك اليوم, الليلة الأولى: "the day/night", not today. */
  private notToday(start: number, end: number, checkBefore: boolean): boolean {
    if (end - start !== 1) return false;
    return (checkBefore && this.roles(start - 1)?.notToday === "before") || this.roles(end)?.notToday === "after";
  }

  /**
   * An ambiguous weekday is a date after منذ/حتى, between commas or quotes («الأفق» الأحد:),
   * in a list after another date (الخميس والجمعة), or before "أن" in a lede (أعلن الجيش الجمعة أن),
   * unless a noun before it makes it the prayer (خطبة الجمعة).
   */
  private weekdayFramed(start: number, end: number, needs: WeekdayNeeds): boolean {
    const before = this.norm(start - 1);
    if (this.roles(start - 1)?.notWeekday) return false;
    if (this.prepFrames(start - 1)?.weekday || this.continuesList(start)) return true;
    if (this.roles(end)?.reportedThat && (needs !== "surname" || before?.startsWith("ال"))) return true;
    const after = this.norm(end);
    return (before === undefined || OPEN_FRAME.has(before)) && (after === undefined || CLOSE_FRAME.has(after));
  }

  /** A full date right after a weekday: "الأربعاء (26 آذار 2025)", "الأحد، 22 سبتمبر". */
  private attachedDate(j: number): Match | null {
    const mark = this.norm(j);
    const open = mark === "(";
    const date = this.calendarDate(open || COMMAS.has(mark ?? "") ? j + 1 : j, false);
    if (date?.resolved.granularity !== "day") return null;
    if (!open) return date;
    return this.norm(date.end) === ")" ? { ...date, end: date.end + 1 } : null;
  }

  // ——— parts of months and years ———

  /** «أول أيام شهر رمضان»، «أول يوم من آذار»: the month's first day, in its own calendar. */
  private firstDayOf(i: number): Match | null {
    if (this.norm(i) !== "اول") return null;
    const unit = this.norm(i + 1);
    if (unit !== "ايام" && unit !== "يوم") return null;
    const j = this.norm(i + 2) === "من" ? i + 3 : i + 2;
    const month = this.monthName(j);
    if (!month) return null;
    const tail = this.tail(month.end, month.entry.cal);
    const resolved = this.dateFromTail(j, month.entry, 1, tail);
    return resolved ? { end: tail.end, resolved, rule: "part:first-day" } : null;
  }

  private partPhrase(i: number): Match | null {
    const roles = this.roles(i);
    if (!roles?.part && !roles?.season) return null;
    const rule = roles.part ? `part:${roles.part}` : "season";
    if (roles.part) {
      const month = this.monthPhrase(i + 1, true);
      if (month) return { ...month, rule };
    }
    const j = this.roles(i + 1)?.yearFrame ? i + 2 : i + 1;
    const year = this.yearNumber(j, j > i + 1 ? YEAR_MIN : BARE_YEAR_MIN);
    if (year) return { end: year.end, resolved: this.yearResolved(year.year, year.era), rule };
    const unit = this.unitPhrase(i + 1, true);
    if (unit && (roles.part || unit.resolved.granularity === "year")) return { ...unit, rule };
    return roles.season ? this.seasonAlone(i, roles.season) : null;
  }

  /**
   * A season with a qualifier (الخريف الماضي), or a definite season alone after a frame
   * (بحلول الصيف، خلال الشتاء) and not before an adjective (الربيع العربي).
   */
  private seasonAlone(i: number, first: number): Match | null {
    const qual = this.qualAt(i + 1);
    if (qual) {
      const resolved = seasonValue(first, qual, this.pub);
      return resolved ? { end: i + 2, resolved, rule: `season:${qual}` } : null;
    }
    const after = this.tokens[i + 1];
    if (!this.norm(i)!.startsWith("ال") || (after?.kind === "word" && after.norm.startsWith("ال"))) return null;
    const frame = this.prepFrames(i - 1);
    if (!frame?.year && !frame?.month) return null;
    return { end: i + 1, resolved: seasonValue(first, "current", this.pub)!, rule: "season:framed" };
  }

  /**
   * A stretch named by its place in a year or month (الأشهر الستة الأولى من العام، الربع الأخير من
   * العام الماضي، الأسبوع الأول من آذار): the year's or month's value.
   */
  private periodPhrase(i: number): Match | null {
    if (!this.roles(i)?.period) return null;
    let j = i + 1;
    while (j <= i + MAX_PERIOD_WORDS && this.isModifier(j)) j++;
    if (j === i + 1 || this.norm(j) !== "من") return null;
    const whole =
      this.framedYear(j + 1) ?? this.bareYearAt(j + 1) ?? this.unitOf(j + 1) ?? this.monthPhrase(j + 1, true);
    if (!whole || (whole.resolved.granularity !== "year" && whole.resolved.granularity !== "month")) return null;
    return { end: whole.end, resolved: whole.resolved, rule: "period" };
  }

  /** A definite word that describes a period (الأولى، الستة، الأخيرين), not a date word itself. */
  private isModifier(j: number): boolean {
    const token = this.tokens[j];
    if (token?.kind !== "word" || !token.norm.startsWith("ال")) return false;
    const roles = this.roles(j);
    return !roles?.unit && !roles?.period && !roles?.qual;
  }

  /** A year number alone: النصف الأول من 2024. */
  private bareYearAt(j: number): Match | null {
    const year = this.yearNumber(j, BARE_YEAR_MIN);
    return year ? { end: year.end, resolved: this.yearResolved(year.year, year.era), rule: "year" } : null;
  }

  /** A year or month unit, with a qualifier or "this", or bare: the publication's. */
  private unitOf(j: number): Match | null {
    const phrase = this.unitPhrase(j, false);
    if (phrase) return phrase;
    const unit = this.roles(j)?.unit;
    if (unit !== "year" && unit !== "month") return null;
    return { end: j + 1, resolved: unitRelative(unit, "current", this.pub, null), rule: `unit:${unit}` };
  }

  // ——— calendar dates: day + month, month (+ year) ———

  private calendarDate(i: number, partFramed: boolean): Match | null {
    if (i >= this.tokens.length) return null;
    return this.dayMonth(i) ?? this.monthPhrase(i, partFramed) ?? this.numericDate(i);
  }

  private dayNumber(j: number): { end: number; day: number } | null {
    const token = this.tokens[j];
    if (!token) return null;
    if (token.kind === "number") {
      const day = token.norm.length <= 2 ? digits(token.norm) : Number.NaN;
      return day >= 1 && day <= 31 ? { end: j + 1, day } : null;
    }
    if (token.kind === "latin") {
      const match = ORDINAL_SUFFIX.exec(token.norm);
      return match ? { end: j + 1, day: Number(match[1]) } : null;
    }
    const ordinal = this.longest(this.lex.ordinals, j);
    return ordinal && this.norm(ordinal.end) === "من" ? { end: ordinal.end, day: ordinal.value } : null;
  }

  private dayMonth(i: number): Match | null {
    const day = this.dayNumber(i);
    if (!day) return null;
    let j = day.end;
    if (this.norm(j) === ",") j++;
    const of = this.norm(j) === "من";
    if (of) j++;
    const month = this.monthName(j);
    if (month) {
      const tail = this.tail(month.end, month.entry.cal);
      // حركة 6 أبريل، قوى 14 آذار: a name; consumed so that the month alone is not read either.
      if (tail.kind === "none" && this.roles(i - 1)?.namesDate)
        return { end: tail.end, resolved: NO_VALUE, rule: "name", silent: true };
      const resolved = this.dateFromTail(i, month.entry, day.day, tail);
      return resolved
        ? { end: tail.end, resolved, rule: `date:day-month${tail.kind === "none" ? "" : `+${tail.kind}`}` }
        : null;
    }
    if (!of) return null;
    // التاسع من الشهر الماضي: a day of a month named relatively.
    const unit = this.unitPhrase(j, false);
    if (unit?.resolved.granularity !== "month") return null;
    const { value, anchor } = unit.resolved;
    if (value === null)
      return { end: unit.end, resolved: { value: null, granularity: "day", anchor }, rule: "date:day-of-unit" };
    const [y, m] = value.split("-").map(Number) as [number, number];
    const resolved = calendarValue("gregorian", y, m, day.day, anchor);
    return resolved ? { end: unit.end, resolved, rule: "date:day-of-unit" } : null;
  }

  /** A month name, with شهر before it and a gloss after it: "مارس/آذار", "أغسطس (آب)", "يونيو حزيران". */
  private monthName(j: number, first = this.norm(j)): MonthHit | null {
    const prefixed = this.lex.words.get(first ?? "")?.monthPrefix === true;
    const hit = prefixed ? this.longest(this.lex.months, j + 1) : this.longest(this.lex.months, j, first);
    if (!hit) return null;
    let end = hit.end;
    let glossed = false;
    const mark = this.norm(end);
    if (mark === "/" || mark === "(") {
      const gloss = this.longest(this.lex.months, end + 1);
      if (gloss && (mark === "/" || this.norm(gloss.end) === ")")) {
        end = mark === "/" ? gloss.end : gloss.end + 1;
        glossed = true;
      }
    } else {
      // "يونيو حزيران": the same month in the other system right after it, with no mark.
      const gloss = this.longest(this.lex.months, end);
      if (gloss && gloss.value.month === hit.value.month && gloss.value.cal === hit.value.cal) {
        end = gloss.end;
        glossed = true;
      }
    }
    return { end, entry: hit.value, framed: prefixed || glossed };
  }

  private tail(j: number, cal: Calendar): Tail {
    const qual = this.qualAt(j);
    if (qual) return { kind: "qual", end: j + 1, qual };
    const k = this.norm(j) === "من" ? j + 1 : j;
    const framed = this.roles(k)?.yearFrame === true;
    const year = this.yearNumber(framed ? k + 1 : k, cal === "hijri" ? HIJRI_MIN : MONTH_YEAR_MIN);
    if (year) return { kind: "year", end: year.end, year: year.year, era: year.era };
    if (k > j) {
      const unit = this.unitPhrase(k, false);
      if (unit && unit.resolved.granularity === "year")
        return { kind: "relative-year", end: unit.end, resolved: unit.resolved };
    }
    return { kind: "none", end: j };
  }

  private dateFromTail(start: number, month: MonthEntry, day: number | null, tail: Tail): Resolved | null {
    switch (tail.kind) {
      case "year": {
        const hijriYear = tail.year >= HIJRI_MIN && tail.year <= HIJRI_MAX;
        if (month.cal === "hijri") {
          const year = hijriYear ? tail.year : hijriYearFor(tail.year, month.month);
          return calendarValue("hijri", year, month.month, day, "absolute");
        }
        return hijriYear ? null : calendarValue("gregorian", tail.year, month.month, day, "absolute");
      }
      case "relative-year": {
        const { value, anchor } = tail.resolved;
        if (value === null) return { value: null, granularity: day === null ? "month" : "day", anchor };
        const year = month.cal === "hijri" ? hijriYearFor(Number(value), month.month) : Number(value);
        return calendarValue(month.cal, year, month.month, day, anchor);
      }
      case "qual":
        return monthWithoutYear(month.cal, month.month, day, tail.qual, this.pub);
      case "none":
        return monthWithoutYear(month.cal, month.month, day, null, this.pub, this.futureCue(start));
    }
  }

  private monthPhrase(i: number, partFramed: boolean): Match | null {
    const month = this.monthName(i);
    if (!month) return null;
    const { entry } = month;
    // September 24, 2024
    const day = this.tokens[i]!.kind === "latin" ? this.dayNumber(month.end) : null;
    if (day && this.norm(day.end) === ",") {
      const year = this.yearNumber(day.end + 1, MONTH_YEAR_MIN);
      const resolved = year && calendarValue(entry.cal, year.year, entry.month, day.day, "absolute");
      if (resolved) return { end: year.end, resolved, rule: "date:month-day-year" };
    }
    let tail = this.tail(month.end, entry.cal);
    if (tail.kind === "none") {
      // "يناير وفبراير 2024": the year after the last month of a list is the first's too.
      const next = this.conjoinedMonth(month.end);
      const shared = next && this.tail(next.end, next.entry.cal);
      if (shared && shared.kind !== "none") tail = { ...shared, end: month.end };
    }
    if (tail.kind === "none" && !this.monthStandsAlone(i, month, partFramed)) return null;
    const resolved = this.dateFromTail(i, entry, null, tail);
    return resolved
      ? { end: tail.end, resolved, rule: `date:month${tail.kind === "none" ? "" : `+${tail.kind}`}` }
      : null;
  }

  /**
   * "من المقرر أن يزور … في 15 أبريل", "سيجري في 9 تشرين الثاني": a word before it in the
   * sentence announces a future event.
   */
  private futureCue(start: number): boolean {
    for (let k = start - 1; k >= this.sentenceStart && k >= start - FUTURE_CUE_REACH; k--) {
      if (this.roles(k)?.future) return true;
      // س split off a known verb (سيتم، ستكون): the future tense itself; وستجري: و left on.
      const token = this.tokens[k]!;
      if (token.kind === "clitic" && token.norm === "س") return true;
      const first = token.norm.charAt(0);
      if ((first === "و" || first === "ف") && this.lex.words.get(token.norm.slice(1))?.future) return true;
      if (token.kind === "word" && FUTURE_VERB.test(token.norm) && !NOT_VERB_ENDING.test(token.norm)) return true;
    }
    return false;
  }

  /** A month after و: "وشباط" glued or "و" + "شباط". */
  private conjoinedMonth(k: number): MonthHit | null {
    const norm = this.norm(k);
    if (norm === "و") return this.monthName(k + 1);
    return norm && norm.length > 2 && norm.charAt(0) === "و" ? this.monthName(k, norm.slice(1)) : null;
  }

  /** Whether token i continues a list right after the last expression: "كانون الثاني وشباط". */
  private continuesList(i: number): boolean {
    const glued = i === this.strippedAt && this.tokens[i]!.norm.charAt(0) === "و";
    return glued ? this.lastEnd === i : this.norm(i - 1) === "و" && this.lastEnd === i - 1;
  }

  private monthStandsAlone(i: number, month: MonthHit, partFramed: boolean): boolean {
    const { needs } = month.entry;
    if (needs === null || month.framed || partFramed || this.continuesList(i)) return true;
    return needs === "frame" && this.prepFrames(i - 1)?.month === true;
  }

  /** 2024/03/27, 27/3/2024, ١٢/٣/٢٠٢٥ (one token) and 27-3-2024, 2024-03-27 (five tokens). */
  private numericDate(i: number): Match | null {
    const token = this.tokens[i]!;
    if (token.kind !== "number") return null;
    let parts: [number, number, number] | null = null;
    let end = i + 1;
    const ymd = YMD.exec(token.norm);
    const dmy = ymd ? null : DMY.exec(token.norm);
    if (ymd) parts = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    else if (dmy) parts = [Number(dmy[3]), Number(dmy[2]), Number(dmy[1])];
    else if (this.dashed(i)) {
      const [a, b, c] = [digits(token.norm), digits(this.norm(i + 2)), digits(this.norm(i + 4))];
      if (a > 31) parts = [a, b, c];
      else if (c > 31) parts = [c, b, a];
      end = i + 5;
    }
    if (!parts) return null;
    const [year, month, day] = parts;
    if (year < BARE_YEAR_MIN || year > YEAR_MAX) return null;
    // Arabic and European order is day/month; month/day only when the day cannot be a month.
    const resolved =
      calendarValue("gregorian", year, month, day, "absolute") ??
      (month > 12 ? calendarValue("gregorian", year, day, month, "absolute") : null);
    return resolved ? { end, resolved, rule: "date:numeric" } : null;
  }

  private dashed(i: number): boolean {
    const t = this.tokens;
    for (let k = i; k < i + 4; k++) {
      const a = t[k];
      const b = t[k + 1];
      if (!a || !b || a.end !== b.start) return false;
      if ((k - i) % 2 === 0 ? a.kind !== "number" : a.norm !== "-") return false;
    }
    return t[i + 4]?.kind === "number";
  }

  // ——— relative units and "ago" ———

  private unitPhrase(i: number, bare: boolean): Match | null {
    let j = i;
    const demonstrative = this.roles(j)?.demonstrative === true;
    if (demonstrative) j++;
    const unit = this.roles(j)?.unit;
    if (!unit) return null;
    j++;
    const qual = this.qualAt(j);
    if (qual) j++;
    if (!qual && !demonstrative && !(bare && this.bareUnit(unit, j))) return null;
    if (unit === "year" && !demonstrative && qual && qual !== "past" && this.adjectiveYear(i)) return null;
    // اليوم alone is a relative day; as a unit it only takes التالي/السابق/نفسه.
    if (unit === "day" && (qual === undefined || qual === "past" || qual === "next" || qual === "current")) return null;
    return {
      end: j,
      resolved: unitRelative(unit, qual ?? "current", this.pub, this.recentPrevious()),
      rule: `unit:${unit}${qual ? `:${qual}` : ""}`,
    };
  }

  /**
   * After a part word a unit may stand alone ("نهاية العام", "منتصف الشهر"), but not when an
   * adjective makes it another thing (العام الدراسي, العام المالي) and not a week: "نهاية
   * الأسبوع" is the weekend in general.
   */
  private bareUnit(unit: Unit, next: number): boolean {
    if (unit !== "year" && unit !== "month") return false;
    const after = this.tokens[next];
    return !(after?.kind === "word" && after.norm.startsWith("ال"));
  }

  /**
   * العام is also the adjective "general": after a definite noun (الأمين العام السابق, المدير
   * العام الحالي) it describes the noun. "العام الماضي" stays a date: that reading is rare.
   */
  private adjectiveYear(i: number): boolean {
    const before = this.tokens[i - 1];
    return before?.kind === "word" && before.norm.startsWith("ال") && before.norm.length > 3;
  }

  /** The last resolved date, when it is in this sentence or the one before. */
  private recentPrevious(): Resolved | null {
    const p = this.previous;
    return p && this.sentence - p.sentence <= 1 ? p.resolved : null;
  }

  private agoPhrase(i: number): Match | null {
    const units = this.roles(i)?.ago;
    if (!units) return null;
    let j = i + 1;
    let n: number | null | undefined;
    const number = digits(this.norm(j));
    if (this.tokens[j]?.kind === "number" && number >= 1 && number <= MAX_AGO) {
      n = number;
      j++;
    } else {
      const cardinal = this.roles(j)?.cardinal;
      if (cardinal !== undefined) {
        n = cardinal;
        j++;
      }
    }
    const count = this.roles(j)?.count;
    if (!count || !units.has(count.unit)) return null;
    j++;
    // قبل يومين من الانتخابات counts from the elections; قبل عام 2014 is a year; قبل شهر رمضان a month.
    const next = this.tokens[j];
    if (this.norm(j) === "من" || next?.kind === "number" || this.longest(this.lex.months, j)) return null;
    if (n !== undefined && count.n === 2) return null;
    const times = n === undefined ? count.n : n;
    if (times === null)
      return { end: j, resolved: { value: null, granularity: null, anchor: "published" }, rule: "ago:vague" };
    return { end: j, resolved: ago(count.unit, times, this.pub), rule: `ago:${count.unit}` };
  }

  // ——— years ———

  private yearNumber(j: number, min: number): { end: number; year: number; era: Calendar | null } | null {
    const token = this.tokens[j];
    if (token?.kind !== "number" || token.norm.length !== 4) return null;
    const year = digits(token.norm);
    const era = this.roles(j + 1)?.era ?? null;
    const max = era === "hijri" ? HIJRI_MAX : YEAR_MAX;
    if (!(year >= (era === "hijri" ? HIJRI_MIN : min) && year <= max)) return null;
    return { end: era ? j + 2 : j + 1, year, era };
  }

  private yearResolved(year: number, era: Calendar | null): Resolved {
    // A Hijri year straddles two Gregorian years: it has no single YYYY.
    return era === "hijri" ? { value: null, granularity: "year", anchor: "absolute" } : yearValue(year, "absolute");
  }

  private framedYear(i: number): Match | null {
    if (!this.roles(i)?.yearFrame) return null;
    const year = this.yearNumber(i + 1, YEAR_MIN);
    return year ? { end: year.end, resolved: this.yearResolved(year.year, year.era), rule: "year:framed" } : null;
  }

  /** "في 2022،" "منذ 2003 عندما": a preposition before and no counted noun after. */
  private bareYear(i: number): Match | null {
    const year = this.yearNumber(i, BARE_YEAR_MIN);
    if (!year) return null;
    if (year.era) return { end: year.end, resolved: this.yearResolved(year.year, year.era), rule: "year:era" };
    // في 2021، انتخابات 2021: after a preposition, or a happening the year names.
    if (!this.prepFrames(i - 1)?.year && !this.roles(i - 1)?.yearEvent) return null;
    const next = this.tokens[year.end];
    const fits =
      next === undefined ||
      next.kind === "punct" ||
      next.kind === "clitic" ||
      this.roles(year.end)?.follow === true ||
      (next.kind === "word" && next.norm.charAt(0) === "و");
    return fits ? { end: year.end, resolved: yearValue(year.year, "absolute"), rule: "year:bare" } : null;
  }
}

/** The offset after `letters` base letters (and their marks) from `start`. */
function afterLetters(text: string, start: number, letters: number): number {
  let k = start;
  for (let seen = 0; seen < letters && k < text.length; ) {
    k++;
    seen++;
    while (k < text.length && isMarkOrTatweel(text.charCodeAt(k))) k++;
  }
  return k;
}

const isMarkOrTatweel = (c: number) =>
  (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x0610 && c <= 0x061a);

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}
