// Why: stories grow one saved article at a time (kb/stories/assign.ts). The save computes the
// article's signature once, finds candidates through the two indexes (LSH band keys, key
// actors) inside the article's date window, assigns it, and refreshes only the story it
// joined; so a save costs what the articles near it in time cost, never the whole store.

import {
  type Assignment,
  assignStory,
  type Candidate,
  indexDay,
  lookupWindow,
  SIGNATURE_VERSION,
  type Signature,
  type StorySketch,
  signature,
  storySummary,
} from "../kb/stories/index.js";
import type { KbArticle } from "../kb/types.js";
import type { ClaimStore } from "./sqlite-claims.js";
import { type Db, dateBound, page, periodEnd, type Stmt } from "./sqlite-util.js";
import type { StoryDetail, StoryQuery, StoryRecord } from "./store.js";

/**
 * Rows one lookup may bring. Articles sharing a band key are near-duplicates of one another,
 * so a few of them speak for all; a key actor's articles are taken nearest in time first.
 */
const MAX_PER_BAND = 50;
const MAX_PER_KEY = 100;
/** Members whose signatures a story's label and shared actors are read from: its latest. */
const SUMMARY_MEMBERS = 100;

function prepare(db: Db) {
  const p = (sql: string): Stmt => db.prepare(sql);
  return {
    // Two index ranges, not one OR: with `day IS NULL OR day BETWEEN`, SQLite reads every row
    // of the band key whatever its day, and a key common to many articles grows with the store.
    bandInWindow: p(
      `SELECT article_id FROM (
         SELECT article_id FROM story_bands WHERE band = @band AND day BETWEEN @from AND @to
         UNION ALL SELECT article_id FROM story_bands WHERE band = @band AND day IS NULL
       ) LIMIT ${MAX_PER_BAND}`,
    ).pluck(),
    bandAnyDay: p(`SELECT article_id FROM story_bands WHERE band = ? LIMIT ${MAX_PER_BAND}`).pluck(),
    keyInWindow: p(
      `SELECT article_id FROM story_keys WHERE entity_id = ? AND day BETWEEN ? AND ?
       ORDER BY abs(day - ?) LIMIT ${MAX_PER_KEY}`,
    ).pluck(),
    member: p(
      `SELECT s.meta, s.sketch, sa.story_id AS storyId FROM story_signatures s
       JOIN story_articles sa ON sa.article_id = s.article_id WHERE s.article_id = ? AND s.version = ?`,
    ),
    insertSignature: p("INSERT INTO story_signatures (article_id, version, meta, sketch) VALUES (?, ?, ?, ?)"),
    insertBand: p("INSERT OR IGNORE INTO story_bands (band, day, article_id) VALUES (?, ?, ?)"),
    insertKey: p("INSERT OR IGNORE INTO story_keys (entity_id, day, article_id) VALUES (?, ?, ?)"),
    insertStory: p("INSERT INTO stories (id, label, updated_at) VALUES (?, '', ?)"),
    insertMember: p(
      "INSERT INTO story_articles (story_id, article_id, score, reason, joined_at) VALUES (?, ?, ?, ?, ?)",
    ),
    insertLink: p("INSERT OR IGNORE INTO story_links (story_id, other_id, article_id) VALUES (?, ?, ?)"),
    latestSignatures: p(
      `SELECT s.meta, s.sketch FROM story_articles sa JOIN story_signatures s ON s.article_id = sa.article_id
       WHERE sa.story_id = ? ORDER BY sa.joined_at DESC, sa.article_id DESC LIMIT ${SUMMARY_MEMBERS}`,
    ),
    span: p(
      `SELECT COUNT(*) AS articles, MIN(a.published) AS first, MAX(a.published) AS last
       FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?`,
    ),
    outlets: p(
      `SELECT a.outlet FROM story_articles sa JOIN articles a ON a.id = sa.article_id
       WHERE sa.story_id = ? AND a.outlet IS NOT NULL
       GROUP BY a.outlet ORDER BY COUNT(*) DESC, MIN(COALESCE(a.published, '9999')), a.outlet`,
    ).pluck(),
    updateStory: p(
      `UPDATE stories SET label = ?, first_date = ?, last_date = ?, happened = ?, articles = ?, outlets = ?, actors = ?,
         updated_at = ? WHERE id = ?`,
    ),
  };
}

interface StoredSignature {
  meta: string;
  sketch: Buffer;
}

