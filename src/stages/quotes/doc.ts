// Why: the quote rules ask the same questions of a token again and again (is it punctuation, a
// preposition, inside quote marks, at the head of a clause?); this class answers them from the
// token layer and tables computed once per article: one lexicon lookup per token gives its word
// kinds (as bits) and its reporting form.
import type { Entity, Span, Token } from "../../model.js";
import { EntityIndex } from "./entity-index.js";
import { BIT, type QuoteLexicon, quoteLexicon, stripArticle, type VerbForm, type WordKind } from "./lexicon.js";
import { quoteRegions, type Region } from "./regions.js";

const COMMAS = new Set(["،", ",", "؛", ";"]);

let buffer = new Int32Array(1 << 14);

/**
 * The per-token tables of the article being read. A Doc lives only while findQuotes runs, so
 * one buffer serves every article: allocating typed arrays per article cost more than filling
 * them.
 */
function scratch(size: number): Int32Array {
  if (buffer.length < size) buffer = new Int32Array(Math.max(size, buffer.length * 2));
  return buffer.subarray(0, size);
}

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
  /** Token → its word kinds (BIT flags). */
  private readonly masks: Int32Array;
  /** Token → the kinds of its word without the article, computed on first use (-1: not yet). */
  private readonly headMasks: Int32Array;
  /** Token → index of its reporting form in lex.formList, or -1. */
  private readonly forms: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: readonly Token[],
    sentences: readonly Span[],
    entities: readonly Entity[],
    times: readonly Span[],
  ) {
    const n = tokens.length;
    // Every per-token table of the article lives in one buffer; all but the masks start at -1.
    const tables = scratch(6 * n)
      .fill(0, 0, n)
      .fill(-1, n, 6 * n);
    this.masks = tables.subarray(0, n);
    this.headMasks = tables.subarray(n, 2 * n);
    this.forms = tables.subarray(2 * n, 3 * n);
    this.regionOf = tables.subarray(3 * n, 4 * n);
    this.sentenceOf = tables.subarray(4 * n, 5 * n);
    this.ents = new EntityIndex(tokens, entities, tables.subarray(5 * n));
    const lex = this.lex;
    for (let k = 0; k < n; k++) {
      const t = tokens[k]!;
      // Clitics have entries too (بـ is a member preposition); only words report.
      if (t.kind !== "word" && t.kind !== "clitic") continue;
      const e = lex.find(t.norm);
      if (!e) continue;
      this.masks[k] = e.mask;
      if (t.kind === "word") this.forms[k] = e.form;
    }
    // The words of a time expression are adjuncts, like the listed adverbs.
    let k = 0;
    for (const span of times) {
      if (k > 0 && tokens[k - 1]!.start >= span.start) k = 0; // the layer is in text order, but need not be
      while (k < n && tokens[k]!.start < span.start) k++;
      for (; k < n && tokens[k]!.end <= span.end; k++) this.masks[k]! |= BIT.adverb;
    }
    this.regions = quoteRegions(text, tokens);
    this.regions.forEach((region, r) => {
      for (let k = region.openTok; k <= region.closeTok; k++) this.regionOf[k] = r;
    });
    this.sentenceTokens = [];
    k = 0;
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
    return ((this.masks[k] ?? 0) & BIT[kind]) !== 0;
  }

  /** The word kinds of token k (BIT flags). */
  mask(k: number): number {
    return this.masks[k] ?? 0;
  }

  /** The word kinds of token k without its article (الوزير → وزير). */
  headMask(k: number): number {
    let m = this.headMasks[k];
    if (m === undefined) return 0;
    if (m < 0) {
      const norm = this.norm(k);
      const head = stripArticle(norm);
      m = head === norm ? this.masks[k]! : this.lex.mask(head);
      this.headMasks[k] = m;
    }
    return m;
  }

  /** Whether the word at k, without its article, is of this kind. */
  headIs(kind: WordKind, k: number): boolean {
    return (this.headMask(k) & BIT[kind]) !== 0;
  }

  form(k: number): VerbForm | undefined {
    const f = this.forms[k] ?? -1;
    return f < 0 ? undefined : this.lex.formList[f];
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
    // Marks around exactly one named entity enclose a name («رابطة المزارعين الأحرار»).
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

  /**
   * Whether token k heads a clause: nothing but و/ف between it and the sentence start, a comma,
   * colon or closing mark, or a clause link (فيما، لكنه، ثم).
   */
  clauseInitial(k: number): boolean {
    let j = k - 1;
    while (j >= 0 && this.isClitic(j, "وف")) j--;
    if (j < 0 || this.sentenceOf[j] !== this.sentenceOf[k]) return true;
    return this.isPunct(j) || (this.masks[j]! & BIT["clause-link"]) !== 0;
  }

  sentenceEnd(k: number): number {
    return this.sentenceTokens[this.sentenceOf[k] ?? -1]?.[1] ?? this.tokens.length;
  }

  sentenceStart(k: number): number {
    return this.sentenceTokens[this.sentenceOf[k] ?? -1]?.[0] ?? 0;
  }

  /** The folded words of tokens [from, to) without their article, as entity keys are (للعبيدي → عبيدي). */
  phraseWords(from: number, to: number): string[] {
    const words: string[] = [];
    for (let k = from; k < to; k++) {
      const kind = this.tokens[k]?.kind;
      if (kind !== "clitic" && kind !== "punct" && kind !== "symbol") words.push(stripArticle(this.norm(k)));
    }
    return words;
  }

  slice(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b && to > from ? this.text.slice(a.start, b.end) : "";
  }
}
