// The knowledge-base half of the SQLite store: the cross-article queries (entities, dossiers,
// quotes, timeline) and the version-2 backfill. Linking saved articles' entities to global
// entities is sqlite-identity's. Everything here runs inside a transaction the caller opens.
import { type RoleRow, rankCooccurrences, rolesOverTime } from "../kb/dossier.js";
import { type GlobalForm, rankForms } from "../kb/identity.js";
import { looserKeys, nameKey } from "../kb/names.js";
import { isPlan } from "../kb/timeline/plan.js";
import type { EntityType, Granularity, Span } from "../model.js";
import { coveringText } from "./sentences.js";
import { IdentityWriter } from "./sqlite-identity.js";
import { type Db, dateBound, page, periodEnd, type Stmt } from "./sqlite-util.js";
import type {
  ArticleRef,
  DossierOptions,
  EntityDossier,
  EntityQuery,
  EntityRef,
  EntitySummary,
  EventQuery,
  EventRecord,
  QuoteQuery,
  QuoteRecord,
  TimelineItem,
  TimelineQuery,
} from "./store.js";

const DOSSIER_LIMIT = 20;

interface EntityRow {
  id: string;
  name: string;
  type: EntityType;
  articles: number;
  mentions: number;
}

interface QuoteRow {
  articleId: string;
  idx: number;
  start_pos: number;
  end_pos: number;
  speakerId: string | null;
  speakerName: string | null;
  speakerType: EntityType | null;
  speakerText: string | null;
  text: string;
  direct: number;
  verb: string | null;
  title: string;
  outlet: string | null;
  published: string | null;
}

interface TimeRow {
  articleId: string;
  start_pos: number;
  end_pos: number;
  text: string;
  value: string;
  granularity: Granularity | null;
  sentence: number;
  s_start: number;
  s_end: number;
  title: string;
  outlet: string | null;
  published: string | null;
}

interface EventRow {
  articleId: string;
  idx: number;
  kind: string;
  cameo: string;
  trigger: string;
  time: string | null;
  place: string | null;
  placeId: string | null;
  start_pos: number;
  end_pos: number;
  rule: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

interface ArticleText {
  text: string;
  sentences(): Span[];
}

function prepareKb(db: Db) {
  const p = (sql: string): Stmt => db.prepare(sql);
  return {
    forms: p(
      `SELECT form AS text, form_key AS key, words, as_name AS asName, as_alias AS asAlias
       FROM entity_forms WHERE entity_id = ? ORDER BY form`,
    ),
    entity: p("SELECT id, name, type, articles, mentions FROM entities WHERE id = ?"),
    idsByKey: p("SELECT DISTINCT entity_id FROM entity_forms WHERE form_key = ?").pluck(),
    listAll: p(
      `SELECT id, name, type, articles, mentions FROM entities
       ORDER BY articles DESC, mentions DESC, name, id LIMIT @limit OFFSET @offset`,
    ),
    listByType: p(
      `SELECT id, name, type, articles, mentions FROM entities WHERE type = @type
       ORDER BY articles DESC, mentions DESC, name, id LIMIT @limit OFFSET @offset`,
    ),
    roles: p("SELECT role, published, article_id AS articleId FROM entity_roles WHERE entity_id = ?"),
    articles: p(
      `SELECT a.id, a.title, a.outlet, a.published FROM articles a
       WHERE a.id IN (SELECT article_id FROM article_entities WHERE entity_id = ?)
       ORDER BY a.published DESC NULLS LAST, a.id LIMIT ?`,
    ),
    coArticles: p(
      `SELECT o.entity_id AS id, COUNT(DISTINCT o.article_id) AS n
       FROM article_entities me JOIN article_entities o ON o.article_id = me.article_id
       WHERE me.entity_id = @id AND o.entity_id <> @id GROUP BY o.entity_id`,
    ),
    coSentences: p(
      `SELECT entity_id AS id, COUNT(*) AS n FROM (
         SELECT DISTINCT o.entity_id, o.article_id, o.sentence
         FROM mentions me JOIN mentions o ON o.article_id = me.article_id AND o.sentence = me.sentence
         WHERE me.entity_id = @id AND me.sentence IS NOT NULL AND o.entity_id IS NOT NULL AND o.entity_id <> @id
       ) shared GROUP BY entity_id`,
    ),
    articleText: p("SELECT text FROM articles WHERE id = ?").pluck(),
    sentences: p("SELECT start_pos, end_pos FROM sentences WHERE article_id = ? ORDER BY idx"),
    sentenceEntities: p(
      `SELECT e.id, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id
       WHERE m.article_id = ? AND m.sentence = ? GROUP BY e.id, e.name, e.type ORDER BY MIN(m.start_pos), e.id`,
    ),
    eventActors: p(
      "SELECT actor, entity_id AS id FROM event_actors WHERE article_id = ? AND event_idx = ? ORDER BY idx",
    ),
    localName: p("SELECT name FROM article_entities WHERE article_id = ? AND local_id = ? LIMIT 1").pluck(),
    sentenceEvents: p("SELECT DISTINCT kind FROM events WHERE article_id = ? AND sentence = ? ORDER BY kind").pluck(),
  };
}

/** The folded speaker of a quote no entity stands behind, or as written beside its entity. */
export function speakerKey(speakerText: string | null, speaker: string | null, linked: boolean): string | null {
  const written = speakerText ?? (linked ? null : speaker);
  const key = written === null ? "" : nameKey(written);
  return key === "" ? null : key;
}

export class SqliteKnowledge {
  readonly #db: Db;
  readonly #sql: ReturnType<typeof prepareKb>;
  readonly #dynamic = new Map<string, Stmt>();

