// The knowledge base across articles: timeline, stories, actor graph, claims.
import { MarsadError } from "../../errors.js";
import { paged, type Route, text } from "../route.js";
import { DATES, ENTITY, ID, OUTLET } from "./corpus.js";

export const knowledgeRoutes: Route[] = [
  {
    method: "get",
    path: "/api/timeline",
    summary: "Dated sentences in time order, as precise as the text gives them; plans marked.",
    tag: "knowledge",
    query: [
      ...DATES,
      ENTITY,
      { name: "kind", type: "string", description: "Only sentences holding an event of this kind." },
      OUTLET,
      { name: "plan", type: "boolean", description: "true: only plans and deadlines; false: only reports." },
    ],
    paged: true,
    returns: "TimelineItem",
    handle: ({ store, query }) =>
      paged(query, (w) =>
        store.timeline({
          from: text(query.from),
          to: text(query.to),
          entity: text(query.entity),
          kind: text(query.kind),
          outlet: text(query.outlet),
          plan: query.plan as boolean | undefined,
          ...w,
        }),
      ),
  },
  {
    method: "get",
    path: "/api/stories",
    summary: "Articles about the same happening grouped across outlets, latest (or largest) first.",
    tag: "knowledge",
    query: [
      ...DATES,
      ENTITY,
      { name: "minArticles", type: "integer", description: "Only stories of at least this many articles." },
      { name: "sort", type: "string", enum: ["recent", "size"], description: "recent (default) or size." },
    ],
    paged: true,
    returns: "Story",
    handle: ({ store, query }) =>
      paged(query, (w) =>
        store.listStories({
          from: text(query.from),
          to: text(query.to),
          entity: text(query.entity),
          minArticles: query.minArticles as number | undefined,
          sort: query.sort as "recent" | "size" | undefined,
          ...w,
        }),
      ),
  },
  {
    method: "get",
    path: "/api/stories/{id}",
    summary: "One story: its articles with why each joined, their claims compared, related stories.",
    tag: "knowledge",
    pathParams: ID,
    returns: "StoryDetail",
    async handle({ store, path }) {
      const story = await store.getStory(path.id!);
      if (!story) throw new MarsadError("NOT_FOUND", `story ${path.id}`);
      return story;
    },
  },
  {
    method: "get",
    path: "/api/graph",
    summary: "The actor graph: an entity's neighbourhood, or the heaviest edges of the whole graph.",
    tag: "knowledge",
    query: [
      ENTITY,
      { name: "depth", type: "integer", description: "1 (default) or 2." },
      { name: "type", type: "string", list: true, description: "Only these edge types (met, visited, co-occurs …)." },
      { name: "minWeight", type: "number", description: "Only edges at least this heavy." },
      { name: "limit", type: "integer", description: "At most this many edges, heaviest first." },
    ],
    returns: "Graph",
    handle: ({ store, query }) => {
      const depth = query.depth as number | undefined;
      if (depth !== undefined && (depth < 1 || depth > 2)) throw new MarsadError("BAD_ARGUMENT", "depth: 1 or 2");
      return store.graph({
        entity: text(query.entity),
        depth,
        types: query.type as string[] | undefined,
        minWeight: query.minWeight as number | undefined,
        limit: query.limit as number | undefined,
      });
    },
  },
  {
    method: "get",
    path: "/api/graph/citations",
    summary: "The sentences behind one edge (source and target as the edge has them), oldest first.",
    tag: "knowledge",
    query: [
      { name: "source", type: "string", required: true, description: "The edge's source entity id." },
      { name: "target", type: "string", required: true, description: "The edge's target entity id." },
      { name: "type", type: "string", description: "Only this edge type." },
    ],
    paged: true,
    returns: "EdgeCitation",
    handle: ({ store, query }) =>
      paged(query, (w) =>
        store.edgeCitations({
          source: String(query.source),
          target: String(query.target),
          type: text(query.type),
          ...w,
        }),
      ),
  },
  {
    method: "get",
    path: "/api/claims",
    summary: "Figures and denials about one subject across articles and outlets, disagreements flagged.",
    tag: "knowledge",
    query: [
      ENTITY,
      { name: "disputed", type: "boolean", description: "Only subjects where sources disagree." },
      {
        name: "minArticles",
        type: "integer",
        description: "Subjects claimed in at least this many articles (default 2).",
      },
    ],
    paged: true,
    returns: "ClaimGroup",
    handle: ({ store, query }) =>
      paged(query, (w) =>
        store.listClaims({
          entity: text(query.entity),
          disputed: query.disputed as boolean | undefined,
          minArticles: query.minArticles as number | undefined,
          ...w,
        }),
      ),
  },
];
