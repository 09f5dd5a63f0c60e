// The API's records as the interface reads them (see GET /api/openapi.json and
// src/store/store.ts): only the fields the pages use.

export type EntityType = "PER" | "ORG" | "LOC";

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface Span {
  start: number;
  end: number;
}

export interface ArticleRef {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
}

export interface EntityRef {
  id: string;
  name: string;
  type: EntityType;
}

export interface Stats {
  articles: number;
  entities: number;
  quotes: number;
  events: number;
  stories: number;
  edges: number;
  claims: number;
}

export interface SearchHit {
  articleId: string;
  title: string;
  outlet: string | null;
  published: string | null;
  snippets: (Span & { text: string; highlights: Span[] })[];
  titleHighlights: Span[];
}

export interface SearchResult extends Page<SearchHit> {
  total?: number;
}

export interface Facet {
  value: string;
  count: number;
}

export interface SearchFacets {
  counted: number;
  partial: boolean;
  outlets: Facet[];
  months: Facet[];
  eventKinds: Facet[];
  entities: (EntityRef & { count: number })[];
}

export interface Mention extends Span {
  type: EntityType;
  rule: string;
  entity?: number;
}

export interface Article extends ArticleRef {
  author: string | null;
  dateline: string | null;
  source: string;
  text: string;
  captions: Span[];
  layers: {
    sentences: Span[];
    mentions: Mention[];
    entities: { id: string; name: string; type: EntityType; aliases: string[]; roles: string[]; mentions: Span[] }[];
    quotes: (Span & {
      speaker: string | null;
      speakerText: string | null;
      text: string;
      direct: boolean;
      verb: string | null;
      rule: string;
    })[];
    times: (Span & { text: string; value: string | null; granularity: string | null; rule: string })[];
    figures: (Span & { text: string; value: number; unit: string | null; about: string | null; rule: string })[];
    events: (Span & { kind: string; actors: string[]; place: string | null; trigger: string; rule: string })[];
  };
  entityIds: string[];
  story: string | null;
}

export interface EntitySummary extends EntityRef {
  articles: number;
  mentions: number;
  aliases: string[];
}

export interface Quote extends Span {
  article: ArticleRef;
  speaker: EntityRef | null;
  speakerText: string | null;
  text: string;
  direct: boolean;
  verb: string | null;
}

export interface Dossier {
  entity: EntitySummary;
  names: { text: string; count: number }[];
  roles: { role: string; count: number; first: string | null; last: string | null; articles: string[] }[];
  articles: ArticleRef[];
  related: (EntityRef & { articles: number; sentences: number })[];
  quotes: Quote[];
}

export interface TimelineItem extends Span {
  value: string;
  granularity: "day" | "month" | "year" | null;
  text: string;
  sentence: Span & { text: string };
  article: ArticleRef;
  entities: EntityRef[];
  events: string[];
  plan: boolean;
}

export interface GraphNode extends EntityRef {
  articles: number;
  depth: number | null;
}

export interface GraphEdge {
  source: string;
  target: string;
  sourceName: string;
  targetName: string;
  type: string;
  directed: boolean;
  weight: number;
  citations: number;
  first: string | null;
  last: string | null;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export interface EdgeCitation extends Span {
  type: string;
  date: string | null;
  rule: string;
  article: ArticleRef;
  sentence: string;
}

export interface Story {
  id: string;
  label: string;
  articles: number;
  outlets: string[];
  from: string | null;
  to: string | null;
  day: string | null;
  actors: { id: string; name: string; articles: number }[];
}

export interface Claim extends Span {
  kind: "figure" | "denial";
  value: number | null;
  unit: string | null;
  period: string | null;
  source: EntityRef | null;
  article: ArticleRef;
  sentence: string;
  text: string;
  rule: string;
}

export interface ClaimGroup {
  subjectKey: string;
  subject: string;
  noun: string;
  claims: Claim[];
  disagreement: boolean;
  disagreements: { kind: "values" | "denial"; a: Claim; b: Claim }[];
}

export interface StoryDetail extends Story {
  members: (ArticleRef & { score: number | null; reason: string | null; lead: string })[];
  claims: ClaimGroup[];
  related: { id: string; label: string; articles: number }[];
}