  constructor(db: Db) {
    this.#db = db;
    this.#sql = prepareKb(db);
  }

  #forms(id: string): GlobalForm[] {
    return this.#sql.forms.all(id) as GlobalForm[];
  }

  /** Statements whose WHERE clause depends on which filters are given, prepared once each. */
  #prepared(sql: string): Stmt {
    let stmt = this.#dynamic.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      this.#dynamic.set(sql, stmt);
    }
    return stmt;
  }

  #summary(row: EntityRow): EntitySummary {
    const aliases = rankForms(this.#forms(row.id))
      .slice(1)
      .map((group) => group.text);
    return { ...row, aliases };
  }

  #ref(id: string): EntityRef | null {
    const row = this.#sql.entity.get(id) as EntityRow | undefined;
    return row ? { id: row.id, name: row.name, type: row.type } : null;
  }

  listEntities(query: EntityQuery): EntitySummary[] {
    const params = page(query);
    const rows = (
      query.type === undefined
        ? this.#sql.listAll.all(params)
        : this.#sql.listByType.all({ ...params, type: query.type })
    ) as EntityRow[];
    return rows.map((row) => this.#summary(row));
  }

  findEntities(name: string): EntitySummary[] {
    const ids = new Set<string>();
    if (this.#sql.entity.get(name.trim()) !== undefined) ids.add(name.trim());
    const byKey = (key: string) => {
      for (const id of this.#sql.idsByKey.all(key) as string[]) ids.add(id);
    };
    byKey(nameKey(name));
    if (ids.size === 0) for (const key of looserKeys(name)) byKey(key);
    return [...ids]
      .map((id) => this.#sql.entity.get(id) as EntityRow)
      .sort((a, b) => b.articles - a.articles || b.mentions - a.mentions || (a.id < b.id ? -1 : 1))
      .map((row) => this.#summary(row));
  }

  entityDossier(id: string, options: DossierOptions): EntityDossier | null {
    const sql = this.#sql;
    const row = sql.entity.get(id) as EntityRow | undefined;
    if (!row) return null;
    const limit = options.limit ?? DOSSIER_LIMIT;
    const names = rankForms(this.#forms(id)).map((g) => ({
      text: g.text,
      asName: g.asName,
      asAlias: g.asAlias,
      count: g.asName + g.asAlias,
    }));
    const pairs = (stmt: Stmt) =>
      new Map((stmt.all({ id }) as { id: string; n: number }[]).map((r) => [r.id, r.n] as const));
    const related = rankCooccurrences(pairs(sql.coArticles), pairs(sql.coSentences), limit).flatMap((c) => {
      const ref = this.#ref(c.id);
      return ref ? [{ ...ref, articles: c.articles, sentences: c.sentences, score: c.score }] : [];
    });
    return {
      entity: this.#summary(row),
      names,
      roles: rolesOverTime(sql.roles.all(id) as RoleRow[]),
      articles: sql.articles.all(id, limit) as ArticleRef[],
      related,
      quotes: this.listQuotes({ entity: id, limit }),
    };
  }

  /** Reads an article's text and sentences once per query, on first use. */
  #articles(): (articleId: string) => ArticleText {
    const cache = new Map<string, ArticleText>();
    return (articleId) => {
      let found = cache.get(articleId);
      if (!found) {
        const sql = this.#sql;
        const text = (sql.articleText.get(articleId) as string | undefined) ?? "";
        let sentences: Span[] | undefined;
        found = {
          text,
          sentences: () => {
            const rows = sql.sentences.all(articleId) as { start_pos: number; end_pos: number }[];
            sentences ??= rows.map((r) => ({ start: r.start_pos, end: r.end_pos }));
            return sentences;
          },
        };
        cache.set(articleId, found);
      }
      return found;
    };
  }

  listEvents(query: EventQuery): EventRecord[] {
    const where: string[] = [];
    const params: Record<string, string | number> = page(query);
    const date = "COALESCE(e.time_text, a.published)";
    if (query.kind !== undefined) {
      where.push("e.kind = @kind");
      params.kind = query.kind;
    }
    if (query.outlet !== undefined) {
      where.push("a.outlet = @outlet");
      params.outlet = query.outlet;
    }
    const from = dateBound(query.from, "from", false);
    const to = dateBound(query.to, "to", true);
    if (from !== null) {
      where.push(`${periodEnd(date)} >= @from`);
      params.from = from;
    }
    if (to !== null) {
      where.push(`${date} <= @to`);
      params.to = to;
    }
    if (query.entity !== undefined) {
      where.push(`(e.article_id, e.idx) IN (SELECT article_id, event_idx FROM event_actors WHERE entity_id = @entity
                  UNION SELECT article_id, idx FROM events WHERE place_entity = @entity)`);
      params.entity = query.entity;
    }
    const stmt = this.#prepared(
      `SELECT e.article_id AS articleId, e.idx, e.kind, e.cameo, e.trigger_text AS trigger, e.time_text AS time,
              e.place, e.place_entity AS placeId, e.start_pos, e.end_pos, e.rule, a.title, a.outlet, a.published
       FROM events e JOIN articles a ON a.id = e.article_id
       ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY ${date} DESC NULLS LAST, e.article_id, e.idx LIMIT @limit OFFSET @offset`,
    );
    const articles = this.#articles();
    return (stmt.all(params) as EventRow[]).map((r) => {
      const name = (local: string) => (this.#sql.localName.get(r.articleId, local) as string | undefined) ?? local;
      return {
        article: { id: r.articleId, title: r.title, outlet: r.outlet, published: r.published },
        idx: r.idx,
        kind: r.kind,
        cameo: r.cameo,
        trigger: r.trigger,
        time: r.time,
        actors: (this.#sql.eventActors.all(r.articleId, r.idx) as { actor: string; id: string | null }[]).map((x) => ({
          id: x.id,
          name: name(x.actor),
        })),
        place: r.place === null ? null : { id: r.placeId, name: name(r.place) },
        start: r.start_pos,
        end: r.end_pos,
        sentence: articles(r.articleId).text.slice(r.start_pos, r.end_pos),
        rule: r.rule,
      };
    });
  }

  listQuotes(query: QuoteQuery): QuoteRecord[] {
    const where: string[] = [];
    const params: Record<string, string | number> = page(query);
    if (query.entity !== undefined) {
      where.push("q.speaker_entity = @entity");
      params.entity = query.entity;
    }
    if (query.speaker !== undefined) {
      where.push("q.speaker_key = @speaker");
      params.speaker = nameKey(query.speaker);
    }
    const stmt = this.#prepared(
      `SELECT q.article_id AS articleId, q.idx, q.start_pos, q.end_pos, q.speaker_entity AS speakerId,
              e.name AS speakerName, e.type AS speakerType, q.speaker_text AS speakerText, q.text, q.direct,
              q.verb, a.title, a.outlet, a.published
       FROM quotes q JOIN articles a ON a.id = q.article_id LEFT JOIN entities e ON e.id = q.speaker_entity
       ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
       ORDER BY a.published DESC NULLS LAST, q.article_id, q.idx LIMIT @limit OFFSET @offset`,
    );
    const articles = this.#articles();
    return (stmt.all(params) as QuoteRow[]).map((r) => {
      const span = { start: r.start_pos, end: r.end_pos };
      const article = articles(r.articleId);
      return {
        article: { id: r.articleId, title: r.title, outlet: r.outlet, published: r.published },
        idx: r.idx,
        ...span,
        speaker:
          r.speakerId !== null && r.speakerName !== null && r.speakerType !== null
            ? { id: r.speakerId, name: r.speakerName, type: r.speakerType }
            : null,
        speakerText: r.speakerText,
        text: r.text,
        direct: r.direct === 1,
        verb: r.verb,
        sentence: coveringText(article.text, article.sentences(), span),
      };
    });
  }

  timeline(query: TimelineQuery): TimelineItem[] {
    const from = dateBound(query.from, "from", false);
    const to = dateBound(query.to, "to", true);
    const where = ["t.value IS NOT NULL"];
    const params: Record<string, string | number> = page(query);
    if (from !== null) {
      // The year prefix bounds the index range; the period end decides overlap.
      where.push("t.value >= @fromYear", `${periodEnd("t.value")} >= @from`);
      params.from = from;
      params.fromYear = from.slice(0, 4);
    }
    if (to !== null) {
      where.push("t.value <= @to");
      params.to = to;
    }
    if (query.kind !== undefined) {
      where.push(
        "EXISTS (SELECT 1 FROM events e WHERE e.article_id = t.article_id AND e.sentence = t.sentence AND e.kind = @kind)",
      );
      params.kind = query.kind;
    }
    if (query.outlet !== undefined) {
      where.push("a.outlet = @outlet");
      params.outlet = query.outlet;
    }
    let times = "times t";
    if (query.entity !== undefined) {
      // Driven from the entity's mentions, so the cost follows the entity, not the corpus.
      times = `(SELECT DISTINCT article_id, sentence FROM mentions WHERE entity_id = @entity AND sentence IS NOT NULL) ms
        JOIN times t ON t.article_id = ms.article_id AND t.sentence = ms.sentence`;
      params.entity = query.entity;
    }
    const stmt = this.#prepared(
      `SELECT t.article_id AS articleId, t.start_pos, t.end_pos, t.text, t.value, t.granularity, t.sentence,
              s.start_pos AS s_start, s.end_pos AS s_end, a.title, a.outlet, a.published
       FROM ${times}
       JOIN sentences s ON s.article_id = t.article_id AND s.idx = t.sentence
       JOIN articles a ON a.id = t.article_id
       WHERE ${where.join(" AND ")}
       ORDER BY t.value, a.published NULLS LAST, t.article_id, t.idx LIMIT @limit OFFSET @offset`,
    );
    const articles = this.#articles();
    const sentenceOf = (r: TimeRow) => articles(r.articleId).text.slice(r.s_start, r.s_end);
    const planOf = (r: TimeRow) =>
      isPlan({ value: r.value, published: r.published, sentence: sentenceOf(r), timeAt: r.start_pos - r.s_start });
    let rows: TimeRow[];
    if (query.plan === undefined) rows = stmt.all(params) as TimeRow[];
    else {
      // Plans are told from the sentence, not in SQL: page after telling them.
      const all = stmt.all({ ...params, limit: -1, offset: 0 }) as TimeRow[];
      const { limit, offset } = params as { limit: number; offset: number };
      rows = all.filter((r) => planOf(r) === query.plan).slice(offset, limit < 0 ? undefined : offset + limit);
    }
    const bySentence = new Map<string, { entities: EntityRef[]; events: string[] }>();
    return rows.map((r) => {
      const key = `${r.articleId}\u0000${r.sentence}`;
      let facts = bySentence.get(key);
      if (!facts) {
        facts = {
          entities: this.#sql.sentenceEntities.all(r.articleId, r.sentence) as EntityRef[],
          events: this.#sql.sentenceEvents.all(r.articleId, r.sentence) as string[],
        };
        bySentence.set(key, facts);
      }
      return {
        value: r.value,
        granularity: r.granularity,
        text: r.text,
        start: r.start_pos,
        end: r.end_pos,
        sentence: { idx: r.sentence, start: r.s_start, end: r.s_end, text: sentenceOf(r) },
        article: { id: r.articleId, title: r.title, outlet: r.outlet, published: r.published },
        entities: facts.entities,
        events: facts.events,
        plan: planOf(r),
      };
    });
  }
}

