// Why: what a figure is about is read off the structure of its clause, not off the words
// around the number as written. Per article, the events stage's token index (which token is
// which mention, introduced by which preposition, where clauses stop) is built once; each
// question below is then a short scan of one clause:
//   places  the place entity that في/ب/إلى/داخل introduces after the figure in its clause,
//           with the places joined to it by و (في سوريا والعراق); failing that, one such place
//           before the figure in its clause;
//   agent   the first actor (not one of the places) of the nearest event trigger before the
//           figure in its clause — تنشر الولايات المتحدة 2500 جندي —, failing that the nearest
//           entity named before the figure with no preposition before it, within a few words
//           and no comma (استعداد الجيش الأمريكي لإرسال 1500 جندي). A statement's speaker is
//           never the agent: it is the source;
//   aspect  violence or detention when the clause holds an event of such a kind
//           (lexicon/edge-kinds.tsv): «مقتل 3 جنود» is not a count of troops present;
//   period  the clause's time expression nearest the figure, else the publication date.
// A clause runs from the last hard stop or clause opener (the events stage's marks) or relative
// pronoun before the figure to the next one, comma or figure after it.
import type { EventItem } from "../../model.js";
import { type ArticleIndex, indexArticle } from "../../stages/events/context.js";
import { normalizeWord } from "../../text/normalize.js";
import { type EdgeKind, edgeKind } from "../graph/kinds.js";
import { globalIds, spanAt } from "../graph/local.js";
import type { KbArticle } from "../types.js";
import { isBoundary } from "./nouns.js";

export const PLACE_PREPOSITIONS = new Set(["في", "ب", "إلى", "داخل"].map(normalizeWord));
export const COMMAS = new Set(["،", ","]);
/** Words before a figure searched for a named agent when no event gives one. */
const AGENT_WINDOW = 8;

export interface Period {
  value: string;
  source: "sentence" | "published";
}

/** An event with its edge-kinds row and the token its trigger starts at. */
export interface Placed {
  event: EventItem;
  row: EdgeKind | undefined;
  at: number;
}

/** A figure's tokens [first, end) in sentence `sentence`, its clause [lo, hi), and where the clause starts counting commas. */
export interface Clause {
  sentence: number;
  first: number;
  end: number;
  lo: number;
  hi: number;
  loComma: number;
}

export class ArticleReader {
  readonly ix: ArticleIndex;
  /** Local entity id → global id. */
  readonly ids: Map<string, string>;
  /** Global id → the entity's name in this article. */
  readonly names = new Map<string, string>();
  /** Per sentence: its events whose trigger was found. */
  readonly events: Placed[][];
  /** Per token: 1 inside a figure. */
  private readonly figureAt: Uint8Array;

  constructor(readonly article: KbArticle) {
    const { layers, text } = article;
    this.ix = indexArticle(text, layers);
    this.ids = globalIds(article);
    layers.entities.forEach((entity, i) => {
      const id = article.entityIds[i];
      if (id && !this.names.has(id)) this.names.set(id, entity.name);
    });
    this.events = layers.sentences.map(() => []);
    for (const event of layers.events) this.place(event);
    this.figureAt = new Uint8Array(layers.tokens.length);
    for (const figure of layers.figures) {
      const [first, end] = this.tokenRange(figure.start, figure.end);
      this.figureAt.fill(1, first, end);
    }
  }

  private place(event: EventItem): void {
    const { text } = this.article;
    const { sentences } = this.article.layers;
    if (event.trigger === "") return;
    const within = text.slice(event.start, event.end).indexOf(event.trigger);
    if (within === -1) return;
    const offset = event.start + within;
    const s = spanAt(sentences, offset);
    if (s === -1) return;
    this.events[s]!.push({ event, row: edgeKind(event.kind), at: this.tokenRange(offset, offset + 1)[0] });
  }

