// The shapes the export writers read. Writers stream: they take iterables (sync or async, so a
// store cursor feeds them directly) and write text to a sink as they go.
import type { Writable } from "node:stream";
import type { KbArticle } from "../kb/types.js";
import type { Article, EntityType, EventItem } from "../model.js";

/** Where text goes: a function taking each chunk, or a Node stream (left open for the caller to end). */
export type Sink = ((chunk: string) => void | Promise<void>) | Writable;

export type Rows<T> = Iterable<T> | AsyncIterable<T>;

/** A stored article, with what the page said about it when the store kept that too. */
export type ExportArticle = KbArticle & Partial<Pick<Article, "source" | "author" | "dateline" | "captions">>;

/** An actor of the graph: a global entity. */
export interface GraphNode {
  id: string;
  label: string;
  type: EntityType;
  /** How many articles mention it. */
  articles: number;
}

/** A typed, dated, weighted link between two actors. */
export interface GraphEdge {
  source: string;
  target: string;
  /** What links them: an event kind (meet, visit, attack …) or "cooccurrence". */
  type: string;
  /** Events have an agent and a patient; co-occurrence has no direction. */
  directed: boolean;
  weight: number;
  /** Earliest and latest date (YYYY[-MM[-DD]]) of what it cites; null when none is dated. */
  firstDate: string | null;
  lastDate: string | null;
  /** How many sentences it cites. */
  citations: number;
}

/** Nodes are written before edges, so both may be cursors read once. */
export interface ActorGraph {
  nodes: Rows<GraphNode>;
  edges: Rows<GraphEdge>;
}

export interface EventActor {
  /** Global entity id where the article's entity was linked, else the article-local one. */
  id: string;
  name: string;
  type: EntityType | null;
}

/** One event with what a flat export needs from its article, resolved. */
export interface EventRow {
  article: { id: string; published: string | null; outlet: string | null; source: string | null };
  event: EventItem;
  /** Agent first, as the events layer orders them. */
  actors: EventActor[];
  place: EventActor | null;
  /** The cited sentence(s): text.slice(event.start, event.end). */
  sentence: string;
  /** Whether the event is told in the article's first block (GDELT's IsRootEvent). */
  lead: boolean;
}
