// The response shapes the OpenAPI document names (components/schemas): the main fields of
// each record the store returns, so a client generator gets typed objects. Every object may
// carry more fields than listed.
type Schema = Record<string, unknown>;

const str = { type: "string" };
const nstr = { type: ["string", "null"] };
const int = { type: "integer" };
const num = { type: "number" };
const bool = { type: "boolean" };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const list = (items: Schema) => ({ type: "array", items });
const object = (properties: Record<string, Schema>, required = Object.keys(properties)): Schema => ({
  type: "object",
  properties,
  required,
});

const span = { start: int, end: int };
const articleRef = object({ id: str, title: str, outlet: nstr, published: nstr });
const entityRef = object({ id: str, name: str, type: { type: "string", enum: ["PER", "ORG", "LOC"] } });

export const SCHEMAS: Record<string, Schema> = {
  Error: object({ error: object({ code: str, message: str }) }),
  Stats: object({
    articles: int,
    entities: int,
    quotes: int,
    times: int,
    figures: int,
    events: int,
    stories: int,
    edges: int,
    claims: int,
  }),
  ArticleRef: articleRef,
  EntityRef: entityRef,
  ArticleSummary: object({ id: str, title: str, outlet: nstr, published: nstr, author: nstr, source: str }),
  Article: object({
    id: str,
    title: str,
    outlet: nstr,
    published: nstr,
    author: nstr,
    dateline: nstr,
    source: str,
    text: str,
    captions: list(object(span)),
    layers: object({
      sentences: list(object(span)),
      mentions: list(object({ ...span, type: str, rule: str })),
      entities: list(
        object({ id: str, name: str, type: str, aliases: list(str), roles: list(str), mentions: list(object(span)) }),
      ),
      quotes: list(
        object({ ...span, speaker: nstr, speakerText: nstr, text: str, direct: bool, verb: nstr, rule: str }),
      ),
      times: list(object({ ...span, text: str, value: nstr, granularity: nstr, anchor: str, rule: str })),
      figures: list(object({ ...span, text: str, value: num, unit: nstr, about: nstr, qualifier: nstr, rule: str })),
      events: list(
        object({ ...span, kind: str, cameo: str, actors: list(str), time: nstr, place: nstr, trigger: str, rule: str }),
      ),
    }),
    entityIds: list(str),
    story: nstr,
  }),
  EntitySummary: object({ id: str, name: str, type: str, articles: int, mentions: int, aliases: list(str) }),
  EntityDossier: object({
    entity: ref("EntitySummary"),
    names: list(object({ text: str, asName: int, asAlias: int, count: int })),
    roles: list(object({ role: str, count: int, first: nstr, last: nstr, articles: list(str) })),
    articles: list(articleRef),
    related: list(object({ id: str, name: str, type: str, articles: int, sentences: int, score: int })),
    quotes: list(ref("Quote")),
  }),
  Quote: object({
    article: articleRef,
    ...span,
    speaker: { oneOf: [entityRef, { type: "null" }] },
    speakerText: nstr,
    text: str,
    direct: bool,
    verb: nstr,
    sentence: nstr,
  }),
  Event: object({
    article: articleRef,
    idx: int,
    kind: str,
    cameo: str,
    trigger: str,
    time: nstr,
    actors: list(object({ id: nstr, name: str })),
    place: { oneOf: [object({ id: nstr, name: str }), { type: "null" }] },
    ...span,
    sentence: str,
    rule: str,
  }),
  TimelineItem: object({
    value: str,
    granularity: nstr,
    text: str,
    ...span,
    sentence: object({ idx: int, ...span, text: str }),
    article: articleRef,
    entities: list(entityRef),
    events: list(str),
    plan: bool,
  }),
  Story: object({
    id: str,
    label: str,
    articles: int,
    outlets: list(str),
    from: nstr,
    to: nstr,
    day: nstr,
    actors: list(object({ id: str, name: str, articles: int })),
    updatedAt: str,
  }),
  StoryDetail: {
    allOf: [
      ref("Story"),
      object({
        members: list(
          object({
            id: str,
            title: str,
            outlet: nstr,
            published: nstr,
            score: { type: ["number", "null"] },
            reason: nstr,
            lead: str,
          }),
        ),
        claims: list(ref("ClaimGroup")),
        related: list(object({ id: str, label: str, articles: int })),
      }),
    ],
  },
  GraphEdge: object({
    source: str,
    target: str,
    sourceName: str,
    targetName: str,
    type: str,
    directed: bool,
    weight: num,
    citations: int,
    first: nstr,
    last: nstr,
  }),
  Graph: object({
    nodes: list(object({ id: str, name: str, type: str, articles: int, depth: { type: ["integer", "null"] } })),
    edges: list(ref("GraphEdge")),
  }),
  EdgeCitation: object({
    source: str,
    target: str,
    type: str,
    weight: num,
    date: nstr,
    rule: str,
    article: articleRef,
    ...span,
    sentence: str,
  }),
  Claim: object({
    kind: { type: "string", enum: ["figure", "denial"] },
    value: { type: ["number", "null"] },
    unit: nstr,
    qualifier: nstr,
    period: nstr,
    source: { oneOf: [entityRef, { type: "null" }] },
    article: articleRef,
    ...span,
    sentence: str,
    text: str,
    rule: str,
  }),
  ClaimGroup: object({
    subjectKey: str,
    subject: str,
    noun: str,
    agent: { oneOf: [entityRef, { type: "null" }] },
    places: list(entityRef),
    values: list(num),
    articles: int,
    outlets: list(str),
    claimCount: int,
    claims: list(ref("Claim")),
    disagreement: bool,
    disagreementCount: int,
    disagreements: list(object({ kind: str, a: ref("Claim"), b: ref("Claim") })),
  }),
  SearchResult: object(
    {
      total: { type: "integer", description: "How many articles match; absent when more than 10,000 do." },
      items: list(
        object({
          articleId: str,
          title: str,
          outlet: nstr,
          published: nstr,
          score: num,
          snippets: list(object({ text: str, ...span, highlights: list(object(span)) })),
          titleHighlights: list(object(span)),
        }),
      ),
      next: nstr,
    },
    ["items", "next"],
  ),
  SearchFacets: object({
    counted: int,
    partial: bool,
    outlets: list(object({ value: str, count: int })),
    months: list(object({ value: str, count: int })),
    eventKinds: list(object({ value: str, count: int })),
    entities: list(object({ id: str, name: str, type: str, count: int })),
  }),
  IngestResult: object({
    source: str,
    stored: list(str),
    duplicates: list(str),
    problems: list(object({ source: str, code: str, message: str })),
  }),
};

/** A page of items of `name`. */
export const pageOf = (name: string): Schema => object({ items: list(ref(name)), next: nstr });
export { ref };
