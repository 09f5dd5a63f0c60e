// The graph's filters: actor types (shown or hidden here), depth around an actor, and edge
// kinds (asked of the server, so the edge limit applies within them).
import { swatchToggle } from "../components.js";
import { h, href, num } from "../dom.js";
import { EDGE_KIND, TYPE_PLURAL, TYPES } from "../labels.js";
import type { EntityType, Graph } from "../types.js";

export function controls(
  graph: Graph,
  checkedTypes: string[],
  params: Record<string, string | number | null>,
  hiddenTypes: Set<EntityType>,
  applyTypes: () => void,
  entityId: string,
  depth: number,
): HTMLElement {
  const counts = new Map<string, number>();
  for (const e of graph.edges) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const kinds = [...new Set([...counts.keys(), ...checkedTypes, ...Object.keys(EDGE_KIND)])];
  const checked = (kind: string) => checkedTypes.length === 0 || checkedTypes.includes(kind);
  const kindBoxes = kinds.map((kind) =>
    h(
      "label",
      { class: counts.has(kind) ? null : "muted" },
      h("input", { type: "checkbox", name: "type", value: kind, checked: checked(kind) }),
      `${EDGE_KIND[kind] ?? kind} `,
      h("bdi", { class: "code" }, kind),
      counts.has(kind) ? ` (${num(counts.get(kind)!)})` : "",
    ),
  );
  const go = (types: string[]) => {
    const all = types.length === kinds.length;
    const query = new URLSearchParams(href("graph", params).split("?")[1] ?? "");
    if (!all) for (const t of types) query.append("type", t);
    location.hash = `#/graph${query.size > 0 ? `?${query}` : ""}`;
  };
  const selected = () =>
    kindBoxes
      .map((l) => l.querySelector("input")!)
      .filter((i) => i.checked)
      .map((i) => i.value);
  return h(
    "div",
    { class: "graph-controls" },
    h(
      "fieldset",
      { class: "inline" },
      h("legend", null, "نوع الفاعل"),
      ...TYPES.map((type) =>
        swatchToggle(type, TYPE_PLURAL[type], (checked) => {
          if (checked) hiddenTypes.delete(type);
          else hiddenTypes.add(type);
          applyTypes();
        }),
      ),
    ),
    entityId
      ? h(
          "fieldset",
          { class: "inline" },
          h("legend", null, "العمق"),
          h(
            "a",
            { href: href("graph", { ...params, depth: null }), "aria-current": depth === 1 ? "true" : null },
            "جيرانه",
          ),
          " · ",
          h(
            "a",
            { href: href("graph", { ...params, depth: 2 }), "aria-current": depth === 2 ? "true" : null },
            "وجيران جيرانه",
          ),
          " · ",
          h("a", { href: "#/graph" }, "الشبكة كلها"),
        )
      : null,
    h(
      "details",
      { class: "kinds", open: checkedTypes.length > 0 },
      h("summary", null, "نوع العلاقة", checkedTypes.length > 0 ? ` (${num(checkedTypes.length)} مختارة)` : " (كلها)"),
      h(
        "form",
        {
          onsubmit: (event: Event) => {
            event.preventDefault();
            go(selected());
          },
        },
        h("div", { class: "kind-grid" }, ...kindBoxes),
        h(
          "div",
          { class: "row" },
          h("button", { type: "submit" }, "طبّق"),
          h("button", { type: "button", onclick: () => go(kinds) }, "كل الأنواع"),
          h(
            "button",
            { type: "button", onclick: () => go(kinds.filter((k) => k !== "co-occurs")) },
            "دون «في جملة واحدة»",
          ),
        ),
      ),
    ),
  );
}
