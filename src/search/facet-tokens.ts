// Why: a facet filter checked row by row (join, then compare) costs a lookup for every match
// of the words, so «العراق» filtered to one rarely named actor read all 45,000 matches of
// العراق in a 100,000-article store (~40 ms). Written into the index as terms instead, a
// filter is one more doclist for FTS5 to intersect, and the cost follows the matches that
// pass it. Each article's `facets` column holds one token per outlet, entity, event kind and
// date part; a filter becomes an FTS5 phrase on that column, ANDed with the query.
//
// Tokens start with tatweel, which normalizeWord folds away, so no term of an article or a
// query can ever equal one; outlets, entity ids and kinds are hashed (the token is letters
// and digits whatever the value holds; 64 bits, so two values never share one in practice).
// Dates: every dated article has its year token; one dated to the month or day also has its
// month token, one dated only to the year its year-only token. A range is covered by the
// year tokens of the years it spans whole and the month tokens (plus the year-only token) of
// the years it cuts; the exact day bounds are then checked on the few rows that pass.
import { createHash } from "node:crypto";

const MARK = "ـ";

export type FacetKind = "outlet" | "entity" | "kind";
const LETTERS: Record<FacetKind, string> = { outlet: "o", entity: "e", kind: "k" };

export function facetToken(kind: FacetKind, value: string): string {
  return MARK + LETTERS[kind] + createHash("sha1").update(value).digest("hex").slice(0, 16);
}

const yearToken = (year: string) => `${MARK}y${year}`;
const monthToken = (year: string, month: string) => `${MARK}m${year}${month}`;
const yearOnlyToken = (year: string) => `${MARK}u${year}`;

const DATE = /^(\d{4})(?:-(\d{2}))?/;

/** The date tokens of an article's published value (YYYY-MM-DD, YYYY-MM, YYYY or null). */
export function dateTokens(published: string | null): string[] {
  const match = DATE.exec(published ?? "");
  if (!match) return [];
  const [, year, month] = match as unknown as [string, string, string | undefined];
  return [yearToken(year), month === undefined ? yearOnlyToken(year) : monthToken(year, month)];
}

/** Tokens of every date in the months [from, to] (YYYY-MM each); none when from > to. */
export function rangeTokens(from: string, to: string): string[] {
  if (from > to) return [];
  const tokens: string[] = [];
  const [fromYear, toYear] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  for (let year = fromYear; year <= toYear; year++) {
    const y = String(year).padStart(4, "0");
    const first = year === fromYear ? Number(from.slice(5, 7)) : 1;
    const last = year === toYear ? Number(to.slice(5, 7)) : 12;
    if (first === 1 && last === 12) {
      tokens.push(yearToken(y));
      continue;
    }
    tokens.push(yearOnlyToken(y));
    for (let month = first; month <= last; month++) tokens.push(monthToken(y, String(month).padStart(2, "0")));
  }
  return tokens;
}
