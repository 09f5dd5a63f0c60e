// The start page: the search form, what the store holds, the latest articles, the largest
// stories and the actors named most.
import { get } from "../api.js";
import { articleItem, entityLink, listOr, pageShell } from "../components.js";
import { h, href, num, section } from "../dom.js";
import { counted, NOUN } from "../labels.js";
import type { Page as ApiPage, ArticleRef, EntitySummary, Stats, Story } from "../types.js";
import type { View } from "../view.js";

export async function home(form: HTMLFormElement): Promise<View> {
  const [stats, articles, stories, entities] = await Promise.all([
    get<Stats>("/api/stats"),
    get<ApiPage<ArticleRef>>("/api/articles", { limit: 10 }),
    get<ApiPage<Story>>("/api/stories", { sort: "size", limit: 6 }),
    get<ApiPage<EntitySummary>>("/api/entities", { limit: 16 }),
  ]);
  const figures: [string, number][] = [
    ["مقالات", stats.articles],
    ["فاعلون", stats.entities],
    ["اقتباسات", stats.quotes],
    ["أحداث", stats.events],
    ["قصص", stats.stories],
    ["علاقات", stats.edges],
  ];
  return {
    title: "البحث",
    content: pageShell(
      h("h1", null, "مرصد الأخبار"),
      form,
      h(
        "ul",
        { class: "stats", "aria-label": "ما في المخزن" },
        ...figures.map(([label, n]) => h("li", null, h("strong", null, num(n)), h("span", null, label))),
      ),
      h(
        "div",
        { class: "columns" },
        section("آخر المقالات", listOr(articles.items.map(articleItem), "لا مقالات بعد: شغّل «marsad ingest».")),
        section(
          "أكبر القصص",
          listOr(
            stories.items.map((story) =>
              h(
                "li",
                null,
                h("a", { href: href(`story/${story.id}`) }, story.label),
                h(
                  "span",
                  { class: "muted block" },
                  `${counted(story.articles, NOUN.article)} · ${counted(story.outlets.length, NOUN.outlet)}`,
                ),
              ),
            ),
            "لا قصص بعد.",
          ),
        ),
        section("الأكثر ذكراً", h("p", { class: "cloud" }, ...entities.items.flatMap((e) => [entityLink(e), " "]))),
      ),
    ),
  };
}
