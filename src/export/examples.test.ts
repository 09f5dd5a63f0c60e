// The whole path on real pipeline output: the demo corpus, annotated, through every writer.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { before, describe, test } from "node:test";
import { isPageFile, readPage } from "../ingest/page.js";
import { annotate } from "../pipeline/index.js";
import { repoRoot } from "../test-helpers/seeds.js";
import { EVENT_CSV_COLUMNS, writeEventsCsv } from "./csv.js";
import { writeGdelt } from "./gdelt.js";
import { writeGexf } from "./gexf.js";
import { writeGraphml } from "./graphml.js";
import { writeJsonl } from "./jsonl.js";
import { eventsOf } from "./rows.js";
import { all, parseCsv, parseXml } from "./test-helpers/readers.js";
import type { ActorGraph, ExportArticle, GraphEdge, GraphNode, Sink } from "./types.js";

function corpus(): ExportArticle[] {
  const dir = join(repoRoot, "examples");
  return readdirSync(dir)
    .filter(isPageFile)
    .sort()
    .flatMap((name) => readPage({ source: join(dir, name), bytes: readFileSync(join(dir, name)) }).articles)
    .map((article) => {
      const { layers } = annotate(article);
      return {
        ...article,
        id: `${basename(article.source)}#${article.index}`,
        // stand-in for the knowledge base's linking: one global entity per type and name
        entityIds: layers.entities.map((entity) => `${entity.type}:${entity.name}`),
        layers,
      };
    });
}

/** Actors and who acted on whom, as the graph builder will hand them over. */
function graphOf(articles: ExportArticle[]): ActorGraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const article of articles) {
    const ids = new Map(article.layers.entities.map((entity, i) => [entity.id, article.entityIds[i]!]));
    article.layers.entities.forEach((entity, i) => {
      const id = article.entityIds[i]!;
      const node = nodes.get(id) ?? { id, label: entity.name, type: entity.type, articles: 0 };
      node.articles++;
      nodes.set(id, node);
    });
    for (const event of article.layers.events) {
      const [agent, ...others] = event.actors.map((actor) => ids.get(actor)!);
      for (const other of others) {
        const key = `${agent}|${other}|${event.kind}`;
        const edge = edges.get(key) ?? {
          source: agent!,
          target: other,
          type: event.kind,
          directed: true,
          weight: 0,
          firstDate: event.time,
          lastDate: event.time,
          citations: 0,
        };
        edge.weight++;
        edge.citations++;
        edges.set(key, edge);
      }
    }
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

async function text(write: (sink: Sink) => Promise<void>): Promise<string> {
  let out = "";
  await write((chunk) => {
    out += chunk;
  });
  return out;
}

describe("exports of the annotated demo corpus", () => {
  let articles: ExportArticle[] = [];
  let events = 0;
  before(() => {
    articles = corpus();
    events = articles.reduce((n, article) => n + article.layers.events.length, 0);
  });

  test("the corpus has events to export", () => {
    assert.ok(articles.length >= 5 && events >= 5, `${articles.length} articles, ${events} events`);
  });

  test("JSONL: a parseable line per article, offsets pointing at the cited text", async () => {
    const lines = (await text((sink) => writeJsonl(articles, sink))).trimEnd().split("\n");
    assert.equal(lines.length, articles.length);
    for (const line of lines) {
      const record = JSON.parse(line);
      for (const entity of record.entities) {
        for (const mention of entity.mentions)
          assert.equal(record.text.slice(mention.start, mention.end), mention.text);
      }
    }
  });

  test("CSV: round-trips with a record per event", async () => {
    const records = parseCsv(await text((sink) => writeEventsCsv(eventsOf(articles), sink)));
    assert.equal(records.length, events + 1);
    assert.ok(records.every((record) => record.length === EVENT_CSV_COLUMNS.length));
  });

  test("GDELT: 61 columns on every line", async () => {
    const lines = (await text((sink) => writeGdelt(eventsOf(articles), sink))).trimEnd().split("\n");
    assert.equal(lines.length, events);
    for (const line of lines) assert.equal(line.split("\t").length, 61);
  });

  test("GraphML and GEXF: parse, with every actor and link", async () => {
    const graph = graphOf(articles);
    const nodes = (graph.nodes as GraphNode[]).length;
    const edges = (graph.edges as GraphEdge[]).length;
    assert.ok(edges > 0);
    const graphml = parseXml(await text((sink) => writeGraphml(graph, sink)));
    const gexf = parseXml(await text((sink) => writeGexf(graph, sink)));
    assert.deepEqual(
      [graphml.name, all(graphml, "node").length, all(graphml, "edge").length],
      ["graphml", nodes, edges],
    );
    assert.deepEqual([gexf.name, all(gexf, "node").length, all(gexf, "edge").length], ["gexf", nodes, edges]);
  });
});
