// The HTTP API as a Hono app over a store: routes registered from the table (route.ts), every
// error answered as JSON {error: {code, message}} with a status that says what went wrong,
// request bodies size-limited, the upload route behind a bearer token.
import { timingSafeEqual } from "node:crypto";
import { readFileSync } from "node:fs";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { type ErrorCode, MarsadError } from "../errors.js";
import { lexiconPath } from "../lexicon/load.js";
import type { Store } from "../store/index.js";
import { openApiDocument } from "./openapi.js";
import { PAGE_PARAMS, parseQuery, type Route } from "./route.js";
import { corpusRoutes } from "./routes/corpus.js";
import { ioRoutes } from "./routes/io.js";
import { knowledgeRoutes } from "./routes/knowledge.js";
import { searchRoutes } from "./routes/search.js";

export const ROUTES: readonly Route[] = [...searchRoutes, ...corpusRoutes, ...knowledgeRoutes, ...ioRoutes];

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** The bearer token POST routes need; without one they answer 401. */
  token?: string;
  maxBodyBytes?: number;
  /** Extra routes (the web interface) registered after the API. */
  extend?: (app: Hono) => void;
  /** Where unexpected errors (bugs) are reported; the client only learns that one happened. */
  onBug?: (error: unknown) => void;
}

const STATUS: Partial<Record<ErrorCode, 400 | 401 | 404 | 409 | 413 | 415 | 422>> = {
  BAD_ARGUMENT: 400,
  BAD_QUERY: 400,
  BAD_JSONL_LINE: 400,
  UNAUTHORIZED: 401,
  NOT_FOUND: 404,
  AMBIGUOUS: 409,
  TOO_LARGE: 413,
  UNSUPPORTED_FORMAT: 415,
  EMPTY_FILE: 422,
  BINARY_FILE: 422,
  UNDECODABLE: 422,
  NO_ARTICLE: 422,
};

const errorBody = (code: ErrorCode, message: string) => ({ error: { code, message } });

function authorised(header: string | undefined, token: string | undefined): boolean {
  if (!token || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length).trim());
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Hono's path syntax for an OpenAPI path: /api/articles/{id} → /api/articles/:id. */
const honoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1");

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(lexiconPath("../package.json"), "utf8")) as { version: string };
  return pkg.version;
}

export function createApp(options: AppOptions): Hono {
  const { store } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new Hono();
  app.use("*", async (c, next) => {
    await next();
    c.header("X-Content-Type-Options", "nosniff");
  });
  const document = openApiDocument(ROUTES, packageVersion());
  app.get("/api/openapi.json", (c) => c.json(document));
  for (const route of ROUTES) {
    const path = honoPath(route.path);
    const queryParams = [...(route.query ?? []), ...(route.paged ? PAGE_PARAMS : [])];
    const limit = bodyLimit({
      maxSize: maxBodyBytes,
      onError: (c) =>
        c.json(errorBody("TOO_LARGE", `the body is larger than ${maxBodyBytes} bytes (the server's limit)`), 413),
    });
    const handler = async (c: Context) => {
      if (route.auth && !authorised(c.req.header("authorization"), options.token)) {
        const why = options.token
          ? "send the token of MARSAD_TOKEN as «Authorization: Bearer …»"
          : "uploads are disabled: start the server with MARSAD_TOKEN set";
        throw new MarsadError("UNAUTHORIZED", why);
      }
      const url = new URL(c.req.url);
      const result = await route.handle({
        path: c.req.param() as Record<string, string>,
        query: parseQuery(queryParams, url),
        raw: c.req.raw,
        store,
      });
      return result instanceof Response ? result : c.json(result);
    };
    if (route.method === "post") app.post(path, limit, handler);
    else app.get(path, handler);
  }
  app.all("/api/*", (c) => c.json(errorBody("NOT_FOUND", `no route ${c.req.method} ${c.req.path}`), 404));
  options.extend?.(app);
  app.notFound((c) => c.json(errorBody("NOT_FOUND", `no route ${c.req.method} ${c.req.path}`), 404));
  app.onError((error, c) => {
    if (error instanceof MarsadError) return c.json(errorBody(error.code, error.message), STATUS[error.code] ?? 500);
    options.onBug?.(error);
    return c.json(errorBody("INTERNAL", "an unexpected error (a bug in Marsad: please report it)"), 500);
  });
  return app;
}
