// The actor graph, drawn by cytoscape (loaded only on this page, from this server): zoom with
// the wheel or the buttons, drag nodes, click a node to open its dossier, click an edge to read
// the sentences behind it in the side panel. Edge kinds are chosen on the server (the edge limit
// applies within them); actor types are shown or hidden here. The same nodes and edges are
// listed beside the drawing as links and buttons, for the keyboard and for screen readers.
import type cytoscapeType from "cytoscape";
import { get } from "../api.js";
import { citations, edgeLabel } from "../citations.js";
import { entityLink, pageShell } from "../components.js";
import { h, href, note, num } from "../dom.js";
import { counted, NOUN } from "../labels.js";
import type { Page as ApiPage, EntitySummary, EntityType, Graph, GraphEdge } from "../types.js";
import type { Page } from "../view.js";
import { controls } from "./graph-controls.js";
import { type Cytoscape, draw, edgeId, FONT } from "./graph-draw.js";

const CYTOSCAPE_URL = "/vendor/cytoscape.mjs";
const DEFAULT_LIMIT = 120;
/**
 * cytoscape adds an inline <style> giving its container position: relative unless an element
 * with this id exists; the Content-Security-Policy blocks inline styles, and style.css already
 * positions the container, so a placeholder with the id stands in for it.
 */
const CYTOSCAPE_STYLESHEET_ID = "__________cytoscape_stylesheet";

