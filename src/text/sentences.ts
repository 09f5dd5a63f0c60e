// Why: every annotation is cited to its sentence, so sentence bounds must hold up on real
// Arabic news text, where a full stop is also an abbreviation mark (أ.ف.ب, د.), a decimal
// point (4.5), a joint in headlines («العلاقة... من هزيمة») and often sits inside quoted
// speech. The rules, per line (any newline, single or blank, always ends a sentence):
//   - . ! ? ؟ … end a sentence, with any closing quotes and brackets right after them;
//     ، and ؛ are clause marks and never do;
//   - nothing ends inside a quote «…» “…” "…" that closes on the same line (an unclosed
//     quote protects nothing, so one stray « cannot swallow a paragraph);
//   - a full stop does not end a sentence between digits (4.5, 1.500), after a single
//     letter (initials: أ. ب., U.S., د.) unless it is م or هـ right after a number (1948م.),
//     in an abbreviation of lexicon/abbreviations.tsv (Dr., Prof.), after a number that
//     opens the line (a list item "1. "), or when a letter or digit follows with no space
//     outside Arabic (marsad.org);
//   - ".." "..." "…" followed by more text on the same line are a pause, not an end.
// Spans are trimmed of surrounding whitespace and invisible format characters.
import { loadTsv } from "../lexicon/load.js";
import type { Span } from "../model.js";
import { normalizeWord } from "./normalize.js";

const DOT = 0x2e;
const ELLIPSIS = 0x2026;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029 || c === 0x85;
const isTerminator = (c: number) =>
  c === DOT ||
  c === 0x21 ||
  c === 0x3f ||
  c === 0x061f ||
  c === ELLIPSIS ||
  c === 0x203c ||
  c === 0x2049 ||
  c === 0x2048;
const CLOSERS = new Set([..."»”\"'’)]}›"].map((ch) => ch.charCodeAt(0)));

// Character kinds, cached per UTF-16 unit.
const LETTER = 1; // any letter, combining mark or tatweel
const ARABIC = 2; // Arabic-script letter (also LETTER)
const DIGIT = 4;
const SPACE = 8; // whitespace or invisible format character
const kinds = new Uint8Array(0x10000);
const known = new Uint8Array(0x10000);
const reLetter = /[\p{L}\p{M}]/u;
const reArabic = /\p{Script=Arabic}/u;
const reDigit = /\p{Nd}/u;
const reSpace = /[\s\p{Cf}]/u;
function kind(c: number): number {
  if (known[c]) return kinds[c]!;
  const ch = String.fromCharCode(c);
  let k = 0;
  if (reLetter.test(ch) || c === 0x0640) k |= LETTER;
  if (k && reArabic.test(ch)) k |= ARABIC;
  if (reDigit.test(ch)) k |= DIGIT;
  if (reSpace.test(ch)) k |= SPACE;
  kinds[c] = k;
  known[c] = 1;
  return k;
}

let abbreviations: Set<string> | undefined;
function abbreviationSet(): Set<string> {
  if (!abbreviations) {
    abbreviations = new Set();
    for (const row of loadTsv("abbreviations")) {
      const key = stripDots(normalizeWord(row.abbreviation ?? ""));
      if (key) abbreviations.add(key);
    }
  }
  return abbreviations;
}
function stripDots(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === DOT) end--;
  return s.slice(0, end);
}

