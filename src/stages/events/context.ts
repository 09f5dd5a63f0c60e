// Why: an event's actors, place and time are read off the tokens around its trigger, so the
// layers that arrive as character spans (sentences, entity mentions, quotes) are projected onto
// token indices once per article; every later question ("which entity is at token j? is j in
// a quote?") is then an array read.
import type { Entity, Layers, Span, Token } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { Scratch } from "./scratch.js";
import { type Candidate, candidatesFor, isHardStop, opensClause, placeHead } from "./triggers.js";

export interface MentionRef {
  entity: number;
  /** Token range [first, end) the mention covers. */
  first: number;
  end: number;
  /**
   * The preposition that introduces the mention (folded: في، ب، الي، من …), read through
   * definite descriptors (بالعاصمة العراقية بغداد) and coordination (في مالي والنيجر);
   * null when none does.
   */
  prep: string | null;
  /** The mention this one is joined to by و (في مالي والنيجر, شكري والصفدي), or -1. */
  joined: number;
}

/** A resolved time expression: its value, where it starts and the quote it sits in (or -1). */
export interface TimeRef {
  value: string;
  start: number;
  quote: number;
}

export interface ArticleIndex {
  tokens: readonly Token[];
  sentences: readonly Span[];
  /** Per sentence: its first token and the index after its last. */
  sentenceFirst: Int32Array;
  sentenceEnd: Int32Array;
  entities: readonly Entity[];
  mentions: MentionRef[];
  /** Per token: index into `mentions` of the mention covering it, or -1. */
  mentionAt: Int32Array;
  /** Per token: index of the quote whose text covers it, or -1. */
  quoteAt: Int32Array;
  /** Per token: 1 inside a short «…» that is no quote: a title or name (فيلم «قتل في القاهرة»). */
  titleAt: Uint8Array;
  /** Per token: 1 where a clause ends or a new one opens (؛ : . or منذ، بينما …). */
  stopAt: Uint8Array;
  /** Per token: 1 inside (…): credits and glosses, (أ.ف.ب), (البنتاغون), name no actor. */
  parenAt: Uint8Array;
  /** Per token: 1 where a time expression starts. */
  timeAt: Uint8Array;
  /** Per token: where event triggers and support verbs start (frame.ts TRIGGER, LIGHT_VERB); filled by the caller. */
  marks: Uint8Array;
  /** Per sentence: its resolved time expressions. */
  times: ReadonlyArray<readonly TimeRef[]>;
  /** Per token in a sentence: the trigger lexicon entries it may start (other slots hold stale values). */
  candidatesAt: Array<readonly Candidate[] | undefined>;
}

const PREPOSITIONS = new Set(
  [
    "في",
    "إلى",
    "من",
    "ب",
    "ل",
    "ك",
    "على",
    "عن",
    "مع",
    "بين",
    "ضد",
    "داخل",
    "قرب",
    "نحو",
    "حول",
    "عبر",
    "لدى",
    "عند",
  ].map(normalizeWord),
);
const IN = normalizeWord("في");
/** Place nouns and definite descriptors that may stand between a preposition and a place name. */
const MAX_DESCRIPTORS = 2;

const scratch = new Scratch();

/** The index of one article; its arrays are reused by the next call (see scratch.ts). */
export function indexArticle(text: string, layers: Readonly<Layers>): ArticleIndex {
  const { tokens, sentences, entities, quotes } = layers;
  const n = tokens.length;
  scratch.reset();

  const sentenceFirst = scratch.int32(sentences.length, 0);
  const sentenceEnd = scratch.int32(sentences.length, 0);
  let t = 0;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    while (t < n && tokens[t]!.start < sentence.start) t++;
    sentenceFirst[s] = t;
    while (t < n && tokens[t]!.end <= sentence.end) t++;
    sentenceEnd[s] = t;
  }

  const quoteAt = scratch.int32(n, -1);
  const byStart = quotes.map((quote, q) => ({ quote, q })).sort((a, b) => a.quote.start - b.quote.start);
  let k = 0;
  for (let i = 0; i < n && k < byStart.length; i++) {
    const token = tokens[i]!;
    while (k < byStart.length && byStart[k]!.quote.end <= token.start) k++;
    const entry = byStart[k];
    if (entry && entry.quote.start <= token.start && token.end <= entry.quote.end) quoteAt[i] = entry.q;
  }

  const { mentions, mentionAt } = projectMentions(text, tokens, entities);
  const stopAt = scratch.uint8(n);
  const parenAt = scratch.uint8(n);
  const candidatesAt = scratch.slots<readonly Candidate[] | undefined>(n);
  for (let s = 0; s < sentences.length; s++) {
    let depth = 0; // an unclosed bracket stops at its sentence's end
    for (let i = sentenceFirst[s]!; i < sentenceEnd[s]!; i++) {
      const token = tokens[i]!;
      const candidates = candidatesFor(token);
      candidatesAt[i] = candidates;
      if (candidates !== undefined && opensClause(candidates)) stopAt[i] = 1;
      else if (token.kind === "punct") {
        if (isHardStop(token)) stopAt[i] = 1;
        if (token.norm === ")" && depth > 0) depth--;
        if (token.norm === "(") depth++;
      }
      if (depth > 0) parenAt[i] = 1;
    }
  }
  const timeAt = scratch.uint8(n);
  const times = new Array<readonly TimeRef[]>(sentences.length).fill(NO_TIMES);
  let i = 0;
  let s = 0;
  for (const time of byStartOrder(layers.times)) {
    while (i < n && tokens[i]!.end <= time.start) i++;
    if (i >= n) break;
    timeAt[i] = 1;
    while (s < sentences.length && sentenceEnd[s]! <= i) s++;
    if (time.value !== null && s < sentences.length && sentenceFirst[s]! <= i) {
      const ref = { value: time.value, start: time.start, quote: quoteAt[i]! };
      const list = times[s]!;
      if (list === NO_TIMES) times[s] = [ref];
      else (list as TimeRef[]).push(ref);
    }
  }
  return {
    tokens,
    sentences,
    sentenceFirst,
    sentenceEnd,
    entities,
    mentions,
    mentionAt,
    quoteAt,
    titleAt: markTitles(tokens, quoteAt),
    marks: scratch.uint8(n),
    stopAt,
    parenAt,
    timeAt,
    times,
    candidatesAt,
  };
}

