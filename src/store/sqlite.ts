// The embedded store: one SQLite file (WAL, foreign keys on, busy timeout) through
// better-sqlite3. Nothing SQLite-specific leaves this module.

import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Database from "better-sqlite3";
import { MarsadError } from "../errors.js";
import { articleId } from "../ingest/article.js";
import { linkKnowledge, type PreparedKnowledge, prepareKnowledge } from "../kb/prepared.js";
import { entityWeight } from "../kb/stories/weight.js";
import type { KbArticle } from "../kb/types.js";
import type {
  AnnotatedArticle,
  Article,
  Entity,
  EntityType,
  EventItem,
  Figure,
  Granularity,
  Layers,
  Mention,
  Quote,
  Span,
  Timex,
} from "../model.js";
import {
  indexArticle,
  indexMissing,
  type SearchFacets,
  type SearchOptions,
  type SearchResult,
  searchArticles,
  searchFacets,
} from "../search/sqlite.js";
import { MIGRATIONS, SCHEMA_VERSION, SCHEMA_VERSION_TABLE } from "./schema.js";
import { sentenceLocator } from "./sentences.js";
import { ClaimStore } from "./sqlite-claims.js";
import { GraphReader, GraphWriter } from "./sqlite-graph.js";
import { IdentityWriter } from "./sqlite-identity.js";
import { backfillIdentity, SqliteKnowledge, speakerKey } from "./sqlite-kb.js";
import { StoryReader, StoryWriter } from "./sqlite-stories.js";
import { count, type Db, dateBound, failure, type Stmt } from "./sqlite-util.js";
import type {
  ArticleQuery,
  ArticleSummary,
  ClaimGroupRecord,
  ClaimQuery,
  DossierOptions,
  EdgeCitation,
  EdgeQuery,
  EntityDossier,
  EntityQuery,
  EntitySummary,
  EventQuery,
  EventRecord,
  GraphEdgeRecord,
  GraphNodeRecord,
  GraphQuery,
  GraphView,
  PageOutcome,
  PageToSave,
  QuoteQuery,
  QuoteRecord,
  SavePart,
  SaveResult,
  Store,
  StoredArticle,
  StoreOptions,
  StoreStats,
  StoryDetail,
  StoryQuery,
  StoryRecord,
  TimelineItem,
  TimelineQuery,
} from "./store.js";

const BUSY_TIMEOUT_MS = 10_000;
/** The schema versions that added the knowledge base (stories, graph, claims) and search. */
const KNOWLEDGE_VERSION = 4;
const SEARCH_VERSION = 5;
/**
 * WAL pages written before they are copied back into the database file (~100 MB). Each copy
 * ends with two fsyncs, which cost more than the rest of the save path together when they
 * come every ten pages (SQLite's default of 1,000 WAL pages; a saved article writes ~100).
 */
const WAL_PAGES_BEFORE_CHECKPOINT = 25_000;
/** Page cache (KiB): the inner pages of every table and index stay cached as the file grows. */
const CACHE_KIB = 32 * 1024;

/** Every span must lie inside the article's text: a fact the text cannot show is refused. */
function checkSpans(id: string, article: Article, layers: Layers, source: string): void {
  const length = article.text.length;
  const check = (span: Span, what: string) => {
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > length) {
      throw new MarsadError(
        "STORE_FAILED",
        `article ${id}: ${what} [${start}, ${end}) is outside its text (${length})`,
        source,
      );
    }
  };
  for (const [i, span] of article.captions.entries()) check(span, `captions[${i}]`);
  for (const name of ["sentences", "mentions", "quotes", "times", "figures", "events"] as const) {
    for (const [i, span] of layers[name].entries()) check(span, `${name}[${i}]`);
  }
  for (const [i, entity] of layers.entities.entries()) {
    for (const [j, span] of entity.mentions.entries()) check(span, `entities[${i}].mentions[${j}]`);
  }
}

