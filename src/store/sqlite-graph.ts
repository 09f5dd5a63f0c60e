// Why: the actor graph is a fold over articles (kb/graph/merge.ts): a saved article adds its
// edges' citations and bumps the running sums of the pairs it touches, by UPSERT, without
// reading the rest of the graph. Reading an entity's neighbourhood starts from its own rows
// (indexed by source and by target), so its cost follows the entity, not the graph.
import { type Edge, edgeKey, neighbourhood } from "../kb/graph/index.js";
import type { EntityType } from "../model.js";
import { type Db, page, type Stmt } from "./sqlite-util.js";
import type { EdgeCitation, EdgeQuery, GraphEdgeRecord, GraphNodeRecord, GraphQuery, GraphView } from "./store.js";

interface EdgeRow {
  source: string;
  target: string;
  type: string;
  directed: number;
  weight: number;
  citations: number;
  first_date: string | null;
  last_date: string | null;
}

interface NodeRow {
  id: string;
  name: string;
  type: EntityType;
  articles: number;
}

const EDGE_COLUMNS = "source, target, type, directed, weight, citations, first_date, last_date";
/** Edges of one entity read for a neighbourhood, heaviest first. */
const MAX_EDGES_PER_NODE = 500;
/** Rows per page of the exports. */
const EXPORT_PAGE = 1000;