export const graphPage: Page = async (_params, query) => {
  const entityId = query.get("entity") ?? "";
  const depth = query.get("depth") === "2" ? 2 : 1;
  const types = query.getAll("type");
  const limit = Number(query.get("limit")) || (entityId ? 200 : DEFAULT_LIMIT);
  const [graph, entity] = await Promise.all([
    get<Graph>("/api/graph", { entity: entityId, depth: entityId ? depth : null, type: types, limit }),
    entityId
      ? get<ApiPage<EntitySummary>>("/api/entities", { name: entityId, limit: 1 }).then((p) => p.items[0] ?? null)
      : null,
  ]);
  const params = { entity: entityId, depth: entityId && depth === 2 ? 2 : null, limit: query.get("limit") };
  const hiddenTypes = new Set<EntityType>();
  const panel = h(
    "div",
    { class: "edge-panel", "aria-live": "polite" },
    note("اختر علاقة لترى الجمل التي تقوم عليها."),
  );
  const canvas = h("div", {
    class: "graph-canvas",
    role: "img",
    "aria-label": "رسم شبكة الفاعلين. القوائم بجانبه تعرض العُقد والعلاقات نفسها.",
  });
  let cy: cytoscapeType.Core | null = null;

  async function openEdge(edge: GraphEdge): Promise<void> {
    cy?.elements().unselect();
    cy?.getElementById(edgeId(edge)).select();
    panel.replaceChildren(h("h2", null, edgeLabel(edge)), note("جارٍ التحميل…"));
    const body = await citations(edge);
    panel.replaceChildren(
      h("h2", { tabindex: -1 }, edgeLabel(edge)),
      h("p", { class: "muted" }, `وزن ${num(edge.weight)} · ${counted(edge.citations, NOUN.sentence)}`),
      body,
    );
  }

  const nodeList = h(
    "ul",
    { class: "list node-list" },
    ...graph.nodes.map((node) =>
      h(
        "li",
        { "data-type": node.type },
        entityLink(node),
        h("span", { class: "muted" }, ` (${num(node.articles)})`),
        " ",
        node.id === entityId
          ? null
          : h("a", { class: "small", href: href("graph", { ...params, entity: node.id }) }, "ركّز"),
      ),
    ),
  );
  const edgeList = h(
    "ul",
    { class: "list edge-list" },
    ...graph.edges.map((edge) =>
      h(
        "li",
        { "data-types": `${typeOf(graph, edge.source)} ${typeOf(graph, edge.target)}` },
        h(
          "button",
          {
            type: "button",
            class: "link",
            onclick: async () => {
              await openEdge(edge);
              panel.querySelector<HTMLElement>("h2")?.focus();
            },
          },
          edgeLabel(edge),
        ),
        h("span", { class: "muted" }, ` (${num(edge.weight)})`),
      ),
    ),
  );

  const applyTypes = () => {
    for (const item of nodeList.children) {
      (item as HTMLElement).hidden = hiddenTypes.has((item as HTMLElement).dataset.type as EntityType);
    }
    for (const item of edgeList.children) {
      const ends = ((item as HTMLElement).dataset.types ?? "").split(" ");
      (item as HTMLElement).hidden = ends.some((t) => hiddenTypes.has(t as EntityType));
    }
    cy?.nodes().forEach((node) => {
      node.style("display", hiddenTypes.has(node.data("type")) ? "none" : "element");
    });
  };

  const title = entity ? `شبكة: ${entity.name}` : "شبكة الفاعلين";
  return {
    title,
    content: pageShell(
      h("h1", null, title),
      controls(graph, types, params, hiddenTypes, applyTypes, entityId, depth),
      graph.edges.length === 0
        ? note("لا علاقات بهذه المرشِّحات.")
        : h(
            "div",
            { class: "graph-layout" },
            h(
              "div",
              { class: "graph-stage" },
              canvas,
              h(
                "p",
                { class: "legend small muted", "aria-hidden": "true" },
                h("span", { class: "line event" }),
                " حدث (التقى، زار …) ",
                h("span", { class: "line statement" }),
                " تصريح عن (stated-about) ",
                h("span", { class: "line cooccurs" }),
                " في جملة واحدة (co-occurs) · السهم من الفاعل إلى من وقع عليه الفعل · الحجم بعدد المقالات",
              ),
              h(
                "div",
                { class: "zoom", role: "group", "aria-label": "التكبير" },
                h(
                  "button",
                  { type: "button", onclick: () => cy?.zoom({ level: cy.zoom() * 1.25, renderedPosition: centre() }) },
                  "+",
                ),
                h(
                  "button",
                  { type: "button", onclick: () => cy?.zoom({ level: cy.zoom() / 1.25, renderedPosition: centre() }) },
                  "−",
                ),
                h("button", { type: "button", onclick: () => cy?.fit(undefined, 30) }, "ملاءمة"),
              ),
            ),
            h("aside", { class: "graph-aside", "aria-label": "الجمل وراء العلاقة" }, panel),
          ),
      graph.edges.length === 0
        ? null
        : h(
            "div",
            { class: "columns" },
            h("section", { class: "panel" }, h("h2", null, `الفاعلون (${num(graph.nodes.length)})`), nodeList),
            h("section", { class: "panel" }, h("h2", null, `العلاقات (${num(graph.edges.length)})`), edgeList),
          ),
    ),
    async mounted() {
      if (graph.edges.length === 0) return;
      const [{ default: cytoscape }] = await Promise.all([
        import(CYTOSCAPE_URL) as Promise<{ default: Cytoscape }>,
        document.fonts.load(`14px "${FONT}"`),
      ]);
      if (!document.getElementById(CYTOSCAPE_STYLESHEET_ID)) {
        document.head.append(h("meta", { id: CYTOSCAPE_STYLESHEET_ID }));
      }
      cy = draw(cytoscape, canvas, graph, entityId);
      cy.on("tap", "node", (event) => {
        location.hash = href(`entity/${event.target.id()}`);
      });
      cy.on("tap", "edge", (event) => {
        const edge = graph.edges.find((e) => edgeId(e) === event.target.id());
        if (edge) void openEdge(edge);
      });
      applyTypes();
    },
    dispose: () => cy?.destroy(),
  };

  function centre() {
    return { x: canvas.clientWidth / 2, y: canvas.clientHeight / 2 };
  }
};

function typeOf(graph: Graph, id: string): string {
  return graph.nodes.find((n) => n.id === id)?.type ?? "";
}
