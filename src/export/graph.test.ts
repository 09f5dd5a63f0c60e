import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { writeGexf } from "./gexf.js";
import { writeGraphml } from "./graphml.js";
import { HOSTILE } from "./test-helpers/fixture.js";
import { all, type Element, legal, parseXml } from "./test-helpers/readers.js";
import type { ActorGraph, GraphEdge, GraphNode, Sink } from "./types.js";

const NODES: GraphNode[] = [
  { id: "g-sudani", label: "محمد شياع السوداني", type: "PER", articles: 3 },
  { id: "g-blinken", label: "أنتوني بلينكن", type: "PER", articles: 2 },
  { id: "g-baghdad", label: "بغداد", type: "LOC", articles: 4 },
  ...HOSTILE.map((label, i): GraphNode => ({ id: `h${i}&"'<>`, label, type: "ORG", articles: i })),
];

const EDGES: GraphEdge[] = [
  {
    source: "g-sudani",
    target: "g-blinken",
    type: "meet",
    directed: true,
    weight: 2,
    firstDate: "2024-09",
    lastDate: "2024-12-12",
    citations: 3,
  },
  {
    source: "g-sudani",
    target: "g-blinken",
    type: "cooccurrence",
    directed: false,
    weight: 0.5,
    firstDate: null,
    lastDate: null,
    citations: 1,
  },
  ...HOSTILE.map(
    (type, i): GraphEdge => ({
      source: `h${i}&"'<>`,
      target: "g-baghdad",
      type,
      directed: i % 2 === 0,
      weight: i + 1,
      firstDate: "2025-03-01",
      lastDate: "2025-03-02",
      citations: i,
    }),
  ),
];

async function* cursor<T>(items: readonly T[]): AsyncGenerator<T> {
  yield* items;
}

async function written(write: (graph: ActorGraph, sink: Sink) => Promise<void>, graph: ActorGraph): Promise<string> {
  let out = "";
  await write(graph, (chunk) => {
    out += chunk;
  });
  return out;
}

describe("the XML check itself", () => {
  const table: Array<[string, string]> = [
    ["<a><b></a>", "mismatched end tag"],
    ["<a>", "missing end tag"],
    ["<a>x & y</a>", "bare ampersand"],
    ["<a>\u0001</a>", "control character"],
    ["<a/><b/>", "two roots"],
    ["<a>text</a>tail", "text after the root"],
  ];
  for (const [body, why] of table) {
    test(`rejects ${why}`, () => assert.throws(() => parseXml(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`)));
  }
  test("accepts well-formed XML", () => {
    const root = parseXml('<?xml version="1.0" encoding="UTF-8"?>\n<a x="&quot;&#10;"><b/>نص &amp; نص</a>\n');
    assert.deepEqual([root.name, root.attrs.x, root.text, root.children.length], ["a", '"\n', "نص & نص", 1]);
  });
});

describe("writeGraphml", () => {
  test("parses as XML: graphml root, keys declared, every node and edge, values intact", async () => {
    const root = parseXml(await written(writeGraphml, { nodes: cursor(NODES), edges: EDGES }));
    assert.equal(root.name, "graphml");
    assert.equal(root.attrs.xmlns, "http://graphml.graphdrawing.org/xmlns");
    const keys = all(root, "key");
    const keyIds = keys.map((k) => k.attrs.id);
    assert.equal(new Set(keyIds).size, keyIds.length, "key ids are unique");
    const [graph] = all(root, "graph");
    assert.equal(graph!.attrs.edgedefault, "undirected");
    const nodes = all(root, "node");
    const edges = all(root, "edge");
    assert.equal(nodes.length, NODES.length);
    assert.equal(edges.length, EDGES.length);
    assert.ok([...nodes, ...edges].every((e) => e.children.every((d) => keyIds.includes(d.attrs.key))));

    const data = (element: Element) => Object.fromEntries(element.children.map((d) => [d.attrs.key!, d.text]));
    assert.deepEqual(
      nodes.map((n) => [n.attrs.id, data(n).label, data(n).type]),
      NODES.map((n) => [n.id, legal(n.label), n.type]),
    );
    assert.deepEqual(
      edges.map((e) => [e.attrs.source, e.attrs.target, e.attrs.directed, data(e).relation, data(e).weight]),
      EDGES.map((e) => [e.source, e.target, String(e.directed), legal(e.type), String(e.weight)]),
    );
    assert.deepEqual(data(edges[0]!), {
      relation: "meet",
      weight: "2",
      firstDate: "2024-09",
      lastDate: "2024-12-12",
      citations: "3",
    });
    assert.equal(data(edges[1]!).firstDate, undefined, "an undated edge has no date data");
    assert.equal(all(root, "script").length, 0);
  });

  test("an empty graph is still a graph", async () => {
    const root = parseXml(await written(writeGraphml, { nodes: [], edges: [] }));
    assert.equal(all(root, "graph").length, 1);
    assert.equal(all(root, "node").length, 0);
  });
});

describe("writeGexf", () => {
  test("parses as XML: gexf 1.3 root, attributes declared, every node and edge, values intact", async () => {
    const root = parseXml(await written(writeGexf, { nodes: NODES, edges: cursor(EDGES) }));
    assert.equal(root.name, "gexf");
    assert.equal(root.attrs.version, "1.3");
    assert.equal(root.attrs.xmlns, "http://gexf.net/1.3");
    const declared = Object.fromEntries(
      all(root, "attributes").map((a) => [a.attrs.class, a.children.map((c) => c.attrs.id)]),
    );
    assert.deepEqual(declared, { node: ["type", "articles"], edge: ["firstDate", "lastDate", "citations"] });
    const nodes = all(root, "node");
    const edges = all(root, "edge");
    assert.equal(nodes.length, NODES.length);
    assert.equal(edges.length, EDGES.length);
    assert.equal(all(root, "nodes").length, 1);
    assert.equal(all(root, "edges").length, 1);

    const values = (element: Element) =>
      Object.fromEntries(all(element, "attvalue").map((v) => [v.attrs.for, v.attrs.value]));
    assert.deepEqual(
      nodes.map((n) => [n.attrs.id, n.attrs.label, values(n).type, values(n).articles]),
      NODES.map((n) => [n.id, legal(n.label), n.type, String(n.articles)]),
    );
    assert.deepEqual(
      edges.map((e) => [e.attrs.source, e.attrs.target, e.attrs.type, e.attrs.kind, e.attrs.label, e.attrs.weight]),
      EDGES.map((e) => [
        e.source,
        e.target,
        e.directed ? "directed" : "undirected",
        legal(e.type),
        legal(e.type),
        String(e.weight),
      ]),
    );
    assert.deepEqual(values(edges[0]!), { firstDate: "2024-09", lastDate: "2024-12-12", citations: "3" });
    assert.deepEqual(values(edges[1]!), { citations: "1" });
    assert.equal(new Set(edges.map((e) => e.attrs.id)).size, edges.length, "edge ids are unique");
  });

  test("line breaks in a label survive attribute normalisation", async () => {
    const root = parseXml(await written(writeGexf, { nodes: [NODES[6]!], edges: [] }));
    assert.equal(all(root, "node")[0]!.attrs.label, "سطر أول\nسطر ثانٍ\r\nوثالث\tبعد جدولة");
  });
});
