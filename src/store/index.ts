import { resolve } from "node:path";
import { MarsadError } from "../errors.js";
import { openSqliteStore } from "./sqlite.js";
import type { Store, StoreOptions } from "./store.js";

export type {
  ArticleQuery,
  ArticleRef,
  ArticleSummary,
  ClaimGroupRecord,
  ClaimQuery,
  ClaimRecord,
  DossierOptions,
  EdgeCitation,
  EdgeQuery,
  EntityDossier,
  EntityQuery,
  EntityRef,
  EntitySummary,
  EventQuery,
  EventRecord,
  GraphEdgeRecord,
  GraphNodeRecord,
  GraphQuery,
  GraphView,
  NameCount,
  PageOutcome,
  PageToSave,
  QuoteQuery,
  QuoteRecord,
  RelatedEntity,
  RoleOverTime,
  SavePart,
  SaveResult,
  SearchFacets,
  SearchOptions,
  SearchResult,
  Store,
  StoredArticle,
  StoreOptions,
  StoreStats,
  StoryDetail,
  StoryMember,
  StoryQuery,
  StoryRecord,
  TimelineItem,
  TimelineQuery,
} from "./store.js";

/** Where the store lives unless told otherwise: $MARSAD_DB, else ./marsad.db. */
export function defaultDbPath(): string {
  const fromEnv = process.env.MARSAD_DB?.trim();
  return fromEnv ? fromEnv : resolve("marsad.db");
}

/**
 * Opens the store at `path`: a SQLite file (parent folders are created), ":memory:" for a
 * private in-memory store, or — later — a postgres:// URL.
 */
export async function openStore(path: string, options: StoreOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(path)) {
    throw new MarsadError("BAD_ARGUMENT", "PostgreSQL store not available yet");
  }
  return openSqliteStore(path, options);
}
