// The store as callers see it: asynchronous, and free of any database type, so the SQLite
// store of today and a PostgreSQL store later are interchangeable. Ids are text.

import type { RoleOverTime } from "../kb/dossier.js";
import type { AnnotatedArticle, Article, EntityType, Granularity, Layers } from "../model.js";

export type { RoleOverTime };

export interface SaveResult {
  /** Public ids (`articleId`) of the articles this save wrote, in page order. */
  stored: string[];
  /** Public ids of the articles whose content hash was already stored (or repeated in the page). */
  duplicates: string[];
}

export interface ArticleQuery {
  /** At most this many rows; all when omitted. */
  limit?: number;
  /** Skip this many rows first. */
  offset?: number;
  /** Only articles of this outlet (exact match). */
  outlet?: string;
  /** Only articles published on or after this date (YYYY, YYYY-MM or YYYY-MM-DD). */
  from?: string;
  /** Only articles published on or before this date (YYYY, YYYY-MM or YYYY-MM-DD, inclusive). */
  to?: string;
}

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  author: string | null;
  source: string;
}

export interface StoredArticle extends Article {
  id: string;
  /** ISO timestamp of the save that wrote the article. */
  ingestedAt: string;
  /**
   * The layers as saved. Tokens are not stored (they are cheap to recompute and the largest
   * layer), so `layers.tokens` is always empty here: run the tokens stage again when needed.
   */
  layers: Layers;
  /** The global (cross-article) entity id of each entry of `layers.entities`, by index. */
  entityIds: string[];
}

export interface StoreStats {
  articles: number;
  /** Global entities, across all articles. */
  entities: number;
  quotes: number;
  times: number;
  figures: number;
  events: number;
}

export interface EntityQuery {
  type?: EntityType;
  /** At most this many rows; all when omitted. */
  limit?: number;
  /** Skip this many rows first. */
  offset?: number;
}

/** A global (cross-article) entity. */
export interface EntitySummary {
  id: string;
  /** Its fullest, most frequent full form. */
  name: string;
  type: EntityType;
  /** Articles it appears in. */
  articles: number;
  /** Mentions of it, over all articles. */
  mentions: number;
  /** Its other forms, most frequent first. */
  aliases: string[];
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface ArticleRef {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

/** A form an entity was given (its name first), with how often articles gave it. */
export interface NameCount {
  text: string;
  /** Article entities that were given it: as their name, as an alias, in all. */
  asName: number;
  asAlias: number;
  count: number;
}

/** An entity seen with another: in how many articles, and in how many sentences. */
export interface RelatedEntity extends EntityRef {
  articles: number;
  sentences: number;
  /** articles + sentences: a shared sentence counts once more than a shared article. */
  score: number;
}

export interface QuoteRecord {
  article: ArticleRef;
  /** Position of the quote in its article's quotes layer. */
  idx: number;
  start: number;
  end: number;
  /** The global entity that spoke, when the quotes stage linked one. */
  speaker: EntityRef | null;
  /** The speaker as written. */
  speakerText: string | null;
  text: string;
  direct: boolean;
  verb: string | null;
  /** The sentence(s) the quote lies in, from the article text; null without sentences. */
  sentence: string | null;
}

export interface QuoteQuery {
  /** Only quotes of this global entity (an id). */
  entity?: string;
  /** Only quotes whose speaker, as written, folds to this (for speakers with no entity). */
  speaker?: string;
  limit?: number;
  offset?: number;
}

export interface EntityDossier {
  entity: EntitySummary;
  /** Every form it was given, its name first, with counts. */
  names: NameCount[];
  /** Roles over time, first seen first. */
  roles: RoleOverTime[];
  /** Articles it appears in, newest first (at most the dossier limit). */
  articles: ArticleRef[];
  /** Entities seen with it, best first (at most the dossier limit). */
  related: RelatedEntity[];
  /** Its quotes, newest first (at most the dossier limit). */
  quotes: QuoteRecord[];
}

export interface DossierOptions {
  /** At most this many articles, related entities and quotes (default 20). */
  limit?: number;
}

export interface TimelineQuery {
  /** Items whose time overlaps this range (YYYY, YYYY-MM or YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  /** Only items whose sentence mentions this global entity (an id). */
  entity?: string;
  limit?: number;
  offset?: number;
}

/** A dated sentence: a resolved time expression, with what its sentence says. */
export interface TimelineItem {
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  granularity: Granularity | null;
  /** The time expression as written, and its offsets. */
  text: string;
  start: number;
  end: number;
  sentence: { idx: number; start: number; end: number; text: string };
  article: ArticleRef;
  /** Entities mentioned in the sentence, in order of first mention. */
  entities: EntityRef[];
  /** Kinds of the events in the sentence, sorted. */
  events: string[];
}

export interface StoreOptions {
  /** The clock used for `ingested_at` stamps; the system clock when omitted. */
  now?: () => Date;
}

export interface Store {
  /**
   * Saves every article of one page with all its layers in one transaction: all of them are
   * written or none is. An article whose content hash is already stored is not written again
   * and is reported as a duplicate. Fails with MarsadError STORE_FAILED.
   */
  savePage(source: string, articles: readonly AnnotatedArticle[]): Promise<SaveResult>;
  /** Newest first (unknown dates last), then by title. */
  listArticles(query?: ArticleQuery): Promise<ArticleSummary[]>;
  /** By public id (12 hex chars) or full content hash; null when there is no such article. */
  getArticle(id: string): Promise<StoredArticle | null>;
  countArticles(): Promise<number>;
  /** Global entities, seen in most articles first (then most mentions, then name). */
  listEntities(query?: EntityQuery): Promise<EntitySummary[]>;
  /**
   * Global entities with a form (name or alias) folding like `name`, or with that id; when
   * no form matches exactly, forms the name takes with a clitic or article added or removed
   * (والسوداني, بالعراق, سوداني). Most articles first.
   */
  findEntities(name: string): Promise<EntitySummary[]>;
  /** Everything known about one global entity; null when there is no such id. */
  entityDossier(id: string, options?: DossierOptions): Promise<EntityDossier | null>;
  /** Quotes, newest article first. */
  listQuotes(query?: QuoteQuery): Promise<QuoteRecord[]>;
  /**
   * Dated sentences across the corpus, one item per resolved time expression that lies in a
   * sentence (a fact without its sentence is not shown): ordered by time value (a year before
   * its months, a month before its days), then article date, article, position.
   */
  timeline(query?: TimelineQuery): Promise<TimelineItem[]>;
  stats(): Promise<StoreStats>;
  /** Releases the database; further calls fail. Closing twice is harmless. */
  close(): Promise<void>;
}
