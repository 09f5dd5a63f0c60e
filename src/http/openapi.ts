// The OpenAPI 3.1 document of the routes table (route.ts): paths, parameters, bodies and
// responses are written from the same declarations the server registers, so they match.
import { PAGE_PARAMS, type Param, type Route } from "./route.js";
import { pageOf, ref, SCHEMAS } from "./schemas.js";

const TYPES: Record<Param["type"], Record<string, unknown>> = {
  string: { type: "string" },
  integer: { type: "integer", minimum: 0 },
  number: { type: "number" },
  boolean: { type: "boolean" },
  date: { type: "string", pattern: "^\\d{4}(-\\d{2}(-\\d{2})?)?$" },
};

function parameter(param: Param, where: "path" | "query") {
  const base = param.enum ? { type: "string", enum: param.enum } : TYPES[param.type];
  return {
    name: param.name,
    in: where,
    required: where === "path" || param.required === true,
    description: param.description,
    schema: param.list ? { type: "array", items: base } : base,
    ...(param.list ? { style: "form", explode: true } : {}),
  };
}

const errorResponse = (description: string) => ({
  description,
  content: { "application/json": { schema: ref("Error") } },
});

function operation(route: Route) {
  const query = [...(route.query ?? []), ...(route.paged ? PAGE_PARAMS : [])];
  const schema = route.paged ? pageOf(route.returns) : ref(route.returns);
  const produces = route.produces ?? "application/json";
  return {
    summary: route.summary,
    tags: [route.tag],
    operationId: `${route.method}${route.path.replace(/[{}]/g, "").replace(/\/(\w)/g, (_, c: string) => c.toUpperCase())}`,
    parameters: [
      ...(route.pathParams ?? []).map((p) => parameter(p, "path")),
      ...query.map((p) => parameter(p, "query")),
    ],
    ...(route.body
      ? {
          requestBody: {
            required: true,
            description: route.body.description,
            content: Object.fromEntries(route.body.types.map((t) => [t, { schema: { type: "string" } }])),
          },
        }
      : {}),
    ...(route.auth ? { security: [{ bearer: [] }] } : {}),
    responses: {
      200: {
        description: "OK",
        content: {
          [produces]: { schema: produces === "application/json" ? schema : { type: "string", format: "binary" } },
        },
      },
      400: errorResponse("A parameter is missing, unknown or malformed."),
      ...(route.auth ? { 401: errorResponse("No valid bearer token.") } : {}),
      ...(route.pathParams ? { 404: errorResponse("No such item.") } : {}),
      ...(route.body ? { 413: errorResponse("The body is larger than the server accepts.") } : {}),
      500: errorResponse("The store failed."),
    },
  };
}

export function openApiDocument(routes: readonly Route[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {
    "/api/openapi.json": {
      get: {
        summary: "This document.",
        tags: ["meta"],
        operationId: "getApiOpenapi",
        responses: { 200: { description: "OK", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  };
  for (const route of routes) paths[route.path] = { ...paths[route.path], [route.method]: operation(route) };
  return {
    openapi: "3.1.0",
    info: {
      title: "Marsad",
      version,
      description:
        "Arabic news intelligence: articles, entities, quotes, events, timeline, stories, actor graph, claims and search over a Marsad store. Every error is JSON: {error: {code, message}}. Paged routes return {items, next}; pass `next` as `cursor` for the following page.",
    },
    paths,
    components: {
      schemas: SCHEMAS,
      securitySchemes: { bearer: { type: "http", scheme: "bearer", description: "The token in MARSAD_TOKEN." } },
    },
  };
}
