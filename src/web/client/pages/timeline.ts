// The timeline: dated sentences along a date axis, earliest on the right as Arabic reads. Each
// item spans the period its date names (a day, a month, a year), so how precise a date is can
// be seen; plans (a deadline, an announced intention) sit in their own lane, hatched and
// labelled «خطة». A scrubber runs along the axis: dragging it, or stepping with the arrow
// keys, brings the nearest item of the list below into view.
import { get } from "../api.js";
import { articleLink, entityLink, outletName, pageShell } from "../components.js";
import { date, h, highlighted, href, note, num } from "../dom.js";
import { counted, EVENT_KIND, GRANULARITY, NOUN, named } from "../labels.js";
import type { Page as ApiPage, EntitySummary, TimelineItem } from "../types.js";
import type { Page } from "../view.js";
import { axis } from "./timeline-axis.js";

const LIMIT = 500;
const FIELDS = ["entity", "kind", "outlet", "plan", "from", "to"] as const;
type Filters = Partial<Record<(typeof FIELDS)[number], string>>;

export const timelinePage: Page = async (_params, query) => {
  const filters: Filters = {};
  for (const name of FIELDS) {
    const value = query.get(name);
    if (value) filters[name] = value;
  }
  const [page, entity] = await Promise.all([
    get<ApiPage<TimelineItem>>("/api/timeline", { ...filters, limit: LIMIT }),
    filters.entity
      ? get<ApiPage<EntitySummary>>("/api/entities", { name: filters.entity, limit: 1 }).then((p) => p.items[0] ?? null)
      : null,
  ]);
  const items = page.items;
  const list = h("ol", { class: "timeline-list" }, ...items.map((item) => timelineEntry(item, filters.entity)));
  const title = entity ? `الخط الزمني: ${entity.name}` : "الخط الزمني";
  return {
    title,
    content: pageShell(
      h("h1", null, title),
      await filterForm(filters, entity, items),
      items.length === 0
        ? note("لا جمل مؤرخة بهذه المرشِّحات.")
        : [
            h(
              "p",
              { class: "muted", role: "status" },
              `${counted(items.length, NOUN.sentence)} مؤرخة`,
              page.next ? ` (أول ${num(LIMIT)} فقط: ضيّق المدة لترى الباقي)` : "",
            ),
            axis(items, list, filters),
            list,
          ],
    ),
  };
};

async function filterForm(filters: Filters, entity: EntitySummary | null, items: TimelineItem[]): Promise<HTMLElement> {
  const outlets = [...new Set(items.map((i) => i.article.outlet).filter((o): o is string => o !== null))].sort();
  const field = (name: string, label: string, control: HTMLElement) =>
    h("div", { class: "field" }, h("label", { for: `tl-${name}` }, label), control);
  const entityInput = h("input", {
    id: "tl-entity",
    name: "entity",
    value: entity?.name ?? filters.entity ?? "",
    dir: "auto",
  });
  const kind = h(
    "select",
    { id: "tl-kind", name: "kind" },
    h("option", { value: "" }, "كل الأنواع"),
    ...Object.keys(EVENT_KIND).map((k) =>
      h("option", { value: k, selected: k === filters.kind }, named(EVENT_KIND, k)),
    ),
  );
  const outlet = h("input", {
    id: "tl-outlet",
    name: "outlet",
    value: filters.outlet ?? "",
    list: "tl-outlets",
    dir: "auto",
  });
  const plan = h(
    "select",
    { id: "tl-plan", name: "plan" },
    h("option", { value: "" }, "الوقائع والخطط"),
    h("option", { value: "false", selected: filters.plan === "false" }, "الوقائع فقط"),
    h("option", { value: "true", selected: filters.plan === "true" }, "الخطط فقط"),
  );
  const dateInput = (name: "from" | "to") =>
    h("input", {
      id: `tl-${name}`,
      name,
      value: filters[name] ?? "",
      dir: "ltr",
      inputmode: "numeric",
      pattern: "\\d{4}(-\\d{2}(-\\d{2})?)?",
      placeholder: "YYYY-MM-DD",
      size: 10,
    });
  const status = h("p", { class: "field-error", role: "alert" });
  return h(
    "form",
    {
      class: "filters",
      "aria-label": "مرشِّحات الخط الزمني",
      onsubmit: async (event: Event) => {
        event.preventDefault();
        const form = new FormData(event.target as HTMLFormElement);
        const next: Record<string, string> = {};
        for (const [name, value] of form) next[name] = String(value).trim();
        if (next.entity && next.entity !== entity?.name) {
          const found = await get<ApiPage<EntitySummary>>("/api/entities", { name: next.entity, limit: 1 });
          if (!found.items[0]) {
            status.textContent = `لا فاعل باسم «${next.entity}».`;
            return;
          }
          next.entity = found.items[0].id;
        } else if (next.entity) next.entity = entity?.id ?? "";
        location.hash = href("timeline", next);
      },
    },
    field("entity", "الفاعل (اسم)", entityInput),
    field("kind", "نوع الحدث", kind),
    field("outlet", "المنفذ", outlet),
    h("datalist", { id: "tl-outlets" }, ...outlets.map((o) => h("option", { value: o }))),
    field("plan", "الوقائع/الخطط", plan),
    field("from", "من", dateInput("from")),
    field("to", "إلى", dateInput("to")),
    h("div", { class: "field" }, h("button", { type: "submit" }, "طبّق")),
    Object.keys(filters).length > 0
      ? h("div", { class: "field" }, h("a", { href: "#/timeline" }, "أزل المرشِّحات"))
      : null,
    status,
  );
}

export function timelineEntry(item: TimelineItem, focus?: string): HTMLElement {
  const others = item.entities.filter((e) => e.id !== focus);
  return h(
    "li",
    { class: item.plan ? "tl-item plan" : "tl-item" },
    h(
      "p",
      { class: "tl-head" },
      date(item.value),
      h("span", { class: "muted" }, ` ${item.granularity ? GRANULARITY[item.granularity] : ""}`),
      item.plan ? h("span", { class: "badge plan-badge" }, "خطة") : null,
      ...item.events.map((kind) => h("span", { class: "badge" }, named(EVENT_KIND, kind))),
    ),
    h("p", { class: "tl-sentence", dir: "auto" }, ...highlighted(item.sentence.text, [item], item.sentence.start)),
    h(
      "p",
      { class: "meta" },
      articleLink(item.article),
      " · ",
      h("bdi", null, outletName(item.article.outlet)),
      others.length > 0 ? " · " : "",
      ...others.flatMap((e, i) => [i > 0 ? "، " : "", entityLink(e)]),
    ),
  );
}
