// Why: search on the embedded store is SQLite FTS5 over the analysed view of each article
// (analyze.ts), not over its text: FTS5's own tokenizers know nothing of clitics, stems or
// names, so the analysis happens in TypeScript, the same for documents and queries, and FTS5
// only stores, intersects and ranks (bm25) space-separated terms.
//
// Layout (SEARCH_SCHEMA_SQL):
// - search_index: the analysed title and body (stems and forms, fts.ts) and the article's
//   facet tokens (facet-tokens.ts), so word matching and outlet, entity, event-kind and date
//   filters are all one FTS5 expression. Contentless (content=''): FTS5 keeps the index, not
//   the terms, which would add as much again; snippets come from articles.text.
//   contentless_delete=1 lets an article be indexed again (INSERT OR REPLACE) or dropped.
// - tokenize: unicode61 splits on the spaces between terms; remove_diacritics 0 because the
//   terms are already folded (FTS5 must not fold more than the snippet matcher does); marks
//   (M*) stay inside tokens for the same reason. `ascii` would split the terms as well but
//   folds case for ASCII only.
// - prefix='3': a 3-letter prefix query (an Arabic root's length, the shortest that says
//   much) reads one prebuilt doclist; longer ones merge the doclists of the fewer words that
//   start with them, 2-letter ones of more. Measured on 30,000 generated articles: '2 3'
//   made the index 2.4 times its size without prefixes and indexing 35% slower, '3' 1.7
//   times and 9% slower, with the same latencies at that size.
// - search_docs gives each indexed article an INTEGER PRIMARY KEY, the FTS5 rowid (the
//   implicit rowid of `articles` may change on VACUUM), and copies what facets count and the
//   exact date check reads (outlet, date, entity ids, event kinds): one integer-key lookup
//   per match instead of joins by text keys. An article is not rewritten once saved and its
//   entity links are fixed when it is saved (identity runs forward only), so the copy holds;
//   index an article again if that ever changes.
import { MarsadError } from "../errors.js";
import type { Span } from "../model.js";
import { count, type Db, dateBound, periodEnd, type Stmt } from "../store/sqlite-util.js";
import { analyze, type DocumentTerms, documentTerms } from "./analyze.js";
import { dateTokens, facetToken, rangeTokens } from "./facet-tokens.js";
import { COLUMNS, RANK_WEIGHTS, toFtsMatch } from "./fts.js";
import { parseQuery, type SearchQuery } from "./query.js";
import { highlights, type Snippet, snippets } from "./snippet.js";

/** The search tables, for the SQLite store's migration list (SQLite only: FTS5). */
export const SEARCH_SCHEMA_SQL = `
-- Full-text search over the analysed title and text of each article (src/search/).
CREATE TABLE search_docs (
  doc INTEGER PRIMARY KEY,
  article_id TEXT NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
  outlet TEXT,
  published TEXT,
  -- The article's distinct global entity ids and event kinds, space-separated (for facets).
  entities TEXT NOT NULL,
  kinds TEXT NOT NULL
);
CREATE VIRTUAL TABLE search_index USING fts5 (
  ${COLUMNS.join(", ")},
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0 categories ''L* N* Co M*''',
  prefix = '3'
);
CREATE INDEX search_docs_published ON search_docs (published);
CREATE TRIGGER search_docs_deleted AFTER DELETE ON search_docs BEGIN
  DELETE FROM search_index WHERE rowid = old.doc;
END;
`;

export interface IndexedArticle {
  id: string;
  title: string;
  text: string;
  /** documentTerms(title, text), when analysed before. */
  terms?: DocumentTerms;
}

export interface SearchOptions {
  outlet?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: articles whose date (or month) reaches into [from, to]. */
  from?: string;
  to?: string;
  /** A global entity id: articles that name it. */
  entity?: string;
  /** An event kind (meet, statement, …): articles with such an event. */
  eventKind?: string;
  /** Hits per page: 1–100, default 20. */
  limit?: number;
  offset?: number;
}

export interface SearchHit {
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** bm25, higher is better. */
  score: number;
  snippets: Snippet[];
  /** Offsets into the title. */
  titleHighlights: Span[];
}

