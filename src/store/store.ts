// The store as callers see it: asynchronous, and free of any database type, so the SQLite
// store of today and a PostgreSQL store later are interchangeable. Ids are text.

import type { MarsadError } from "../errors.js";
import type { RoleOverTime } from "../kb/dossier.js";
import type { AnnotatedArticle, Article, EntityType, Granularity, Layers } from "../model.js";
import type { SearchFacets, SearchOptions, SearchResult } from "../search/sqlite.js";

export type { RoleOverTime, SearchFacets, SearchOptions, SearchResult };

export interface SaveResult {
  /** Public ids (`articleId`) of the articles this save wrote, in page order. */
  stored: string[];
  /** Public ids of the articles whose content hash was already stored (or repeated in the page). */
  duplicates: string[];
}

/** One page to save, for Store.savePages. */
export interface PageToSave {
  source: string;
  articles: readonly AnnotatedArticle[];
}

/** What became of one page of Store.savePages: saved, or refused with why (the others are not affected). */
export type PageOutcome = ({ ok: true } & SaveResult) | { ok: false; error: MarsadError };

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
  stories: number;
  /** Distinct (source, target, type) edges of the actor graph. */
  edges: number;
  claims: number;
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
  /** Only items whose sentence holds an event of this kind (meet, visit, statement …). */
  kind?: string;
  /** Only items from articles of this outlet (exact match). */
  outlet?: string;
  /** Only plans (true) or only reports (false); see TimelineItem.plan. */
  plan?: boolean;
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
  /** As of its article, the sentence states a plan or deadline, not something that happened (kb/timeline/plan.ts). */
  plan: boolean;
}

export interface EventQuery {
  /** Only events of this kind (meet, visit, attack, statement …). */
  kind?: string;
  /** Only events with this global entity among their actors or as their place. */
  entity?: string;
  /** Events whose date (their own time, else the article's date) overlaps this range. */
  from?: string;
  to?: string;
  outlet?: string;
  limit?: number;
  offset?: number;
}

/** An event with its actors and place resolved, cited to its sentence. */
export interface EventRecord {
  article: ArticleRef;
  /** Position in its article's events layer. */
  idx: number;
  kind: string;
  cameo: string;
  trigger: string;
  /** The event's own time (YYYY[-MM[-DD]]), if the text gives one. */
  time: string | null;
  /** Agent first; a global entity where the article's entity was linked to one. */
  actors: { id: string | null; name: string }[];
  place: { id: string | null; name: string } | null;
  start: number;
  end: number;
  sentence: string;
  rule: string;
}

export interface StoryQuery {
  /** Stories whose date span overlaps this range (YYYY, YYYY-MM or YYYY-MM-DD, inclusive). */
  from?: string;
  to?: string;
  /** Only stories with an article naming this global entity (an id). */
  entity?: string;
  /** Only stories of at least this many articles (default 1). */
  minArticles?: number;
  /** recent: latest article first (default); size: most articles first. */
  sort?: "recent" | "size";
  limit?: number;
  offset?: number;
}

/** Articles about one happening, across outlets. */
export interface StoryRecord {
  /** "s" + the id of the article that started it. */
  id: string;
  /** The most representative member title. */
  label: string;
  articles: number;
  /** Distinct outlets, most members first. */
  outlets: string[];
  /** Earliest and latest publication date of its articles. */
  from: string | null;
  to: string | null;
  /** The day most members give as the happening's. */
  day: string | null;
  /** Actors named in more than one member, most members first. */
  actors: { id: string; name: string; articles: number }[];
  updatedAt: string;
}

export interface StoryMember extends ArticleRef {
  /** Strength of the match that brought it in (0.5–1); null for the story's first article. */
  score: number | null;
  /** Why it joined, or (its first article) why it started a story of its own. */
  reason: string | null;
  /** The article's first sentence. */
  lead: string;
}

export interface StoryDetail extends StoryRecord {
  /** Oldest first. */
  members: StoryMember[];
  /** The claims its articles make, grouped by subject and compared. */
  claims: ClaimGroupRecord[];
  /** Stories a member would also have joined: perhaps the same happening. */
  related: { id: string; label: string; articles: number }[];
}

export interface GraphQuery {
  /** The neighbourhood of this global entity; the heaviest edges of the whole graph without it. */
  entity?: string;
  /** 1 (default): the entity's own edges; 2: also its neighbours' edges. */
  depth?: number;
  /** Only edges of these types (met, visited, co-occurs …). */
  types?: string[];
  minWeight?: number;
  /** At most this many edges, heaviest first (default: all for an entity, 200 for the whole graph). */
  limit?: number;
}

export interface GraphNodeRecord extends EntityRef {
  articles: number;
  /** Distance from the entity asked about; null for the whole graph. */
  depth: number | null;
}

/** Every citation of one (source, target, type), summed. */
export interface GraphEdgeRecord {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  type: string;
  directed: boolean;
  weight: number;
  citations: number;
  first: string | null;
  last: string | null;
}

export interface GraphView {
  nodes: GraphNodeRecord[];
  edges: GraphEdgeRecord[];
}

