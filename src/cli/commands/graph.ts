import { MarsadError } from "../../errors.js";
import { actorGraph, writeGexf, writeGraphml, writeText } from "../../export/index.js";
import type { GraphEdgeRecord, GraphView, Store } from "../../store/index.js";
import { parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { type Io, table } from "../io.js";
import { writeOutput } from "../output.js";
import { optionalEntity, withStore } from "../store.js";

const FORMATS = ["text", "json", "graphml", "gexf"] as const;
type Format = (typeof FORMATS)[number];

const dates = (e: GraphEdgeRecord) =>
  e.first === null ? "undated" : e.first === e.last ? e.first : `${e.first} … ${e.last}`;

/** Each edge with its first `citations` sentences (an entity's view; the whole graph gets none). */
async function withCitations(store: Store, view: GraphView, citations: number) {
  if (citations === 0) return view;
  const edges = [];
  for (const e of view.edges) {
    const sentences = await store.edgeCitations({ source: e.source, target: e.target, type: e.type, limit: citations });
    edges.push({ ...e, sentences });
  }
  return { ...view, edges };
}

async function graphText(
  store: Store,
  view: GraphView,
  entity: string | undefined,
  citations: number,
): Promise<string> {
  if (view.edges.length === 0) return "no edges found";
  if (entity === undefined) {
    return table([
      ["weight", "sentences", "type", "source", "target", "dates"],
      ...view.edges.map((e) => [
        String(e.weight),
        String(e.citations),
        e.type,
        e.sourceName,
        (e.directed ? "→ " : "— ") + e.targetName,
        dates(e),
      ]),
    ]);
  }
  const me = view.nodes.find((n) => n.id === entity);
  const lines = [`${me?.name ?? entity}: ${view.edges.length} edges, ${view.nodes.length - 1} neighbours`, ""];
  for (const e of view.edges) {
    const arrow = e.directed ? "→" : "—";
    lines.push(
      `${e.weight}  ${e.sourceName} ${arrow}${e.type}${arrow} ${e.targetName}  (${e.citations} sentences, ${dates(e)})`,
    );
    if (citations === 0) continue;
    for (const c of await store.edgeCitations({ source: e.source, target: e.target, type: e.type, limit: citations })) {
      lines.push(`    ${c.date ?? "—"}  ${c.article.id}  «${c.sentence.replace(/\s+/g, " ").trim()}»`);
    }
  }
  return lines.join("\n");
}

export const graphCommand: Command = {
  name: "graph",
  usage:
    "marsad graph [--entity NAME|ID] [--depth 1|2] [--type TYPE,…] [--min-weight W] [--citations N] [--limit N] [--format text|json|graphml|gexf] [--out PATH] [--db PATH]",
  summary: "the actor graph: typed, weighted, dated edges between entities, each citing its sentences",
  async run(argv, io) {
    const { values } = parse(argv, {
      entity: { type: "string" },
      depth: { type: "string" },
      type: { type: "string" },
      "min-weight": { type: "string" },
      citations: { type: "string" },
      limit: { type: "string" },
      format: { type: "string" },
      out: { type: "string" },
    });
    const format = (values.json ? "json" : (values.format ?? "text")) as Format;
    if (!FORMATS.includes(format)) throw new MarsadError("BAD_ARGUMENT", `--format takes ${FORMATS.join(", ")}`);
    const depth = positiveInt(values.depth, "depth", 1);
    if (depth > 2) throw new MarsadError("BAD_ARGUMENT", "--depth takes 1 or 2");
    const minWeight = values["min-weight"] === undefined ? undefined : Number(values["min-weight"]);
    if (minWeight !== undefined && !(minWeight >= 0))
      throw new MarsadError("BAD_ARGUMENT", "--min-weight takes a number ≥ 0");
    const types = values.type
      ?.split(",")
      .map((t) => t.trim())
      .filter(Boolean);
    const limit = values.limit === undefined ? undefined : positiveInt(values.limit, "limit", 1);
    const citations = values.citations === undefined ? 3 : Number(values.citations);
    if (!Number.isInteger(citations) || citations < 0)
      throw new MarsadError("BAD_ARGUMENT", "--citations takes a whole number ≥ 0");
    return withStore(values, async (store) => {
      const entity = await optionalEntity(store, values.entity, io, format === "json");
      const query = { entity: entity?.id, depth, types, minWeight, limit };
      const whole = entity === undefined && types === undefined && minWeight === undefined && limit === undefined;
      if (format === "graphml" || format === "gexf") {
        const graph = actorGraph(store, whole ? null : await store.graph(query));
        await writeOutput(io, values.out, (sink) =>
          format === "graphml" ? writeGraphml(graph, sink) : writeGexf(graph, sink),
        );
        return 0;
      }
      const view = await store.graph(query);
      const text =
        format === "json"
          ? JSON.stringify(await withCitations(store, view, entity === undefined ? 0 : citations), null, 2)
          : await graphText(store, view, entity?.id, citations);
      await emit(io, values.out, text);
      return 0;
    });
  },
};

async function emit(io: Io, out: string | undefined, text: string): Promise<void> {
  if (out === undefined) io.out(text);
  else await writeOutput(io, out, (sink) => writeText(`${text}\n`, sink));
}
