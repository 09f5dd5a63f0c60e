// Stories: articles about one happening across outlets. The list, and one story with its
// articles side by side by outlet and the figures and denials they give compared.
import { get } from "../api.js";
import { articleLink, entityLink, listOr, outletName, pageShell } from "../components.js";
import { date, h, href, joined, num, section } from "../dom.js";
import { counted, NOUN } from "../labels.js";
import type { Page as ApiPage, Story, StoryDetail } from "../types.js";
import type { Page } from "../view.js";
import { claimsSection } from "./story-claims.js";

const span = (story: Story) =>
  story.from === story.to ? [date(story.from)] : [date(story.from), " – ", date(story.to)];

export const storiesPage: Page = async (_params, query) => {
  const sort = query.get("sort") === "size" ? "size" : "recent";
  const several = query.get("min") === "2";
  const page = await get<ApiPage<Story>>("/api/stories", { sort, minArticles: several ? 2 : null, limit: 100 });
  const option = (label: string, params: Record<string, string | null>, current: boolean) =>
    h("a", { href: href("stories", params), "aria-current": current ? "true" : null }, label);
  return {
    title: "القصص",
    content: pageShell(
      h("h1", null, "القصص"),
      h(
        "p",
        { class: "options" },
        "الترتيب: ",
        option("الأحدث", { min: several ? "2" : null }, sort === "recent"),
        " · ",
        option("الأكبر", { sort: "size", min: several ? "2" : null }, sort === "size"),
        " — ",
        option(
          several ? "كل القصص" : "القصص ذات أكثر من مقالة فقط",
          { sort: sort === "size" ? "size" : null, min: several ? null : "2" },
          false,
        ),
      ),
      listOr(
        page.items.map((story) =>
          h(
            "li",
            { class: "story-item" },
            h("h2", { class: "h3" }, h("a", { href: href(`story/${story.id}`) }, story.label)),
            h(
              "p",
              { class: "meta" },
              `${counted(story.articles, NOUN.article)}، ${counted(story.outlets.length, NOUN.outlet)} · `,
              ...span(story),
              story.outlets.length > 0 ? " · " : "",
              ...joined(
                story.outlets.map((o) => h("bdi", null, o)),
                "، ",
              ),
            ),
            story.actors.length > 0
              ? h(
                  "p",
                  { class: "meta" },
                  ...joined(
                    story.actors.slice(0, 6).map((a) => entityLink(a)),
                    "، ",
                  ),
                )
              : null,
          ),
        ),
        "لا قصص بعد.",
        "ol",
      ),
    ),
  };
};

export const storyPage: Page = async ([id = ""]) => {
  const story = await get<StoryDetail>(`/api/stories/${encodeURIComponent(id)}`);
  const outlets = [...new Set(story.members.map((m) => outletName(m.outlet)))];
  return {
    title: story.label,
    content: pageShell(
      h("p", { class: "crumbs" }, h("a", { href: "#/stories" }, "القصص"), " › قصة"),
      h("h1", { dir: "auto" }, story.label),
      h(
        "p",
        { class: "lead" },
        `${counted(story.members.length, NOUN.article)}، ${counted(story.outlets.length, NOUN.outlet)} · `,
        ...span(story),
        story.day ? [" · يوم الحدث: ", date(story.day)] : "",
      ),
      story.actors.length > 0
        ? h(
            "p",
            { class: "meta" },
            "الفاعلون المشتركون: ",
            ...joined(
              story.actors.map((a) => entityLink(a)),
              "، ",
            ),
          )
        : null,
      h(
        "section",
        { class: "coverage", "aria-labelledby": "coverage-h" },
        h("h2", { id: "coverage-h" }, "التغطية حسب المنفذ"),
        h(
          "div",
          { class: "side-by-side" },
          ...outlets.map((outlet) =>
            h(
              "section",
              { class: "outlet-column", "aria-label": outlet },
              h("h3", null, h("bdi", null, outlet)),
              ...story.members
                .filter((m) => outletName(m.outlet) === outlet)
                .map((m) =>
                  h(
                    "article",
                    { class: "member" },
                    h("h4", null, articleLink(m)),
                    h(
                      "p",
                      { class: "meta" },
                      date(m.published),
                      m.score === null ? " · أول مقالة" : ` · تطابق ${num(m.score)}`,
                    ),
                    h("p", { class: "lead-sentence", dir: "auto" }, m.lead),
                    m.reason
                      ? h(
                          "details",
                          null,
                          h("summary", null, "لماذا ضُمّت؟"),
                          h("p", { class: "small", dir: "auto" }, m.reason),
                        )
                      : null,
                  ),
                ),
            ),
          ),
        ),
      ),
      claimsSection(story, outlets),
      story.related.length > 0
        ? section(
            "قصص قريبة",
            listOr(
              story.related.map((r) =>
                h(
                  "li",
                  null,
                  h("a", { href: href(`story/${r.id}`) }, r.label),
                  h("span", { class: "muted" }, ` (${num(r.articles)})`),
                ),
              ),
              "",
            ),
          )
        : null,
    ),
  };
};
