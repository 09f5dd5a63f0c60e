// The sentences behind an edge of the actor graph, each with its article and the rule that drew it.
import { get } from "./api.js";
import { articleLink, outletName } from "./components.js";
import { date, h, note } from "./dom.js";
import { EDGE_KIND, named } from "./labels.js";
import type { EdgeCitation, GraphEdge, Page } from "./types.js";

export async function citations(edge: GraphEdge, limit = 20): Promise<HTMLElement> {
  const page = await get<Page<EdgeCitation>>("/api/graph/citations", {
    source: edge.source,
    target: edge.target,
    type: edge.type,
    limit,
  });
  if (page.items.length === 0) return note("لا جمل محفوظة لهذه العلاقة.");
  return h(
    "ol",
    { class: "citations" },
    ...page.items.map((c) =>
      h(
        "li",
        null,
        h("blockquote", { dir: "auto" }, c.sentence),
        h(
          "p",
          { class: "meta" },
          articleLink(c.article, outletName(c.article.outlet)),
          " · ",
          date(c.date ?? c.article.published),
          " · ",
          h("code", null, c.rule),
        ),
      ),
    ),
    page.next ? h("li", { class: "muted" }, `أول ${limit} جملة فقط.`) : null,
  );
}

/** «العراق — التقى (met) — الأردن», the edge's direction shown for a directed edge. */
export const edgeLabel = (edge: GraphEdge) =>
  `${edge.sourceName} ${edge.directed ? "←" : "—"} ${named(EDGE_KIND, edge.type)} ${edge.directed ? "←" : "—"} ${edge.targetName}`;
