// Search: ranked articles with highlighted snippets, and how the matches spread (facets).
import { MarsadError } from "../../errors.js";
import { DEFAULT_LIMIT, MAX_LIMIT } from "../../search/sqlite.js";
import type { SearchOptions } from "../../store/index.js";
import { decodeCursor, encodeCursor, type Param, type Route, text, type Value } from "../route.js";
import { DATES, ENTITY, OUTLET } from "./corpus.js";

const QUERY: Param[] = [
  {
    name: "q",
    type: "string",
    required: true,
    description: 'The query: words (AND), "a phrase", prefix*, OR between items, -word to exclude.',
  },
  OUTLET,
  ...DATES,
  ENTITY,
  { name: "kind", type: "string", description: "Only articles with an event of this kind." },
];

function options(query: Record<string, Value>): SearchOptions {
  return {
    outlet: text(query.outlet),
    from: text(query.from),
    to: text(query.to),
    entity: text(query.entity),
    eventKind: text(query.kind),
  };
}

export const searchRoutes: Route[] = [
  {
    method: "get",
    path: "/api/search",
    summary:
      "Articles matching a query, best first (BM25), with snippets whose highlights are offsets into the article text.",
    tag: "search",
    query: [
      ...QUERY,
      { name: "limit", type: "integer", description: `Hits per page (1–${MAX_LIMIT}, default ${DEFAULT_LIMIT}).` },
      { name: "cursor", type: "string", description: "Where the next page starts: the `next` of the previous page." },
    ],
    returns: "SearchResult",
    async handle({ store, query }) {
      const limit = query.limit === undefined ? DEFAULT_LIMIT : Number(query.limit);
      if (limit < 1 || limit > MAX_LIMIT) throw new MarsadError("BAD_ARGUMENT", `limit: 1 to ${MAX_LIMIT}`);
      const offset = decodeCursor(query.cursor);
      const result = await store.search(String(query.q), { ...options(query), limit: limit + 1, offset });
      return {
        ...(result.total === undefined ? {} : { total: result.total }),
        items: result.hits.slice(0, limit),
        next: result.hits.length > limit ? encodeCursor(offset + limit) : null,
      };
    },
  },
  {
    method: "get",
    path: "/api/search/facets",
    summary: "How the matches of a query spread over outlets, months, event kinds and entities.",
    tag: "search",
    query: QUERY,
    returns: "SearchFacets",
    handle: ({ store, query }) => store.searchFacets(String(query.q), options(query)),
  },
];
