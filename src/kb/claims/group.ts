// Why: the analyst wants each subject once — "US troops in Iraq: 2500, two articles, two
// outlets" — and to see where sources disagree. Two kinds of disagreement are flagged:
//   values  two articles give counts of one subject, for overlapping periods, whose ranges do
//           not meet. A qualifier widens a count into a range (lexicon/figure-qualifiers.tsv):
//           approx ±10%, over/min [v, ∞), under/max [0, v]; so «نحو 2500» and «2500» agree.
//           Counts within one article are its own updates, not a disagreement between sources.
//   denial  a denial and a count of the same noun in a shared place (any agent: a denial
//           leaves it open), for overlapping periods or in the same article («نفى العراق دخول
//           قوات … ردا على تقارير عن … إرسال 1500 جندي»).
// Periods: a time of the claim's own clause is the span it names (a day, a month, a year); a
// publication date stands for "as of then", so it is widened by AS_OF_DAYS either way. A claim
// with no period at all overlaps nothing: an undated contradiction cannot be told from a change
// over time.
// Incremental use: the store fetches, for one new article's claims, the claims sharing their
// subjectKey and (for denials, and figures a denial could meet) their placeKeys, and groups
// those; nothing here reads the whole corpus.

import { qualifierMeaning } from "./nouns.js";
import { type Claim, type ClaimSubject, placeKeys } from "./types.js";

export interface Disagreement {
  kind: "values" | "denial";
  a: Claim;
  b: Claim;
}

export interface ClaimGroup {
  subjectKey: string;
  subject: string;
  parts: ClaimSubject;
  /** In the order given. */
  claims: Claim[];
  /** Distinct values of its figures, ascending. */
  values: number[];
  articles: string[];
  outlets: string[];
  disagreement: boolean;
  disagreements: Disagreement[];
}

const APPROX = 0.1;
const AS_OF_DAYS = 31;
const DAY = 86_400_000;

export function groupClaims(claims: readonly Claim[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const claim of claims) {
    let group = groups.get(claim.subjectKey);
    if (!group) {
      group = {
        subjectKey: claim.subjectKey,
        subject: claim.subject,
        parts: claim.parts,
        claims: [],
        values: [],
        articles: [],
        outlets: [],
        disagreement: false,
        disagreements: [],
      };
      groups.set(claim.subjectKey, group);
    }
    group.claims.push(claim);
    if (claim.value !== null && !group.values.includes(claim.value)) group.values.push(claim.value);
    if (!group.articles.includes(claim.article)) group.articles.push(claim.article);
    if (claim.outlet !== null && !group.outlets.includes(claim.outlet)) group.outlets.push(claim.outlet);
  }
  for (const group of groups.values()) {
    group.values.sort((a, b) => a - b);
    valueDisagreements(group);
  }
  denialDisagreements(claims, groups);
  for (const group of groups.values()) group.disagreement = group.disagreements.length > 0;
  return [...groups.values()];
}

/** One flag per pair of articles whose counts cannot both hold. */
function valueDisagreements(group: ClaimGroup): void {
  const figures = group.claims.filter((c) => c.kind === "figure" && c.value !== null);
  const flagged = new Set<string>();
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      const pair = a.article < b.article ? `${a.article}\t${b.article}` : `${b.article}\t${a.article}`;
      if (flagged.has(pair) || disagreement(a, b) !== "values") continue;
      flagged.add(pair);
      group.disagreements.push({ kind: "values", a, b });
    }
  }
}

function denialDisagreements(claims: readonly Claim[], groups: Map<string, ClaimGroup>): void {
  const figuresByPlace = new Map<string, Claim[]>();
  for (const claim of claims) {
    if (claim.kind !== "figure") continue;
    for (const key of placeKeys(claim.parts)) {
      const list = figuresByPlace.get(key);
      if (list) list.push(claim);
      else figuresByPlace.set(key, [claim]);
    }
  }
  for (const denial of claims) {
    if (denial.kind !== "denial") continue;
    const met = new Set<Claim>();
    for (const key of placeKeys(denial.parts)) for (const figure of figuresByPlace.get(key) ?? []) met.add(figure);
    for (const figure of met) {
      if (disagreement(denial, figure) !== "denial") continue;
      const found: Disagreement = { kind: "denial", a: denial, b: figure };
      groups.get(denial.subjectKey)?.disagreements.push(found);
      if (figure.subjectKey !== denial.subjectKey) groups.get(figure.subjectKey)?.disagreements.push(found);
    }
  }
}

/**
 * Whether two claims cannot both hold: "values" for counts of one subject from two articles
 * for overlapping periods whose ranges do not meet, "denial" for a denial and a count of its
 * noun in one of its places (same article, or overlapping periods); null otherwise.
 */
export function disagreement(a: Claim, b: Claim): Disagreement["kind"] | null {
  if (a.kind === "figure" && b.kind === "figure") {
    if (a.subjectKey !== b.subjectKey || a.article === b.article || a.value === null || b.value === null) return null;
    return periodsOverlap(a, b) && !rangesMeet(valueRange(a), valueRange(b)) ? "values" : null;
  }
  if (a.kind === b.kind) return null;
  const [denial, figure] = a.kind === "denial" ? [a, b] : [b, a];
  const places = new Set(placeKeys(figure.parts));
  if (!placeKeys(denial.parts).some((key) => places.has(key))) return null;
  return figure.article === denial.article || periodsOverlap(figure, denial) ? "denial" : null;
}

type Range = [number, number];

export function valueRange(claim: Pick<Claim, "value" | "qualifier">): Range {
  const v = claim.value ?? 0;
  switch (claim.qualifier === null ? undefined : qualifierMeaning(claim.qualifier)) {
    case "approx":
      return [v * (1 - APPROX), v * (1 + APPROX)];
    case "over":
    case "min":
      return [v, Number.POSITIVE_INFINITY];
    case "under":
    case "max":
      return [0, v];
    default:
      return [v, v];
  }
}

const rangesMeet = (a: Range, b: Range) => a[0] <= b[1] && b[0] <= a[1];

/** Days [first, last] a claim's period covers; null when it has none. */
export function periodRange(claim: Pick<Claim, "period" | "periodSource">): Range | null {
  const match = claim.period === null ? null : /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(claim.period);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]) - 1;
  const day = match[3] === undefined ? null : Number(match[3]);
  let first: number;
  let last: number;
  if (month === null) [first, last] = [Date.UTC(year, 0, 1), Date.UTC(year, 11, 31)];
  else if (day === null) [first, last] = [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 0)];
  else first = last = Date.UTC(year, month, day);
  const widen = claim.periodSource === "published" ? AS_OF_DAYS : 0;
  return [first / DAY - widen, last / DAY + widen];
}

export function periodsOverlap(a: Pick<Claim, "period" | "periodSource">, b: Pick<Claim, "period" | "periodSource">) {
  const ra = periodRange(a);
  const rb = periodRange(b);
  return ra !== null && rb !== null && rangesMeet(ra, rb);
}
