// The store as callers see it: asynchronous, and free of any database type, so the SQLite
// store of today and a PostgreSQL store later are interchangeable. Ids are text.

import type { AnnotatedArticle, Article, Layers } from "../model.js";

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
  stats(): Promise<StoreStats>;
  /** Releases the database; further calls fail. Closing twice is harmless. */
  close(): Promise<void>;
}