export interface SearchResult {
  /** How many articles match; absent when more than RANKED do (only the RANKED newest are ranked). */
  total?: number;
  hits: SearchHit[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface EntityFacet {
  id: string;
  name: string;
  type: string;
  count: number;
}

export interface SearchFacets {
  /** Articles counted: all matches, or the FACETED most recently indexed of them. */
  counted: number;
  /** True when more articles match than were counted. */
  partial: boolean;
  outlets: FacetCount[];
  /** YYYY-MM, in time order; articles without a month are not counted here. */
  months: FacetCount[];
  eventKinds: FacetCount[];
  /** The FACET_ENTITIES entities named in most matches, most first. */
  entities: EntityFacet[];
}

export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 20;
/** Matches ranked (and counted) at most: see searchArticles. */
export const RANKED = 10_000;
/** Matches counted in facets at most. */
export const FACETED = 10_000;
export const FACET_ENTITIES = 20;

const statements = new WeakMap<Db, Map<string, Stmt>>();

function prepared(db: Db, sql: string): Stmt {
  let cache = statements.get(db);
  if (!cache) {
    cache = new Map();
    statements.set(db, cache);
  }
  let stmt = cache.get(sql);
  if (!stmt) {
    stmt = db.prepare(sql);
    cache.set(sql, stmt);
  }
  return stmt;
}

interface DocRow {
  doc: number;
  outlet: string | null;
  published: string | null;
  entities: string;
  kinds: string;
}

/** Each item of a list as search_docs stores it (space-separated). */
const items = (list: string) => list.split(" ").filter((item) => item !== "");

/** The facets column of an article (facet-tokens.ts). */
function facetTokensOf(doc: DocRow): string[] {
  return [
    ...(doc.outlet === null ? [] : [facetToken("outlet", doc.outlet)]),
    ...dateTokens(doc.published),
    ...items(doc.entities).map((id) => facetToken("entity", id)),
    ...items(doc.kinds).map((kind) => facetToken("kind", kind)),
  ];
}

/** SQL: the article's distinct values of `column` in `table`, space-separated (ids and kinds hold no spaces). */
const distinctList = (column: string, table: string) =>
  `COALESCE((SELECT group_concat(${column}, ' ') FROM (SELECT DISTINCT ${column} FROM ${table} WHERE article_id = a.id)), '')`;

/**
 * Indexes (or indexes again) one stored article: call once the article is saved with its
 * layers and entity links, since its outlet, date, entities and event kinds are copied then.
 */
export function indexArticle(db: Db, article: IndexedArticle): void {
  const terms = article.terms ?? documentTerms(article.title, article.text);
  db.transaction(() => {
    const doc = prepared(
      db,
      `INSERT INTO search_docs (article_id, outlet, published, entities, kinds)
       SELECT a.id, a.outlet, a.published, ${distinctList("entity_id", "article_entities")}, ${distinctList("kind", "events")}
       FROM articles a WHERE a.id = ?
       ON CONFLICT (article_id) DO UPDATE SET outlet = excluded.outlet, published = excluded.published,
         entities = excluded.entities, kinds = excluded.kinds
       RETURNING doc, outlet, published, entities, kinds`,
    ).get(article.id) as DocRow | undefined;
    if (doc === undefined) throw new MarsadError("NOT_FOUND", `article ${article.id} is not in the store`);
    prepared(
      db,
      `INSERT OR REPLACE INTO search_index (rowid, ${COLUMNS.join(", ")}) VALUES (${COLUMNS.map(() => "?").join(", ")}, ?)`,
    ).run(doc.doc, terms.title, terms.body, terms.titleForms, terms.bodyForms, facetTokensOf(doc).join(" "));
  })();
}

/** Articles read at a time by indexMissing, so a whole archive is never in memory at once. */
const BATCH = 500;

/** Indexes every stored article the index does not hold yet (after the migration); returns how many. */
export function indexMissing(db: Db): number {
  const next = prepared(
    db,
    `SELECT a.id, a.title, a.text FROM articles a
     WHERE a.id > ? AND NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.article_id = a.id)
     ORDER BY a.id LIMIT ${BATCH}`,
  );
  let indexed = 0;
  db.transaction(() => {
    for (let after = ""; ; ) {
      const batch = next.all(after) as IndexedArticle[];
      for (const article of batch) indexArticle(db, article);
      indexed += batch.length;
      if (batch.length < BATCH) break;
      after = batch[batch.length - 1]!.id;
    }
  })();
  return indexed;
}

/** The articles a query matches, filters applied: SQL from `FROM` on (the index is `s`) and its parameters. */
interface Matching {
  sql: string;
  params: Record<string, string>;
}

/** The YYYY-MM a date bound (YYYY, YYYY-MM or YYYY-MM-DD) falls in; a bare year counts from its first or last month. */
const monthOf = (bound: string, end: boolean) =>
  bound.length === 4 ? `${bound}-${end ? "12" : "01"}` : bound.slice(0, 7);

/**
 * The SQL of the matches with the options' filters: outlet, entity and event kind as facet
 * tokens; a date range as the tokens of its months (an open end stops at the oldest or newest
 * date indexed), then each row's date against the exact bounds. Null when no article can match.
 */
function matching(db: Db, query: SearchQuery, options: SearchOptions): Matching | null {
  const facets: string[][] = [];
  if (options.outlet !== undefined) facets.push([facetToken("outlet", options.outlet)]);
  if (options.entity !== undefined) facets.push([facetToken("entity", options.entity)]);
  if (options.eventKind !== undefined) facets.push([facetToken("kind", options.eventKind)]);
  const where = ["search_index MATCH @match"];
  const params: Record<string, string> = {};
  const from = dateBound(options.from, "from", false);
  const to = dateBound(options.to, "to", true);
  if (from !== null || to !== null) {
    // Two subqueries: SQLite reads a MIN or a MAX off the index only when it is alone.
    const known = prepared(
      db,
      "SELECT (SELECT MIN(published) FROM search_docs) AS lo, (SELECT MAX(published) FROM search_docs) AS hi",
    ).get() as {
      lo: string | null;
      hi: string | null;
    };
    if (known.lo === null || known.hi === null) return null;
    const months = rangeTokens(monthOf(from ?? known.lo, false), monthOf(to ?? known.hi, true));
    if (months.length === 0) return null;
    facets.push(months);
    if (from !== null) {
      where.push(`${periodEnd("d.published")} >= @from`);
      params.from = from;
    }
    if (to !== null) {
      where.push("d.published <= @to");
      params.to = to;
    }
  }
  params.match = toFtsMatch(query, facets);
  // search_docs is joined only for the date check: a lookup per match costs ~20% of a search.
  const docs = where.length > 1 ? " JOIN search_docs d ON d.doc = s.rowid" : "";
  return { sql: `FROM search_index s${docs} WHERE ${where.join(" AND ")}`, params };
}

/**
 * Whether the query matches an article indexed before `floor`: after a pass that stopped at
 * its cap, this tells a complete count from a cut one. FTS5 seeks straight to the rowid.
 */
function olderMatch(db: Db, match: Matching, floor: number): boolean {
  return (
    prepared(db, `SELECT 1 ${match.sql} AND s.rowid < @floor LIMIT 1`).get({ ...match.params, floor }) !== undefined
  );
}

function limits(options: SearchOptions): { limit: number; offset: number } {
  const limit = count(options.limit, "limit", DEFAULT_LIMIT);
  if (limit < 1 || limit > MAX_LIMIT) throw new MarsadError("BAD_ARGUMENT", `limit must be 1 to ${MAX_LIMIT}`);
  return { limit, offset: count(options.offset, "offset", 0) };
}

interface ArticleRow {
  doc: number;
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
}

interface PageRow {
  /** Matches scored (at most RANKED) and the oldest of them, on every row. */
  scored: number;
  floor: number | null;
  /** The page's rows; null (one row) when the page is empty. */
  doc: number | null;
  rank: number | null;
}

/**
 * Ranked hits for `query` (see query.ts) with snippets; BAD_QUERY for a malformed query.
 *
 * bm25 costs about a microsecond per match, fine for thousands but not for a word half the
 * corpus holds, and FTS5 cannot stop early. So one pass over the matches, newest first
 * (FTS5 reads its doclists backwards), scores at most RANKED of them (the most recently
 * indexed: newest news first in an archive kept up to date), and SQLite cuts the page from
 * those; `total` is given when no more match. bm25 is an expression here, not FTS5's
 * `ORDER BY rank`, which would score every match before the filters apply. Texts are read
 * for the page only.
 */
export function searchArticles(db: Db, query: string, options: SearchOptions = {}): SearchResult {
  const parsed = parseQuery(query);
  const page = limits(options);
  const { total, rows } = snapshot(db, () => {
    const match = matching(db, parsed, options);
    if (match === null) return { total: 0, rows: [] };
    const ranked = prepared(
      db,
      `WITH scored AS MATERIALIZED (
         SELECT s.rowid AS doc, bm25(search_index, ${RANK_WEIGHTS.join(", ")}) AS rank ${match.sql}
         ORDER BY s.rowid DESC LIMIT ${RANKED})
       SELECT (SELECT COUNT(*) FROM scored) AS scored, (SELECT MIN(doc) FROM scored) AS floor, page.doc, page.rank
       FROM (SELECT 1) LEFT JOIN (SELECT doc, rank FROM scored ORDER BY rank, doc DESC LIMIT @limit OFFSET @offset) AS page
       ORDER BY page.rank, page.doc DESC`,
    ).all({ ...match.params, ...page }) as PageRow[];
    const { scored, floor } = ranked[0]!;
    const complete = scored < RANKED || floor === null || !olderMatch(db, match, floor);
    const docs = ranked.filter((row) => row.doc !== null);
    const articles = new Map(
      (
        prepared(
          db,
          `SELECT d.doc, a.id AS articleId, a.title, a.outlet, a.published, a.text
           FROM search_docs d JOIN articles a ON a.id = d.article_id WHERE d.doc IN (SELECT value FROM json_each(?))`,
        ).all(JSON.stringify(docs.map((row) => row.doc))) as ArticleRow[]
      ).map((row) => [row.doc, row]),
    );
    // An article deleted while foreign keys were off leaves its index row behind: skipped.
    const found = docs.flatMap(({ doc, rank }) => {
      const article = articles.get(doc!);
      return article ? [{ article, rank: rank! }] : [];
    });
    return { total: complete ? scored : undefined, rows: found };
  });
  const hits = rows.map(
    ({ article, rank }): SearchHit => ({
      articleId: article.articleId,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      score: -rank,
      snippets: snippets(article.text, analyze(article.text), parsed),
      titleHighlights: highlights(analyze(article.title), parsed),
    }),
  );
  return total === undefined ? { hits } : { total, hits };
}

/** Runs the reads of one search in one read transaction, so they see one state of the store. */
function snapshot<T>(db: Db, read: () => T): T {
  return db.transaction(read).deferred();
}

/** A facet row, raw: doc, outlet, published, entities, kinds. */
type FacetRow = [number, string | null, string | null, string, string];

/** Counts of the values `add` is given, most first (ties by value). */
function counter(): { add: (value: string) => void; counts: () => FacetCount[] } {
  const seen = new Map<string, number>();
  return {
    add: (value) => seen.set(value, (seen.get(value) ?? 0) + 1),
    counts: () =>
      [...seen]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1)),
  };
}

