// An article: its clean text with every annotation marked (names by type, quotes with their
// speakers, event triggers, times, figures), each mark saying on hover and focus what it is and
// which rule found it; the page's metadata; the article's actors, quotes, dates and events.
import { annotatedText } from "../annotate.js";
import { get } from "../api.js";
import { entityLink, listOr, outletName, pageShell, swatchToggle } from "../components.js";
import { bdi, date, h, href, num, section } from "../dom.js";
import { counted, EVENT_KIND, GRANULARITY, NOUN, named, TYPE_PLURAL, TYPES } from "../labels.js";
import { clearTooltips } from "../tooltip.js";
import type { Article, Story } from "../types.js";
import type { Page } from "../view.js";
import { articleMarks, LAYERS, type Layer, namer } from "./article-marks.js";

export const articlePage: Page = async ([id = ""]) => {
  const article = await get<Article>(`/api/articles/${encodeURIComponent(id)}`);
  const story = article.story
    ? await get<Story>(`/api/stories/${encodeURIComponent(article.story)}`).catch(() => null)
    : null;
  const { layers } = article;
  const local = new Map(
    layers.entities.map((entity, i) => [entity.id, { ...entity, global: article.entityIds[i] ?? null }]),
  );
  const { nameOf, speakerOf } = namer(article);
  const marks = articleMarks(article);

  const shown = new Set<Layer>(LAYERS.map(([layer]) => layer));
  const body = h("div", { class: "article-body", lang: "ar" });
  const draw = () => {
    clearTooltips();
    const visible = [...marks.caption, ...[...shown].flatMap((layer) => marks[layer])];
    body.replaceChildren(annotatedText(article.text, visible));
  };
  draw();

  const toggles = h(
    "fieldset",
    { class: "layers" },
    h("legend", null, "إظهار"),
    ...LAYERS.map(([layer, label]) =>
      swatchToggle(layer, `${label} (${num(marks[layer].length)})`, (checked) => {
        if (checked) shown.add(layer);
        else shown.delete(layer);
        draw();
      }),
    ),
  );

  const show = (selector: string) => () => {
    const target = body.querySelector<HTMLElement>(selector);
    target?.scrollIntoView({ block: "center" });
    target?.focus();
  };

  return {
    title: article.title,
    content: pageShell(
      h("p", { class: "crumbs" }, h("a", { href: "#/" }, "البحث"), " › مقالة"),
      h("h1", { dir: "auto" }, article.title),
      metadata(article, story),
      h(
        "div",
        { class: "with-aside" },
        h("article", { class: "reader", "aria-label": "نص المقالة" }, toggles, body),
        h(
          "aside",
          { class: "article-aside", "aria-label": "ما في المقالة" },
          section(
            "الفاعلون",
            ...TYPES.map((type) => {
              const items = layers.entities
                .map((entity, i) => ({ entity, global: article.entityIds[i] ?? null }))
                .filter(({ entity }) => entity.type === type)
                .sort((a, b) => b.entity.mentions.length - a.entity.mentions.length);
              if (items.length === 0) return null;
              return h(
                "div",
                { class: "group" },
                h("h3", null, TYPE_PLURAL[type]),
                h(
                  "ul",
                  { class: "list" },
                  ...items.map(({ entity, global }) =>
                    h(
                      "li",
                      null,
                      entityLink({ id: global, name: entity.name, type: entity.type }),
                      h("span", { class: "muted" }, ` ×${num(entity.mentions.length)}`),
                      entity.roles.length > 0
                        ? h("span", { class: "muted small" }, ` — ${entity.roles.join("، ")}`)
                        : null,
                    ),
                  ),
                ),
              );
            }),
          ),
          section(
            "الاقتباسات",
            listOr(
              layers.quotes.map((q, i) =>
                h(
                  "li",
                  null,
                  q.speaker && local.get(q.speaker)?.global
                    ? entityLink({
                        id: local.get(q.speaker)!.global,
                        name: speakerOf(q),
                        type: local.get(q.speaker)!.type,
                      })
                    : h("strong", null, speakerOf(q)),
                  q.verb ? ` (${q.verb})` : "",
                  ": ",
                  h("q", null, q.text),
                  " ",
                  h("button", { type: "button", class: "link", onclick: show(`.q-${i}:not(.continued)`) }, "في النص"),
                ),
              ),
              "لا اقتباسات.",
            ),
          ),
          section(
            "التواريخ",
            listOr(
              layers.times.map((t) =>
                h(
                  "li",
                  null,
                  h("bdi", null, t.text),
                  " ← ",
                  date(t.value),
                  t.granularity ? ` (${GRANULARITY[t.granularity]})` : "",
                ),
              ),
              "لا تواريخ.",
            ),
          ),
          section(
            "الأرقام",
            listOr(
              layers.figures.map((f) =>
                h("li", null, h("bdi", null, f.text), f.about ? h("span", { class: "muted" }, ` — ${f.about}`) : null),
              ),
              "لا أرقام.",
            ),
          ),
          section(
            "الأحداث",
            listOr(
              layers.events.map((e) =>
                h(
                  "li",
                  null,
                  h("span", { class: "badge" }, named(EVENT_KIND, e.kind)),
                  " ",
                  h("bdi", null, e.trigger),
                  e.actors.length > 0 ? ` — ${e.actors.map(nameOf).join("، ")}` : "",
                ),
              ),
              "لا أحداث.",
            ),
          ),
        ),
      ),
    ),
  };
};

function metadata(article: Article, story: Story | null): HTMLElement {
  const row = (label: string, value: Node | string | null) =>
    value === null ? [] : [h("dt", null, label), h("dd", null, value)];
  return h(
    "dl",
    { class: "meta-grid" },
    ...row("المنفذ", bdi(outletName(article.outlet))),
    ...row("تاريخ النشر", date(article.published)),
    ...row("الكاتب", article.author ? bdi(article.author) : null),
    ...row("مكان الإرسال", article.dateline ? bdi(article.dateline) : null),
    ...row(
      "القصة",
      article.story
        ? h(
            "a",
            { href: href(`story/${article.story}`), class: "story-link" },
            story
              ? `${story.label} (${counted(story.articles, NOUN.article)}، ${counted(story.outlets.length, NOUN.outlet)})`
              : "القصة",
          )
        : null,
    ),
    ...row("المصدر", h("bdi", { dir: "ltr", class: "mono" }, article.source)),
    ...row("المعرّف", h("bdi", { dir: "ltr", class: "mono" }, article.id)),
  );
}