/** The times of a sentence that has none; shared, never written. */
const NO_TIMES: readonly TimeRef[] = Object.freeze([]);

/** Spans sorted by start; the times stage already emits them in that order. */
function byStartOrder<T extends Span>(spans: readonly T[]): readonly T[] {
  for (let k = 1; k < spans.length; k++) {
    if (spans[k]!.start < spans[k - 1]!.start) return [...spans].sort((a, b) => a.start - b.start);
  }
  return spans;
}

/** Longest «…» read as a title rather than speech, in tokens. */
const MAX_TITLE = 8;

function markTitles(tokens: readonly Token[], quoteAt: Int32Array): Uint8Array {
  const titleAt = scratch.uint8(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== "«" || quoteAt[i + 1] !== -1) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + MAX_TITLE && tokens[j]!.norm !== "»" && tokens[j]!.norm !== "«") j++;
    if (j < tokens.length && tokens[j]!.norm === "»") titleAt.fill(1, i + 1, j);
  }
  return titleAt;
}

function projectMentions(
  text: string,
  tokens: readonly Token[],
  entities: readonly Entity[],
): { mentions: MentionRef[]; mentionAt: Int32Array } {
  const spans: Array<Span & { entity: number }> = [];
  entities.forEach((entity, e) => {
    for (const span of entity.mentions) spans.push({ start: span.start, end: span.end, entity: e });
  });
  // Longest first at one start; a mention inside another is dropped.
  spans.sort((a, b) => a.start - b.start || b.end - a.end);

  const mentionAt = scratch.int32(tokens.length, -1);
  const mentions: MentionRef[] = [];
  let t = 0;
  for (const span of spans) {
    while (t < tokens.length && tokens[t]!.end <= span.start) t++;
    if (t >= tokens.length) break;
    if (mentionAt[t] !== -1 || tokens[t]!.start >= span.end) continue;
    let end = t;
    while (end < tokens.length && tokens[end]!.start < span.end) end++;
    const ref: MentionRef = { entity: span.entity, first: t, end, prep: null, joined: -1 };
    ref.joined = joinedTo(text, tokens, mentionAt, ref, span.start);
    ref.prep = ref.joined === -1 ? introducer(text, tokens, mentionAt, ref, span.start) : mentions[ref.joined]!.prep;
    const m = mentions.push(ref) - 1;
    for (let j = t; j < end; j++) mentionAt[j] = m;
  }
  return { mentions, mentionAt };
}

/** The mention right before "و" + this one, or -1. */
function joinedTo(
  text: string,
  tokens: readonly Token[],
  mentionAt: Int32Array,
  ref: MentionRef,
  start: number,
): number {
  const first = tokens[ref.first]!;
  let before: number;
  if (start > first.start) {
    // و left on the name by the tokenizer: وسوريا.
    if (!normalizeWord(text.slice(first.start, start)).endsWith("و")) return -1;
    before = ref.first - 1;
  } else {
    const prev = tokens[ref.first - 1];
    if (prev?.kind !== "clitic" || prev.norm !== "و") return -1;
    before = ref.first - 2;
  }
  return before >= 0 ? mentionAt[before]! : -1;
}

function introducer(
  text: string,
  tokens: readonly Token[],
  mentionAt: Int32Array,
  ref: MentionRef,
  start: number,
): string | null {
  const first = tokens[ref.first]!;
  if (start > first.start) {
    // A preposition left on the name by the tokenizer: ببغداد.
    const glued = normalizeWord(text.slice(first.start, start));
    const last = glued.charAt(glued.length - 1);
    return PREPOSITIONS.has(last) ? last : null;
  }
  let skipped = 0;
  for (let j = ref.first - 1; j >= 0; j--) {
    const token = tokens[j]!;
    if (token.kind !== "word" && token.kind !== "clitic") return null;
    if (PREPOSITIONS.has(token.norm)) return token.norm;
    if (mentionAt[j] !== -1 || skipped === MAX_DESCRIPTORS) return null;
    const head = placeHead(token.norm);
    // بمحافظة ديالى: the preposition is written on the place noun.
    const glued = head?.prefix.charAt(head.prefix.length - 1) ?? "";
    if (PREPOSITIONS.has(glued)) return glued;
    // غرب العراق: a direction locates the name by itself.
    if (head?.direction) return IN;
    if (head === null && !token.norm.startsWith("ال")) return null;
    skipped++;
  }
  return null;
}
