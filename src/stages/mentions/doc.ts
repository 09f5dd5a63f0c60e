// Why: every rule asks the same few questions of a token (a word? definite? a stop word? a
// given name? the start of a title?), so they are answered once per token into a bit set
// right after the tokens are refined; the rules then read bits, never strings.
//
// Refinement: the tokenizer splits a proclitic only where it knows the rest (lexicon/words.tsv).
// Here the rest may also be a known name, title or head (وبلينكن is not split by the
// tokenizer, but والسوداني is), so word tokens are split again with that knowledge.
import type { Token } from "../../model.js";
import { splitWordToken } from "../../text/tokenize.js";
import {
  ALEF_MAKSURA,
  CLITIC,
  COMMA,
  DASH,
  DEF,
  FINAL_YEH_NAME,
  GIVEN,
  GIVEN_AMBIGUOUS,
  KUNYA_WORD,
  LATIN,
  LEXICAL,
  LINE_START,
  PAREN_CLOSE,
  PAREN_OPEN,
  PARTICLE,
  POSSESSIVE,
  QUOTE,
  TANWEEN,
  WORD,
} from "./flags.js";
import type { Knowledge } from "./knowledge.js";
import { isQuote } from "./trie.js";

export * from "./flags.js";

export interface Doc {
  text: string;
  toks: Token[];
  n: number;
  flags: Uint32Array;
  k: Knowledge;
  norm: (i: number) => string;
}

const CLITIC_LETTERS = new Set(["و", "ف", "ب", "ك", "ل"]);

/** Splits proclitics the tokenizer left on words whose rest is a known name, title or head. */
export function refine(text: string, tokens: readonly Token[], isKnown: (norm: string) => boolean): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const norm = token.norm;
    if (
      token.kind === "word" &&
      norm.length >= 3 &&
      CLITIC_LETTERS.has(norm[0]!) &&
      !isKnown(norm) &&
      (isKnown(norm.slice(1)) || (norm.length >= 4 && CLITIC_LETTERS.has(norm[1]!) && isKnown(norm.slice(2))))
    ) {
      out.push(...splitWordToken(text, token, isKnown));
    } else {
      out.push(token);
    }
  }
  return out;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let c = from; c < to; c++) if (text.charCodeAt(c) === 0x0a) return true;
  return false;
}

const HEH = 0x0647;
/** The last letter of a token, harakat skipped. */
export function finalLetter(text: string, t: Token): number {
  let last = t.end - 1;
  while (last > t.start && text.charCodeAt(last) >= 0x064b && text.charCodeAt(last) <= 0x0652) last--;
  return text.charCodeAt(last);
}
/** قوله، سيادته، أمنها، قواتهم: a final ه written as ه (not ة), or ها/هم/هما. */
const possessive = (norm: string, last: number) =>
  last === HEH || norm.endsWith("ها") || norm.endsWith("هم") || norm.endsWith("هما");

const HAMZA_ALEFS = new Set([0x0623, 0x0625, 0x0622]);
const isTanween = (c: number) => c >= 0x064b && c <= 0x064d;
const DASHES = new Set(["-", "–", "—"]);

export function buildDoc(text: string, tokens: readonly Token[], k: Knowledge): Doc {
  const toks = refine(text, tokens, k.isKnown);
  const n = toks.length;
  const flags = new Uint32Array(n);
  let prevEnd = 0;
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    const norm = t.norm;
    let f = 0;
    if (i === 0 || hasNewline(text, prevEnd, t.start)) f |= LINE_START;
    prevEnd = t.end;
    switch (t.kind) {
      case "word": {
        f |= WORD;
        // The article is written with a bare alef: إلينا and ألينا fold to الينا but are not definite.
        if (norm.length >= 4 && norm.startsWith("ال") && !HAMZA_ALEFS.has(text.charCodeAt(t.start))) f |= DEF;
        // على folds to علي: a name ending in ي is only that name where the text writes ي.
        let lexical = k.lexical.get(norm) ?? 0;
        if (lexical & FINAL_YEH_NAME && text.charCodeAt(t.end - 1) === ALEF_MAKSURA) {
          lexical &= ~(GIVEN | GIVEN_AMBIGUOUS);
        }
        f |= lexical & LEXICAL;
        if (!(f & PARTICLE) && norm.length >= 6 && norm.startsWith("ابو")) f |= KUNYA_WORD;
        const last = text.charCodeAt(t.end - 1);
        if (isTanween(last) || (t.end - t.start > 1 && isTanween(text.charCodeAt(t.end - 2)))) f |= TANWEEN;
        if (!(f & (DEF | GIVEN)) && norm.length >= 4 && possessive(norm, finalLetter(text, t))) f |= POSSESSIVE;
        break;
      }
      case "clitic":
        f |= CLITIC;
        break;
      case "latin":
        f |= LATIN;
        break;
      case "punct":
        if (isQuote(t)) f |= QUOTE;
        else if (norm === "،" || norm === ",") f |= COMMA;
        else if (norm === "(") f |= PAREN_OPEN;
        else if (norm === ")") f |= PAREN_CLOSE;
        else if (DASHES.has(norm)) f |= DASH;
        break;
    }
    flags[i] = f;
  }
  return { text, toks, n, flags, k, norm: (i) => toks[i]!.norm };
}

/** Whether token i has every bit of `mask`. */
export const is = (doc: Doc, i: number, mask: number) => i >= 0 && i < doc.n && (doc.flags[i]! & mask) === mask;
/** Whether token i has any bit of `mask`. */
export const any = (doc: Doc, i: number, mask: number) => i >= 0 && i < doc.n && (doc.flags[i]! & mask) !== 0;

/** Token norms of [a, b), quotes and brackets dropped, joined by spaces: the form names are compared in. */
export function keyOf(doc: Doc, a: number, b: number): string {
  let key = "";
  for (let t = a; t < b; t++) {
    if (doc.flags[t]! & (QUOTE | PAREN_OPEN | PAREN_CLOSE)) continue;
    const norm = doc.toks[t]!.norm;
    key = key === "" ? norm : key + " " + norm;
  }
  return key;
}
