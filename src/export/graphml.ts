// The actor graph as GraphML (graphml.graphdrawing.org), read by Gephi, yEd, Cytoscape,
// networkx and igraph. The graph mixes directed edges (events: agent → patient) and undirected
// ones (co-occurrence), so edgedefault is undirected and each edge says `directed`.
// Key ids double as column names in Gephi, which treats the ones named "label" and "weight"
// as the node label and edge weight; an edge's relation is called "relation", since "type" of
// an edge means its direction in GEXF and Gephi.
import { TextOut } from "./sink.js";
import type { ActorGraph, GraphEdge, GraphNode, Sink } from "./types.js";
import { XML_DECLARATION, xmlAttributes, xmlEscape } from "./xml.js";

const KEYS = [
  { id: "label", for: "node", type: "string" },
  { id: "type", for: "node", type: "string" },
  { id: "articles", for: "node", type: "int" },
  { id: "relation", for: "edge", type: "string" },
  { id: "weight", for: "edge", type: "double" },
  { id: "firstDate", for: "edge", type: "string" },
  { id: "lastDate", for: "edge", type: "string" },
  { id: "citations", for: "edge", type: "int" },
] as const;

const HEAD =
  XML_DECLARATION +
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"' +
  ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns' +
  ' http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
  KEYS.map(
    (key) => `  <key${xmlAttributes({ id: key.id, for: key.for, "attr.name": key.id, "attr.type": key.type })}/>\n`,
  ).join("") +
  '  <graph id="actors" edgedefault="undirected">\n';

const data = (key: string, value: string | number | null) =>
  value === null ? "" : `<data key="${key}">${xmlEscape(value)}</data>`;

function nodeElement(node: GraphNode): string {
  return (
    `    <node${xmlAttributes({ id: node.id })}>` +
    data("label", node.label) +
    data("type", node.type) +
    data("articles", node.articles) +
    "</node>\n"
  );
}

function edgeElement(edge: GraphEdge, n: number): string {
  return (
    `    <edge${xmlAttributes({ id: `e${n}`, source: edge.source, target: edge.target, directed: String(edge.directed) })}>` +
    data("relation", edge.type) +
    data("weight", edge.weight) +
    data("firstDate", edge.firstDate) +
    data("lastDate", edge.lastDate) +
    data("citations", edge.citations) +
    "</edge>\n"
  );
}

export async function writeGraphml(graph: ActorGraph, sink: Sink): Promise<void> {
  const out = new TextOut(sink);
  await out.put(HEAD);
  for await (const node of graph.nodes) await out.put(nodeElement(node));
  let n = 0;
  for await (const edge of graph.edges) await out.put(edgeElement(edge, n++));
  await out.put("  </graph>\n</graphml>\n");
  await out.flush();
}
