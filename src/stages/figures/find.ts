// Finds figures on the token layer, one sentence at a time. A figure is an amount (amount.ts)
// that says how many of something there are:
//   digits or words + counted noun     1200 طالب، ثلاثة جنود، 20 ألف متر مربع
//   amount + percent                   37 في المائة، 5%
//   noun + number word after it        يوم واحد، الساعات الست والثلاثين، القرى السبع
//   qualifier or cue + bare amount     أكثر من 2.5 مليون، ارتفع العدد إلى 45
//   و + bare amount after a figure     نحو 300 جندي في مالي و450 في النيجر (unit inherited)
// and is not a date, a year, a time of day, a phone number, an ordinal or part of a name
// (القرار 2254، F-16، أبو الليث 700). A bare number with nothing of the above is not read:
// in news text it is far more often a label than a count.
import type { Figure, Span, Timex, Token } from "../../model.js";
import { type Amount, AmountReader } from "./amount.js";
import { hasUnitKind, isCountedNoun, numberForm } from "./lexicon.js";
import { keyOf, type PhraseMatch, TokenView } from "./view.js";

interface Found {
  figure: Figure;
  /** Folded unit without article and accusative alef, for merging repeated figures. */
  unitKey: string | null;
  /** Token index the figure ends before. */
  next: number;
}

interface Unit {
  /** Token range [start, end). */
  start: number;
  end: number;
  percent: boolean;
  /** The noun (or sign) comes before the number: يوم واحد, %5. */
  before: boolean;
}

const JOINERS = new Set(["-", "–", "‐", "/", ":", "+", "."]);
const PLAIN_DIGITS = /^\d+$/;

class Finder extends TokenView {
  private reader: AmountReader;
  private timeAt = 0;
  private lastUnit: { unit: string; key: string; limit: number } | undefined;
  /** Token after the last amount read, found or not: its tail (عشر in اثني عشر) is not read again. */
  private resume = 0;
  readonly found: Found[] = [];

  constructor(
    text: string,
    tokens: readonly Token[],
    private readonly times: readonly Timex[],
  ) {
    super(text, tokens);
    this.reader = new AmountReader(tokens, 0);
  }

  sentence(from: number, limit: number): void {
    this.from = from;
    this.limit = limit;
    this.reader = new AmountReader(this.tokens, limit);
    for (let i = from; i < limit; ) {
      const token = this.tokens[i]!;
      const found = this.startsNumber(token) ? this.at(i) : undefined;
      if (found) {
        this.found.push(found);
        i = found.next;
      } else {
        i = Math.max(i + 1, this.resume);
      }
    }
  }

  private startsNumber(token: Token): boolean {
    if (token.kind === "number") return true;
    if (token.kind !== "word") return false;
    const kind = numberForm(token.norm)?.entry.kind;
    return kind !== undefined && kind !== "vague" && kind !== "ordinal" && kind !== "scale-plural";
  }

  private percentAt(j: number): Unit | undefined {
    const token = this.tok(j);
    if (!token) return undefined;
    if (hasUnitKind(token.norm, "percent")) return { start: j, end: j + 1, percent: true, before: false };
    const match = this.matchAfter(this.lex.unitPhrases, j);
    return match?.phrase.kind === "percent" ? { start: j, end: match.end, percent: true, before: false } : undefined;
  }

  /** The counted noun after an amount ending at j: 1200 طالب, 20 ألف متر مربع, 1300 من الطلاب. */
  private nounAfter(j: number): Unit | undefined {
    let token = this.tok(j);
    if (token?.kind === "punct" && token.norm === ")" && this.tok(j - 2)?.norm === "(") token = this.tok(++j);
    if (token?.kind === "word" && token.norm === "من") {
      const next = this.tok(j + 1);
      return this.isNoun(next) && this.isDefinite(next)
        ? { start: j + 1, end: j + 2, percent: false, before: false }
        : undefined;
    }
    if (!this.isNoun(token) || this.isDefinite(token) || this.conjoined(token.norm)) return undefined;
    const phrase = this.matchAfter(this.lex.unitPhrases, j);
    const end = phrase && phrase.phrase.kind !== "percent" ? phrase.end : j + 1;
    return { start: j, end, percent: false, before: false };
  }

