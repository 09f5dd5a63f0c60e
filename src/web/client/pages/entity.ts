// An actor's dossier on one page: who it is (type, names), its roles over time, what it said,
// its dated sentences, its neighbours in the actor graph with the sentences behind each edge,
// and the articles that name it.
import { get } from "../api.js";
import { citations, edgeLabel } from "../citations.js";
import { articleItem, articleLink, byline, entityLink, listOr, pageShell, typeBadge } from "../components.js";
import { date, h, href, joined, num, section } from "../dom.js";
import { counted, EDGE_KIND, NOUN, named } from "../labels.js";
import type { Page as ApiPage, Dossier, Graph, GraphEdge, TimelineItem } from "../types.js";
import type { Page } from "../view.js";
import { timelineEntry } from "./timeline.js";

export const entityPage: Page = async ([id = ""]) => {
  const path = encodeURIComponent(id);
  const [dossier, graph, timeline] = await Promise.all([
    get<Dossier>(`/api/entities/${path}`, { limit: 30 }),
    get<Graph>("/api/graph", { entity: id }),
    get<ApiPage<TimelineItem>>("/api/timeline", { entity: id, limit: 30 }),
  ]);
  const { entity } = dossier;
  const otherNames = dossier.names.filter((n) => n.text !== entity.name);
  return {
    title: entity.name,
    content: pageShell(
      h("p", { class: "crumbs" }, h("a", { href: "#/" }, "البحث"), " › ملف فاعل"),
      h("h1", { class: "entity-title" }, h("span", { dir: "auto" }, entity.name), " ", typeBadge(entity.type)),
      h(
        "p",
        { class: "lead" },
        `ورد في ${counted(entity.articles, NOUN.article)} (${counted(entity.mentions, NOUN.mention)})`,
        otherNames.length > 0 ? "، ويُذكر أيضاً بـ: " : "",
        ...joined(
          otherNames.map((n) =>
            h("span", null, h("bdi", null, n.text), h("span", { class: "muted" }, ` (${num(n.count)})`)),
          ),
          "، ",
        ),
      ),
      h(
        "nav",
        { class: "actions", "aria-label": "افتح في" },
        h("a", { class: "button", href: href("timeline", { entity: id }) }, "الخط الزمني للفاعل"),
        h("a", { class: "button", href: href("graph", { entity: id }) }, "شبكة الفاعل"),
        h("a", { class: "button", href: href("search", { q: entity.name, entity: id }) }, "ابحث في مقالاته"),
      ),
      h(
        "div",
        { class: "columns" },
        section("الأدوار عبر الزمن", roles(dossier)),
        section("الجيران في شبكة الفاعلين", neighbours(id, graph)),
        section(
          "أقواله",
          listOr(
            dossier.quotes.map((q) =>
              h(
                "li",
                null,
                h("q", { dir: "auto" }, q.text),
                h(
                  "p",
                  { class: "meta" },
                  q.direct ? "مباشر" : "غير مباشر",
                  q.verb ? ` · ${q.verb}` : "",
                  " · ",
                  articleLink(q.article),
                  " · ",
                  byline(q.article),
                ),
              ),
            ),
            "لا اقتباسات منسوبة إليه.",
          ),
        ),
        section(
          "خطه الزمني",
          listOr(
            timeline.items.map((item) => timelineEntry(item, id)),
            "لا جمل مؤرخة تذكره.",
          ),
          timeline.next ? h("p", null, h("a", { href: href("timeline", { entity: id }) }, "الخط الزمني كاملاً")) : null,
        ),
        section(
          "يَرِد مع",
          listOr(
            dossier.related.map((r) =>
              h(
                "li",
                null,
                entityLink(r),
                h(
                  "span",
                  { class: "muted" },
                  ` — ${counted(r.articles, NOUN.article)}، ${counted(r.sentences, NOUN.sentence)}`,
                ),
              ),
            ),
            "لا أحد.",
          ),
        ),
        section("المقالات", listOr(dossier.articles.map(articleItem), "لا مقالات.")),
      ),
    ),
  };
};

function roles(dossier: Dossier): HTMLElement {
  if (dossier.roles.length === 0) return h("p", { class: "muted" }, "لم تُذكر له أدوار.");
  const days = (value: string | null) => (value ? Date.parse(value.padEnd(10, "-01")) : Number.NaN);
  const known = dossier.roles.flatMap((r) => [days(r.first), days(r.last)]).filter(Number.isFinite);
  const min = Math.min(...known);
  const span = Math.max(...known) - min || 1;
  return h(
    "table",
    { class: "roles" },
    h(
      "thead",
      null,
      h("tr", null, h("th", null, "الدور"), h("th", null, "من"), h("th", null, "إلى"), h("th", null, "مرات")),
    ),
    h(
      "tbody",
      null,
      ...dossier.roles.map((role) => {
        const bar = h("span", { class: "bar" });
        const first = days(role.first);
        const last = days(role.last);
        if (Number.isFinite(first) && Number.isFinite(last)) {
          bar.style.insetInlineStart = `${((first - min) / span) * 100}%`;
          bar.style.width = `max(0.5rem, ${((last - first) / span) * 100}%)`;
        }
        return h(
          "tr",
          null,
          // The bar places the role on the span of all roles: when it was held, at a glance.
          h(
            "th",
            { scope: "row" },
            h("span", { dir: "auto" }, role.role),
            h("span", { class: "track", "aria-hidden": "true" }, bar),
          ),
          h("td", null, date(role.first)),
          h("td", null, date(role.last)),
          h("td", null, num(role.count)),
        );
      }),
    ),
  );
}

/** The entity's neighbours, heaviest first, each edge opening the sentences behind it. */
function neighbours(id: string, graph: Graph): HTMLElement {
  const byOther = new Map<string, GraphEdge[]>();
  for (const edge of graph.edges) {
    if (edge.source !== id && edge.target !== id) continue;
    const other = edge.source === id ? edge.target : edge.source;
    byOther.set(other, [...(byOther.get(other) ?? []), edge]);
  }
  const weight = (edges: GraphEdge[]) => edges.reduce((sum, e) => sum + e.weight, 0);
  const groups = [...byOther].sort(([, a], [, b]) => weight(b) - weight(a)).slice(0, 20);
  return listOr(
    groups.map(([other, edges]) => {
      const node = graph.nodes.find((n) => n.id === other);
      const panels = h("div");
      return h(
        "li",
        null,
        entityLink({ id: other, name: node?.name ?? other, type: node?.type }),
        h("span", { class: "muted" }, ` وزن ${num(weight(edges))} `),
        ...edges.map((edge) => disclosure(edge, panels)),
        panels,
      );
    }),
    "لا علاقات في الشبكة.",
  );
}

/** A button naming the edge's kind that opens (and closes) the sentences behind it in `panels`. */
function disclosure(edge: GraphEdge, panels: HTMLElement): HTMLElement {
  const panel = h("div", { class: "disclosure", hidden: true });
  panels.append(panel);
  const button: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "badge toggle",
      "aria-expanded": "false",
      onclick: async () => {
        const open = button.getAttribute("aria-expanded") !== "true";
        button.setAttribute("aria-expanded", String(open));
        panel.hidden = !open;
        if (open && panel.childElementCount === 0) {
          panel.append(h("p", { class: "h4" }, edgeLabel(edge)), await citations(edge));
        }
      },
    },
    `${named(EDGE_KIND, edge.type)} · ${counted(edge.citations, NOUN.sentence)}`,
  );
  return button;
}
