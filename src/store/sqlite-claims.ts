// Why: an analyst lists subjects («جندي — الولايات المتحدة — العراق: 2500, two articles»)
// and sees where sources disagree. A saved article's claims (kb/claims) are stored with their
// subject key, place keys and the days their period covers; each subject's counts (claims,
// articles, outlets, disagreements) are kept up to date as claims arrive, a new claim being
// compared (kb/claims/group.ts disagreement) only with the stored claims it could disagree
// with: counts of its subject and denials of its noun and place, for overlapping periods, the
// most recent COMPARED of each. So a save costs the same whatever the size of the store, and a
// list of subjects is one indexed read; the claims it shows are grouped again when read.
import { type Claim, type ClaimGroup, disagreement, groupClaims, periodRange, placeKeys } from "../kb/claims/index.js";
import type { KbArticle } from "../kb/types.js";
import type { EntityType } from "../model.js";
import { type Db, page, type Stmt } from "./sqlite-util.js";
import type { ArticleRef, ClaimGroupRecord, ClaimQuery, ClaimRecord, EntityRef } from "./store.js";

/** Stored claims a new claim is compared with, per lookup (most recent periods first). */
const COMPARED = 50;
/** Claims a subject shows when listed (most recent periods first); its counts cover them all. */
const SHOWN = 30;

interface ClaimRow {
  article_id: string;
  idx: number;
  kind: Claim["kind"];
  subject_key: string;
  subject: string;
  parts: string;
  value: number | null;
  unit: string | null;
  qualifier: string | null;
  period: string | null;
  period_source: Claim["periodSource"];
  source_entity: string | null;
  start_pos: number;
  end_pos: number;
  text: string;
  rule: string;
  outlet: string | null;
}

interface SubjectRow {
  subject_key: string;
  subject: string;
  claims: number;
  articles: number;
  outlets: number;
  disagreements: number;
}

const CLAIM_COLUMNS = `c.article_id, c.idx, c.kind, c.subject_key, c.subject, c.parts, c.value, c.unit, c.qualifier,
  c.period, c.period_source, c.source_entity, c.start_pos, c.end_pos, c.text, c.rule, a.outlet`;