interface ArticleRow {
  id: string;
  hash: string;
  source: string;
  idx: number;
  title: string;
  outlet: string | null;
  published: string | null;
  author: string | null;
  dateline: string | null;
  text: string;
  captions: string;
  ingested_at: string;
}

interface SpanRow {
  idx: number;
  start_pos: number;
  end_pos: number;
}

interface ArticleEntityRow {
  idx: number;
  local_id: string;
  entity_id: string;
  name: string;
  type: EntityType;
  spans: string;
}

interface EntityListRow {
  entity_idx: number;
  value: string;
}

interface MentionRow extends SpanRow {
  type: EntityType;
  rule: string;
  entity_idx: number | null;
}

interface QuoteRow extends SpanRow {
  speaker: string | null;
  speaker_text: string | null;
  text: string;
  direct: number;
  verb: string | null;
  rule: string;
}

interface TimeRow extends SpanRow {
  text: string;
  value: string | null;
  granularity: Granularity | null;
  anchor: string;
  rule: string;
}

interface FigureRow extends SpanRow {
  text: string;
  value: number;
  unit: string | null;
  about: string | null;
  qualifier: string | null;
  rule: string;
}

interface EventRow extends SpanRow {
  kind: string;
  cameo: string;
  time_text: string | null;
  place: string | null;
  trigger_text: string;
  rule: string;
}

interface ActorRow {
  event_idx: number;
  actor: string;
}