/**
 * A signature as stored: bands are indexed apart and not kept; the two sketches go in binary.
 * Every candidate of every save is decoded, so the words are copied by plain loops (an
 * Array.from with a callback per word cost eight times as much).
 */
function encode(sig: Signature): StoredSignature {
  const { minhash, content, bands: _, ...meta } = sig;
  const sketch = Buffer.alloc(4 * (minhash.length + content.length));
  for (let i = 0; i < minhash.length; i++) sketch.writeUInt32LE(minhash[i]!, 4 * i);
  for (let i = 0; i < content.length; i++) sketch.writeUInt32LE(content[i]!, 4 * (minhash.length + i));
  return { meta: JSON.stringify({ ...meta, sizes: [minhash.length, content.length] }), sketch };
}

function decode(row: StoredSignature): Signature {
  const { sizes, ...meta } = JSON.parse(row.meta) as Omit<Signature, "minhash" | "content" | "bands"> & {
    sizes: [number, number];
  };
  const words = (from: number, to: number) => {
    const out: number[] = [];
    for (let i = from; i < to; i++) out.push(row.sketch.readUInt32LE(4 * i));
    return out;
  };
  return { ...meta, minhash: words(0, sizes[0]), content: words(sizes[0], sizes[0] + sizes[1]), bands: [] };
}

export interface StoryAssignment extends Assignment {
  /** The story the article is now in (a new one when `storyId` was null). */
  story: string;
}

/** The id of a story started by an article: its first article's id, so ids are stable. */
export const storyIdOf = (articleId: string) => `s${articleId}`;

export class StoryWriter {
  readonly #sql: ReturnType<typeof prepare>;

  constructor(db: Db) {
    this.#sql = prepare(db);
  }

  /**
   * Assigns a saved article to a story and indexes it; `weight` is the corpus weight of a global
   * entity, `words` the article's sketchOf when computed before.
   */
  add(article: KbArticle, weight: (entityId: string) => number, now: string, words?: StorySketch): StoryAssignment {
    const sig = signature(article, { entityWeight: weight }, words);
    const assignment = assignStory(sig, this.#candidates(sig));
    const sql = this.#sql;
    const story = assignment.storyId ?? storyIdOf(article.id);
    const { meta, sketch } = encode(sig);
    sql.insertSignature.run(article.id, SIGNATURE_VERSION, meta, sketch);
    const day = indexDay(sig);
    for (const band of sig.bands) sql.insertBand.run(band, day, article.id);
    if (day !== null) for (const key of sig.keys) sql.insertKey.run(key, day, article.id);
    if (assignment.storyId === null) sql.insertStory.run(story, now);
    const joined = assignment.storyId !== null;
    sql.insertMember.run(story, article.id, joined ? assignment.score : null, assignment.reason, now);
    for (const other of assignment.mergeCandidates) sql.insertLink.run(story, other, article.id);
    this.#refresh(story, now);
    return { ...assignment, story };
  }

  #candidates(sig: Signature): Candidate[] {
    const sql = this.#sql;
    const ids = new Set<string>();
    const window = lookupWindow(sig);
    for (const band of sig.bands) {
      const rows = window ? sql.bandInWindow.all({ band, ...window }) : sql.bandAnyDay.all(band);
      for (const id of rows as string[]) ids.add(id);
    }
    if (window) {
      const day = indexDay(sig)!;
      for (const key of sig.keys) {
        for (const id of sql.keyInWindow.all(key, window.from, window.to, day) as string[]) ids.add(id);
      }
    }
    ids.delete(sig.article);
    const out: Candidate[] = [];
    for (const id of ids) {
      const row = sql.member.get(id, SIGNATURE_VERSION) as (StoredSignature & { storyId: string }) | undefined;
      if (row) out.push({ signature: decode(row), storyId: row.storyId });
    }
    return out;
  }

  /** Label, dates, outlets and shared actors of a story, from its members' signatures. */
  #refresh(story: string, now: string): void {
    const sql = this.#sql;
    // Counts, dates and outlets from every member; label, day and shared actors from the
    // latest members' signatures, so a story of thousands of copies costs what one of 100 does.
    const latest = (sql.latestSignatures.all(story) as StoredSignature[]).map(decode);
    const summary = storySummary(latest);
    const span = sql.span.get(story) as { articles: number; first: string | null; last: string | null };
    sql.updateStory.run(
      summary.label,
      span.first,
      span.last,
      summary.day,
      span.articles,
      JSON.stringify(sql.outlets.all(story)),
      JSON.stringify(summary.actors),
      now,
      story,
    );
  }
}

