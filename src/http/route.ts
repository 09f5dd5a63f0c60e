// Why: the HTTP API is a table of routes, each declaring its path, parameters and what it
// returns; the server registers handlers from the table and the OpenAPI document is written
// from the same table, so the document cannot drift from the routes. Parameters are checked
// against their declaration before a handler runs: a typo (?limt=5) is an error, not ignored.
import { MarsadError } from "../errors.js";
import type { Store } from "../store/index.js";

export type ParamType = "string" | "integer" | "number" | "boolean" | "date";

export interface Param {
  name: string;
  type: ParamType;
  description: string;
  required?: boolean;
  enum?: readonly string[];
  /** Several values: repeated (?type=met&type=visited) or comma-separated. */
  list?: boolean;
}

export type Value = string | number | boolean | string[] | undefined;

export interface Request {
  /** Path parameters, by name. */
  path: Record<string, string>;
  /** Query parameters, parsed and checked against the route's declaration. */
  query: Record<string, Value>;
  /** The raw request (for bodies and headers). */
  raw: globalThis.Request;
  store: Store;
}

export interface Route {
  method: "get" | "post";
  /** OpenAPI style: /api/articles/{id}. */
  path: string;
  summary: string;
  tag: string;
  pathParams?: Param[];
  query?: Param[];
  /** Results come in pages: `limit` and `cursor` are added to the query, `{items, next}` is returned. */
  paged?: boolean;
  /** Request body media types (POST). */
  body?: { types: readonly string[]; description: string };
  /** Needs the bearer token. */
  auth?: boolean;
  /** What a 200 holds: a JSON schema reference name, or a media type for streams. */
  returns: string;
  /** Media type of the 200 response (default application/json). */
  produces?: string;
  handle(request: Request): Promise<unknown>;
}

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function parseValue(param: Param, raw: string): string | number | boolean {
  const bad = (why: string) => new MarsadError("BAD_ARGUMENT", `${param.name}: ${why}`);
  switch (param.type) {
    case "integer": {
      const n = Number(raw);
      if (!Number.isInteger(n) || n < 0) throw bad("a whole number ≥ 0");
      return n;
    }
    case "number": {
      const n = Number(raw);
      if (raw.trim() === "" || !Number.isFinite(n)) throw bad("a number");
      return n;
    }
    case "boolean":
      if (raw === "" || raw === "true" || raw === "1") return true;
      if (raw === "false" || raw === "0") return false;
      throw bad("true or false");
    case "date":
      if (!DATE.test(raw)) throw bad("YYYY, YYYY-MM or YYYY-MM-DD");
      return raw;
    default:
      if (param.enum && !param.enum.includes(raw)) throw bad(`one of ${param.enum.join(", ")}`);
      return raw;
  }
}

/** The query as the route declares it; unknown or malformed parameters are BAD_ARGUMENT. */
export function parseQuery(params: readonly Param[], url: URL): Record<string, Value> {
  const out: Record<string, Value> = {};
  const known = new Map(params.map((p) => [p.name, p]));
  for (const name of new Set(url.searchParams.keys())) {
    if (!known.has(name)) {
      const allowed = params.map((p) => p.name).join(", ") || "none";
      throw new MarsadError("BAD_ARGUMENT", `unknown parameter «${name}» (this route takes: ${allowed})`);
    }
  }
  for (const param of params) {
    const values = url.searchParams.getAll(param.name);
    if (values.length === 0) {
      if (param.required) throw new MarsadError("BAD_ARGUMENT", `${param.name} is required`);
      continue;
    }
    if (param.list) {
      out[param.name] = values
        .flatMap((v) => v.split(","))
        .map((v) => v.trim())
        .filter(Boolean)
        .map((v) => String(parseValue(param, v)));
    } else {
      if (values.length > 1) throw new MarsadError("BAD_ARGUMENT", `${param.name} given ${values.length} times`);
      out[param.name] = parseValue(param, values[0]!);
    }
  }
  return out;
}

export const PAGE_PARAMS: readonly Param[] = [
  { name: "limit", type: "integer", description: "Items per page (1–500, default 50)." },
  { name: "cursor", type: "string", description: "Where the next page starts: the `next` of the previous page." },
];

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/** A page position as an opaque cursor (base64url JSON of the offset). */
export function encodeCursor(offset: number): string {
  return Buffer.from(JSON.stringify({ offset })).toString("base64url");
}

export function decodeCursor(cursor: Value): number {
  if (cursor === undefined) return 0;
  try {
    const { offset } = JSON.parse(Buffer.from(String(cursor), "base64url").toString("utf8"));
    if (Number.isInteger(offset) && offset >= 0) return offset;
  } catch {
    // reported below
  }
  throw new MarsadError("BAD_ARGUMENT", "cursor: not a cursor this API gave (use `next` of the previous page)");
}

export interface Page<T> {
  items: T[];
  /** The cursor of the next page; null on the last page. */
  next: string | null;
}

/** Runs a store query for one page: asks for one more item than the page holds to know whether more follow. */
export async function paged<T>(
  query: Record<string, Value>,
  fetch: (window: { limit: number; offset: number }) => Promise<T[]>,
): Promise<Page<T>> {
  const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
  if (limit < 1 || limit > MAX_LIMIT) throw new MarsadError("BAD_ARGUMENT", `limit: 1 to ${MAX_LIMIT}`);
  const offset = decodeCursor(query.cursor);
  const rows = await fetch({ limit: limit + 1, offset });
  return { items: rows.slice(0, limit), next: rows.length > limit ? encodeCursor(offset + limit) : null };
}

/** A query value as the string or undefined store queries take. */
export const text = (value: Value): string | undefined => (value === undefined ? undefined : String(value));
