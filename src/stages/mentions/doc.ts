// Why: every rule asks the same few questions of a token (a word? definite? a stop word? a
// given name? the start of a title?), so they are answered once per token into a bit set
// right after the tokens are refined; the rules then read bits, never strings.
//
// Refinement: the tokenizer splits a proclitic only where it knows the rest (lexicon/words.tsv).
// Here the rest may also be a known name, title or head (وكارسون is not split by the
// tokenizer, but والحلو is once الحلو is a known name), so word tokens are split again with
// that knowledge. لل before a head or title is read in its construct form where a definite
// noun follows (للجنة الصحة: ل + لجنة, not ل + اللجنة).
import type { Token } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { splitWordToken } from "../../text/tokenize.js";
import { scratch } from "./arena.js";
import {
  ALEF_MAKSURA,
  CLITIC,
  COMMA,
  DASH,
  DEF,
  FINAL_YEH_NAME,
  GIVEN,
  GIVEN_AMBIGUOUS,
  HEAD_START,
  KNOWN,
  KUNYA_WORD,
  LATIN,
  LEXICAL,
  LINE_START,
  PAREN_CLOSE,
  PAREN_OPEN,
  PARTICLE,
  POSSESSIVE,
  QUOTE,
  STOP,
  TANWEEN,
  TITLE_START,
  WORD,
} from "./flags.js";
import type { Knowledge } from "./knowledge.js";
import { isQuote } from "./trie.js";

export * from "./flags.js";

export interface Doc {
  text: string;
  toks: Token[];
  n: number;
  flags: Int32Array;
  k: Knowledge;
  norm: (i: number) => string;
}

const CLITIC_LETTERS = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644]); // و ف ب ك ل
/** Memo bit (above the token flags): a proclitic may come off this form (the rest is known). */
const MAY_SPLIT = 1 << 31;
const MEMO_LIMIT = 100_000;

/**
 * What one normalised form is: its lexical bits, and MAY_SPLIT when it is unknown but a
 * proclitic may come off it (وكارسون: the rest is a known name). One Map lookup for most words;
 * the split question is memoised per Knowledge for the unknown words that start with و ف ب ك ل.
 */
function formBits(k: Knowledge, norm: string): number {
  const bits = k.lexical.get(norm) ?? 0;
  if (bits & KNOWN || norm.length < 3 || !CLITIC_LETTERS.has(norm.charCodeAt(0))) return bits;
  let split = k.memo.get(norm);
  if (split === undefined) {
    split =
      k.isKnown(norm.slice(1)) ||
      (norm.length >= 4 && CLITIC_LETTERS.has(norm.charCodeAt(1)) && k.isKnown(norm.slice(2)));
    if (k.memo.size >= MEMO_LIMIT) k.memo.clear();
    k.memo.set(norm, split);
  }
  return split ? bits | MAY_SPLIT : bits;
}

/**
 * Splits proclitics the tokenizer left on words whose rest is a known name, title or head, and
 * returns each word's lexical bits beside it (one lookup per word).
 */
export function refine(text: string, tokens: readonly Token[], k: Knowledge): { toks: Token[]; bits: number[] } {
  const toks: Token[] = [];
  const bits: number[] = [];
  for (const token of tokens) {
    const b = token.kind === "word" ? formBits(k, token.norm) : 0;
    if (b & MAY_SPLIT) {
      for (const part of splitWordToken(text, token, k.isKnown)) {
        toks.push(part);
        bits.push(part.kind === "word" ? formBits(k, part.norm) : 0);
      }
    } else {
      toks.push(token);
      bits.push(b);
    }
  }
  return { toks, bits };
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 0x0a) return true;
  return false;
}

const HEH = 0x0647;
const LAM = 0x0644;
/** The last letter of a token, harakat skipped. */
export function finalLetter(text: string, t: Token): number {
  let last = t.end - 1;
  while (last > t.start && text.charCodeAt(last) >= 0x064b && text.charCodeAt(last) <= 0x0652) last--;
  return text.charCodeAt(last);
}
/** قوله، سيادته، أمنها، قواتهم: a final ه written as ه (not ة), or ها/هم/هما. */
const possessive = (norm: string, last: number) =>
  last === HEH || norm.endsWith("ها") || norm.endsWith("هم") || norm.endsWith("هما");
const isHamzaAlef = (c: number) => c === 0x0623 || c === 0x0625 || c === 0x0622;
const isTanween = (c: number) => c >= 0x064b && c <= 0x064d;
const DASHES = new Set(["-", "–", "—"]);