interface StoryRow {
  id: string;
  label: string;
  articles: number;
  outlets: string;
  first_date: string | null;
  last_date: string | null;
  happened: string | null;
  actors: string;
  updated_at: string;
}

interface MemberRow {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  score: number | null;
  reason: string | null;
  text: string;
  lead_end: number | null;
}

/** Where an article's first block ends (an article saved without sentences). */
function firstBlockEnd(text: string): number {
  const end = text.indexOf("\n");
  return end === -1 ? text.length : end;
}

const STORY_COLUMNS = "id, label, articles, outlets, first_date, last_date, happened, actors, updated_at";

const toStory = (r: StoryRow): StoryRecord => ({
  id: r.id,
  label: r.label,
  articles: r.articles,
  outlets: JSON.parse(r.outlets),
  from: r.first_date,
  to: r.last_date,
  day: r.happened,
  actors: JSON.parse(r.actors),
  updatedAt: r.updated_at,
});

function prepareReads(db: Db) {
  const p = (sql: string): Stmt => db.prepare(sql);
  return {
    story: p(`SELECT ${STORY_COLUMNS} FROM stories WHERE id = ?`),
    storyOf: p("SELECT story_id FROM story_articles WHERE article_id = ?").pluck(),
    members: p(
      `SELECT a.id, a.title, a.outlet, a.published, sa.score, sa.reason, a.text,
              (SELECT s.end_pos FROM sentences s WHERE s.article_id = a.id ORDER BY s.idx LIMIT 1) AS lead_end
       FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = ?
       ORDER BY a.published NULLS LAST, sa.joined_at, a.id`,
    ),
    related: p(
      `SELECT DISTINCT s.id, s.label, s.articles FROM story_links l JOIN stories s ON s.id = l.other_id
       WHERE l.story_id = @id
       UNION SELECT DISTINCT s.id, s.label, s.articles FROM story_links l JOIN stories s ON s.id = l.story_id
       WHERE l.other_id = @id`,
    ),
  };
}

export class StoryReader {
  readonly #db: Db;
  readonly #sql: ReturnType<typeof prepareReads>;
  readonly #claims: ClaimStore;
  readonly #dynamic = new Map<string, Stmt>();

  constructor(db: Db, claims: ClaimStore) {
    this.#db = db;
    this.#sql = prepareReads(db);
    this.#claims = claims;
  }

  list(query: StoryQuery): StoryRecord[] {
    const where: string[] = [];
    const params: Record<string, string | number> = page(query);
    const from = dateBound(query.from, "from", false);
    const to = dateBound(query.to, "to", true);
    if (from !== null) {
      where.push(`${periodEnd("last_date")} >= @from`);
      params.from = from;
    }
    if (to !== null) {
      where.push("first_date <= @to");
      params.to = to;
    }
    if (query.minArticles !== undefined && query.minArticles > 1) {
      where.push("articles >= @minArticles");
      params.minArticles = query.minArticles;
    }
    if (query.entity !== undefined) {
      where.push(`id IN (SELECT sa.story_id FROM article_entities ae JOIN story_articles sa ON sa.article_id = ae.article_id
                         WHERE ae.entity_id = @entity)`);
      params.entity = query.entity;
    }
    const order =
      query.sort === "size"
        ? "articles DESC, last_date DESC NULLS LAST, id"
        : "last_date DESC NULLS LAST, articles DESC, id";
    const sql = `SELECT ${STORY_COLUMNS} FROM stories ${where.length > 0 ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY ${order} LIMIT @limit OFFSET @offset`;
    let stmt = this.#dynamic.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql);
      this.#dynamic.set(sql, stmt);
    }
    return (stmt.all(params) as StoryRow[]).map(toStory);
  }

  get(id: string): StoryDetail | null {
    const row = this.#sql.story.get(id) as StoryRow | undefined;
    if (!row) return null;
    const members = (this.#sql.members.all(id) as MemberRow[]).map((m) => ({
      id: m.id,
      title: m.title,
      outlet: m.outlet,
      published: m.published,
      score: m.score,
      reason: m.reason,
      lead: m.text.slice(0, m.lead_end ?? firstBlockEnd(m.text)).trim(),
    }));
    return {
      ...toStory(row),
      members,
      claims: this.#claims.ofArticles(members.map((m) => m.id)),
      related: this.#sql.related.all({ id }) as StoryDetail["related"],
    };
  }

  storyOf(articleId: string): string | null {
    return (this.#sql.storyOf.get(articleId) as string | undefined) ?? null;
  }
}
