// Why: a direct quote is what stands between quote marks, and Arabic news uses three kinds of
// them: «…» (which nest), “…” (often swapped: ”…“) and "…". Marks of another kind inside a
// quote are the quoted person's own quotes and belong to it, so only outermost regions count.
// A quote that runs over several paragraphs repeats its opening mark at the head of each
// paragraph and closes only at the end; any other mark left open at a paragraph end is a stray
// and protects nothing, so the paragraph is scanned again without it.
import type { Token } from "../../model.js";

export interface Region {
  /** Offset of the opening mark; the quoted words are text[open + 1, close). */
  open: number;
  /** Offset of the closing mark. */
  close: number;
  openTok: number;
  closeTok: number;
  /** Word, number and Latin tokens inside. */
  words: number;
}

const GUILLEMET_OPEN = 0xab;
const GUILLEMET_CLOSE = 0xbb;
const STRAIGHT = 0x22;
const isCurly = (c: number) => c === 0x201c || c === 0x201d || c === 0x201e;
const isLineBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029;
const isBlank = (c: number) => c <= 0x20 || c === 0xa0 || isLineBreak(c) || (c >= 0x200b && c <= 0x200f);

type Kind = 0 | 1 | 2; // guillemet, curly, straight
function openingKind(c: number): Kind | -1 {
  if (c === GUILLEMET_OPEN) return 0;
  if (isCurly(c)) return 1;
  if (c === STRAIGHT) return 2;
  return -1;
}

// Marks are rare in a text: native scans jump from one candidate to the next.
const OPENING = /[«“”„"]/g;
const CLOSING: readonly RegExp[] = [/[«»\n\r\u2028\u2029]/g, /[“”„\n\r\u2028\u2029]/g, /["\n\r\u2028\u2029]/g];

/** Outermost quote regions of `text` as [open, close] offset pairs, in order. */
export function quoteSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = 0;
  let stray = -1; // an opening mark found unclosed: skipped on the rescan
  for (;;) {
    OPENING.lastIndex = from;
    const found = OPENING.exec(text);
    if (!found) return out;
    const i = found.index;
    const kind = i === stray ? -1 : openingKind(text.charCodeAt(i));
    if (kind === -1) {
      from = i + 1;
      continue;
    }
    const close = findClose(text, i, kind);
    if (close < 0) {
      stray = i;
      from = i;
      continue;
    }
    out.push([i, close]);
    from = close + 1;
  }
}

/** The closing mark of the region opened at `open`, or -1 when the region never closes. */
function findClose(text: string, open: number, kind: Kind): number {
  const n = text.length;
  const marks = CLOSING[kind]!;
  let depth = 1;
  let from = open + 1;
  for (;;) {
    marks.lastIndex = from;
    const found = marks.exec(text);
    if (!found) return -1;
    const i = found.index;
    const c = text.charCodeAt(i);
    if (isLineBreak(c)) {
      // The quote goes on only if the next paragraph reopens it with the same kind of mark.
      let j = i;
      while (j < n && isBlank(text.charCodeAt(j))) j++;
      if (j >= n || openingKind(text.charCodeAt(j)) !== kind) return -1;
      from = j + 1;
      continue;
    }
    if (kind !== 0 || c === GUILLEMET_CLOSE) {
      if (--depth === 0) return i;
    } else depth++;
    from = i + 1;
  }
}

/** Regions with their tokens: `openTok`/`closeTok` are the tokens of the marks. */
export function quoteRegions(text: string, tokens: readonly Token[]): Region[] {
  const regions: Region[] = [];
  let k = 0;
  for (const [open, close] of quoteSpans(text)) {
    while (k < tokens.length && tokens[k]!.end <= open) k++;
    const openTok = k;
    let words = 0;
    while (k < tokens.length && tokens[k]!.start < close) {
      const kind = tokens[k]!.kind;
      if (k > openTok && (kind === "word" || kind === "number" || kind === "latin")) words++;
      k++;
    }
    if (openTok >= tokens.length || k >= tokens.length) break;
    regions.push({ open, close, openTok, closeTok: k, words });
  }
  return regions;
}
