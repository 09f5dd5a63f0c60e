// Why: the actor graph is read off each article once, at ingest, so an article's edges depend
// on that article alone and the store can add (or drop) them without touching the rest. Three
// sources, each edge cited to its sentence:
//   - events: the agent (first actor) to every other actor, typed by the event kind through
//     lexicon/edge-kinds.tsv; for visit/deploy/withdraw the event's place is a target too;
//   - quotes: the speaker to every entity the quoted words name ("stated-about", or the row of
//     the quote's event kind: denied, announced), cited to the sentence naming it;
//   - sentences: every pair of entities named in one sentence ("co-occurs").
// A name inside brackets that close the sentence is a credit — (أ.ف.ب)، (رويترز)، (البنتاغون)
// under a photo — and co-occurs with no one. Two local entities linked to one global entity
// make no edge to themselves.
// Edges can be read before identity runs, over local ids (overLocalIds: in an ingest worker),
// and mapped to global ids at save (globalEdges): every rule above compares entities only for
// equality, so mapping, then dropping self-edges and repeated citations, gives what reading
// over global ids gives.
import type { EventItem } from "../../model.js";
import type { Citation, KbArticle } from "../types.js";
import { type EdgeKind, edgeKind, SENTENCE } from "./kinds.js";
import { citationOf, globalIds, type MentionAt, mentionsByStart, spanAt } from "./local.js";
import { edgeKey } from "./merge.js";

export interface Edge {
  /** Global entity ids (local ones before globalEdges); for an undirected edge, the smaller id is the source. */
  source: string;
  target: string;
  type: string;
  directed: boolean;
  weight: number;
  /** The event's time (YYYY[-MM[-DD]]), else the article's publication date. */
  date: string | null;
  citation: Citation;
  /** What drew it: "event:<the event's rule>", "quote:<kind>" or "sentence". */
  rule: string;
}

const QUOTE_RULE = "quote:";
const STATEMENT = "statement";

export function articleEdges(article: KbArticle): Edge[] {
  const ids = globalIds(article);
  const mentions = mentionsByStart(article);
  const out: Edge[] = [];
  for (const event of article.layers.events) eventEdges(article, ids, event, out);
  quoteEdges(article, ids, mentions, out);
  sentenceEdges(article, mentions, out);
  return out;
}

/** The ends of an edge in the order it is stored: an undirected edge's smaller id first. */
const ends = (directed: boolean, a: string, b: string) => (directed || a < b ? [a, b] : [b, a]) as [string, string];

function edge(row: EdgeKind, a: string, b: string, date: string | null, citation: Citation, rule: string): Edge {
  const [source, target] = ends(row.directed, a, b);
  return { source, target, type: row.edge, directed: row.directed, weight: row.weight, date, citation, rule };
}

/**
 * Edges with their ends mapped by `globalOf` (an end it does not know drops the edge), as the
 * graph keeps them: no edge from an entity to itself, and a citation of one edge once (two
 * events of one sentence, or two local entities linked to one global, give it twice).
 */
