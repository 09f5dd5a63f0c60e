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
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]?.version ?? 0;

/** Portable bookkeeping table; created before any migration runs. */
export const SCHEMA_VERSION_TABLE = `
CREATE TABLE IF NOT EXISTS schema_version (
  version INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at TEXT NOT NULL
)`;
