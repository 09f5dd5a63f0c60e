// The token questions the figures finder asks around a number, bounded by the current
// sentence: is this word a noun, definite, a function word; does a lexicon phrase start or end
// here; which words around a figure say what it is about.
import type { Token } from "../../model.js";
import {
  figureLexicon,
  isCountedNoun,
  numberForm,
  type Phrase,
  type PhraseIndex,
  type UnitKind,
  unglued,
} from "./lexicon.js";

export interface PhraseMatch {
  phrase: Phrase;
  /** Token range [start, end). */
  start: number;
  end: number;
}

const QUOTES = new Set(["«", "»", '"', "“", "”", "'"]);
const OPENING = new Set(["«", "“"]);
const CLOSING = new Set(["»", "”"]);
const BLOCKING: UnitKind[] = ["not-unit", "clock-after", "year-after"];
const ALEF_VARIANTS = new Set([0x0622, 0x0623, 0x0625]); // آ أ إ fold to ا but are never the article

/** Folded noun without article and accusative alef: جنديا, الجندي → جندي. */
export function keyOf(norm: string): string {
  return norm.replace(/^ال/, "").replace(/ا$/, "");
}

const isWordLike = (token: Token) => token.kind === "word" || token.kind === "latin";

export class TokenView {
  protected readonly lex = figureLexicon();
  /** The current sentence's token range [from, limit). */
  protected from = 0;
  protected limit = 0;

  constructor(
    protected readonly text: string,
    protected readonly tokens: readonly Token[],
  ) {}

  protected tok(i: number): Token | undefined {
    return i >= this.from && i < this.limit ? this.tokens[i] : undefined;
  }

  protected slice(start: number, end: number): string {
    return this.text.slice(this.tokens[start]!.start, this.tokens[end - 1]!.end);
  }

  /** Source offset where a phrase match starts, past a ب or و glued to its first word (بحوالي). */
  protected phraseStart(match: PhraseMatch): number {
    const token = this.tokens[match.start]!;
    const glued =
      token.norm !== match.phrase.words[0] && this.text.charCodeAt(token.start) === token.norm.charCodeAt(0);
    return token.start + (glued ? 1 : 0);
  }

  protected isDefinite(token: Token): boolean {
    return token.norm.startsWith("ال") && !ALEF_VARIANTS.has(this.text.charCodeAt(token.start));
  }

  /** Function words, time-of-day and year marks, months and weekdays: never a counted noun. */
  protected blocked(norm: string): boolean {
    const kinds = this.lex.unitKinds.get(norm);
    if (kinds && BLOCKING.some((kind) => kinds.has(kind))) return true;
    return this.lex.monthStarts.has(norm) || this.lex.weekdays.has(norm);
  }

  protected isNoun(token: Token | undefined): token is Token {
    return token !== undefined && token.kind === "word" && !numberForm(token.norm) && !this.blocked(token.norm);
  }

  /** A word that is و + a known noun or cue the tokenizer left whole: "3 وإصابة 5". */
  protected conjoined(norm: string): boolean {
    if (norm.charCodeAt(0) !== 0x0648) return false;
    const rest = norm.slice(1);
    return isCountedNoun(keyOf(rest)) || this.lex.qualifiersBefore.has(rest);
  }

  protected matchAfter(index: PhraseIndex, start: number): PhraseMatch | undefined {
    const first = this.tok(start);
    if (!first) return undefined;
    const candidates = index.get(first.norm) ?? index.get(unglued(first.norm) ?? "");
    for (const phrase of candidates ?? []) {
      const end = start + phrase.words.length;
      if (end > this.limit) continue;
      let ok = true;
      for (let k = 1; k < phrase.words.length && ok; k++) ok = this.tokens[start + k]!.norm === phrase.words[k];
      if (ok) return { phrase, start, end };
    }
    return undefined;
  }

  protected matchBefore(index: PhraseIndex, end: number): PhraseMatch | undefined {
    const last = this.tok(end - 1);
    if (!last) return undefined;
    const glued = unglued(last.norm);
    const candidates = [...(index.get(last.norm) ?? []), ...(glued ? (index.get(glued) ?? []) : [])];
    for (const phrase of candidates) {
      const n = phrase.words.length;
      const start = end - n;
      if (start < this.from) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const norm = this.tokens[start + k]!.norm;
        ok = norm === phrase.words[k] || (k === 0 && unglued(norm) === phrase.words[k]);
      }
      if (ok) return { phrase, start, end };
    }
    return undefined;
  }

  private isContent(token: Token): boolean {
    return isWordLike(token) && !this.blocked(token.norm);
  }

  /** End of the few words after token j that complete a figure's noun: في الموصل, من المدارس. */
  protected complementEnd(j: number, words = 2): number {
    let end = j;
    let seen = 0;
    let open = false;
    for (let k = j; k < this.limit; k++) {
      const token = this.tokens[k]!;
      const closing = CLOSING.has(token.norm);
      if (closing ? !open : seen === words) break;
      if (token.kind === "number" || numberForm(token.norm)) break;
      if (token.kind === "punct" && !QUOTES.has(token.norm)) break;
      if (OPENING.has(token.norm)) open = true;
      if (isWordLike(token)) seen++;
      if (closing || this.isContent(token)) end = k + 1;
    }
    return end;
  }

  /** Up to three content words before token j, back to the last punctuation or number. */
  protected contextBefore(j: number): string | null {
    let start = j;
    let seen = 0;
    for (let k = j - 1; k >= this.from && seen < 3; k--) {
      const token = this.tokens[k]!;
      if (token.kind === "number" || numberForm(token.norm) || (token.kind === "punct" && !QUOTES.has(token.norm)))
        break;
      if (this.isContent(token)) seen++;
      start = k;
    }
    let end = j;
    while (end > start && !this.isContent(this.tokens[end - 1]!)) end--;
    while (start < end && !this.isContent(this.tokens[start]!)) start++;
    return start < end ? this.slice(start, end) : null;
  }
}