/** Sentence spans of `text`, in order, trimmed, never empty. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let lineStart = 0;
  while (lineStart < n) {
    let lineEnd = lineStart;
    while (lineEnd < n && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
    if (lineEnd > lineStart) splitLine(text, lineStart, lineEnd, spans);
    lineStart = lineEnd + 1;
  }
  return spans;
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  while (start < end && kind(text.charCodeAt(start)) & SPACE) start++;
  while (end > start && kind(text.charCodeAt(end - 1)) & SPACE) end--;
  if (end > start) spans.push({ start, end });
}

function splitLine(text: string, start: number, end: number, spans: Span[]): void {
  const quotes = quoteRegions(text, start, end);
  let q = 0; // first region that does not end before i
  let sentence = start;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (!isTerminator(c)) {
      i++;
      continue;
    }
    while (q < quotes.length && quotes[q + 1]! <= i) q += 2;
    if (q < quotes.length && quotes[q]! < i) {
      i++; // inside a quote
      continue;
    }
    if (c === DOT || c === ELLIPSIS) {
      let run = i;
      while (run < end && (text.charCodeAt(run) === DOT || text.charCodeAt(run) === ELLIPSIS)) run++;
      if (run - i >= 2 || c === ELLIPSIS) {
        // An ellipsis with more text after it on the line is a pause.
        let next = run;
        while (next < end && kind(text.charCodeAt(next)) & SPACE) next++;
        if (next < end && !isTerminator(text.charCodeAt(next)) && !CLOSERS.has(text.charCodeAt(next))) {
          i = run;
          continue;
        }
      } else if (!dotEnds(text, i, sentence, end)) {
        i++;
        continue;
      }
    }
    // The sentence ends after the terminators and closing marks that follow.
    let stop = i + 1;
    while (stop < end && (isTerminator(text.charCodeAt(stop)) || CLOSERS.has(text.charCodeAt(stop)))) {
      if (opensQuote(quotes, q, stop)) break; // انتهى."قال..." : the quote belongs to the next sentence
      stop++;
    }
    pushTrimmed(text, sentence, stop, spans);
    sentence = stop;
    i = stop;
  }
  pushTrimmed(text, sentence, end, spans);
}

/** Whether the single full stop at i ends a sentence. */
function dotEnds(text: string, i: number, sentence: number, end: number): boolean {
  const before = i > sentence ? kind(text.charCodeAt(i - 1)) : SPACE;
  const after = i + 1 < end ? kind(text.charCodeAt(i + 1)) : SPACE;
  if (before & DIGIT && after & DIGIT) return false; // 4.5, 1.500
  // A number that opens the line: a list item.
  if (before & DIGIT) {
    let j = i - 1;
    while (j >= sentence && kind(text.charCodeAt(j)) & DIGIT) j--;
    let k = j;
    while (k >= sentence && kind(text.charCodeAt(k)) & SPACE) k--;
    if (k < sentence) return false;
  }
  if (before & LETTER) {
    // The letters-and-dots word around the stop: أ.ف.ب, U.S, Dr
    let left = i;
    while (left > sentence && (kind(text.charCodeAt(left - 1)) & LETTER || text.charCodeAt(left - 1) === DOT)) left--;
    let right = i + 1;
    while (right < end && (kind(text.charCodeAt(right)) & LETTER || text.charCodeAt(right) === DOT)) right++;
    // The letters of the last segment, before this stop.
    let segment = i;
    while (segment > left && text.charCodeAt(segment - 1) !== DOT) segment--;
    const letters = normalizeWord(text.slice(segment, i));
    if (letters.length === 1 && (letters === "م" || letters === "ه") && segment === left) {
      // 1948م. / 1445 هـ. : a year, which may end the sentence
      let k = left - 1;
      while (k >= sentence && kind(text.charCodeAt(k)) & SPACE) k--;
      if (k >= sentence && kind(text.charCodeAt(k)) & DIGIT) return !(after & (LETTER | DIGIT));
    }
    if (letters.length === 1) return false; // initials: أ. ب., U.S., د. محمد
    const set = abbreviationSet();
    if (set.has(stripDots(normalizeWord(text.slice(left, i))))) return false;
    if (right > i + 1 && set.has(stripDots(normalizeWord(text.slice(left, right))))) return false;
  }
  // A letter or digit right after the stop: a domain or code, unless Arabic runs on (انتهى.وقال).
  if (after & (LETTER | DIGIT)) return (after & ARABIC) !== 0 && (before & ARABIC) !== 0;
  return true;
}

function opensQuote(quotes: number[], from: number, at: number): boolean {
  for (let k = from; k < quotes.length && quotes[k]! <= at; k += 2) if (quotes[k] === at) return true;
  return false;
}

/**
 * Quote regions of the line as a flat sorted list [open0, close0, open1, close1, ...] of
 * disjoint regions, each from the opening to the matching closing mark. « » nest; “ ” „ pair
 * up in order of appearance (either may open, as Arabic text often swaps them), and so do ".
 */
function quoteRegions(text: string, start: number, end: number): number[] {
  const found: Array<[number, number]> = [];
  const guillemets: number[] = [];
  let curly = -1;
  let straight = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xab) {
      guillemets.push(i);
    } else if (c === 0xbb) {
      const open = guillemets.pop();
      if (open !== undefined) found.push([open, i]);
    } else if (c === 0x201c || c === 0x201d || c === 0x201e) {
      if (curly < 0) curly = i;
      else {
        found.push([curly, i]);
        curly = -1;
      }
    } else if (c === 0x22) {
      if (straight < 0) straight = i;
      else {
        found.push([straight, i]);
        straight = -1;
      }
    }
  }
  if (found.length === 0) return [];
  found.sort((a, b) => a[0] - b[0]);
  const merged: number[] = [];
  for (const [open, close] of found) {
    const last = merged.length - 1;
    if (last > 0 && open <= merged[last]!) merged[last] = Math.max(merged[last]!, close);
    else merged.push(open, close);
  }
  return merged;
}