  /** The noun a number word follows as an adjective: يوم واحد, مدارس القرى العشر. */
  private nounBefore(i: number, amount: Amount): Unit | undefined {
    const prev = this.tok(i - 1);
    if (!this.isNoun(prev)) return undefined;
    const alone = amount.parts.length === 1;
    if (amount.first === "after" && alone) {
      // واحد/اثنان after a noun. "One" is mostly "single, same" (بصوت واحد، الحزب الواحد):
      // a count only after a listed counted noun with no preposition glued before it. Before
      // من it is "one of" (المستشفى واحد من أربعة), unless an indefinite counted noun comes
      // first: ساعة واحدة من الانتظار.
      const counted = isCountedNoun(keyOf(prev.norm));
      if (amount.definite) return undefined;
      if (this.tok(amount.end)?.norm === "من" && (!counted || this.isDefinite(prev))) return undefined;
      if (amount.value === 1 && (!counted || this.tok(i - 2)?.kind === "clitic")) return undefined;
      return { start: i - 1, end: i, percent: false, before: true };
    }
    if (!this.isDefinite(prev)) return undefined;
    // A definite tens or hundreds word alone after a singular noun is an ordinal: القرن
    // العشرين، الذكرى المئة. After a plural it counts: السنوات العشر.
    const plural = /(ات|ين|ون)$/.test(prev.norm);
    if ((amount.first === "tens" || amount.first === "hundred") && alone && !plural) return undefined;
    const head = this.tok(i - 2); // construct head: مدارس القرى
    const start = this.isNoun(head) && !this.isDefinite(head) ? i - 2 : i - 1;
    return { start, end: i, percent: false, before: true };
  }

  private afterOrdinal(i: number): boolean {
    let p = i - 1;
    if (this.tok(p)?.kind === "clitic" && this.tok(p)?.norm === "و") p--;
    const prev = this.tok(p);
    return prev !== undefined && numberForm(prev.norm)?.entry.kind === "ordinal";
  }

  /** Digits that are part of a date, a code or a phone number rather than a count. */
  private digitsExcluded(i: number, amount: Amount): boolean {
    const token = this.tokens[i]!;
    const { norm } = token;
    if (norm.charCodeAt(0) === 48 && norm.length > 1 && norm[1] !== "." && norm[1] !== ",") return true;
    if (norm.length >= 8 && PLAIN_DIGITS.test(norm)) return true;
    const prev = this.tokens[i - 1];
    const next = this.tokens[i + 1];
    if (prev && prev.end === token.start && JOINERS.has(prev.norm)) return true; // F-16, 10:30, +964
    if (next && next.start === token.end && JOINERS.has(next.norm) && next.norm !== ".") {
      const after = this.tokens[i + 2];
      if (after && after.start === next.end) return true; // 3-1, 2014/2015
    }
    if (prev?.kind === "number" || next?.kind === "number") return true; // 0770 123 4567
    if (amount.scaled || !PLAIN_DIGITS.test(norm)) return false;
    const value = amount.value;
    if (value >= 1 && value <= 31 && this.monthAt(amount.end)) return true;
    if (norm.length === 4 && value >= 1000 && value <= 2100) {
      const before = this.tok(i - 1)?.norm === "(" ? this.tok(i - 2) : this.tok(i - 1);
      if (before && hasUnitKind(before.norm, "year-before")) return true;
      const after = this.tok(amount.end);
      if (after && hasUnitKind(after.norm, "year-after")) return true;
    }
    return false;
  }

  private monthAt(j: number): boolean {
    let token = this.tok(j);
    if (token?.norm === "من" || token?.norm === "شهر") token = this.tok(j + 1);
    return token !== undefined && (this.lex.monthStarts.has(token.norm) || hasUnitKind(token.norm, "day-after"));
  }

  private isYear(i: number, amount: Amount): boolean {
    const { norm } = this.tokens[i]!;
    return (
      !amount.scaled && norm.length === 4 && PLAIN_DIGITS.test(norm) && amount.value >= 1900 && amount.value <= 2100
    );
  }

  private inTime(i: number): boolean {
    const start = this.tokens[i]!.start;
    while (this.timeAt < this.times.length && this.times[this.timeAt]!.end <= start) this.timeAt++;
    for (let k = this.timeAt; k < this.times.length && this.times[k]!.start <= start; k++) {
      if (this.tokens[i]!.end <= this.times[k]!.end) return true;
    }
    return false;
  }