export function globalEdges(edges: readonly Edge[], globalOf: (id: string) => string | undefined): Edge[] {
  const out: Edge[] = [];
  const seen = new Set<string>();
  for (const e of edges) {
    const a = globalOf(e.source);
    const b = globalOf(e.target);
    if (a === undefined || b === undefined || a === b) continue;
    const [source, target] = ends(e.directed, a, b);
    const mapped = source === e.source && target === e.target ? e : { ...e, source, target };
    const key = `${edgeKey(mapped)}\t${e.citation.start}\t${e.citation.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mapped);
  }
  return out;
}

function eventEdges(article: KbArticle, ids: ReadonlyMap<string, string>, event: EventItem, out: Edge[]): void {
  const row = edgeKind(event.kind);
  const agent = event.actors.length > 0 ? ids.get(event.actors[0]!) : undefined;
  if (!row || agent === undefined) return;
  const targets = new Set<string>();
  for (const actor of event.actors.slice(1)) {
    const id = ids.get(actor);
    if (id !== undefined) targets.add(id);
  }
  if (row.place && event.place !== null) {
    const id = ids.get(event.place);
    if (id !== undefined) targets.add(id);
  }
  targets.delete(agent);
  const date = event.time ?? article.published;
  const citation = citationOf(article, event);
  for (const target of targets) out.push(edge(row, agent, target, date, citation, `event:${event.rule}`));
}

function quoteEdges(
  article: KbArticle,
  ids: ReadonlyMap<string, string>,
  mentions: readonly MentionAt[],
  out: Edge[],
): void {
  const { quotes, events, sentences } = article.layers;
  if (quotes.length === 0) return;
  // The events layer makes one event per quote, cited from the quote's first sentence, with
  // the speaker as its only actor: its kind (statement, deny, announce) types the edges.
  const quoteEvents = new Map<string, EventItem>();
  for (const event of events) {
    if (event.rule.startsWith(QUOTE_RULE)) quoteEvents.set(`${event.start}|${event.actors[0] ?? ""}`, event);
  }
  for (const quote of quotes) {
    const speaker = quote.speaker === null ? undefined : ids.get(quote.speaker);
    if (speaker === undefined) continue;
    const first = spanAt(sentences, quote.start);
    const event = first === -1 ? undefined : quoteEvents.get(`${sentences[first]!.start}|${quote.speaker}`);
    const row = edgeKind(event?.kind ?? STATEMENT);
    if (!row) continue;
    const date = event?.time ?? article.published;
    const seen = new Set<string>();
    for (let m = firstMentionFrom(mentions, quote.start); m < mentions.length; m++) {
      const mention = mentions[m]!;
      if (mention.start >= quote.end) break;
      if (mention.end > quote.end) continue;
      const target = article.entityIds[mention.entity];
      const s = spanAt(sentences, mention.start);
      if (!target || target === speaker || s === -1) continue;
      const key = `${target}|${s}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(edge(row, speaker, target, date, citationOf(article, sentences[s]!), `${QUOTE_RULE}${row.kind}`));
    }
  }
}

function firstMentionFrom(mentions: readonly MentionAt[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function sentenceEdges(article: KbArticle, mentions: readonly MentionAt[], out: Edge[]): void {
  const row = edgeKind(SENTENCE);
  if (!row) return;
  const { sentences } = article.layers;
  let m = 0;
  for (const sentence of sentences) {
    while (m < mentions.length && mentions[m]!.start < sentence.start) m++;
    const named: string[] = [];
    for (; m < mentions.length && mentions[m]!.start < sentence.end; m++) {
      const mention = mentions[m]!;
      const id = article.entityIds[mention.entity];
      if (id && !named.includes(id) && !isCredit(article.text, sentence, mention)) named.push(id);
    }
    if (named.length < 2) continue;
    const citation = citationOf(article, sentence);
    for (let i = 0; i < named.length; i++) {
      for (let j = i + 1; j < named.length; j++) {
        out.push(edge(row, named[i]!, named[j]!, article.published, citation, "sentence"));
      }
    }
  }
}

const CLOSING_TAIL = /^[\s)\].,،؛;:!?؟…]*$/;

/** A name alone in the last bracket of its sentence: a photo or wire credit. */
function isCredit(text: string, sentence: { start: number; end: number }, mention: MentionAt): boolean {
  let close = mention.end;
  while (close < sentence.end && text.charCodeAt(close) === 0x20) close++;
  let open = mention.start - 1;
  while (open > sentence.start && text.charCodeAt(open) === 0x20) open--;
  return (
    text.charAt(close) === ")" &&
    text.charAt(open) === "(" &&
    open >= sentence.start &&
    CLOSING_TAIL.test(text.slice(close + 1, sentence.end))
  );
}
