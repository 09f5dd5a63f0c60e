// The store's schema, as an ordered list of migrations. Migration N brings a database from
// version N-1 to N; a database records the versions it has in `schema_version`. Later changes
// are added as new entries at the end and must be additive (new tables, columns, indexes), or
// drop an index another index makes redundant (no query's answer changes).
//
// The SQL is kept to the common ground of SQLite and PostgreSQL so a PostgreSQL store can
// run the same migrations:
// - ids are TEXT chosen by Marsad (content hashes), never rowids or sequences;
// - child rows are keyed by (article_id, idx), their position in the article's layer;
// - offsets are `start_pos` / `end_pos` (END is reserved in both dialects);
// - booleans are INTEGER 0/1 with a CHECK, floats are DOUBLE PRECISION, dates are ISO TEXT,
//   small lists that are only ever read whole (captions, an entity's spans) are JSON TEXT.
// This lives in a TS module rather than a .sql file so the build (tsc) carries it into dist.

import { SEARCH_SCHEMA_SQL } from "../search/sqlite.js";

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

const spanChecks = "CHECK (start_pos >= 0 AND end_pos >= start_pos)";

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: "pages, articles, layers, global entities, stories",
    sql: `
CREATE TABLE pages (
  source TEXT PRIMARY KEY,
  ingested_at TEXT NOT NULL
);

CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  -- The page the article was saved from, and the source the article itself names (usually
  -- the same; a JSON Lines record may carry its own URL).
  page TEXT NOT NULL REFERENCES pages (source),
  source TEXT NOT NULL,
  idx INTEGER NOT NULL CHECK (idx >= 0),
  title TEXT NOT NULL,
  outlet TEXT,
  published TEXT,
  author TEXT,
  dateline TEXT,
  text TEXT NOT NULL,
  captions TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published, title);
CREATE INDEX articles_outlet ON articles (outlet, published);
CREATE INDEX articles_page ON articles (page, idx);

CREATE TABLE sentences (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  PRIMARY KEY (article_id, idx),
  ${spanChecks}
);

-- One row per real-world actor across all articles.
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
  name TEXT NOT NULL,
  norm_key TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (type, norm_key)
);

-- An entity as one article's entities layer has it, linked to its global entity.
CREATE TABLE article_entities (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  local_id TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  name TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
  spans TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
);
CREATE INDEX article_entities_entity ON article_entities (entity_id);

CREATE TABLE entity_aliases (
  article_id TEXT NOT NULL,
  entity_idx INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  alias TEXT NOT NULL,
  PRIMARY KEY (article_id, entity_idx, idx),
  FOREIGN KEY (article_id, entity_idx) REFERENCES article_entities (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX entity_aliases_entity ON entity_aliases (entity_id, alias);

-- Who held which office when: the role as an article states it, dated by the article.
CREATE TABLE entity_roles (
  article_id TEXT NOT NULL,
  entity_idx INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities (id),
  role TEXT NOT NULL,
  published TEXT,
  PRIMARY KEY (article_id, entity_idx, idx),
  FOREIGN KEY (article_id, entity_idx) REFERENCES article_entities (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX entity_roles_entity ON entity_roles (entity_id, published);

CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('PER', 'ORG', 'LOC')),
  rule TEXT NOT NULL,
  entity_idx INTEGER,
  entity_id TEXT REFERENCES entities (id),
  PRIMARY KEY (article_id, idx),
  FOREIGN KEY (article_id, entity_idx) REFERENCES article_entities (article_id, idx),
  ${spanChecks}
);
CREATE INDEX mentions_entity ON mentions (entity_id);

CREATE TABLE quotes (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  speaker TEXT,
  speaker_entity TEXT REFERENCES entities (id),
  speaker_text TEXT,
  text TEXT NOT NULL,
  direct INTEGER NOT NULL CHECK (direct IN (0, 1)),
  verb TEXT,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, idx),
  ${spanChecks}
);
CREATE INDEX quotes_speaker ON quotes (speaker_entity);

CREATE TABLE times (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  value TEXT,
  granularity TEXT CHECK (granularity IN ('day', 'month', 'year')),
  anchor TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, idx),
  ${spanChecks}
);
CREATE INDEX times_value ON times (value);

CREATE TABLE figures (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  value DOUBLE PRECISION NOT NULL,
  unit TEXT,
  about TEXT,
  qualifier TEXT,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, idx),
  ${spanChecks}
);

CREATE TABLE events (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  kind TEXT NOT NULL,
  cameo TEXT NOT NULL,
  time_text TEXT,
  place TEXT,
  place_entity TEXT REFERENCES entities (id),
  trigger_text TEXT NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, idx),
  ${spanChecks}
);
CREATE INDEX events_kind ON events (kind);
CREATE INDEX events_place ON events (place_entity);

CREATE TABLE event_actors (
  article_id TEXT NOT NULL,
  event_idx INTEGER NOT NULL,
  idx INTEGER NOT NULL,
  actor TEXT NOT NULL,
  entity_id TEXT REFERENCES entities (id),
  PRIMARY KEY (article_id, event_idx, idx),
  FOREIGN KEY (article_id, event_idx) REFERENCES events (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX event_actors_entity ON event_actors (entity_id);

-- Articles about the same happening; filled by cross-article work over the store.
CREATE TABLE stories (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  first_date TEXT,
  last_date TEXT,
  updated_at TEXT NOT NULL
);

CREATE TABLE story_articles (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles (article_id);
`,
  },
  {
    version: 2,
    description: "entity identity across articles (forms, counts), sentence of every fact, query indexes",
    sql: `
-- Every form (name or alias, as written) articles gave a global entity, with how often; the
-- identity resolver looks entities up by folded form. entities.name is kept as the fullest,
-- most frequent full form; entities.norm_key stays the key the entity was created under.
CREATE TABLE entity_forms (
  entity_id TEXT NOT NULL REFERENCES entities (id),
  form TEXT NOT NULL,
  form_key TEXT NOT NULL,
  words INTEGER NOT NULL CHECK (words >= 1),
  as_name INTEGER NOT NULL DEFAULT 0 CHECK (as_name >= 0),
  as_alias INTEGER NOT NULL DEFAULT 0 CHECK (as_alias >= 0),
  PRIMARY KEY (entity_id, form)
);
CREATE INDEX entity_forms_key ON entity_forms (form_key, entity_id);

ALTER TABLE entities ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
UPDATE entities SET
  articles = (SELECT COUNT(DISTINCT ae.article_id) FROM article_entities ae WHERE ae.entity_id = entities.id),
  mentions = (SELECT COUNT(*) FROM mentions m WHERE m.entity_id = entities.id);
CREATE INDEX entities_rank ON entities (articles DESC, mentions DESC, name, id);
CREATE INDEX entities_type_rank ON entities (type, articles DESC, mentions DESC, name, id);

-- Which identity rule linked an article's entity to its global entity.
ALTER TABLE article_entities ADD COLUMN link_rule TEXT;
CREATE INDEX article_entities_entity_article ON article_entities (entity_id, article_id);

-- The sentence (sentences.idx) each fact starts in; NULL when it starts in none.
ALTER TABLE mentions ADD COLUMN sentence INTEGER;
ALTER TABLE times ADD COLUMN sentence INTEGER;
ALTER TABLE events ADD COLUMN sentence INTEGER;
ALTER TABLE quotes ADD COLUMN sentence INTEGER;
UPDATE mentions SET sentence = (SELECT MIN(s.idx) FROM sentences s WHERE s.article_id = mentions.article_id
  AND s.start_pos <= mentions.start_pos AND mentions.start_pos < s.end_pos);
UPDATE times SET sentence = (SELECT MIN(s.idx) FROM sentences s WHERE s.article_id = times.article_id
  AND s.start_pos <= times.start_pos AND times.start_pos < s.end_pos);
UPDATE events SET sentence = (SELECT MIN(s.idx) FROM sentences s WHERE s.article_id = events.article_id
  AND s.start_pos <= events.start_pos AND events.start_pos < s.end_pos);
UPDATE quotes SET sentence = (SELECT MIN(s.idx) FROM sentences s WHERE s.article_id = quotes.article_id
  AND s.start_pos <= quotes.start_pos AND quotes.start_pos < s.end_pos);
CREATE INDEX mentions_sentence ON mentions (article_id, sentence, entity_id);
CREATE INDEX mentions_entity_sentence ON mentions (entity_id, article_id, sentence);
CREATE INDEX times_sentence ON times (article_id, sentence);
CREATE INDEX events_sentence ON events (article_id, sentence);

-- The speaker as written, folded, for speakers no entity stands behind.
ALTER TABLE quotes ADD COLUMN speaker_key TEXT;
CREATE INDEX quotes_speaker_key ON quotes (speaker_key);
`,
  },
  {
    version: 3,
    description: "drop entity indexes that the (entity, article) indexes of version 2 cover",
    // Every saved article writes each of these at one place per entity it names, the costliest
    // part of a save; their version-2 twins lead with the same column and serve every query.
    sql: `
DROP INDEX IF EXISTS mentions_entity;
DROP INDEX IF EXISTS article_entities_entity;
`,
  },
  {
    version: 4,
    description: "knowledge base: story signatures and index, actor-graph edges, claims",
    // Every table here is filled at save time, in the page's transaction, from the saved
    // article alone plus index lookups (src/store/sqlite-stories.ts, -graph.ts, -claims.ts),
    // so a save costs the same whatever the size of the store.
    sql: `
-- What story assignment knows of each article (kb/stories/signature.ts): its small fields as
-- JSON, its MinHash and content sketch as little-endian unsigned 32-bit integers (a third of
-- their size as JSON numbers; BYTEA in PostgreSQL); and the two indexes candidates are found by: LSH band keys and
-- key actors, each under the day the article is indexed under (NULL: undated).
CREATE TABLE story_signatures (
  article_id TEXT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  version INTEGER NOT NULL,
  meta TEXT NOT NULL,
  sketch BLOB NOT NULL
);
CREATE TABLE story_bands (
  band BIGINT NOT NULL,
  day INTEGER,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
);
CREATE INDEX story_bands_day ON story_bands (band, day);
CREATE TABLE story_keys (
  entity_id TEXT NOT NULL REFERENCES entities (id),
  day INTEGER NOT NULL,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (entity_id, day, article_id)
);
ALTER TABLE stories ADD COLUMN articles INTEGER NOT NULL DEFAULT 0;
ALTER TABLE stories ADD COLUMN outlets TEXT NOT NULL DEFAULT '[]';
ALTER TABLE stories ADD COLUMN happened TEXT;
ALTER TABLE stories ADD COLUMN actors TEXT NOT NULL DEFAULT '[]';
CREATE INDEX stories_recent ON stories (last_date DESC, id);
CREATE INDEX stories_size ON stories (articles DESC, last_date DESC, id);
-- Why each member joined: the score and reason of assignStory (NULL for a story's first).
ALTER TABLE story_articles ADD COLUMN score DOUBLE PRECISION;
ALTER TABLE story_articles ADD COLUMN reason TEXT;
ALTER TABLE story_articles ADD COLUMN joined_at TEXT;
CREATE INDEX story_articles_story ON story_articles (story_id, article_id);
-- Stories an article would also have joined: a hint that two stories may be one.
CREATE TABLE story_links (
  story_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  other_id TEXT NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  PRIMARY KEY (story_id, other_id, article_id)
);

-- The actor graph: every edge an article draws (kb/graph/edges.ts), one row per distinct
-- citation, and their running sums per (source, target, type), kept by UPSERT.
CREATE TABLE edge_citations (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  source TEXT NOT NULL REFERENCES entities (id),
  target TEXT NOT NULL REFERENCES entities (id),
  type TEXT NOT NULL,
  weight DOUBLE PRECISION NOT NULL,
  date TEXT,
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  rule TEXT NOT NULL,
  PRIMARY KEY (article_id, idx),
  ${spanChecks}
);
CREATE INDEX edge_citations_pair ON edge_citations (source, target, type, date);
CREATE TABLE graph_edges (
  source TEXT NOT NULL REFERENCES entities (id),
  target TEXT NOT NULL REFERENCES entities (id),
  type TEXT NOT NULL,
  directed INTEGER NOT NULL CHECK (directed IN (0, 1)),
  weight DOUBLE PRECISION NOT NULL,
  citations INTEGER NOT NULL,
  first_date TEXT,
  last_date TEXT,
  PRIMARY KEY (source, target, type)
);
CREATE INDEX graph_edges_target ON graph_edges (target, source, type);
CREATE INDEX graph_edges_weight ON graph_edges (weight DESC, source, target, type);

-- Claims (kb/claims): figures and denials with the subject they are about. parts is the
-- ClaimSubject as JSON; place keys index denials against counts of the same noun and place.
CREATE TABLE claims (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('figure', 'denial')),
  subject_key TEXT NOT NULL,
  subject TEXT NOT NULL,
  parts TEXT NOT NULL,
  value DOUBLE PRECISION,
  unit TEXT,
  qualifier TEXT,
  period TEXT,
  period_source TEXT,
  source_entity TEXT REFERENCES entities (id),
  start_pos INTEGER NOT NULL,
  end_pos INTEGER NOT NULL,
  text TEXT NOT NULL,
  rule TEXT NOT NULL,
  -- The days the period covers (kb/claims/group.ts periodRange), for overlap lookups.
  period_lo INTEGER,
  period_hi INTEGER,
  PRIMARY KEY (article_id, idx),
  ${spanChecks}
);
CREATE INDEX claims_subject ON claims (subject_key, kind, period_hi);
CREATE TABLE claim_places (
  place_key TEXT NOT NULL,
  article_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  kind TEXT NOT NULL,
  period_hi INTEGER,
  PRIMARY KEY (place_key, article_id, idx),
  FOREIGN KEY (article_id, idx) REFERENCES claims (article_id, idx) ON DELETE CASCADE
);
CREATE INDEX claim_places_kind ON claim_places (place_key, kind, period_hi);
-- One row per subject, its counts kept up to date claim by claim: a list of subjects is one
-- indexed read, and a save compares its claims with the overlapping ones only.
CREATE TABLE claim_subjects (
  subject_key TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  claims INTEGER NOT NULL,
  articles INTEGER NOT NULL,
  outlets INTEGER NOT NULL,
  disagreements INTEGER NOT NULL,
  first_period TEXT,
  last_period TEXT
);
CREATE INDEX claim_subjects_rank ON claim_subjects (articles DESC, disagreements DESC, subject_key);
CREATE TABLE claim_subject_outlets (
  subject_key TEXT NOT NULL,
  outlet TEXT NOT NULL,
  PRIMARY KEY (subject_key, outlet)
);
-- The entities a subject is about (its agent and places), for claims about one actor.
CREATE TABLE claim_entities (
  entity_id TEXT NOT NULL REFERENCES entities (id),
  subject_key TEXT NOT NULL,
  PRIMARY KEY (entity_id, subject_key)
);
`,
  },
  {
    version: 5,
    description: "full-text search over the analysed title and text of each article",
    // SQLite only (FTS5): a PostgreSQL store indexes the same analysed terms its own way.
    sql: SEARCH_SCHEMA_SQL,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Portable bookkeeping table; created before any migration runs. */
export const SCHEMA_VERSION_TABLE = `
CREATE TABLE IF NOT EXISTS schema_version (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
