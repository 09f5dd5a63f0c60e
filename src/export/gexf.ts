// The actor graph as GEXF 1.3 (gexf.net), Gephi's own format. Each edge says its direction
// (`type` directed or undirected, the graph mixing both) and its relation twice: as `kind`,
// which GEXF 1.3 added so that parallel edges of different kinds (a meeting and a
// co-occurrence of the same two actors) stay apart, and as `label`, which Gephi displays.
import { TextOut } from "./sink.js";
import type { ActorGraph, GraphEdge, GraphNode, Sink } from "./types.js";
import { XML_DECLARATION, xmlAttributes } from "./xml.js";

const NODE_ATTRIBUTES = [
  { id: "type", type: "string" },
  { id: "articles", type: "integer" },
] as const;
const EDGE_ATTRIBUTES = [
  { id: "firstDate", type: "string" },
  { id: "lastDate", type: "string" },
  { id: "citations", type: "integer" },
] as const;

const declare = (cls: string, attributes: ReadonlyArray<{ id: string; type: string }>) =>
  `    <attributes class="${cls}">\n` +
  attributes.map((a) => `      <attribute${xmlAttributes({ id: a.id, title: a.id, type: a.type })}/>\n`).join("") +
  "    </attributes>\n";

const HEAD =
  XML_DECLARATION +
  '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
  "  <meta><creator>Marsad</creator><description>Actor graph: events and co-occurrence</description></meta>\n" +
  '  <graph mode="static" defaultedgetype="undirected">\n' +
  declare("node", NODE_ATTRIBUTES) +
  declare("edge", EDGE_ATTRIBUTES);

function attvalues(values: Record<string, string | number | null>): string {
  let out = "";
  for (const [id, value] of Object.entries(values)) {
    if (value !== null) out += `<attvalue${xmlAttributes({ for: id, value })}/>`;
  }
  return out === "" ? "" : `<attvalues>${out}</attvalues>`;
}

function nodeElement(node: GraphNode): string {
  return (
    `      <node${xmlAttributes({ id: node.id, label: node.label })}>` +
    attvalues({ type: node.type, articles: node.articles }) +
    "</node>\n"
  );
}

function edgeElement(edge: GraphEdge, n: number): string {
  const attributes = xmlAttributes({
    id: n,
    source: edge.source,
    target: edge.target,
    type: edge.directed ? "directed" : "undirected",
    kind: edge.type,
    label: edge.type,
    weight: edge.weight,
  });
  return (
    `      <edge${attributes}>` +
    attvalues({ firstDate: edge.firstDate, lastDate: edge.lastDate, citations: edge.citations }) +
    "</edge>\n"
  );
}

export async function writeGexf(graph: ActorGraph, sink: Sink): Promise<void> {
  const out = new TextOut(sink);
  await out.put(HEAD + "    <nodes>\n");
  for await (const node of graph.nodes) await out.put(nodeElement(node));
  await out.put("    </nodes>\n    <edges>\n");
  let n = 0;
  for await (const edge of graph.edges) await out.put(edgeElement(edge, n++));
  await out.put("    </edges>\n  </graph>\n</gexf>\n");
  await out.flush();
}
