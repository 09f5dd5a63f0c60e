// For the HTTP tests: a store holding the demo corpus, and a fetch that reaches the API either
// in-process (Hono's app.request) or over a real socket.
import { join } from "node:path";
import { ingestedDb } from "../cli/test-helpers.js";
import { openStore, type Store } from "../store/index.js";
import { repoRoot } from "../test-helpers/seeds.js";

export type Fetch = (path: string, init?: RequestInit) => Promise<Response>;

export async function demoStore(): Promise<{ store: Store; db: string; cleanup: () => Promise<void> }> {
  const { db, cleanup } = await ingestedDb(join(repoRoot, "examples"));
  const store = await openStore(db);
  return {
    store,
    db,
    cleanup: async () => {
      await store.close();
      cleanup();
    },
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a test reads whatever JSON a route returns as it expects it
export type Json = any;

/** A response's JSON body. */
export const bodyOf = async (response: Response): Promise<Json> => response.json();

/** GET `path` and its JSON body, asserting nothing. */
export async function getJson(fetch: Fetch, path: string): Promise<{ status: number; body: Json }> {
  const response = await fetch(path);
  return { status: response.status, body: await bodyOf(response) };
}

/**
 * Every path of the OpenAPI document with its parameters filled from what the store holds, so
 * a test can call each operation. Returns [method, path with values, init] per operation.
 */
export async function operations(
  document: {
    paths: Record<string, Record<string, { parameters: { name: string; in: string; required: boolean }[] }>>;
  },
  fill: Record<string, string>,
  token: string,
): Promise<Array<[string, string, RequestInit | undefined]>> {
  const out: Array<[string, string, RequestInit | undefined]> = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      let url = path;
      const query = new URLSearchParams();
      for (const p of op.parameters ?? []) {
        const value = fill[`${path} ${p.name}`] ?? fill[p.name];
        if (p.in === "path") url = url.replace(`{${p.name}}`, encodeURIComponent(value ?? "missing"));
        else if (p.required) query.set(p.name, value ?? "missing");
      }
      const init: RequestInit | undefined =
        method === "post"
          ? {
              method: "POST",
              headers: { authorization: `Bearer ${token}`, "content-type": "text/plain; charset=utf-8" },
              body: fill.upload,
            }
          : undefined;
      out.push([method, query.size > 0 ? `${url}?${query}` : url, init]);
    }
  }
  return out;
}

/**
 * Every operation of the server's OpenAPI document, its parameters filled from what the store
 * holds (an article, an entity, a story, an edge), the upload being `upload`.
 */
export async function documentedOperations(fetch: Fetch, token: string, upload: string, format = "gexf") {
  const { body: document } = await getJson(fetch, "/api/openapi.json");
  const first = async (path: string) => (await getJson(fetch, path)).body;
  const edge = (await first("/api/graph?limit=1")).edges[0];
  const fill = {
    "/api/articles/{id} id": (await first("/api/articles?limit=1")).items[0].id,
    "/api/entities/{id} id": (await first("/api/entities?limit=1")).items[0].id,
    "/api/stories/{id} id": (await first("/api/stories?limit=1")).items[0].id,
    format,
    q: "السنابل",
    source: edge.source,
    target: edge.target,
    upload,
  };
  return { document, calls: await operations(document, fill, token) };
}