export interface EdgeQuery {
  /** The edge's two global entity ids, in its order (an undirected edge's source is the smaller id). */
  source: string;
  target: string;
  type?: string;
  limit?: number;
  offset?: number;
}

/** One sentence behind an edge. */
export interface EdgeCitation {
  source: string;
  target: string;
  type: string;
  weight: number;
  date: string | null;
  rule: string;
  article: ArticleRef;
  start: number;
  end: number;
  sentence: string;
}

export interface ClaimQuery {
  /** Only subjects whose agent or places include this global entity (an id). */
  entity?: string;
  /** Only subjects where sources disagree. */
  disputed?: boolean;
  /** Subjects claimed in at least this many articles, or disputed (default 2). */
  minArticles?: number;
  limit?: number;
  offset?: number;
}

/** A figure or a denial, cited to its sentence. */
export interface ClaimRecord {
  kind: "figure" | "denial";
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  /** YYYY[-MM[-DD]] the claim holds for; from the sentence, else the publication date. */
  period: string | null;
  periodSource: "sentence" | "published" | null;
  /** Who asserts it, when the article says. */
  source: EntityRef | null;
  article: ArticleRef;
  /** The sentence: offsets into the article text, and its text. */
  start: number;
  end: number;
  sentence: string;
  /** The figure, or the denial, as written. */
  text: string;
  rule: string;
}

/** One subject («جندي — الولايات المتحدة — العراق») and every claim about it. */
export interface ClaimGroupRecord {
  subjectKey: string;
  subject: string;
  /** Folded lemma of what is counted (% + lemma for a share). */
  noun: string;
  aspect: string | null;
  agent: EntityRef | null;
  places: EntityRef[];
  /** Distinct values, ascending. */
  values: number[];
  articles: number;
  outlets: string[];
  /** Claims about it in all; `claims` lists the latest of them (up to 30). */
  claimCount: number;
  claims: ClaimRecord[];
  disagreement: boolean;
  /** Pairs of claims about it that cannot both hold, in all; `disagreements` lists those among `claims`. */
  disagreementCount: number;
  /** Pairs that cannot both hold: two counts for one period, or a denial against a count. */
  disagreements: { kind: "values" | "denial"; a: ClaimRecord; b: ClaimRecord }[];
}

/** The parts of saving one article whose time a store can report (StoreOptions.onSavePart). */
export type SavePart = "article" | "search" | "graph" | "claims" | "stories";

export interface StoreOptions {
  /** The clock used for `ingested_at` stamps; the system clock when omitted. */
  now?: () => Date;
  /** Told how long each part of saving an article took (ms), for benchmarks and profiling. */
  onSavePart?: (part: SavePart, ms: number) => void;
}

export interface Store {
  /**
   * Saves every article of one page with all its layers in one transaction: all of them are
   * written or none is. An article whose content hash is already stored is not written again
   * and is reported as a duplicate. Fails with MarsadError STORE_FAILED.
   */
  savePage(source: string, articles: readonly AnnotatedArticle[]): Promise<SaveResult>;
  /**
   * Saves several pages in one transaction, each page whole or not at all: a page that fails
   * is rolled back alone and reported in its outcome; the others are committed together. A
   * commit is the costliest part of a save, so ingesting pages in batches is faster; a crash
   * loses the whole batch, never part of a page.
   */
  savePages(pages: readonly PageToSave[]): Promise<PageOutcome[]>;
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
  /** Events, latest first (by their own time, else their article's date). */
  listEvents(query?: EventQuery): Promise<EventRecord[]>;
  /** Stories, latest first (or largest first). */
  listStories(query?: StoryQuery): Promise<StoryRecord[]>;
  /** One story with its members, their claims compared, and related stories; null when none. */
  getStory(id: string): Promise<StoryDetail | null>;
  /** The story an article is in; null when the article is not stored. */
  storyOf(articleId: string): Promise<string | null>;
  /** The actor graph, or an entity's neighbourhood in it. */
  graph(query?: GraphQuery): Promise<GraphView>;
  /** The sentences behind an edge, oldest first. */
  edgeCitations(query: EdgeQuery): Promise<EdgeCitation[]>;
  /** Subjects claimed across articles, with their claims and disagreements. */
  listClaims(query?: ClaimQuery): Promise<ClaimGroupRecord[]>;
  /**
   * Articles matching a search query (src/search/query.ts: words, "phrases", prefix*, OR,
   * -term), best first, with highlighted snippets. A malformed query is MarsadError BAD_QUERY.
   */
  search(query: string, options?: SearchOptions): Promise<SearchResult>;
  /** How the matches of a query spread over outlets, months, event kinds and entities. */
  searchFacets(query: string, options?: SearchOptions): Promise<SearchFacets>;
  /** Every stored article with its layers, oldest first, read one at a time (for exports). */
  allArticles(): AsyncIterable<StoredArticle>;
  /** The whole actor graph, nodes then edges, read lazily (for exports). */
  exportGraph(): { nodes: AsyncIterable<GraphNodeRecord>; edges: AsyncIterable<GraphEdgeRecord> };
  stats(): Promise<StoreStats>;
  /** Releases the database; further calls fail. Closing twice is harmless. */
  close(): Promise<void>;
}
