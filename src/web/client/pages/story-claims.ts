// A story's claims compared: subjects as rows, outlets as columns, the store's contradictions
// flagged and set side by side, differing figures marked for a reader to check.
import { articleLink, entityLink, outletName } from "../components.js";
import { date, h, href, joined, note, num, section } from "../dom.js";
import type { Claim, ClaimGroup, StoryDetail } from "../types.js";

export /** Claims by subject (rows) and outlet (columns), contradictions flagged by the store and differing figures marked. */
function claimsSection(story: StoryDetail, outlets: string[]): HTMLElement {
  const rows = new Map<string, ClaimGroup[]>();
  for (const group of story.claims) rows.set(group.subject, [...(rows.get(group.subject) ?? []), group]);
  if (rows.size === 0) return section("الأرقام والادعاءات", note("لا أرقام ولا نفي في مقالات هذه القصة."));
  const disputes = story.claims.flatMap((g) => g.disagreements.map((d) => ({ ...d, subject: g.subject })));
  const ordered = [...rows].sort(([, a], [, b]) => score(b) - score(a));
  return h(
    "section",
    { class: "panel claims", "aria-labelledby": "claims-h" },
    h("h2", { id: "claims-h" }, "الأرقام والادعاءات مقارنةً"),
    h(
      "p",
      { class: "muted small" },
      h("span", { class: "badge dispute" }, "تعارض"),
      " روايتان لا تجتمعان (رقمان لفترة واحدة أو نفيٌ لرقم)؛ ",
      h("span", { class: "badge differ" }, "أرقام مختلفة"),
      " المنافذ تذكر أرقاماً مختلفة للموضوع نفسه، وقد تكون لأشياء مختلفة: اقرأ الجمل.",
    ),
    h(
      "div",
      { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "جدول المقارنة" },
      h(
        "table",
        { class: "compare" },
        h(
          "thead",
          null,
          h(
            "tr",
            null,
            h("th", { scope: "col" }, "الموضوع"),
            ...outlets.map((o) => h("th", { scope: "col" }, h("bdi", null, o))),
            h("th", { scope: "col" }, "الجمل"),
          ),
        ),
        h(
          "tbody",
          null,
          ...ordered.map(([subject, groups]) => {
            const claims = groups.flatMap((g) => g.claims);
            const disputed = groups.some((g) => g.disagreement);
            const values = new Set(claims.filter((c) => c.value !== null).map((c) => c.value));
            const differ =
              !disputed && values.size > 1 && new Set(claims.map((c) => outletName(c.article.outlet))).size > 1;
            return h(
              "tr",
              { class: disputed ? "disputed" : differ ? "differ" : null },
              h(
                "th",
                { scope: "row" },
                h("bdi", null, subject),
                disputed ? h("span", { class: "badge dispute" }, "تعارض") : null,
                differ ? h("span", { class: "badge differ" }, "أرقام مختلفة") : null,
              ),
              ...outlets.map((outlet) =>
                h(
                  "td",
                  null,
                  ...joined(
                    claims.filter((c) => outletName(c.article.outlet) === outlet).map((c) => claimLink(c)),
                    h("br"),
                  ),
                ),
              ),
              h(
                "td",
                null,
                h(
                  "details",
                  null,
                  h("summary", null, `${num(claims.length)}`),
                  h(
                    "ul",
                    { class: "list small" },
                    ...claims.map((c) =>
                      h(
                        "li",
                        null,
                        h("bdi", null, outletName(c.article.outlet)),
                        ": ",
                        h("span", { dir: "auto" }, c.sentence),
                      ),
                    ),
                  ),
                ),
              ),
            );
          }),
        ),
      ),
    ),
    disputes.length > 0
      ? h(
          "div",
          { class: "disputes" },
          h("h3", null, "التعارضات"),
          ...disputes.map((d) =>
            h(
              "div",
              { class: "dispute-pair" },
              h(
                "p",
                { class: "h4" },
                h("bdi", null, d.subject),
                " — ",
                d.kind === "denial" ? "نفيٌ مقابل رقم" : "رقمان لفترة واحدة",
              ),
              h("div", { class: "pair" }, claimCard(d.a), claimCard(d.b)),
            ),
          ),
        )
      : null,
  );
}

const score = (groups: ClaimGroup[]) =>
  (groups.some((g) => g.disagreement) ? 1000 : 0) + groups.reduce((n, g) => n + g.claims.length, 0);

const claimLink = (claim: Claim) =>
  h("a", { href: href(`article/${claim.article.id}`), title: claim.sentence, dir: "auto" }, claim.text);

const claimCard = (claim: Claim) =>
  h(
    "blockquote",
    { class: "claim" },
    h("p", { dir: "auto" }, claim.sentence),
    h(
      "footer",
      { class: "meta" },
      articleLink(claim.article, outletName(claim.article.outlet)),
      " · ",
      date(claim.period),
      claim.source ? [" · ", entityLink(claim.source)] : "",
    ),
  );
