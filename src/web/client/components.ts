// Small pieces the pages share: links to articles and entities, an article's byline, lists.
import { type Child, date, h, href } from "./dom.js";
import { OUTLET_UNKNOWN, TYPE_NAME } from "./labels.js";
import type { ArticleRef, EntityType } from "./types.js";

export const outletName = (outlet: string | null) => outlet ?? OUTLET_UNKNOWN;

/** «المنفذ · التاريخ» for an article. */
export const byline = (article: { outlet: string | null; published: string | null }) =>
  h("span", { class: "byline" }, h("bdi", null, outletName(article.outlet)), " · ", date(article.published));

export const articleLink = (article: ArticleRef, ...title: Child[]) =>
  h("a", { href: href(`article/${article.id}`) }, ...(title.length > 0 ? title : [article.title]));

/** An article as one line of a list: its title (a link) and its byline. */
export const articleItem = (article: ArticleRef) => h("li", null, articleLink(article), " ", byline(article));

export const typeBadge = (type: EntityType) => h("span", { class: `badge type-${type}` }, TYPE_NAME[type]);

/** A link to an entity's dossier, coloured by its type. */
export const entityLink = (entity: { id: string | null; name: string; type?: EntityType }) =>
  entity.id
    ? h("a", { class: `entity type-${entity.type ?? "none"}`, href: href(`entity/${entity.id}`) }, entity.name)
    : h("span", { class: "entity" }, entity.name);

/** A list, or a muted line saying it is empty. */
export function listOr(items: readonly Node[], empty: string, tag: "ul" | "ol" = "ul"): HTMLElement {
  return items.length > 0 ? h(tag, { class: "list" }, ...items) : h("p", { class: "muted" }, empty);
}

export const pageShell = (...children: Child[]) => h("div", { class: "page" }, ...children);

/** A checked checkbox with a colour swatch: `onToggle(checked)` runs on each change. */
export const swatchToggle = (swatch: string, label: Child, onToggle: (checked: boolean) => void) =>
  h(
    "label",
    null,
    h("input", {
      type: "checkbox",
      checked: true,
      onchange: (event: Event) => onToggle((event.target as HTMLInputElement).checked),
    }),
    h("span", { class: `swatch swatch-${swatch}`, "aria-hidden": "true" }),
    label,
  );