/**
 * Counts per outlet, month, event kind and entity over the articles `query` matches, or the
 * FACETED most recently indexed of them (`partial`), from the lists search_docs copies.
 */
export function searchFacets(db: Db, query: string, options: SearchOptions = {}): SearchFacets {
  const parsed = parseQuery(query);
  return snapshot(db, () => {
    const match = matching(db, parsed, options);
    if (match === null) return { counted: 0, partial: false, outlets: [], months: [], eventKinds: [], entities: [] };
    const rows = prepared(
      db,
      `SELECT m.doc, d.outlet, d.published, d.entities, d.kinds FROM (SELECT s.rowid AS doc ${match.sql}
         ORDER BY s.rowid DESC LIMIT ${FACETED}) AS m JOIN search_docs d ON d.doc = m.doc ORDER BY m.doc DESC`,
    )
      .raw()
      .all(match.params) as FacetRow[];
    const outlets = counter();
    const months = counter();
    const kinds = counter();
    const entities = counter();
    for (const [, outlet, published, entityList, kindList] of rows) {
      if (outlet !== null) outlets.add(outlet);
      if (published !== null && published.length >= 7) months.add(published.slice(0, 7));
      for (const id of items(entityList)) entities.add(id);
      for (const kind of items(kindList)) kinds.add(kind);
    }
    const top = entities.counts().slice(0, FACET_ENTITIES);
    const named = new Map(
      (
        prepared(db, "SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))").all(
          JSON.stringify(top.map((entity) => entity.value)),
        ) as Array<{ id: string; name: string; type: string }>
      ).map((entity) => [entity.id, entity]),
    );
    const last = rows[rows.length - 1];
    return {
      counted: rows.length,
      partial: rows.length === FACETED && last !== undefined && olderMatch(db, match, last[0]),
      outlets: outlets.counts(),
      months: months.counts().sort((a, b) => (a.value < b.value ? -1 : 1)),
      eventKinds: kinds.counts(),
      entities: top.map(({ value, count }) => {
        const entity = named.get(value);
        return { id: value, name: entity?.name ?? value, type: entity?.type ?? "", count };
      }),
    };
  });
}