function prepareAll(db: Db) {
  const p = (sql: string): Stmt => db.prepare(sql);
  return {
    upsertPage: p(
      "INSERT INTO pages (source, ingested_at) VALUES (?, ?) ON CONFLICT (source) DO UPDATE SET ingested_at = excluded.ingested_at",
    ),
    hashExists: p("SELECT 1 FROM articles WHERE hash = ?"),
    insertArticle: p(
      `INSERT INTO articles (id, hash, page, source, idx, title, outlet, published, author, dateline, text, captions, ingested_at)
       VALUES (@id, @hash, @page, @source, @idx, @title, @outlet, @published, @author, @dateline, @text, @captions, @ingestedAt)`,
    ),
    insertSentence: p("INSERT INTO sentences (article_id, idx, start_pos, end_pos) VALUES (?, ?, ?, ?)"),
    insertArticleEntity: p(
      `INSERT INTO article_entities (article_id, idx, local_id, entity_id, name, type, spans, link_rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertAlias: p("INSERT INTO entity_aliases (article_id, entity_idx, idx, entity_id, alias) VALUES (?, ?, ?, ?, ?)"),
    insertRole: p(
      "INSERT INTO entity_roles (article_id, entity_idx, idx, entity_id, role, published) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    insertMention: p(
      `INSERT INTO mentions (article_id, idx, start_pos, end_pos, text, type, rule, entity_idx, entity_id, sentence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertQuote: p(
      `INSERT INTO quotes (article_id, idx, start_pos, end_pos, speaker, speaker_entity, speaker_text, text, direct, verb,
                           rule, sentence, speaker_key)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertTime: p(
      `INSERT INTO times (article_id, idx, start_pos, end_pos, text, value, granularity, anchor, rule, sentence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertFigure: p(
      `INSERT INTO figures (article_id, idx, start_pos, end_pos, text, value, unit, about, qualifier, rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertEvent: p(
      `INSERT INTO events (article_id, idx, start_pos, end_pos, kind, cameo, time_text, place, place_entity, trigger_text,
                           rule, sentence)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertActor: p("INSERT INTO event_actors (article_id, event_idx, idx, actor, entity_id) VALUES (?, ?, ?, ?, ?)"),

    listArticles: p(
      `SELECT id, title, outlet, published, author, source FROM articles
       WHERE (@outlet IS NULL OR outlet = @outlet)
         AND (@from IS NULL OR (CASE length(published) WHEN 4 THEN published || '-12-31'
                                WHEN 7 THEN published || '-31' ELSE published END) >= @from)
         AND (@to IS NULL OR published <= @to)
       ORDER BY published DESC NULLS LAST, title, id
       LIMIT @limit OFFSET @offset`,
    ),
    articleById: p("SELECT * FROM articles WHERE id = ?"),
    articleByHash: p("SELECT * FROM articles WHERE hash = ?"),
    sentences: p("SELECT idx, start_pos, end_pos FROM sentences WHERE article_id = ? ORDER BY idx"),
    articleEntities: p(
      "SELECT idx, local_id, entity_id, name, type, spans FROM article_entities WHERE article_id = ? ORDER BY idx",
    ),
    aliases: p("SELECT entity_idx, alias AS value FROM entity_aliases WHERE article_id = ? ORDER BY entity_idx, idx"),
    roles: p("SELECT entity_idx, role AS value FROM entity_roles WHERE article_id = ? ORDER BY entity_idx, idx"),
    mentions: p(
      "SELECT idx, start_pos, end_pos, type, rule, entity_idx FROM mentions WHERE article_id = ? ORDER BY idx",
    ),
    quotes: p(
      `SELECT idx, start_pos, end_pos, speaker, speaker_text, text, direct, verb, rule
       FROM quotes WHERE article_id = ? ORDER BY idx`,
    ),
    times: p(
      "SELECT idx, start_pos, end_pos, text, value, granularity, anchor, rule FROM times WHERE article_id = ? ORDER BY idx",
    ),
    figures: p(
      `SELECT idx, start_pos, end_pos, text, value, unit, about, qualifier, rule
       FROM figures WHERE article_id = ? ORDER BY idx`,
    ),
    events: p(
      `SELECT idx, start_pos, end_pos, kind, cameo, time_text, place, trigger_text, rule
       FROM events WHERE article_id = ? ORDER BY idx`,
    ),
    actors: p("SELECT event_idx, actor FROM event_actors WHERE article_id = ? ORDER BY event_idx, idx"),
    countArticles: p("SELECT COUNT(*) FROM articles").pluck(),
    dataVersion: p("PRAGMA data_version").pluck(),
    articleIds: p("SELECT id FROM articles ORDER BY rowid").pluck(),
    stats: p(
      `SELECT (SELECT COUNT(*) FROM articles) AS articles, (SELECT COUNT(*) FROM entities) AS entities,
              (SELECT COUNT(*) FROM quotes) AS quotes, (SELECT COUNT(*) FROM times) AS times,
              (SELECT COUNT(*) FROM figures) AS figures, (SELECT COUNT(*) FROM events) AS events,
              (SELECT COUNT(*) FROM stories) AS stories, (SELECT COUNT(*) FROM graph_edges) AS edges,
              (SELECT COUNT(*) FROM claims) AS claims`,
    ),
  };
}

type Statements = ReturnType<typeof prepareAll>;

/**
 * What a migration needs done in code on a database that already holds data (SQL alone cannot
 * fold Arabic names); run inside the migration's transaction.
 */
const UPGRADES: ReadonlyMap<number, (db: Db) => void> = new Map([[2, backfillIdentity]]);

/**
 * Brings the database to the newest schema; safe when several processes open it at once.
 * Returns the version it had (0: a new database).
 */
export function migrate(db: Db, now: () => Date): number {
  const run = db.transaction(() => {
    db.exec(SCHEMA_VERSION_TABLE);
    const current = (db.prepare("SELECT MAX(version) FROM schema_version").pluck().get() as number | null) ?? 0;
    if (current > SCHEMA_VERSION) {
      throw new MarsadError(
        "STORE_FAILED",
        `the database has schema version ${current}, newer than this Marsad knows (${SCHEMA_VERSION})`,
      );
    }
    const record = db.prepare("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)");
    for (const migration of MIGRATIONS) {
      if (migration.version <= current) continue;
      db.exec(migration.sql);
      if (current > 0) UPGRADES.get(migration.version)?.(db);
      record.run(migration.version, migration.description, now().toISOString());
    }
    return current;
  });
  // IMMEDIATE takes the write lock before reading the version, so two processes opening a
  // new file at once cannot both apply the same migration.
  return run.immediate();
}

function listsByEntity(rows: EntityListRow[], size: number): string[][] {
  const lists: string[][] = Array.from({ length: size }, () => []);
  for (const row of rows) lists[row.entity_idx]?.push(row.value);
  return lists;
}

export class SqliteStore implements Store {
  #db: Db | null;
  readonly #sql: Statements;
  readonly #now: () => Date;
  readonly #onSavePart: StoreOptions["onSavePart"];
  readonly #saveTx: (source: string, articles: readonly AnnotatedArticle[]) => SaveResult;
  readonly #batchTx: (pages: readonly PageToSave[]) => PageOutcome[];
  readonly #readTx: (id: string) => StoredArticle | null;
  readonly #kb: SqliteKnowledge;
  readonly #identity: IdentityWriter;
  readonly #stories: StoryWriter;
  readonly #storyReader: StoryReader;
  readonly #graphWriter: GraphWriter;
  readonly #graph: GraphReader;
  readonly #claims: ClaimStore;
  readonly #kbTx: <T>(query: (kb: SqliteKnowledge) => T) => T;
  readonly #readSnapshot: <T>(read: () => T) => T;
  /** Articles stored, as of the data version it was counted at (entity weights need it per save). */
  #corpus: { size: number; version: unknown } | null = null;

  constructor(db: Db, options: StoreOptions = {}) {
    this.#db = db;
    this.#now = options.now ?? (() => new Date());
    this.#onSavePart = options.onSavePart;
    const from = migrate(db, this.#now);
    this.#sql = prepareAll(db);
    this.#kb = new SqliteKnowledge(db);
    this.#identity = new IdentityWriter(db);
    this.#stories = new StoryWriter(db);
    this.#graphWriter = new GraphWriter(db);
    this.#graph = new GraphReader(db);
    this.#claims = new ClaimStore(db);
    this.#storyReader = new StoryReader(db, this.#claims);
    // A query reads several tables; one read transaction gives it one snapshot.
    const snapshot = db.transaction((read: () => unknown) => read());
    this.#readSnapshot = <T>(read: () => T) => snapshot.deferred(read) as T;
    this.#kbTx = <T>(query: (kb: SqliteKnowledge) => T) => this.#readSnapshot(() => query(this.#kb));
    const save = db.transaction((source: string, articles: readonly AnnotatedArticle[]) =>
      this.#save(source, articles),
    );
    // IMMEDIATE: the save reads (duplicates, entities) before it writes, and a deferred
    // transaction upgrading to a write lock in WAL mode can fail instead of waiting.
    this.#saveTx = (source, articles) => save.immediate(source, articles);
    // Each page in a savepoint of the batch's transaction (save() nested is a savepoint).
    const batch = db.transaction((pages: readonly PageToSave[]) =>
      pages.map((page): PageOutcome => {
        try {
          return { ok: true, ...save(page.source, page.articles) };
        } catch (error) {
          this.#forgetCaches();
          return { ok: false, error: failure(error, page.source) };
        }
      }),
    );
    this.#batchTx = (pages) => batch.immediate(pages);
    const read = db.transaction((id: string) => this.#read(id));
    this.#readTx = (id) => read.deferred(id);
    if (from > 0 && from < KNOWLEDGE_VERSION) db.transaction(() => this.#rebuildKnowledge()).immediate();
    if (from > 0 && from < SEARCH_VERSION) indexMissing(db);
  }

  /**
   * Fills the knowledge base (schema version 4) for articles saved before it existed, in the
   * order they were saved, as if each had just been saved.
   */
  #rebuildKnowledge(): void {
    const now = this.#now().toISOString();
    const ids = this.#sql.articleIds.all() as string[];
    this.#corpus = { size: 0, version: null };
    for (const id of ids) {
      const article = this.#read(id)!;
      this.#corpus.size++;
      this.#addKnowledge(article, prepareKnowledge(article), now);
    }
    this.#corpus = null;
  }

  #live(): Statements {
    if (!this.#db?.open) throw new MarsadError("STORE_FAILED", "the store is closed");
    return this.#sql;
  }

  async savePage(source: string, articles: readonly AnnotatedArticle[]): Promise<SaveResult> {
    this.#live();
    try {
      return this.#saveTx(source, articles);
    } catch (error) {
      this.#forgetCaches();
      throw failure(error, source);
    }
  }

  async savePages(pages: readonly PageToSave[]): Promise<PageOutcome[]> {
    this.#live();
    try {
      return this.#batchTx(pages);
    } catch (error) {
      // The commit itself failed: nothing of the batch is stored.
      this.#forgetCaches();
      return pages.map((page) => ({ ok: false, error: failure(error, page.source) }));
    }
  }

  /** What this connection remembers of the database, dropped when a rollback made it wrong. */
  #forgetCaches(): void {
    this.#identity.forget();
    this.#corpus = null;
  }

  async listArticles(query: ArticleQuery = {}): Promise<ArticleSummary[]> {
    const sql = this.#live();
    const params = {
      outlet: query.outlet ?? null,
      from: dateBound(query.from, "from", false),
      to: dateBound(query.to, "to", true),
      limit: query.limit === undefined ? -1 : count(query.limit, "limit", -1),
      offset: count(query.offset, "offset", 0),
    };
    try {
      return sql.listArticles.all(params) as ArticleSummary[];
    } catch (error) {
      throw failure(error);
    }
  }

  async getArticle(id: string): Promise<StoredArticle | null> {
    this.#live();
    try {
      return this.#readTx(id);
    } catch (error) {
      throw failure(error);
    }
  }

  async countArticles(): Promise<number> {
    const sql = this.#live();
    try {
      return sql.countArticles.get() as number;
    } catch (error) {
      throw failure(error);
    }
  }

  async stats(): Promise<StoreStats> {
    const sql = this.#live();
    try {
      return { ...(sql.stats.get() as StoreStats) };
    } catch (error) {
      throw failure(error);
    }
  }

  async #query<T>(query: (kb: SqliteKnowledge) => T): Promise<T> {
    this.#live();
    try {
      return this.#kbTx(query);
    } catch (error) {
      throw failure(error);
    }
  }

  listEntities(query: EntityQuery = {}): Promise<EntitySummary[]> {
    return this.#query((kb) => kb.listEntities(query));
  }

  findEntities(name: string): Promise<EntitySummary[]> {
    return this.#query((kb) => kb.findEntities(name));
  }

  entityDossier(id: string, options: DossierOptions = {}): Promise<EntityDossier | null> {
    return this.#query((kb) => kb.entityDossier(id, options));
  }

  listEvents(query: EventQuery = {}): Promise<EventRecord[]> {
    return this.#query((kb) => kb.listEvents(query));
  }

  listQuotes(query: QuoteQuery = {}): Promise<QuoteRecord[]> {
    return this.#query((kb) => kb.listQuotes(query));
  }

  timeline(query: TimelineQuery = {}): Promise<TimelineItem[]> {
    return this.#query((kb) => kb.timeline(query));
  }

  async #snapshot<T>(read: () => T): Promise<T> {
    this.#live();
    try {
      return this.#readSnapshot(read);
    } catch (error) {
      throw failure(error);
    }
  }

  listStories(query: StoryQuery = {}): Promise<StoryRecord[]> {
    return this.#snapshot(() => this.#storyReader.list(query));
  }

  getStory(id: string): Promise<StoryDetail | null> {
    return this.#snapshot(() => this.#storyReader.get(id));
  }

  storyOf(articleId: string): Promise<string | null> {
    return this.#snapshot(() => this.#storyReader.storyOf(articleId));
  }

  graph(query: GraphQuery = {}): Promise<GraphView> {
    return this.#snapshot(() => this.#graph.graph(query));
  }

  edgeCitations(query: EdgeQuery): Promise<EdgeCitation[]> {
    return this.#snapshot(() => this.#graph.citations(query));
  }

  listClaims(query: ClaimQuery = {}): Promise<ClaimGroupRecord[]> {
    return this.#snapshot(() => this.#claims.list(query));
  }

  search(query: string, options: SearchOptions = {}): Promise<SearchResult> {
    return this.#snapshot(() => searchArticles(this.#db!, query, options));
  }

  searchFacets(query: string, options: SearchOptions = {}): Promise<SearchFacets> {
    return this.#snapshot(() => searchFacets(this.#db!, query, options));
  }

  async *allArticles(): AsyncGenerator<StoredArticle> {
    // Ids first: better-sqlite3 runs no other statement while one is being iterated.
    const ids = await this.#snapshot(() => this.#sql.articleIds.all() as string[]);
    for (const id of ids) {
      const article = await this.getArticle(id);
      if (article) yield article;
    }
  }

  exportGraph(): { nodes: AsyncIterable<GraphNodeRecord>; edges: AsyncIterable<GraphEdgeRecord> } {
    // Read in pages by key, each page in its own snapshot: no statement stays open while the
    // caller writes, so other queries on this connection can run in between.
    const pages = <T>(next: (after: T | null) => T[]) => {
      const snapshot = <R>(read: () => R) => this.#snapshot(read);
      return (async function* () {
        let last: T | null = null;
        for (;;) {
          const rows = await snapshot(() => next(last));
          if (rows.length === 0) return;
          yield* rows;
          last = rows[rows.length - 1]!;
        }
      })();
    };
    return {
      nodes: pages<GraphNodeRecord>((after) => this.#graph.nodesAfter(after)),
      edges: pages<GraphEdgeRecord>((after) => this.#graph.edgesAfter(after)),
    };
  }

  async close(): Promise<void> {
    const db = this.#db;
    this.#db = null;
    if (db?.open) db.close();
  }

  #save(source: string, articles: readonly AnnotatedArticle[]): SaveResult {
    const sql = this.#sql;
    const now = this.#now().toISOString();
    const stored: string[] = [];
    const duplicates: string[] = [];
    const seen = new Set<string>();
    this.#identity.begin();
    const version = sql.dataVersion.get();
    if (this.#corpus?.version !== version) this.#corpus = { size: sql.countArticles.get() as number, version };
    sql.upsertPage.run(source, now);
    for (const annotated of articles) {
      const { article } = annotated;
      if (!/^[0-9a-f]{12,}$/.test(article.hash)) {
        throw new MarsadError("STORE_FAILED", `article ${article.index} has no valid content hash`, source);
      }
      const id = articleId(article);
      if (seen.has(article.hash) || sql.hashExists.get(article.hash) !== undefined) {
        duplicates.push(id);
        continue;
      }
      seen.add(article.hash);
      this.#insertArticle(id, source, annotated, now);
      stored.push(id);
    }
    return { stored, duplicates };
  }

  /** Runs one part of a save, telling onSavePart how long it took when someone listens. */
  #part(part: SavePart, run: () => void): void {
    if (!this.#onSavePart) {
      run();
      return;
    }
    const started = performance.now();
    run();
    this.#onSavePart(part, performance.now() - started);
  }

  #insertArticle(id: string, page: string, annotated: AnnotatedArticle, now: string): void {
    let kb: { article: KbArticle; prepared: PreparedKnowledge } | undefined;
    this.#part("article", () => {
      kb = this.#insertLayers(id, page, annotated, now);
    });
    const { article, prepared } = kb!;
    this.#part("search", () =>
      indexArticle(this.#db!, { id, title: article.title, text: article.text, terms: prepared.terms }),
    );
    this.#addKnowledge(article, prepared, now);
  }

  /** The article row and its layers, entities linked to global entities; returns what the knowledge base needs. */
  #insertLayers(
    id: string,
    page: string,
    { article, layers, knowledge }: AnnotatedArticle,
    now: string,
  ): { article: KbArticle; prepared: PreparedKnowledge } {
    const sql = this.#sql;
    checkSpans(id, article, layers, page);
    sql.insertArticle.run({
      id,
      hash: article.hash,
      page,
      source: article.source,
      idx: article.index,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      author: article.author,
      dateline: article.dateline,
      text: article.text,
      captions: JSON.stringify(article.captions),
      ingestedAt: now,
    });

    for (const [i, s] of layers.sentences.entries()) sql.insertSentence.run(id, i, s.start, s.end);
    const sentenceOf = sentenceLocator(layers.sentences);

    const globalIds: string[] = [];
    const byLocalId = new Map<string, string>();
    layers.entities.forEach((entity, i) => {
      const link = this.#identity.link(layers.entities, i, id, now);
      const entityId = link.id;
      globalIds.push(entityId);
      if (!byLocalId.has(entity.id)) byLocalId.set(entity.id, entityId);
      sql.insertArticleEntity.run(
        id,
        i,
        entity.id,
        entityId,
        entity.name,
        entity.type,
        JSON.stringify(entity.mentions),
        link.rule,
      );
      for (const [j, alias] of entity.aliases.entries()) sql.insertAlias.run(id, i, j, entityId, alias);
      for (const [j, role] of entity.roles.entries()) sql.insertRole.run(id, i, j, entityId, role, article.published);
    });
    const globalOf = (local: string | null): string | null => (local === null ? null : (byLocalId.get(local) ?? null));

    const mentionEntityIds = layers.mentions.map((m, i) => {
      const entityIdx = m.entity ?? null;
      const entityId = entityIdx === null ? null : (globalIds[entityIdx] ?? null);
      sql.insertMention.run(
        id,
        i,
        m.start,
        m.end,
        article.text.slice(m.start, m.end),
        m.type,
        m.rule,
        entityIdx,
        entityId,
        sentenceOf(m.start),
      );
      return entityId;
    });
    this.#identity.countArticle(globalIds, mentionEntityIds);
    layers.quotes.forEach((q, i) => {
      const speakerEntity = globalOf(q.speaker);
      sql.insertQuote.run(
        id,
        i,
        q.start,
        q.end,
        q.speaker,
        speakerEntity,
        q.speakerText,
        q.text,
        q.direct ? 1 : 0,
        q.verb,
        q.rule,
        sentenceOf(q.start),
        speakerKey(q.speakerText, q.speaker, speakerEntity !== null),
      );
    });
    layers.times.forEach((t, i) => {
      sql.insertTime.run(id, i, t.start, t.end, t.text, t.value, t.granularity, t.anchor, t.rule, sentenceOf(t.start));
    });
    layers.figures.forEach((f, i) => {
      sql.insertFigure.run(id, i, f.start, f.end, f.text, f.value, f.unit, f.about, f.qualifier, f.rule);
    });
    layers.events.forEach((e, i) => {
      sql.insertEvent.run(
        id,
        i,
        e.start,
        e.end,
        e.kind,
        e.cameo,
        e.time,
        e.place,
        globalOf(e.place),
        e.trigger,
        e.rule,
        sentenceOf(e.start),
      );
      for (const [j, actor] of e.actors.entries()) sql.insertActor.run(id, i, j, actor, globalOf(actor));
    });
    this.#corpus!.size++;
    const { title, outlet, published, text } = article;
    const kbArticle: KbArticle = { id, title, outlet, published, text, layers, entityIds: globalIds };
    return { article: kbArticle, prepared: knowledge ?? prepareKnowledge(kbArticle) };
  }

  /** Cross-article work for one saved article: its edges, its claims, its story. */
  #addKnowledge(article: KbArticle, prepared: PreparedKnowledge, now: string): void {
    const { edges, claims } = linkKnowledge(article, prepared);
    this.#part("graph", () => this.#graphWriter.add(article.id, edges));
    this.#part("claims", () => this.#claims.add(article, claims));
    const corpus = this.#corpus!.size;
    const weight = (entity: string) => entityWeight(this.#identity.articles(entity), corpus);
    this.#part("stories", () => this.#stories.add(article, weight, now, prepared.sketch));
  }

  #read(id: string): StoredArticle | null {
    const sql = this.#sql;
    const row = (/^[0-9a-f]{64}$/.test(id) ? sql.articleByHash.get(id) : sql.articleById.get(id)) as
      | ArticleRow
      | undefined;
    if (!row) return null;
    const aid = row.id;

    const span = (r: SpanRow): Span => ({ start: r.start_pos, end: r.end_pos });
    const entityRows = sql.articleEntities.all(aid) as ArticleEntityRow[];
    const aliases = listsByEntity(sql.aliases.all(aid) as EntityListRow[], entityRows.length);
    const roles = listsByEntity(sql.roles.all(aid) as EntityListRow[], entityRows.length);
    const entities: Entity[] = entityRows.map((r, i) => ({
      id: r.local_id,
      name: r.name,
      type: r.type,
      aliases: aliases[i] ?? [],
      roles: roles[i] ?? [],
      mentions: JSON.parse(r.spans) as Span[],
    }));

    const mentions: Mention[] = (sql.mentions.all(aid) as MentionRow[]).map((r) => {
      const mention: Mention = { ...span(r), type: r.type, rule: r.rule };
      if (r.entity_idx !== null) mention.entity = r.entity_idx;
      return mention;
    });
    const quotes: Quote[] = (sql.quotes.all(aid) as QuoteRow[]).map((r) => ({
      ...span(r),
      speaker: r.speaker,
      speakerText: r.speaker_text,
      text: r.text,
      direct: r.direct === 1,
      verb: r.verb,
      rule: r.rule,
    }));
    const times: Timex[] = (sql.times.all(aid) as TimeRow[]).map((r) => ({
      ...span(r),
      text: r.text,
      value: r.value,
      granularity: r.granularity,
      anchor: r.anchor,
      rule: r.rule,
    }));
    const figures: Figure[] = (sql.figures.all(aid) as FigureRow[]).map((r) => ({
      ...span(r),
      text: r.text,
      value: r.value,
      unit: r.unit,
      about: r.about,
      qualifier: r.qualifier,
      rule: r.rule,
    }));
    const actors = new Map<number, string[]>();
    for (const r of sql.actors.all(aid) as ActorRow[]) {
      const list = actors.get(r.event_idx);
      if (list) list.push(r.actor);
      else actors.set(r.event_idx, [r.actor]);
    }
    const events: EventItem[] = (sql.events.all(aid) as EventRow[]).map((r) => ({
      ...span(r),
      kind: r.kind,
      cameo: r.cameo,
      actors: actors.get(r.idx) ?? [],
      time: r.time_text,
      place: r.place,
      trigger: r.trigger_text,
      rule: r.rule,
    }));

    return {
      id: aid,
      ingestedAt: row.ingested_at,
      title: row.title,
      outlet: row.outlet,
      published: row.published,
      author: row.author,
      dateline: row.dateline,
      source: row.source,
      index: row.idx,
      text: row.text,
      captions: JSON.parse(row.captions) as Span[],
      hash: row.hash,
      layers: {
        sentences: (sql.sentences.all(aid) as SpanRow[]).map(span),
        tokens: [],
        mentions,
        entities,
        quotes,
        times,
        figures,
        events,
      },
      entityIds: entityRows.map((r) => r.entity_id),
    };
  }
}

/** Opens (creating when needed) a SQLite store at `path`; ":memory:" gives a private one. */
export function openSqliteStore(path: string, options: StoreOptions = {}): SqliteStore {
  const memory = path === ":memory:" || path === "";
  let db: Db | undefined;
  try {
    if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
    db = new Database(path);
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    if (!memory) {
      db.pragma("journal_mode = WAL");
      db.pragma(`wal_autocheckpoint = ${WAL_PAGES_BEFORE_CHECKPOINT}`);
    }
    db.pragma("synchronous = NORMAL");
    db.pragma(`cache_size = -${CACHE_KIB}`);
    // Sorts and DISTINCTs of queries (carriers, dossiers) stay off disk.
    db.pragma("temp_store = MEMORY");
    db.pragma("foreign_keys = ON");
    return new SqliteStore(db, options);
  } catch (error) {
    db?.close();
    throw failure(error, path);
  }
}
