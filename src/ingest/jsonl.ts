// JSON Lines → articles: one JSON object per line, blank lines skipped. A bad line becomes a
// Problem naming its line number and the reading goes on. See the field table in README.

import { parseCalendarDate } from "../dates/calendar.js";
import type { ErrorCode, Problem } from "../errors.js";
import type { Article, ArticleMeta } from "../model.js";
import { type Block, buildArticle } from "./article.js";
import { fragmentText, looksLikeHtml } from "./fragment.js";

const BAD: ErrorCode = "BAD_JSONL_LINE";

export interface JsonlArticles {
  articles: Article[];
  problems: Problem[];
}

/** Reads a JSON Lines file; `source` is the file's path, kept as every article's source. */
export function jsonlToArticles(text: string, source: string): JsonlArticles {
  const articles: Article[] = [];
  const problems: Problem[] = [];
  const lines = text.replace(/^\ufeff/, "").split("\n");
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const record = readRecord(line);
    if (typeof record === "string") {
      problems.push({ source: `${source}:${i + 1}`, code: BAD, message: record });
      return;
    }
    articles.push(buildArticle(source, articles.length, record.meta, record.blocks));
  });
  return { articles, problems };
}

interface LineRecord {
  meta: ArticleMeta;
  blocks: Block[];
}

/** The record of one line, or why it cannot be read. */
function readRecord(line: string): LineRecord | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return `not a JSON object but ${data === null ? "null" : Array.isArray(data) ? "an array" : typeof data}`;
  }
  const record = data as Record<string, unknown>;

  const titleField = fieldOf(record, "title");
  const title = record[titleField];
  if (title === undefined || title === null) return `missing "title" (or ${others("title")})`;
  if (typeof title !== "string") return `"${titleField}" must be a string, not ${kind(title)}`;
  if (!collapse(title)) return `"${titleField}" is empty`;

  const textField = fieldOf(record, "text");
  const body = record[textField];
  if (body === undefined || body === null) return `missing "text" (or ${others("text")})`;
  if (typeof body !== "string") return `"${textField}" must be a string, not ${kind(body)}`;
  const paragraphs = splitParagraphs(looksLikeHtml(body) ? fragmentText(body) : body);
  if (paragraphs.length === 0) return `"${textField}" is empty`;

  const optional: Partial<Record<OptionalField, string | null>> = {};
  for (const field of OPTIONAL) {
    const name = fieldOf(record, field);
    const value = stringOf(record[name]);
    if (value === undefined) continue;
    if (typeof value !== "string") return `"${name}" must be a string, not ${kind(record[name])}`;
    optional[field] = collapse(value) || null;
  }

  const captions = record.captions;
  let captionBlocks: Block[] = [];
  if (captions !== undefined && captions !== null) {
    if (!Array.isArray(captions) || captions.some((c) => typeof c !== "string")) {
      return `"captions" must be an array of strings`;
    }
    captionBlocks = (captions as string[])
      .map(collapse)
      .filter(Boolean)
      .map((text) => ({ text, caption: true }));
  }

  const meta: ArticleMeta = {
    title: collapse(title),
    outlet: optional.outlet ?? null,
    published: optional.published
      ? (isoPublished(optional.published) ?? parseCalendarDate(optional.published)?.value ?? null)
      : null,
    author: optional.author ?? null,
    dateline: optional.dateline ?? null,
  };
  return { meta, blocks: [...captionBlocks, ...paragraphs.map((text) => ({ text }))] };
}

/**
 * The names feeds give each field, the documented one first: scrapers and news APIs write
 * «headline», «content», «source», «pubDate» … for the same things.
 */
const FIELD_NAMES = {
  title: ["title", "headline"],
  text: ["text", "body", "content", "article", "articleBody", "article_body"],
  outlet: ["outlet", "source", "site", "site_name", "siteName", "publisher", "source_name"],
  published: ["published", "date", "published_at", "publishedAt", "pubDate", "publish_date", "datePublished"],
  author: ["author", "byline", "writer", "authors"],
  dateline: ["dateline"],
  url: ["url", "link"],
} as const;
type Field = keyof typeof FIELD_NAMES;
type OptionalField = Exclude<Field, "title" | "text">;
const OPTIONAL: readonly OptionalField[] = ["outlet", "author", "dateline", "published", "url"];

/** The name the record uses for a field: the first of its names present and not null. */
function fieldOf(record: Record<string, unknown>, field: Field): string {
  const names: readonly string[] = FIELD_NAMES[field];
  return names.find((name) => record[name] !== undefined && record[name] !== null) ?? names[0]!;
}

const others = (field: Field) =>
  FIELD_NAMES[field]
    .slice(1)
    .map((name) => `"${name}"`)
    .join(", ");

/**
 * A field's value as a string: a string; a news API's object with a name ({"name": "…"}); a
 * list of names or of such objects (authors), joined. undefined when absent or an empty list;
 * the value itself when none of these.
 */
function stringOf(value: unknown): string | undefined | unknown {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (Array.isArray(value)) {
    const names = value.map(nameOf);
    if (names.every((name) => typeof name === "string")) return names.length > 0 ? names.join("، ") : undefined;
    return value;
  }
  return nameOf(value) ?? value;
}

/** A string, or the string `name` of an object ({"name": "…"}); undefined otherwise. */
function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return value;
  const name = value !== null && typeof value === "object" ? (value as Record<string, unknown>).name : undefined;
  return typeof name === "string" ? name : undefined;
}

/** Paragraphs are the non-blank lines of the text, whether blank lines or single newlines part them. */
function splitParagraphs(text: string): string[] {
  return text
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(collapse)
    .filter(Boolean);
}

/**
 * YYYY-MM-DD from an ISO date or datetime (the date as written, no time-zone shift), YYYY-MM from
 * an ISO month; anything else is null (other forms are left to the date parser).
 */
export function isoPublished(value: string): string | null {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?$/i.exec(
    value.trim(),
  );
  if (!match) return null;
  const [, year, month, day] = match;
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  if (day === undefined) return `${year}-${month}`;
  const d = Number(day);
  if (d < 1 || d > new Date(Date.UTC(Number(year), m, 0)).getUTCDate()) return null;
  return `${year}-${month}-${day}`;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function kind(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