  /** Tokens [first, end) covering the characters [start, end). */
  tokenRange(start: number, end: number): [number, number] {
    const { tokens } = this.ix;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= start) lo = mid + 1;
      else hi = mid;
    }
    let last = lo;
    while (last < tokens.length && tokens[last]!.start < end) last++;
    return [lo, last];
  }

  clause(first: number, end: number): Clause | null {
    const { ix } = this;
    const s = spanAt(ix.sentences, ix.tokens[first]?.start ?? -1);
    if (s === -1) return null;
    const from = ix.sentenceFirst[s]!;
    const to = ix.sentenceEnd[s]!;
    let lo = first;
    let loComma = -1;
    while (lo > from && !this.opens(lo - 1)) {
      if (loComma === -1 && COMMAS.has(ix.tokens[lo - 1]!.norm)) loComma = lo;
      lo--;
    }
    let hi = end;
    while (hi < to && !this.opens(hi) && !COMMAS.has(ix.tokens[hi]!.norm) && this.figureAt[hi] === 0) hi++;
    return { sentence: s, first, end, lo, hi, loComma: loComma === -1 ? lo : loComma };
  }

  /** A token that ends the clause before it or opens a new one. */
  private opens(i: number): boolean {
    return this.ix.stopAt[i] === 1 || isBoundary(this.ix.tokens[i]!.norm);
  }

  /** The first place a place preposition introduces in [from, to), and those joined to it by و. */
  placesAfter(from: number, to: number): string[] | null {
    const { ix } = this;
    for (let i = from; i < to; i++) {
      const m = ix.mentionAt[i]!;
      if (m === -1 || !this.isPlace(m)) continue;
      const chain = [m];
      for (let j = ix.mentions[m]!.end; j < to; j++) {
        const next = ix.mentionAt[j]!;
        if (next === -1) continue;
        if (ix.mentions[next]!.joined !== chain[chain.length - 1]) break;
        chain.push(next);
        j = ix.mentions[next]!.end - 1;
      }
      const places = this.globals(chain.map((k) => ix.mentions[k]!.entity));
      if (places.length > 0) return places;
    }
    return null;
  }

  placeBefore(first: number, from: number): string[] {
    for (let i = first - 1; i >= from; i--) {
      const m = this.ix.mentionAt[i]!;
      if (m !== -1 && this.isPlace(m)) return this.globals([this.ix.mentions[m]!.entity]);
    }
    return [];
  }

  isPlace(mention: number): boolean {
    const ref = this.ix.mentions[mention]!;
    return this.ix.entities[ref.entity]?.type === "LOC" && ref.prep !== null && PLACE_PREPOSITIONS.has(ref.prep);
  }

  private globals(entities: readonly number[]): string[] {
    const out = new Set<string>();
    for (const e of entities) {
      const id = this.article.entityIds[e];
      if (id) out.add(id);
    }
    return [...out].sort();
  }

  /** The nearest event of sentence `s` in tokens [from, before) that passes `test`. */
  private nearestEvent(s: number, from: number, before: number, test: (p: Placed) => boolean): Placed | undefined {
    let best: Placed | undefined;
    for (const placed of this.events[s]!) {
      if (placed.at < from || placed.at >= before || !test(placed)) continue;
      if (!best || placed.at > best.at) best = placed;
    }
    return best;
  }

  sourceOf(clause: Clause): string | null {
    const q = this.ix.quoteAt[clause.first]!;
    if (q !== -1) {
      const speaker = this.article.layers.quotes[q]?.speaker;
      return (speaker && this.ids.get(speaker)) || null;
    }
    // A statement verb anywhere before the figure in its sentence (وقال المرصد: …) reports it.
    const from = this.ix.sentenceFirst[clause.sentence]!;
    const actor = this.nearestEvent(clause.sentence, from, clause.first, (p) => p.row?.about === true)?.event.actors[0];
    return (actor && this.ids.get(actor)) || null;
  }

  agentOf(clause: Clause, places: readonly string[], source: string | null): string | null {
    const event = this.nearestEvent(clause.sentence, clause.lo, clause.first, (p) => p.row?.about === false);
    for (const actor of event?.event.actors ?? []) {
      const id = this.ids.get(actor);
      if (id !== undefined && !places.includes(id)) return id;
    }
    const { ix } = this;
    const from = Math.max(clause.loComma, clause.first - AGENT_WINDOW);
    for (let i = clause.first - 1; i >= from; i--) {
      const m = ix.mentionAt[i]!;
      if (m === -1) continue;
      const ref = ix.mentions[m]!;
      const id = this.article.entityIds[ref.entity];
      if (ref.prep === null && id && !places.includes(id) && id !== source) return id;
      i = ref.first;
    }
    return null;
  }

  aspectOf(clause: Clause): string | null {
    let best: Placed | undefined;
    let distance = Number.POSITIVE_INFINITY;
    for (const placed of this.events[clause.sentence]!) {
      if (!placed.row?.aspect || placed.at < clause.lo || placed.at >= clause.hi) continue;
      const d = Math.abs(placed.at - clause.first);
      if (d < distance) [best, distance] = [placed, d];
    }
    return best?.row?.aspect ?? null;
  }

  /** The time of tokens [lo, hi) of sentence `s` nearest `at`, else the publication date. */
  periodOf(s: number, lo: number, hi: number, at: number): Period | null {
    const { tokens, times } = this.ix;
    const start = tokens[lo]!.start;
    const end = tokens[hi - 1]!.end;
    let best: string | null = null;
    let distance = Number.POSITIVE_INFINITY;
    for (const time of times[s]!) {
      if (time.start < start || time.start >= end || Math.abs(time.start - at) >= distance) continue;
      distance = Math.abs(time.start - at);
      best = time.value;
    }
    if (best !== null) return { value: best, source: "sentence" };
    return this.article.published === null ? null : { value: this.article.published, source: "published" };
  }
}
