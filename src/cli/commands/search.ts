import type { Span } from "../../model.js";
import type { SearchFacets, SearchResult } from "../../store/index.js";
import { parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { printJson, table } from "../io.js";
import { optionalEntity, withStore } from "../store.js";

/** `text` (which starts at `offset` in its article) with the highlighted words in [brackets]. */
function marked(text: string, offset: number, highlights: readonly Span[]): string {
  // Words of one phrase are one highlight: [لجنة التنسيق العليا], not three.
  const joined: Span[] = [];
  for (const h of highlights) {
    const last = joined.at(-1);
    if (last && /^\s+$/.test(text.slice(last.end - offset, h.start - offset))) last.end = h.end;
    else joined.push({ ...h });
  }
  let out = "";
  let at = 0;
  for (const h of joined) {
    const start = h.start - offset;
    const end = h.end - offset;
    if (start < at || end > text.length) continue;
    out += `${text.slice(at, start)}[${text.slice(start, end)}]`;
    at = end;
  }
  return (out + text.slice(at)).replace(/\s+/g, " ").trim();
}

function resultText(result: SearchResult, shown: number): string {
  if (result.hits.length === 0) return "no matching articles";
  const count =
    result.total === undefined
      ? "more than 10,000 articles match; the newest 10,000 are ranked"
      : result.total === 1
        ? "1 article matches"
        : `${result.total} articles match`;
  const lines = [`${count}; best ${shown}:`];
  for (const hit of result.hits) {
    lines.push(
      "",
      `${hit.published ?? "—"}  ${hit.outlet ?? "—"}  ${hit.articleId}  ${marked(hit.title, 0, hit.titleHighlights)}`,
    );
    for (const s of hit.snippets) lines.push(`    …${marked(s.text, s.start, s.highlights)}…`);
  }
  return lines.join("\n");
}

function facetsText(f: SearchFacets): string {
  const rows = (title: string, items: { value: string; count: number }[]) =>
    items.length === 0 ? [] : ["", `${title}:`, table(items.slice(0, 10).map((i) => [`  ${i.count}`, i.value]))];
  return [
    `facets over ${f.counted} matching articles${f.partial ? " (the newest of more)" : ""}`,
    ...rows("outlets", f.outlets),
    ...rows("months", f.months),
    ...rows("event kinds", f.eventKinds),
    ...rows(
      "entities",
      f.entities.map((e) => ({ value: `${e.name} (${e.type})`, count: e.count })),
    ),
  ].join("\n");
}

export const searchCommand: Command = {
  name: "search",
  usage:
    "marsad search QUERY [--outlet NAME] [--from DATE] [--to DATE] [--entity NAME|ID] [--kind KIND] [--facets] [--limit N] [--db PATH] [--json]",
  summary: 'search articles: spelling-, clitic- and inflection-tolerant; "phrases", prefix*, OR, -term',
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      outlet: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      entity: { type: "string" },
      kind: { type: "string" },
      facets: { type: "boolean", default: false },
      limit: { type: "string" },
    });
    const query = positionals.join(" ");
    const limit = positiveInt(values.limit, "limit", 10);
    return withStore(values, async (store) => {
      const entity = await optionalEntity(store, values.entity, io, values.json);
      const options = {
        outlet: values.outlet,
        from: values.from,
        to: values.to,
        entity: entity?.id,
        eventKind: values.kind,
        limit: Math.min(limit, 100),
      };
      const result = await store.search(query, options);
      const facets = values.facets ? await store.searchFacets(query, options) : undefined;
      if (values.json) printJson(io, facets ? { ...result, facets } : result);
      else io.out([resultText(result, result.hits.length), ...(facets ? ["", facetsText(facets)] : [])].join("\n"));
      return 0;
    });
  },
};
