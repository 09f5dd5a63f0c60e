// The actor graph drawn by cytoscape: nodes coloured by type and sized by articles, edges
// weighted, dashed when two actors only share a sentence, arrowed when directed.
import type cytoscapeType from "cytoscape";
import { TYPES } from "../labels.js";
import type { EntityType, Graph, GraphEdge } from "../types.js";

export type Cytoscape = typeof cytoscapeType;
export const FONT = "IBM Plex Sans Arabic";

/** Colours by actor type: those of style.css (--per, --org, --loc), which the legend shows. */
const TYPE_COLOUR: Record<EntityType, string> = { PER: "#1f5fa8", ORG: "#7a3d9c", LOC: "#23804a" };
const edgeColour = (type: string) =>
  type === "co-occurs" ? "#a3a9b3" : type === "stated-about" ? "#c26a12" : "#2b3440";

export const edgeId = (e: GraphEdge) => `${e.source}|${e.target}|${e.type}`;

export function draw(cytoscape: Cytoscape, container: HTMLElement, graph: Graph, focus: string): cytoscapeType.Core {
  const maxArticles = Math.max(1, ...graph.nodes.map((n) => n.articles));
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  return cytoscape({
    container,
    elements: [
      ...graph.nodes.map((n) => ({
        data: {
          id: n.id,
          label: n.name,
          type: n.type,
          size: 16 + 30 * Math.sqrt(n.articles / maxArticles),
          font: 11 + 7 * Math.sqrt(n.articles / maxArticles),
          focus: n.id === focus,
        },
      })),
      ...graph.edges.map((e) => ({
        data: {
          id: edgeId(e),
          source: e.source,
          target: e.target,
          kind: e.type,
          width: 1 + 6 * Math.sqrt(e.weight / maxWeight),
          colour: edgeColour(e.type),
          arrow: e.directed ? "triangle" : "none",
        },
      })),
    ],
    style: [
      {
        selector: "node",
        style: {
          width: "data(size)",
          height: "data(size)",
          label: "data(label)",
          "font-family": FONT,
          "font-size": "data(font)",
          "min-zoomed-font-size": 7,
          color: "#1b1f24",
          "text-valign": "bottom",
          "text-margin-y": 4,
          "text-background-color": "#ffffff",
          "text-background-opacity": 0.8,
          "text-background-padding": "2px",
          "border-width": 2,
          "border-color": "#ffffff",
        },
      },
      ...TYPES.map((type) => ({
        selector: `node[type = "${type}"]`,
        style: { "background-color": TYPE_COLOUR[type] },
      })),
      { selector: "node[?focus]", style: { "border-color": "#f2b705", "border-width": 5 } },
      {
        selector: "edge",
        style: {
          width: "data(width)",
          "line-color": "data(colour)",
          "target-arrow-color": "data(colour)",
          "target-arrow-shape": "data(arrow)",
          "curve-style": "bezier",
          opacity: 0.75,
        },
      },
      { selector: 'edge[kind = "co-occurs"]', style: { "line-style": "dashed" } },
      { selector: "edge:selected", style: { "line-color": "#d62828", "target-arrow-color": "#d62828", opacity: 1 } },
    ] as cytoscapeType.StylesheetJson,
    layout: {
      name: "cose",
      animate: false,
      randomize: false,
      padding: 30,
      nodeRepulsion: () => 150_000,
      nodeOverlap: 40,
      idealEdgeLength: () => 90,
      edgeElasticity: () => 80,
      gravity: 0.3,
      numIter: 2000,
    },
    minZoom: 0.2,
    maxZoom: 4,
  });
}
