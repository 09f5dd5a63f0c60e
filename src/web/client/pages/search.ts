// Search: the query form, facets that narrow the hits (outlet, month, event kind, entity), and
// the hits with their highlighted snippets. Without a query: what the store holds.
import { ApiError, get } from "../api.js";
import { byline, pageShell } from "../components.js";
import { type Child, date, h, highlighted, href, note, num } from "../dom.js";
import { counted, EVENT_KIND, NOUN, named, TYPE_NAME } from "../labels.js";
import type { SearchFacets, SearchHit, SearchResult } from "../types.js";
import type { Page } from "../view.js";
import { home } from "./home.js";

const FILTERS = ["outlet", "from", "to", "kind", "entity"] as const;
type Filters = Partial<Record<(typeof FILTERS)[number], string>>;
const PAGE_SIZE = 20;

export const searchPage: Page = async (_params, query) => {
  const q = query.get("q")?.trim() ?? "";
  const filters: Filters = {};
  for (const name of FILTERS) {
    const value = query.get(name);
    if (value) filters[name] = value;
  }
  const form = searchForm(q);
  if (!q) return home(form);
  let result: SearchResult;
  let facets: SearchFacets;
  try {
    [result, facets] = await Promise.all([
      get<SearchResult>("/api/search", { q, ...filters, limit: PAGE_SIZE }),
      get<SearchFacets>("/api/search/facets", { q, ...filters }),
    ]);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    return { title: `بحث: ${q}`, content: pageShell(h("h1", null, "البحث"), form, note(error.message, "error")) };
  }
  const count = result.total === undefined ? "أكثر من 10٬000 نتيجة" : counted(result.total, NOUN.result);
  const hits = h("ol", { class: "hits" }, ...result.items.map(hitItem));
  const heading = h("h2", { id: "results-heading", tabindex: -1 }, count);
  return {
    title: `بحث: ${q}`,
    content: pageShell(
      h("h1", null, "البحث"),
      form,
      activeFilters(q, filters, facets),
      h(
        "div",
        { class: "with-aside" },
        h(
          "section",
          { class: "results", "aria-labelledby": "results-heading" },
          heading,
          result.items.length > 0 ? hits : note("لا نتائج. جرّب كلمات أقل أو أزل بعض المرشِّحات."),
          moreButton(hits, { q, ...filters }, result.next),
        ),
        facetPanel(q, filters, facets),
      ),
    ),
    focus: heading,
  };
};

function searchForm(q: string): HTMLFormElement {
  const input = h("input", {
    id: "q",
    name: "q",
    type: "search",
    value: q,
    dir: "auto",
    autocomplete: "off",
    "aria-describedby": "q-help",
  });
  return h(
    "form",
    {
      role: "search",
      class: "search-form",
      onsubmit: (event: Event) => {
        event.preventDefault();
        location.hash = href("search", { q: input.value.trim() });
      },
    },
    h("label", { for: "q" }, "ابحث في الأخبار"),
    h("div", { class: "row" }, input, h("button", { type: "submit" }, "ابحث")),
    h(
      "p",
      { id: "q-help", class: "muted small" },
      "كل الكلمات معاً؛ ",
      h("bdi", null, '"عبارة"'),
      " لعبارة بعينها، ",
      h("bdi", null, "بادئة*"),
      "، ",
      h("bdi", null, "OR"),
      " بين بديلين، و",
      h("bdi", null, "-كلمة"),
      " لاستبعاد كلمة.",
    ),
  );
}

function hitItem(hit: SearchHit): HTMLElement {
  return h(
    "li",
    { class: "hit" },
    h("h3", null, h("a", { href: href(`article/${hit.articleId}`) }, ...highlighted(hit.title, hit.titleHighlights))),
    h("p", { class: "meta" }, byline(hit)),
    ...hit.snippets.map((snippet) =>
      h("p", { class: "snippet" }, "… ", ...highlighted(snippet.text, snippet.highlights, snippet.start), " …"),
    ),
  );
}

