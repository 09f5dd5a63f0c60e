// Why: the quote rules ask the same questions of a token again and again (is it punctuation, a
// preposition, inside quote marks, at the head of a clause?); this class answers them from the
// token layer and tables computed once per article.
import type { Entity, Span, Token } from "../../model.js";
import { EntityIndex } from "./entity-index.js";
import { type QuoteLexicon, quoteLexicon, type VerbForm, type WordKind } from "./lexicon.js";
import { quoteRegions, type Region } from "./regions.js";

const COMMAS = new Set(["،", ",", "؛", ";"]);

export class Doc {
  readonly lex: QuoteLexicon = quoteLexicon();
  readonly ents: EntityIndex;
  readonly regions: Region[];
  /** Token → index of the region whose marks or words it is, or -1. */
  private readonly regionOf: Int32Array;
  /** Token → index of its sentence. */
  readonly sentenceOf: Int32Array;
  /** Sentence → [first token, last token + 1). */
  readonly sentenceTokens: Array<[number, number]>;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    sentences: readonly Span[],
    entities: readonly Entity[],
  ) {
    this.ents = new EntityIndex(tokens, entities);
    this.regions = quoteRegions(text, tokens);
    this.regionOf = new Int32Array(tokens.length).fill(-1);
    this.regions.forEach((region, r) => {
      for (let k = region.openTok; k <= region.closeTok; k++) this.regionOf[k] = r;
    });
    this.sentenceOf = new Int32Array(tokens.length).fill(-1);
    this.sentenceTokens = [];
    let k = 0;
    sentences.forEach((sentence, s) => {
      while (k < tokens.length && tokens[k]!.start < sentence.start) k++;
      const first = k;
      while (k < tokens.length && tokens[k]!.start < sentence.end) this.sentenceOf[k++] = s;
      this.sentenceTokens.push([first, k]);
    });
  }

  norm(k: number): string {
    return this.tokens[k]?.norm ?? "";
  }

  is(kind: WordKind, k: number): boolean {
    return this.lex.is(kind, this.norm(k));
  }

  form(k: number): VerbForm | undefined {
    const t = this.tokens[k];
    return t && t.kind === "word" ? this.lex.forms.get(t.norm) : undefined;
  }

  isPunct(k: number): boolean {
    const kind = this.tokens[k]?.kind;
    return kind === "punct" || kind === "symbol";
  }

  isComma(k: number): boolean {
    return COMMAS.has(this.norm(k));
  }

  isColon(k: number): boolean {
    return this.norm(k) === ":";
  }

  isClitic(k: number, letters: string): boolean {
    const t = this.tokens[k];
    return t?.kind === "clitic" && letters.includes(t.norm);
  }

  /** A preposition: a listed word, or the proclitic ب ل ك. */
  isPreposition(k: number): boolean {
    return this.isClitic(k, "بلك") || this.is("preposition", k);
  }

  /** Whether token k begins with a glued ب/ل/ك (written with the next word: لرئاسة), judged by a mention inside it. */
  gluedPreposition(k: number): boolean {
    const t = this.tokens[k];
    const m = this.ents.at(k);
    return !!t && !!m && m.start > t.start && m.start < t.end && "بلك".includes(t.norm.charAt(0));
  }

  region(k: number): Region | undefined {
    const r = this.regionOf[k] ?? -1;
    return r < 0 ? undefined : this.regions[r];
  }

  regionIndex(k: number): number {
    return this.regionOf[k] ?? -1;
  }

  /** A region opening at token k whose words read as speech, not a name in quote marks. */
  speechRegionAt(k: number, minWords = 3): Region | undefined {
    const region = this.region(k);
    if (!region || region.openTok !== k || region.words < minWords) return undefined;
    const before = this.previousWord(k);
    if (before >= 0 && this.is("name-head", before)) return undefined;
    // Marks around exactly one named entity enclose a name («هيئة تحرير الشام»).
    const m = this.ents.at(k + 1);
    if (m && m.firstTok <= k + 1 && m.lastTok >= region.closeTok - 1) return undefined;
    return region;
  }

  /** The nearest earlier token that is not a proclitic (skips و ف ب ل written apart). */
  previousWord(k: number): number {
    let j = k - 1;
    while (j >= 0 && this.tokens[j]!.kind === "clitic") j--;
    return j;
  }

  /** Skips و/ف clitics from k on. */
  skipConjunction(k: number): number {
    while (this.isClitic(k, "وف")) k++;
    return k;
  }

  /** Whether token k heads a clause: nothing but و/ف between it and the sentence start or a comma, colon or closing mark. */
  clauseInitial(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && this.isClitic(j, "وف")) j--;
    if (j < 0 || this.sentenceOf[j] !== this.sentenceOf[k]) return true;
    return this.isPunct(j);
  }

  sentenceEnd(k: number): number {
    return this.sentenceTokens[this.sentenceOf[k] ?? -1]?.[1] ?? this.tokens.length;
  }

  sentenceStart(k: number): number {
    return this.sentenceTokens[this.sentenceOf[k] ?? -1]?.[0] ?? 0;
  }

  /** The folded words of tokens [from, to), clitics left out (للتميمي → التميمي). */
  normPhrase(from: number, to: number): string {
    const words: string[] = [];
    for (let k = from; k < to; k++) if (this.tokens[k]?.kind !== "clitic") words.push(this.norm(k));
    return words.join(" ");
  }

  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b && to > from ? this.text.slice(a.start, b.end) : "";
  }
}