  private at(i: number): Found | undefined {
    const amount = this.reader.read(i);
    if (!amount) return undefined;
    this.resume = amount.end;
    const digits = amount.first === "digits";
    if (digits ? this.digitsExcluded(i, amount) : this.afterOrdinal(i)) return undefined;
    const bracketed = this.tok(i - 1)?.norm === "(";
    const opened = bracketed && this.tok(i + 1)?.norm === ")" ? i - 1 : i; // أكثر من (12) مليون
    const preceding = this.tok(opened - 1);
    const following = this.tok(amount.end);
    if (
      (preceding && hasUnitKind(preceding.norm, "clock-before")) ||
      (following && hasUnitKind(following.norm, "clock-after"))
    ) {
      return undefined;
    }

    const postNominal = !digits && (amount.definite || (amount.first === "after" && amount.parts.length === 1));
    const unit = postNominal
      ? this.nounBefore(i, amount)
      : (this.percentAt(amount.end) ?? this.percentBefore(i) ?? this.nounAfter(amount.end));
    if (postNominal && !unit) return undefined;
    const lead = postNominal ? undefined : this.matchBefore(this.lex.qualifiersBefore, opened);
    const unitNorm = unit && !unit.percent ? keyOf(this.tokens[unit.start]!.norm) : undefined;

    // A year (2014) or a label's number (القرار 2254) followed by some word is still not a
    // count, unless the words around it say it is one.
    const range = !unit && !lead ? this.rangeUpper(i, amount) : undefined;
    const evident =
      range !== undefined ||
      lead?.phrase.kind === "qualifier" ||
      unit?.percent === true ||
      amount.scaled ||
      (unitNorm !== undefined && isCountedNoun(unitNorm));
    if (!evident && digits && this.isYear(i, amount)) return undefined;
    // الـ30 after a noun is an ordinal (الذكرى الـ30), but الـ24 ساعة is a count.
    const articled = this.tok(i - 1)?.norm === "ال";
    if (!evident && digits && ((preceding && hasUnitKind(preceding.norm, "label")) || articled)) return undefined;
    // "(45 عاما)" after a name is the person's age.
    if (bracketed && unitNorm && hasUnitKind(unitNorm, "duration") && this.tok(unit!.end)?.norm === ")")
      return undefined;
    if (this.inTime(i) && !(unitNorm && hasUnitKind(unitNorm, "duration"))) return undefined;

    let inherited = false;
    if (!unit && !lead) {
      const joined = this.tok(i - 1);
      const last = this.lastUnit;
      inherited =
        last !== undefined &&
        last.limit === this.limit &&
        (joined?.norm === "و" || joined?.norm === "،" || joined?.norm === ",");
      if (range && !inherited) {
        this.lastUnit = { unit: this.slice(range.unit.start, range.unit.end), key: range.key, limit: this.limit };
        const lower = { ...amount, value: amount.value * range.scale };
        return this.build(i, opened, lower, undefined, undefined, true, "range-lower");
      }
      // A bare number is a label far more often than a count (see the file header).
      if (!inherited && !(digits && amount.scaled)) return undefined;
    }
    return this.build(i, opened, amount, unit, lead, inherited);
  }

  /**
   * The lower bound of a range counts what the upper bound counts: «من 1000 إلى 1500 ليرة»,
   * «بين 25 و30 ألف عائلة» (where the upper bound's scale word scales the lower one too).
   * Returns the upper bound's counted noun and the scale to apply, or undefined.
   */
  private rangeUpper(i: number, amount: Amount): { unit: Unit; key: string; scale: number } | undefined {
    const opener = this.tok(i - 1)?.norm;
    if (opener !== "من" && opener !== "بين") return undefined;
    const joiner = this.tok(amount.end);
    if (!joiner || (opener === "من" ? joiner.norm !== "الي" : joiner.norm !== "و")) return undefined;
    // «من 160 إلى نحو 80 مليون»: a qualifier may stand before the upper bound.
    const qualifier = this.matchAfter(this.lex.qualifiersBefore, amount.end + 1);
    const upperAt = qualifier?.phrase.kind === "qualifier" ? qualifier.end : amount.end + 1;
    const upper = this.reader.read(upperAt);
    if (!upper || upper.first !== amount.first) return undefined;
    const unit = this.nounAfter(upper.end);
    if (!unit || unit.before) return undefined;
    const key = keyOf(this.tokens[unit.start]!.norm);
    if (!isCountedNoun(key) && !hasUnitKind(key, "currency")) return undefined;
    // «25 و30 ألف»: the upper bound's own first number, without its scale word, says the scale.
    const head = new AmountReader(this.tokens, upperAt + 1).read(upperAt);
    const scale = !amount.scaled && upper.scaled && head ? upper.value / head.value : 1;
    return { unit, key, scale: Number.isInteger(scale) && scale > 0 ? scale : 1 };
  }

  private percentBefore(i: number): Unit | undefined {
    const prev = this.tok(i - 1); // %5: the sign typed before the number in visual order
    const adjacent = prev !== undefined && prev.end === this.tokens[i]!.start && hasUnitKind(prev.norm, "percent");
    return adjacent ? { start: i - 1, end: i, percent: true, before: true } : undefined;
  }