function wordFlags(text: string, t: Token, lexicalBits: number): number {
  const norm = t.norm;
  let f = WORD;
  // The article is written with a bare alef: إلينا and ألينا fold to الينا but are not definite.
  if (
    norm.length >= 4 &&
    norm.charCodeAt(0) === 0x0627 &&
    norm.charCodeAt(1) === LAM &&
    !isHamzaAlef(text.charCodeAt(t.start))
  ) {
    f |= DEF;
  }
  // على folds to علي: a name ending in ي is only that name where the text writes ي.
  let lexical = lexicalBits;
  if (lexical & FINAL_YEH_NAME && text.charCodeAt(t.end - 1) === ALEF_MAKSURA) lexical &= ~(GIVEN | GIVEN_AMBIGUOUS);
  f |= lexical & LEXICAL;
  if (!(f & PARTICLE) && norm.length >= 6 && norm.startsWith("ابو")) f |= KUNYA_WORD;
  const last = text.charCodeAt(t.end - 1);
  if (isTanween(last) || (t.end - t.start > 1 && isTanween(text.charCodeAt(t.end - 2)))) f |= TANWEEN;
  if (!(f & (DEF | GIVEN)) && norm.length >= 4 && possessive(norm, finalLetter(text, t))) f |= POSSESSIVE;
  return f;
}

function punctFlags(t: Token): number {
  const norm = t.norm;
  if (isQuote(t)) return QUOTE;
  if (norm === "،" || norm === ",") return COMMA;
  if (norm === "(") return PAREN_OPEN;
  if (norm === ")") return PAREN_CLOSE;
  return DASHES.has(norm) ? DASH : 0;
}

export function buildDoc(text: string, tokens: readonly Token[], k: Knowledge): Doc {
  const { toks, bits } = refine(text, tokens, k);
  const n = toks.length;
  const flags = scratch.int32(n);
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    let f = 0;
    if (i === 0 || hasNewline(text, prevEnd, t.start)) f |= LINE_START;
    prevEnd = t.end;
    const kind = t.kind;
    if (kind === "word") f |= wordFlags(text, t, bits[i]!);
    else if (kind === "clitic") f |= CLITIC;
    else if (kind === "latin") f |= LATIN;
    else if (kind === "punct") f |= punctFlags(t);
    flags[i] = f;
  }
  for (let i = 1; i + 1 < n; i++) if (flags[i]! & DEF) constructAfterLam(text, toks, flags, i, k);
  // Past either end the norm is empty: rules look a word or two ahead, and a text may end on a name.
  return { text, toks, n, flags, k, norm: (i) => toks[i]?.norm ?? "" };
}

/**
 * للجنة is ل + اللجنة ("for the committee") or ل + لجنة ("for the committee of …"): the
 * tokenizer reads the article in. Before a definite noun that is no adjective (للجنة الصحة)
 * a head or a title is the construct form, so the article comes off the token's norm.
 */
function constructAfterLam(text: string, toks: Token[], flags: Int32Array, i: number, k: Knowledge): void {
  const t = toks[i]!;
  if (text.charCodeAt(t.start) !== LAM || !(flags[i - 1]! & CLITIC) || toks[i - 1]!.end !== t.start) return;
  if (toks[i - 1]!.norm !== "ل") return;
  const next = flags[i + 1]!;
  if (!(next & DEF) || next & (STOP | LINE_START)) return;
  const after = toks[i + 1]!.norm;
  if (after.endsWith("ي") || after.endsWith("يه") || k.adjectives.has(after)) return;
  const bare = t.norm.slice(2);
  if (!(formBits(k, bare) & (HEAD_START | TITLE_START))) return;
  toks[i] = { ...t, norm: bare };
  flags[i] = (flags[i]! & LINE_START) | wordFlags(text, toks[i]!, formBits(k, bare));
}

/** Whether token i has every bit of `mask`. */
export const is = (doc: Doc, i: number, mask: number) => i >= 0 && i < doc.n && (doc.flags[i]! & mask) === mask;
/** Whether token i has any bit of `mask`. */
export const any = (doc: Doc, i: number, mask: number) => i >= 0 && i < doc.n && (doc.flags[i]! & mask) !== 0;

/** Token norms of [a, b), quotes and brackets dropped, joined by spaces: the form names are compared in. */
export function keyOf(doc: Doc, a: number, b: number, start?: number): string {
  if (b === a + 1) return normFrom(doc, a, start);
  // join builds one flat string: a chain of + would be flattened again by every Map lookup.
  const norms: string[] = [];
  for (let t = a; t < b; t++) {
    if (!(doc.flags[t]! & (QUOTE | PAREN_OPEN | PAREN_CLOSE)))
      norms.push(t === a ? normFrom(doc, a, start) : doc.norm(t));
  }
  return norms.join(" ");
}

/** Token t's norm, or, for a mention starting inside it after a proclitic (وخانكي), the rest's. */
export function normFrom(doc: Doc, t: number, start: number | undefined): string {
  const token = doc.toks[t]!;
  return start === undefined || start === token.start ? token.norm : normalizeWord(doc.text.slice(start, token.end));
}