/**
 * Fills what schema version 2 added for articles saved under version 1: entity forms and
 * names, quote speaker keys (its SQL fills counts and sentences). Entities keep the ids the
 * version-1 rule gave them.
 */
export function backfillIdentity(db: Db): void {
  const writer = new IdentityWriter(db);
  const aliases = new Map<string, string[]>();
  type AliasRow = { article_id: string; entity_idx: number; alias: string };
  for (const row of db
    .prepare("SELECT article_id, entity_idx, alias FROM entity_aliases ORDER BY article_id, entity_idx, idx")
    .all() as AliasRow[]) {
    const key = `${row.article_id}\u0000${row.entity_idx}`;
    const list = aliases.get(key);
    if (list) list.push(row.alias);
    else aliases.set(key, [row.alias]);
  }
  type EntityRow = { article_id: string; idx: number; entity_id: string; name: string; type: EntityType };
  for (const row of db
    .prepare("SELECT article_id, idx, entity_id, name, type FROM article_entities ORDER BY article_id, idx")
    .all() as EntityRow[]) {
    const entity = { name: row.name, type: row.type, aliases: aliases.get(`${row.article_id}\u0000${row.idx}`) ?? [] };
    writer.record(row.entity_id, entity);
  }
  writer.flush();
  type QuoteKeyRow = {
    article_id: string;
    idx: number;
    speaker: string | null;
    speaker_entity: string | null;
    speaker_text: string | null;
  };
  const setKey = db.prepare("UPDATE quotes SET speaker_key = ? WHERE article_id = ? AND idx = ?");
  for (const q of db
    .prepare("SELECT article_id, idx, speaker, speaker_entity, speaker_text FROM quotes")
    .all() as QuoteKeyRow[]) {
    setKey.run(speakerKey(q.speaker_text, q.speaker, q.speaker_entity !== null), q.article_id, q.idx);
  }
}
