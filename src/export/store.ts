// Every export format over a store, for the CLI (`marsad export`, `marsad graph --format`) and
// the HTTP API (/api/export/{format}) alike.
import type { GraphEdgeRecord, GraphNodeRecord, GraphView, Store } from "../store/index.js";
import { tokenize } from "../text/tokenize.js";
import { writeEventsCsv } from "./csv.js";
import { writeGdelt } from "./gdelt.js";
import { writeGexf } from "./gexf.js";
import { writeGraphml } from "./graphml.js";
import { writeJsonl } from "./jsonl.js";
import { eventsOf } from "./rows.js";
import type { ActorGraph, ExportArticle, GraphEdge, GraphNode, Sink } from "./types.js";

export const EXPORT_FORMATS = ["jsonl", "csv", "gdelt", "graphml", "gexf"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const MEDIA_TYPES: Record<ExportFormat, string> = {
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  gdelt: "text/tab-separated-values; charset=utf-8",
  graphml: "application/graphml+xml; charset=utf-8",
  gexf: "application/gexf+xml; charset=utf-8",
};

export interface StoreExportOptions {
  /** CSV: start with a byte order mark (for Excel). */
  bom?: boolean;
  /** JSON Lines: add the tokens layer. */
  tokens?: boolean;
}

const toGraphNode = (n: GraphNodeRecord): GraphNode => ({
  id: n.id,
  label: n.name,
  type: n.type,
  articles: n.articles,
});

const toGraphEdge = (e: GraphEdgeRecord): GraphEdge => ({
  source: e.source,
  target: e.target,
  type: e.type,
  directed: e.directed,
  weight: e.weight,
  firstDate: e.first,
  lastDate: e.last,
  citations: e.citations,
});

async function* mapRows<T, U>(rows: AsyncIterable<T> | Iterable<T>, map: (row: T) => U): AsyncGenerator<U> {
  for await (const row of rows) yield map(row);
}

/** The graph a file gets: a view already read, or the whole graph read lazily from the store. */
export function actorGraph(store: Store, view: GraphView | null = null): ActorGraph {
  const source = view ?? store.exportGraph();
  return { nodes: mapRows(source.nodes, toGraphNode), edges: mapRows(source.edges, toGraphEdge) };
}

/** Stored articles, with their tokens again when asked for (the store does not keep them). */
async function* articles(store: Store, tokens: boolean): AsyncGenerator<ExportArticle> {
  for await (const article of store.allArticles()) {
    if (tokens) article.layers.tokens = tokenize(article.text);
    yield article;
  }
}

export function exportStore(store: Store, format: ExportFormat, sink: Sink, options: StoreExportOptions = {}) {
  switch (format) {
    case "jsonl":
      return writeJsonl(articles(store, options.tokens ?? false), sink, { tokens: options.tokens });
    case "csv":
      return writeEventsCsv(eventsOf(articles(store, false)), sink, { bom: options.bom });
    case "gdelt":
      return writeGdelt(eventsOf(articles(store, false)), sink);
    case "graphml":
      return writeGraphml(actorGraph(store), sink);
    case "gexf":
      return writeGexf(actorGraph(store), sink);
  }
}