  private build(
    i: number,
    opened: number,
    amount: Amount,
    unit: Unit | undefined,
    lead: PhraseMatch | undefined,
    inherited: boolean,
    inheritedRule = "unit-inherited",
  ): Found {
    const qualifierBefore = lead?.phrase.kind === "qualifier" ? lead : undefined;
    const tail = unit && !unit.before ? unit.end : amount.end;
    const after = this.matchAfter(this.lex.qualifiersAfter, tail);
    const lastToken = after ? after.end : tail;
    const firstToken = qualifierBefore ? qualifierBefore.start : unit?.before ? unit.start : opened;
    let start = qualifierBefore ? this.phraseStart(qualifierBefore) : this.tokens[firstToken]!.start;
    const glue = firstToken === i ? (numberForm(this.tokens[i]!.norm)?.glue ?? 0) : 0;
    if (glue > 0 && this.text.charCodeAt(start) === this.tokens[i]!.norm.charCodeAt(0)) start += glue;
    const end = this.tokens[lastToken - 1]!.end;

    let unitText: string | null = null;
    let unitKey: string | null = null;
    if (inherited && this.lastUnit) {
      unitText = this.lastUnit.unit;
      unitKey = this.lastUnit.key;
    } else if (unit) {
      unitText = this.slice(unit.start, unit.end);
      unitKey = unit.percent ? null : keyOf(this.tokens[unit.start]!.norm);
    }
    if (unit && !unit.percent && !unit.before) this.lastUnit = { unit: unitText!, key: unitKey!, limit: this.limit };

    // About: the counted noun and the words that complete it (طالب في الموصل); for a
    // percentage, what follows it (في المدن الكبرى); for a bare amount, what precedes it
    // (ارتفع عدد المصابين إلى 45).
    const from = after ? after.end : unit && !unit.before ? unit.end : amount.end;
    const to = this.complementEnd(from);
    const complement = to > from ? this.slice(from, to) : null;
    const preceding = () => this.contextBefore(qualifierBefore ? qualifierBefore.start : opened);
    let about: string | null;
    if (unitText && !unit?.percent) about = complement ? `${unitText} ${complement}` : unitText;
    else if (unit?.percent) about = complement ?? preceding();
    else about = preceding() ?? complement;

    const qualifier = qualifierBefore ?? after;
    const form = amount.first === "digits" ? "digits" : "words";
    const rule = [
      `figure:${form}${amount.parts.length > 0 ? `[${amount.parts.join(" ")}]` : ""}`,
      unit?.percent ? "percent" : unit?.before ? "noun-before" : unit ? "noun-after" : inherited ? inheritedRule : "",
      qualifier ? "qualifier" : lead && !unit && !inherited ? "cue" : "",
    ]
      .filter(Boolean)
      .join("+");
    const figure: Figure = {
      start,
      end,
      text: this.text.slice(start, end),
      value: amount.value,
      unit: unitText,
      about,
      qualifier: qualifier ? this.text.slice(this.phraseStart(qualifier), this.tokens[qualifier.end - 1]!.end) : null,
      rule,
    };
    return { figure, unitKey, next: Math.max(amount.end, lastToken) };
  }
}

/** The token ranges [from, limit) of each sentence; tokens between sentences form their own runs. */
function sentenceRuns(tokens: readonly Token[], sentences: readonly Span[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  const sorted = [...sentences].sort((a, b) => a.start - b.start);
  let s = 0;
  for (let j = 0; j < tokens.length; ) {
    const start = tokens[j]!.start;
    while (s < sorted.length && sorted[s]!.end <= start) s++;
    const sentence = sorted[s];
    const end = !sentence ? Number.POSITIVE_INFINITY : sentence.start <= start ? sentence.end : sentence.start;
    let m = j + 1;
    while (m < tokens.length && tokens[m]!.start < end) m++;
    runs.push([j, m]);
    j = m;
  }
  return runs;
}

/**
 * The figures of an article's text. A figure repeated with the same value and counted noun
 * (the lede and the body both say 1200 طالب) is one fact and kept once, at its first mention.
 */
export function findFigures(
  text: string,
  tokens: readonly Token[],
  sentences: readonly Span[],
  times: readonly Timex[] = [],
): Figure[] {
  const sortedTimes = [...times].sort((a, b) => a.start - b.start);
  const finder = new Finder(text, tokens, sortedTimes);
  for (const [from, limit] of sentenceRuns(tokens, sentences)) finder.sentence(from, limit);
  const seen = new Set<string>();
  const figures: Figure[] = [];
  for (const { figure, unitKey } of finder.found) {
    const key = `${figure.value}|${unitKey ?? figure.unit ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    figures.push(figure);
  }
  return figures;
}