function prepare(db: Db) {
  const p = (sql: string): Stmt => db.prepare(sql);
  return {
    insertCitation: p(
      `INSERT INTO edge_citations (article_id, idx, source, target, type, weight, date, start_pos, end_pos, rule)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    upsertEdge: p(
      `INSERT INTO graph_edges (${EDGE_COLUMNS}) VALUES (?, ?, ?, ?, ?, 1, ?, ?)
       ON CONFLICT (source, target, type) DO UPDATE SET
         weight = graph_edges.weight + excluded.weight,
         citations = graph_edges.citations + 1,
         first_date = CASE WHEN graph_edges.first_date IS NULL OR excluded.first_date < graph_edges.first_date
                           THEN excluded.first_date ELSE graph_edges.first_date END,
         last_date = CASE WHEN graph_edges.last_date IS NULL OR excluded.last_date > graph_edges.last_date
                          THEN excluded.last_date ELSE graph_edges.last_date END`,
    ),
    edgesOf: p(
      `SELECT ${EDGE_COLUMNS} FROM (
         SELECT * FROM graph_edges WHERE source = @id UNION ALL SELECT * FROM graph_edges WHERE target = @id AND source <> @id
       ) ORDER BY weight DESC, source, target, type LIMIT ${MAX_EDGES_PER_NODE}`,
    ),
    nodesAfter: p(
      `SELECT id, name, type, articles FROM entities e WHERE id > ?
         AND (EXISTS (SELECT 1 FROM graph_edges WHERE source = e.id) OR EXISTS (SELECT 1 FROM graph_edges WHERE target = e.id))
       ORDER BY id LIMIT ?`,
    ),
    edgesAfter: p(
      `SELECT ${EDGE_COLUMNS} FROM graph_edges WHERE (source, target, type) > (@source, @target, @type)
       ORDER BY source, target, type LIMIT @limit`,
    ),
    heaviest: p(`SELECT ${EDGE_COLUMNS} FROM graph_edges ORDER BY weight DESC, source, target, type LIMIT ?`),
    node: p("SELECT id, name, type, articles FROM entities WHERE id = ?"),
    citations: p(
      `SELECT c.article_id AS articleId, c.source, c.target, c.type, c.weight, c.date, c.start_pos, c.end_pos, c.rule,
              a.title, a.outlet, a.published, a.text
       FROM edge_citations c JOIN articles a ON a.id = c.article_id
       WHERE c.source = @source AND c.target = @target AND (@type IS NULL OR c.type = @type)
       ORDER BY c.date NULLS LAST, c.article_id, c.idx LIMIT @limit OFFSET @offset`,
    ),
  };
}

const toEdge = (r: EdgeRow, nodes: ReadonlyMap<string, GraphNodeRecord>): GraphEdgeRecord => ({
  source: r.source,
  target: r.target,
  sourceName: nodes.get(r.source)?.name ?? r.source,
  targetName: nodes.get(r.target)?.name ?? r.target,
  type: r.type,
  directed: r.directed === 1,
  weight: r.weight,
  citations: r.citations,
  first: r.first_date,
  last: r.last_date,
});

export class GraphWriter {
  readonly #sql: ReturnType<typeof prepare>;

  constructor(db: Db) {
    this.#sql = prepare(db);
  }

  /** Adds a saved article's edges over global ids, each citation once (kb/graph globalEdges). */
  add(articleId: string, edges: readonly Edge[]): number {
    edges.forEach((e, idx) => {
      const { start, end } = e.citation;
      this.#sql.insertCitation.run(articleId, idx, e.source, e.target, e.type, e.weight, e.date, start, end, e.rule);
      this.#sql.upsertEdge.run(e.source, e.target, e.type, e.directed ? 1 : 0, e.weight, e.date, e.date);
    });
    return edges.length;
  }
}

export class GraphReader {
  readonly #sql: ReturnType<typeof prepare>;

  constructor(db: Db) {
    this.#sql = prepare(db);
  }

  /** The neighbourhood of an entity (depth 1 or 2), or the heaviest edges of the whole graph. */
  graph(query: GraphQuery): GraphView {
    const keep = (r: EdgeRow) =>
      (query.types === undefined || query.types.includes(r.type)) && r.weight >= (query.minWeight ?? 0);
    let rows: EdgeRow[];
    let depths = new Map<string, number>();
    if (query.entity === undefined) {
      const limit = query.limit ?? 200;
      // Filters apply before the limit: read more than asked, as filtered edges fall out.
      rows = (this.#sql.heaviest.all(query.types || query.minWeight ? limit * 20 : limit) as EdgeRow[])
        .filter(keep)
        .slice(0, limit);
    } else {
      const depth = Math.min(Math.max(query.depth ?? 1, 1), 2);
      const byKey = new Map<string, EdgeRow>();
      let frontier = [query.entity];
      const reached = new Set(frontier);
      for (let d = 0; d < depth; d++) {
        const next: string[] = [];
        for (const id of frontier) {
          for (const r of this.#sql.edgesOf.all({ id }) as EdgeRow[]) {
            if (!keep(r)) continue;
            byKey.set(edgeKey(r), r);
            for (const other of [r.source, r.target]) {
              if (!reached.has(other)) {
                reached.add(other);
                next.push(other);
              }
            }
          }
        }
        frontier = next;
      }
      const around = neighbourhood([...byKey.values()], query.entity, depth);
      depths = new Map(around.nodes.map((n) => [n.id, n.depth]));
      rows = around.edges.sort((a, b) => b.weight - a.weight).slice(0, query.limit ?? around.edges.length);
    }
    const nodes = new Map<string, GraphNodeRecord>();
    const addNode = (id: string) => {
      if (nodes.has(id)) return;
      const row = this.#sql.node.get(id) as NodeRow | undefined;
      if (row) nodes.set(id, { ...row, depth: depths.get(id) ?? null });
    };
    if (query.entity !== undefined) addNode(query.entity);
    for (const r of rows) {
      addNode(r.source);
      addNode(r.target);
    }
    return { nodes: [...nodes.values()], edges: rows.map((r) => toEdge(r, nodes)) };
  }

  /** The sentences behind one edge (source and target as the edge has them), oldest first. */
  citations(query: EdgeQuery): EdgeCitation[] {
    const params = { source: query.source, target: query.target, type: query.type ?? null, ...page(query) };
    return (this.#sql.citations.all(params) as CitationRow[]).map((r) => ({
      source: r.source,
      target: r.target,
      type: r.type,
      weight: r.weight,
      date: r.date,
      rule: r.rule,
      article: { id: r.articleId, title: r.title, outlet: r.outlet, published: r.published },
      start: r.start_pos,
      end: r.end_pos,
      sentence: r.text.slice(r.start_pos, r.end_pos),
    }));
  }

  /** The next page of nodes (entities with an edge) after `after`, by id: for the exports. */
  nodesAfter(after: { id: string } | null): GraphNodeRecord[] {
    const rows = this.#sql.nodesAfter.all(after?.id ?? "", EXPORT_PAGE) as NodeRow[];
    return rows.map((r) => ({ ...r, depth: null }));
  }

  /** The next page of edges after `after`, by (source, target, type): for the exports. */
  edgesAfter(after: Pick<GraphEdgeRecord, "source" | "target" | "type"> | null): GraphEdgeRecord[] {
    const key = after ?? { source: "", target: "", type: "" };
    const rows = this.#sql.edgesAfter.all({ ...key, limit: EXPORT_PAGE }) as EdgeRow[];
    const names = new Map<string, GraphNodeRecord>();
    for (const r of rows) {
      for (const id of [r.source, r.target]) {
        if (names.has(id)) continue;
        const node = this.#sql.node.get(id) as NodeRow | undefined;
        if (node) names.set(id, { ...node, depth: null });
      }
    }
    return rows.map((r) => toEdge(r, names));
  }
}

interface CitationRow {
  source: string;
  target: string;
  articleId: string;
  type: string;
  weight: number;
  date: string | null;
  start_pos: number;
  end_pos: number;
  rule: string;
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
}
