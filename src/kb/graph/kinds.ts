// Why: what an event kind means for the graph (which edge, which way, how strong) and for
// claims (what a figure in its clause counts) is a linguist's table, lexicon/edge-kinds.tsv,
// read once into a Map by kind.
import { loadTsv } from "../../lexicon/load.js";

export interface EdgeKind {
  kind: string;
  edge: string;
  directed: boolean;
  weight: number;
  /** The event's place is a target too (visited, deployed-to, withdrew-from). */
  place: boolean;
  /** What a figure in such an event's clause counts (violence, detention), or null. */
  aspect: string | null;
  /** A statement kind: its actor speaks, and is the source of what its sentence reports. */
  about: boolean;
}

/** The pseudo-kind of two entities named in one sentence. */
export const SENTENCE = "@sentence";

let table: Map<string, EdgeKind> | undefined;

function yes(value: string | undefined, kind: string, column: string): boolean {
  if (value === "yes") return true;
  if (value === "no") return false;
  throw new Error(`edge-kinds.tsv: ${column} of ${kind} must be yes or no, not "${value}"`);
}

export function edgeKinds(): ReadonlyMap<string, EdgeKind> {
  if (table) return table;
  table = new Map();
  for (const row of loadTsv("edge-kinds")) {
    const kind = row.kind ?? "";
    const weight = Number(row.weight);
    if (!kind || !row.edge || !(weight > 0)) throw new Error(`edge-kinds.tsv: bad row for "${kind}"`);
    table.set(kind, {
      kind,
      edge: row.edge,
      directed: yes(row.directed, kind, "directed"),
      weight,
      place: yes(row.place, kind, "place"),
      aspect: row.aspect || null,
      about: yes(row.about, kind, "about"),
    });
  }
  return table;
}

export function edgeKind(kind: string): EdgeKind | undefined {
  return edgeKinds().get(kind);
}
