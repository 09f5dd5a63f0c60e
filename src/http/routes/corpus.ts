// Articles, entities, quotes and events: the corpus as stored.

import { MarsadError } from "../../errors.js";
import type { EntityType } from "../../model.js";
import { type Param, paged, type Route, text } from "../route.js";

export const DATES: Param[] = [
  { name: "from", type: "date", description: "On or after this date (YYYY, YYYY-MM or YYYY-MM-DD)." },
  { name: "to", type: "date", description: "On or before this date (inclusive)." },
];
export const OUTLET: Param = { name: "outlet", type: "string", description: "Only this outlet (exact name)." };
export const ENTITY: Param = { name: "entity", type: "string", description: "A global entity id (see /api/entities)." };
export const ID: Param[] = [{ name: "id", type: "string", description: "The id.", required: true }];

export const corpusRoutes: Route[] = [
  {
    method: "get",
    path: "/api/stats",
    summary: "How much the store holds: articles, entities, quotes, times, figures, events, stories, edges, claims.",
    tag: "corpus",
    returns: "Stats",
    handle: ({ store }) => store.stats(),
  },
  {
    method: "get",
    path: "/api/articles",
    summary: "Stored articles, newest first.",
    tag: "corpus",
    query: [OUTLET, ...DATES],
    paged: true,
    returns: "ArticleSummary",
    handle: ({ store, query }) =>
      paged(query, (w) =>
        store.listArticles({ outlet: text(query.outlet), from: text(query.from), to: text(query.to), ...w }),
      ),
  },
  {
    method: "get",
    path: "/api/articles/{id}",
    summary: "One article with every stored layer, the global entity of each of its entities, and its story.",
    tag: "corpus",
    pathParams: ID,
    returns: "Article",
    async handle({ store, path }) {
      const article = await store.getArticle(path.id!);
      if (!article) throw new MarsadError("NOT_FOUND", `article ${path.id}`);
      return { ...article, story: await store.storyOf(article.id) };
    },
  },
  {
    method: "get",
    path: "/api/entities",
    summary: "Entities across articles, most reported first; with `name`, those a name (or alias, or id) designates.",
    tag: "corpus",
    query: [
      { name: "type", type: "string", enum: ["PER", "ORG", "LOC"], description: "Only this type." },
      {
        name: "name",
        type: "string",
        description: "Entities with this name or alias (clitics and spelling tolerated).",
      },
    ],
    paged: true,
    returns: "EntitySummary",
    handle: ({ store, query }) =>
      paged(query, async (w) => {
        const type = text(query.type) as EntityType | undefined;
        if (query.name === undefined) return store.listEntities({ type, ...w });
        const found = (await store.findEntities(String(query.name))).filter((e) => !type || e.type === type);
        return found.slice(w.offset, w.offset + w.limit);
      }),
  },
  {
    method: "get",
    path: "/api/entities/{id}",
    summary: "An entity's dossier: names, roles over time, articles, who appears with it, its quotes.",
    tag: "corpus",
    pathParams: ID,
    query: [
      {
        name: "limit",
        type: "integer",
        description: "At most this many articles, related entities and quotes (default 20).",
      },
    ],
    returns: "EntityDossier",
    async handle({ store, path, query }) {
      const dossier = await store.entityDossier(path.id!, { limit: query.limit as number | undefined });
      if (!dossier) throw new MarsadError("NOT_FOUND", `entity ${path.id}`);
      return dossier;
    },
  },
  {
    method: "get",
    path: "/api/quotes",
    summary: "Who said what, newest first.",
    tag: "corpus",
    query: [
      { ...ENTITY, description: "Only quotes of this global entity id." },
      {
        name: "speaker",
        type: "string",
        description: "Only quotes whose speaker, as written, is this (unnamed sources).",
      },
    ],
    paged: true,
    returns: "Quote",
    handle: ({ store, query }) =>
      paged(query, (w) => store.listQuotes({ entity: text(query.entity), speaker: text(query.speaker), ...w })),
  },
  {
    method: "get",
    path: "/api/events",
    summary:
      "Events (meet, visit, attack, statement …) with actors and place, latest first, each cited to its sentence.",
    tag: "corpus",
    query: [{ name: "kind", type: "string", description: "Only this kind." }, ENTITY, OUTLET, ...DATES],
    paged: true,
    returns: "Event",
    handle: ({ store, query }) =>
      paged(query, (w) =>
        store.listEvents({
          kind: text(query.kind),
          entity: text(query.entity),
          outlet: text(query.outlet),
          from: text(query.from),
          to: text(query.to),
          ...w,
        }),
      ),
  },
];
