// Why: the one place that writes FTS5 query syntax, and it writes it only from a parsed,
// analysed query (query.ts), never from user text: every term goes into an FTS5 string
// literal ("…" with inner quotes doubled), every operator is one this module chose, and the
// grouping is spelt out with parentheses (FTS5 binds AND tighter than OR, the query language
// binds OR tighter, so the parentheses are what keeps the two in agreement).
//
// The index (sqlite.ts) has four columns of an article's terms (analyze.ts) separated by
// spaces, in text order: `title` and `body` hold stems, `title_forms` and `body_forms` the
// unstemmed forms; a fifth, `facets`, holds its filter tokens (facet-tokens.ts). Plain words
// and phrases match the stem columns (FTS5 phrases of stems: «لجنة التنسيق العليا» →
// "لجن تنسيق عليا"); prefixes match the form columns with FTS5's prefix search; filters
// match the facets column. Title and body are separate columns so ranking can weigh a word
// in the headline above a word deep in the body (RANK_WEIGHTS).
import type { Item, SearchQuery } from "./query.js";

export const COLUMNS = ["title", "body", "title_forms", "body_forms", "facets"] as const;

/**
 * bm25 weights, in COLUMNS order. A headline states what an article is about, so a match
 * there counts three times a match in the body; bm25 already favours the short title column
 * through its length normalisation, so a larger weight would bury the body's evidence. The
 * facets column (facet-tokens.ts) filters and never scores.
 */
export const RANK_WEIGHTS = [3, 1, 3, 1, 0] as const;

const STEMS = "{title body}";
const FORMS = "{title_forms body_forms}";

/** An FTS5 string literal: the text is only ever tokenized, never parsed as syntax. */
export function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function itemMatch(item: Item): string {
  if (item.kind === "phrase") return `${STEMS} : ${ftsString(item.stems.join(" "))}`;
  return `${FORMS} : ${ftsString(item.form)} *`;
}

function anyOf(items: readonly Item[]): string {
  return items.length === 1 ? itemMatch(items[0]!) : `(${items.map(itemMatch).join(" OR ")})`;
}

/**
 * The FTS5 MATCH expression of a parsed query, restricted to articles whose facets column
 * holds, for each list in `facets`, one of its tokens.
 */
export function toFtsMatch(query: SearchQuery, facets: ReadonlyArray<readonly string[]> = []): string {
  const required = query.groups.map(anyOf).join(" AND ");
  const words = query.excluded.length === 0 ? required : `(${required}) NOT ${anyOf(query.excluded)}`;
  if (facets.length === 0) return words;
  const filters = facets.map((tokens) => `{facets} : (${tokens.map(ftsString).join(" OR ")})`);
  return `(${words}) AND ${filters.join(" AND ")}`;
}
