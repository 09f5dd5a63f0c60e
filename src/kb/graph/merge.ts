// Why: one relation between two actors is reported by many sentences of many articles; the
// analyst sees it once, with its total weight, its dated span and every sentence behind it.
// Merging is a fold, so the store can merge one new article's edges into what it holds for a
// pair without reading the rest of the graph.
import type { Citation } from "../types.js";
import type { Edge } from "./edges.js";

export interface MergedEdge {
  source: string;
  target: string;
  type: string;
  directed: boolean;
  /** Sum of the weights of its distinct citations. */
  weight: number;
  /** Earliest and latest dates (ISO prefixes); null when no citation is dated. */
  first: string | null;
  last: string | null;
  /** Distinct sentences behind it, in the order first seen. */
  citations: Citation[];
  /** Distinct rules that drew it. */
  rules: string[];
}

export function edgeKey(edge: Pick<Edge, "source" | "target" | "type">): string {
  return `${edge.source}\t${edge.target}\t${edge.type}`;
}

const citationKey = (c: Citation) => `${c.article}\t${c.start}\t${c.end}`;

/**
 * Edges aggregated by (source, target, type). `prior` is what was merged before (from the
 * store): its entries are extended, never mutated. A citation already counted adds nothing, so
 * merging the same article twice changes nothing.
 */
export function mergeEdges(edges: readonly Edge[], prior: readonly MergedEdge[] = []): MergedEdge[] {
  const merged = new Map<string, MergedEdge & { seen: Set<string> }>();
  for (const m of prior) {
    merged.set(edgeKey(m), {
      ...m,
      citations: [...m.citations],
      rules: [...m.rules],
      seen: new Set(m.citations.map(citationKey)),
    });
  }
  for (const e of edges) {
    const key = edgeKey(e);
    let m = merged.get(key);
    if (!m) {
      m = {
        source: e.source,
        target: e.target,
        type: e.type,
        directed: e.directed,
        weight: 0,
        first: null,
        last: null,
        citations: [],
        rules: [],
        seen: new Set(),
      };
      merged.set(key, m);
    }
    const ck = citationKey(e.citation);
    if (m.seen.has(ck)) continue;
    m.seen.add(ck);
    m.citations.push(e.citation);
    m.weight += e.weight;
    if (!m.rules.includes(e.rule)) m.rules.push(e.rule);
    if (e.date !== null) {
      if (m.first === null || e.date < m.first) m.first = e.date;
      if (m.last === null || e.date > m.last) m.last = e.date;
    }
  }
  return [...merged.values()].map(({ seen: _, ...m }) => m);
}

export interface Neighbourhood<E> {
  /** The entity and every entity within `depth` edges of it, with its distance. */
  nodes: Array<{ id: string; depth: number }>;
  /** The edges touching a node nearer than `depth`. */
  edges: E[];
}

/**
 * The subgraph around `entityId`: nodes up to `depth` edges away (either direction), and the
 * edges that touch a node closer than `depth` — for depth 1, the entity's own edges. Edges
 * between two rim nodes are left out: they say nothing about the entity and, around a hub,
 * they are most of the graph.
 */
export function neighbourhood<E extends { source: string; target: string }>(
  edges: readonly E[],
  entityId: string,
  depth = 1,
): Neighbourhood<E> {
  const adjacent = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = adjacent.get(a);
    if (list) list.push(b);
    else adjacent.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const distance = new Map<string, number>([[entityId, 0]]);
  let frontier = [entityId];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of adjacent.get(id) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  // An edge touching a node nearer than `depth` has its other end within `depth`.
  const inner = (id: string) => (distance.get(id) ?? depth) < depth;
  return {
    nodes: [...distance].map(([id, d]) => ({ id, depth: d })),
    edges: edges.filter((e) => inner(e.source) || inner(e.target)),
  };
}
