// What both halves of the SQLite store (articles in sqlite.ts, the knowledge base in
// sqlite-kb.ts) share: the driver types and the checks on query parameters.
import type Database from "better-sqlite3";
import { MarsadError } from "../errors.js";

export type Db = Database.Database;
// biome-ignore lint/suspicious/noExplicitAny: better-sqlite3 binds positional or named values
export type Stmt = Database.Statement<any[], unknown>;

const DATE_BOUND = /^\d{4}(-\d{2}(-\d{2})?)?$/;

export function dateBound(value: string | undefined, name: string, end: boolean): string | null {
  if (value === undefined) return null;
  if (!DATE_BOUND.test(value)) throw new MarsadError("BAD_ARGUMENT", `${name} must be YYYY, YYYY-MM or YYYY-MM-DD`);
  // A prefix sorts before every date it covers, so `from` works as given; `to` is widened
  // to the last day it covers.
  if (!end) return value;
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-31`;
  return value;
}

/** SQL: the last day a YYYY, YYYY-MM or YYYY-MM-DD value in `column` covers. */
export const periodEnd = (column: string) =>
  `(CASE length(${column}) WHEN 4 THEN ${column} || '-12-31' WHEN 7 THEN ${column} || '-31' ELSE ${column} END)`;

export function count(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0)
    throw new MarsadError("BAD_ARGUMENT", `${name} must be a whole number ≥ 0`);
  return value;
}

/** LIMIT/OFFSET parameters: no limit is -1 for SQLite. */
export function page(query: { limit?: number; offset?: number }) {
  return {
    limit: query.limit === undefined ? -1 : count(query.limit, "limit", -1),
    offset: count(query.offset, "offset", 0),
  };
}

export function failure(error: unknown, source?: string): MarsadError {
  if (error instanceof MarsadError) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new MarsadError("STORE_FAILED", detail, source);
}
