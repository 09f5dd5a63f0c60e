// The shapes that flow through Marsad. Every annotation is a Span into an article's clean
// text: `text.slice(start, end)` is the mention (UTF-16 units, end exclusive).
import type { PreparedKnowledge } from "./kb/prepared.js";

export interface Span {
  start: number;
  end: number;
}

/** Bytes as read, and where they came from. */
export interface Page {
  source: string;
  bytes: Uint8Array;
}

export type PageFormat = "txt" | "html" | "jsonl";

/** What a page says about itself, read off the page; every field may be unknown. */
export interface ArticleMeta {
  title: string;
  outlet: string | null;
  /** YYYY-MM-DD, or YYYY-MM when only the month is known. */
  published: string | null;
  author: string | null;
  dateline: string | null;
}

export interface Article extends ArticleMeta {
  source: string;
  /** Position of the article in its page, from 0. */
  index: number;
  /** Clean body: deck, captions, paragraphs and subheads, one blank line between blocks. */
  text: string;
  /** Photo captions inside `text`, kept once. */
  captions: Span[];
  /** sha256 of the normalised title and text: the same article ingested twice is one row. */
  hash: string;
}

export type TokenKind = "word" | "clitic" | "number" | "latin" | "punct" | "symbol";

export interface Token extends Span {
  kind: TokenKind;
  /** Normalised form (see text/normalize): what lexicons and rules match against. */
  norm: string;
}

export type EntityType = "PER" | "ORG" | "LOC";

export interface Mention extends Span {
  type: EntityType;
  /** Which rule or lexicon entry found it, e.g. "lexicon:places" or "pattern:title-before-name". */
  rule: string;
  /** Index into Layers.entities once entities are built. */
  entity?: number;
}

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: string[];
  mentions: Span[];
}

export interface Quote extends Span {
  /** Entity id, or the speaker as written when no entity stands behind it. */
  speaker: string | null;
  speakerText: string | null;
  text: string;
  direct: boolean;
  verb: string | null;
  rule: string;
}

export type Granularity = "day" | "month" | "year";

export interface Timex extends Span {
  text: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when there is nothing to resolve against. */
  value: string | null;
  granularity: Granularity | null;
  /** What the value was resolved against: "absolute", "published", ... */
  anchor: string;
  rule: string;
}

export interface Figure extends Span {
  text: string;
  value: number;
  unit: string | null;
  about: string | null;
  qualifier: string | null;
  rule: string;
}

export interface EventItem extends Span {
  kind: string;
  cameo: string;
  actors: string[];
  time: string | null;
  place: string | null;
  trigger: string;
  rule: string;
}

/** Everything the pipeline adds to an article. Stages fill these in order. */
export interface Layers {
  sentences: Span[];
  tokens: Token[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  times: Timex[];
  figures: Figure[];
  events: EventItem[];
}

export interface AnnotatedArticle {
  article: Article;
  layers: Layers;
  /**
   * What saving it derives from the article alone (kb/prepared.ts), computed where it was
   * annotated; the store computes it when it is absent.
   */
  knowledge?: PreparedKnowledge;
}

export function emptyLayers(): Layers {
  return { sentences: [], tokens: [], mentions: [], entities: [], quotes: [], times: [], figures: [], events: [] };
}