function moreButton(list: HTMLElement, params: Record<string, string>, next: string | null): Child {
  if (!next) return null;
  let cursor: string | null = next;
  const button: HTMLButtonElement = h(
    "button",
    {
      type: "button",
      class: "more",
      onclick: async () => {
        if (!cursor) return;
        button.disabled = true;
        const page: SearchResult = await get<SearchResult>("/api/search", { ...params, limit: PAGE_SIZE, cursor });
        const items = page.items.map(hitItem);
        list.append(...items);
        cursor = page.next;
        button.disabled = false;
        if (!cursor) button.remove();
        items[0]?.querySelector("a")?.focus();
      },
    },
    "المزيد من النتائج",
  );
  return button;
}

/** The filters in force, each with a link that removes it. */
function activeFilters(q: string, filters: Filters, facets: SearchFacets): Child {
  const entries = Object.entries(filters);
  if (entries.length === 0) return null;
  const describe = (name: string, value: string): string => {
    if (name === "entity") return facets.entities.find((e) => e.id === value)?.name ?? value;
    if (name === "kind") return named(EVENT_KIND, value);
    if (name === "from") return `من ${value}`;
    if (name === "to") return `إلى ${value}`;
    return value;
  };
  return h(
    "ul",
    { class: "chips", "aria-label": "المرشِّحات المطبّقة" },
    ...entries.map(([name, value]) => {
      const without = { ...filters, [name]: undefined };
      return h(
        "li",
        null,
        h(
          "a",
          { class: "chip", href: href("search", { q, ...without }), "aria-label": `إزالة: ${describe(name, value)}` },
          h("bdi", null, describe(name, value)),
          h("span", { "aria-hidden": "true" }, " ×"),
        ),
      );
    }),
  );
}

function facetPanel(q: string, filters: Filters, facets: SearchFacets): HTMLElement {
  const toggle = (label: Child, count: number, set: Filters, active: boolean) => {
    const next = active
      ? Object.fromEntries(Object.entries(filters).filter(([k]) => !(k in set)))
      : { ...filters, ...set };
    return h(
      "li",
      null,
      h(
        "a",
        {
          href: href("search", { q, ...next }),
          class: active ? "facet active" : "facet",
          "aria-current": active ? "true" : null,
        },
        h("span", { class: "facet-label" }, label),
        h("span", { class: "count" }, num(count)),
      ),
    );
  };
  const group = (title: string, items: HTMLElement[]) =>
    items.length > 0 ? h("div", { class: "facet-group" }, h("h3", null, title), h("ul", null, ...items)) : null;
  return h(
    "aside",
    { class: "facets", "aria-label": "تصفية النتائج" },
    h("h2", null, "تصفية"),
    facets.partial ? note(`محسوبة على أول ${num(facets.counted)} نتيجة`) : null,
    group(
      "المنفذ",
      facets.outlets.map((f) =>
        toggle(h("bdi", null, f.value), f.count, { outlet: f.value }, filters.outlet === f.value),
      ),
    ),
    group(
      "الشهر",
      facets.months.map((f) =>
        toggle(
          date(f.value),
          f.count,
          { from: f.value, to: f.value },
          filters.from === f.value && filters.to === f.value,
        ),
      ),
    ),
    group(
      "نوع الحدث",
      facets.eventKinds.map((f) =>
        toggle(named(EVENT_KIND, f.value), f.count, { kind: f.value }, filters.kind === f.value),
      ),
    ),
    group(
      "الفاعلون",
      facets.entities
        .slice(0, 15)
        .map((f) =>
          toggle(
            h("span", { class: `entity type-${f.type}`, title: TYPE_NAME[f.type] }, f.name),
            f.count,
            { entity: f.id },
            filters.entity === f.id,
          ),
        ),
    ),
  );
}