function prepare(db: Db) {
  const p = (sql: string): Stmt => db.prepare(sql);
  return {
    insertClaim: p(
      `INSERT INTO claims (article_id, idx, kind, subject_key, subject, parts, value, unit, qualifier, period,
                           period_source, source_entity, start_pos, end_pos, text, rule, period_lo, period_hi)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertPlace: p(
      "INSERT OR IGNORE INTO claim_places (place_key, article_id, idx, kind, period_hi) VALUES (?, ?, ?, ?, ?)",
    ),
    insertEntity: p("INSERT OR IGNORE INTO claim_entities (entity_id, subject_key) VALUES (?, ?)"),
    insertOutlet: p("INSERT OR IGNORE INTO claim_subject_outlets (subject_key, outlet) VALUES (?, ?)"),
    countSubject: p(
      `INSERT INTO claim_subjects (subject_key, subject, claims, articles, outlets, disagreements, first_period, last_period)
       VALUES (@key, @subject, @claims, 1, @outlets, 0, @first, @last)
       ON CONFLICT (subject_key) DO UPDATE SET claims = claim_subjects.claims + excluded.claims,
         articles = claim_subjects.articles + 1, outlets = claim_subjects.outlets + excluded.outlets,
         first_period = CASE WHEN claim_subjects.first_period IS NULL OR excluded.first_period < claim_subjects.first_period
                             THEN excluded.first_period ELSE claim_subjects.first_period END,
         last_period = CASE WHEN claim_subjects.last_period IS NULL OR excluded.last_period > claim_subjects.last_period
                            THEN excluded.last_period ELSE claim_subjects.last_period END`,
    ),
    addDisagreements: p("UPDATE claim_subjects SET disagreements = disagreements + ? WHERE subject_key = ?"),
    /** Counts of a subject whose period meets [lo, hi]. */
    overlappingFigures: p(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id
       WHERE c.subject_key = @key AND c.kind = 'figure' AND c.period_hi >= @lo AND c.period_lo <= @hi
       ORDER BY c.period_hi DESC LIMIT ${COMPARED}`,
    ),
    /** Claims of a kind under a place key whose period meets [lo, hi], or of the given article. */
    overlappingByPlace: p(
      `SELECT ${CLAIM_COLUMNS} FROM claim_places p JOIN claims c ON c.article_id = p.article_id AND c.idx = p.idx
       JOIN articles a ON a.id = c.article_id
       WHERE p.place_key = @key AND p.kind = @kind
         AND ((p.period_hi >= @lo AND c.period_lo <= @hi) OR p.article_id = @article)
       ORDER BY p.period_hi DESC LIMIT ${COMPARED}`,
    ),
    shownOfSubject: p(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.subject_key = ?
       ORDER BY c.period_hi DESC NULLS LAST, c.article_id, c.idx LIMIT ${SHOWN}`,
    ),
    values: p("SELECT DISTINCT value FROM claims WHERE subject_key = ? AND value IS NOT NULL ORDER BY value").pluck(),
    outlets: p("SELECT outlet FROM claim_subject_outlets WHERE subject_key = ? ORDER BY outlet").pluck(),
    subject: p(
      "SELECT subject_key, subject, claims, articles, outlets, disagreements FROM claim_subjects WHERE subject_key = ?",
    ),
    byArticle: p(
      `SELECT ${CLAIM_COLUMNS} FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.article_id = ?
       ORDER BY c.idx`,
    ),
    entity: p("SELECT id, name, type FROM entities WHERE id = ?"),
    article: p("SELECT id, title, outlet, published, text FROM articles WHERE id = ?"),
  };
}

const toClaim = (r: ClaimRow): Claim => ({
  kind: r.kind,
  subjectKey: r.subject_key,
  subject: r.subject,
  parts: JSON.parse(r.parts),
  value: r.value,
  unit: r.unit,
  qualifier: r.qualifier,
  period: r.period,
  periodSource: r.period_source,
  source: r.source_entity,
  citation: { article: r.article_id, start: r.start_pos, end: r.end_pos },
  article: r.article_id,
  outlet: r.outlet,
  text: r.text,
  rule: r.rule,
});

const claimKey = (c: Pick<Claim, "article" | "citation" | "text">) => `${c.article}\t${c.citation.start}\t${c.text}`;

/** The opposite kind a claim can disagree with across subjects: a denial meets counts, a count meets denials. */
const OTHER_KIND = { figure: "denial", denial: "figure" } as const;

export class ClaimStore {
  readonly #db: Db;
  readonly #sql: ReturnType<typeof prepare>;
  readonly #dynamic = new Map<string, Stmt>();

  constructor(db: Db) {
    this.#db = db;
    this.#sql = prepare(db);
  }

  /** Stores a saved article's claims (over global ids) and brings the counts of the subjects they touch up to date. */
  add(article: Pick<KbArticle, "id" | "outlet">, claims: readonly Claim[]): number {
    if (claims.length === 0) return 0;
    const ranges = claims.map((c) => periodRange(c));
    claims.forEach((claim, idx) => {
      this.#insert(article.id, idx, claim, ranges[idx] ?? null);
    });
    this.#count(article, claims);
    const found = new Map<string, number>();
    const seen = new Set<string>();
    claims.forEach((claim, i) => {
      for (const other of this.#comparable(claim, ranges[i] ?? null)) {
        const kind = disagreement(claim, other);
        if (kind === null) continue;
        // Counts disagree once per pair of articles; a denial once per count it meets.
        const pair =
          kind === "values"
            ? `${claim.subjectKey}\t${[claim.article, other.article].sort().join("\t")}`
            : [claimKey(claim), claimKey(other)].sort().join("\n");
        if (seen.has(pair)) continue;
        seen.add(pair);
        for (const key of new Set([claim.subjectKey, other.subjectKey])) found.set(key, (found.get(key) ?? 0) + 1);
      }
    });
    for (const [key, n] of found) this.#sql.addDisagreements.run(n, key);
    return claims.length;
  }

  #insert(articleId: string, idx: number, claim: Claim, range: [number, number] | null): void {
    const sql = this.#sql;
    const { parts } = claim;
    sql.insertClaim.run(
      articleId,
      idx,
      claim.kind,
      claim.subjectKey,
      claim.subject,
      JSON.stringify(parts),
      claim.value,
      claim.unit,
      claim.qualifier,
      claim.period,
      claim.periodSource,
      claim.source,
      claim.citation.start,
      claim.citation.end,
      claim.text,
      claim.rule,
      range?.[0] ?? null,
      range?.[1] ?? null,
    );
    for (const key of placeKeys(parts)) sql.insertPlace.run(key, articleId, idx, claim.kind, range?.[1] ?? null);
    for (const id of [parts.agent, ...parts.places]) if (id !== null) sql.insertEntity.run(id, claim.subjectKey);
  }

  /** One more article for each subject the claims are about. */
  #count(article: Pick<KbArticle, "outlet">, claims: readonly Claim[]): void {
    const bySubject = new Map<string, Claim[]>();
    for (const c of claims) bySubject.set(c.subjectKey, [...(bySubject.get(c.subjectKey) ?? []), c]);
    for (const [key, group] of bySubject) {
      const newOutlet = article.outlet !== null && this.#sql.insertOutlet.run(key, article.outlet).changes > 0;
      const periods = group.flatMap((c) => (c.period === null ? [] : [c.period])).sort();
      this.#sql.countSubject.run({
        key,
        subject: group[0]!.subject,
        claims: group.length,
        outlets: newOutlet ? 1 : 0,
        first: periods[0] ?? null,
        last: periods.at(-1) ?? null,
      });
    }
  }

  /** Stored claims (this article's included) that `claim` could disagree with. */
  #comparable(claim: Claim, range: [number, number] | null): Claim[] {
    const sql = this.#sql;
    // A claim with no period meets only the claims of its own article.
    const [lo, hi] = range ?? [1, 0];
    const rows: ClaimRow[] = [];
    if (claim.kind === "figure" && range)
      rows.push(...(sql.overlappingFigures.all({ key: claim.subjectKey, lo, hi }) as ClaimRow[]));
    for (const key of placeKeys(claim.parts)) {
      const params = { key, kind: OTHER_KIND[claim.kind], lo, hi, article: claim.article };
      rows.push(...(sql.overlappingByPlace.all(params) as ClaimRow[]));
    }
    return rows.map(toClaim);
  }

  /** Subjects claimed in several articles (or disputed), most articles first, each with its latest claims. */
  list(query: ClaimQuery): ClaimGroupRecord[] {
    const where = ["(s.articles >= @minArticles OR s.disagreements > 0)"];
    const params: Record<string, string | number> = { ...page(query), minArticles: query.minArticles ?? 2 };
    if (query.disputed) where.push("s.disagreements > 0");
    if (query.entity !== undefined) {
      where.push("s.subject_key IN (SELECT subject_key FROM claim_entities WHERE entity_id = @entity)");
      params.entity = query.entity;
    }
    const sql = `SELECT s.subject_key FROM claim_subjects s WHERE ${where.join(" AND ")}
      ORDER BY s.articles DESC, s.disagreements DESC, s.claims DESC, s.subject_key LIMIT @limit OFFSET @offset`;
    let stmt = this.#dynamic.get(sql);
    if (!stmt) {
      stmt = this.#db.prepare(sql).pluck();
      this.#dynamic.set(sql, stmt);
    }
    return (stmt.all(params) as string[]).map((key) => this.#subject(key));
  }

  /** A subject: its counts, and its latest claims grouped with what they may disagree with. */
  #subject(key: string): ClaimGroupRecord {
    const sql = this.#sql;
    const counts = sql.subject.get(key) as SubjectRow;
    const shown = (sql.shownOfSubject.all(key) as ClaimRow[]).map(toClaim);
    const met = new Map<string, Claim>();
    for (const claim of shown) {
      for (const other of this.#comparable(claim, periodRange(claim))) met.set(claimKey(other), other);
    }
    for (const claim of shown) met.delete(claimKey(claim));
    const group = groupClaims([...shown, ...met.values()]).find((g) => g.subjectKey === key)!;
    return {
      ...this.#records([group])[0]!,
      values: sql.values.all(key) as number[],
      outlets: sql.outlets.all(key) as string[],
      articles: counts.articles,
      claimCount: counts.claims,
      disagreement: counts.disagreements > 0,
      disagreementCount: counts.disagreements,
    };
  }

  /** The claims of a set of articles (a story's), grouped among themselves. */
  ofArticles(articleIds: readonly string[]): ClaimGroupRecord[] {
    const claims = articleIds.flatMap((id) => (this.#sql.byArticle.all(id) as ClaimRow[]).map(toClaim));
    const groups = groupClaims(claims).sort(
      (a, b) =>
        b.articles.length - a.articles.length ||
        b.disagreements.length - a.disagreements.length ||
        (a.subjectKey < b.subjectKey ? -1 : 1),
    );
    return this.#records(groups);
  }

  #records(groups: readonly ClaimGroup[]): ClaimGroupRecord[] {
    const entities = new Map<string, EntityRef | null>();
    const entity = (id: string | null): EntityRef | null => {
      if (id === null) return null;
      if (!entities.has(id)) {
        const row = this.#sql.entity.get(id) as { id: string; name: string; type: EntityType } | undefined;
        entities.set(id, row ? { id: row.id, name: row.name, type: row.type } : null);
      }
      return entities.get(id) ?? null;
    };
    const articles = new Map<string, (ArticleRef & { text: string }) | undefined>();
    const article = (id: string) => {
      if (!articles.has(id)) articles.set(id, this.#sql.article.get(id) as (ArticleRef & { text: string }) | undefined);
      return articles.get(id);
    };
    const record = (c: Claim): ClaimRecord => {
      const a = article(c.article);
      return {
        kind: c.kind,
        value: c.value,
        unit: c.unit,
        qualifier: c.qualifier,
        period: c.period,
        periodSource: c.periodSource,
        source: entity(c.source),
        article: { id: c.article, title: a?.title ?? "", outlet: a?.outlet ?? null, published: a?.published ?? null },
        start: c.citation.start,
        end: c.citation.end,
        sentence: a?.text.slice(c.citation.start, c.citation.end) ?? "",
        text: c.text,
        rule: c.rule,
      };
    };
    return groups.map((g) => {
      const records = new Map(g.claims.map((c) => [c, record(c)]));
      const recordOf = (c: Claim) => records.get(c) ?? record(c);
      return {
        subjectKey: g.subjectKey,
        subject: g.subject,
        noun: g.parts.noun,
        aspect: g.parts.aspect,
        agent: entity(g.parts.agent),
        places: g.parts.places.flatMap((id) => entity(id) ?? []),
        values: g.values,
        articles: g.articles.length,
        outlets: g.outlets,
        claimCount: g.claims.length,
        claims: [...records.values()],
        disagreement: g.disagreement,
        disagreementCount: g.disagreements.length,
        disagreements: g.disagreements.map((d) => ({ kind: d.kind, a: recordOf(d.a), b: recordOf(d.b) })),
      };
    });
  }
}
