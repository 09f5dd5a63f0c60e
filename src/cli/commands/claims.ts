import type { ClaimGroupRecord, ClaimRecord } from "../../store/index.js";
import { parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { printJson } from "../io.js";
import { optionalEntity, withStore } from "../store.js";

const number = (n: number) => n.toLocaleString("en-US");

function claimLine(c: ClaimRecord): string {
  const what =
    c.kind === "denial"
      ? `denied: ${c.text}`
      : `${c.qualifier ? `${c.qualifier} ` : ""}${number(c.value ?? 0)} ${c.unit ?? ""}`;
  const source = c.source ? ` (${c.source.name})` : "";
  return `${c.period ?? "—"}  ${c.article.outlet ?? "—"}  ${c.article.id}  ${what.trim()}${source}\n      «${c.sentence.replace(/\s+/g, " ").trim()}»`;
}

/** A subject with its values, then each claim cited to its sentence, then what cannot all hold. */
export function claimGroupText(group: ClaimGroupRecord): string {
  const values =
    group.values.map(number).join(" / ") || (group.claims.some((c) => c.kind === "denial") ? "denied" : "—");
  const flag = group.disagreement ? "  [sources disagree]" : "";
  const lines = [
    `${group.subject}: ${values} — ${group.articles} article${group.articles === 1 ? "" : "s"}, ` +
      `${group.outlets.length} outlet${group.outlets.length === 1 ? "" : "s"}${flag}`,
    ...group.claims.map((c) => `    ${claimLine(c)}`),
  ];
  for (const d of group.disagreements) {
    const what = (c: ClaimRecord) => (c.kind === "denial" ? "a denial" : number(c.value ?? 0));
    lines.push(
      `    ! ${d.kind === "denial" ? "denial against a count" : "different counts"}: ${what(d.a)} (${d.a.article.id}) vs ${what(d.b)} (${d.b.article.id})`,
    );
  }
  return lines.join("\n");
}

export const claimsCommand: Command = {
  name: "claims",
  usage: "marsad claims [--entity NAME|ID] [--disputed] [--min-articles N] [--limit N] [--db PATH] [--json]",
  summary: "figures and denials about the same subject across articles and outlets, disagreements flagged",
  async run(argv, io) {
    const { values } = parse(argv, {
      entity: { type: "string" },
      disputed: { type: "boolean" },
      "min-articles": { type: "string" },
      limit: { type: "string" },
    });
    const limit = positiveInt(values.limit, "limit", 50);
    const minArticles = positiveInt(values["min-articles"], "min-articles", 2);
    return withStore(values, async (store) => {
      const entity = await optionalEntity(store, values.entity, io, values.json);
      const groups = await store.listClaims({ entity: entity?.id, disputed: values.disputed, minArticles, limit });
      if (values.json) printJson(io, groups);
      else if (groups.length === 0) io.out("no claims found (subjects claimed in one article: --min-articles 1)");
      else io.out(groups.map(claimGroupText).join("\n\n"));
      return 0;
    });
  },
};
