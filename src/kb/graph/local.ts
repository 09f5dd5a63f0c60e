// Why: an article's layers name entities by their local ids ("e0", …: events' actors and
// place, quotes' speaker) or by their index in the entities layer; the knowledge base speaks
// of global entities. These are the per-article lookups both the graph and the claims need,
// built once per article.
import type { Span } from "../../model.js";
import type { Citation, KbArticle, LocalArticle } from "../types.js";

/**
 * The article with each entity standing for itself (its local id as its global one): what its
 * edges and claims are read over before identity links its entities, then mapped
 * (globalEdges, globalClaims).
 */
export function overLocalIds(article: LocalArticle): KbArticle {
  return { ...article, entityIds: article.layers.entities.map((entity) => entity.id) };
}

/** Global id of each local entity id of the article; entities not linked (empty id) are left out. */
export function globalIds(article: Pick<KbArticle, "layers" | "entityIds">): Map<string, string> {
  const out = new Map<string, string>();
  article.layers.entities.forEach((entity, i) => {
    const id = article.entityIds[i];
    if (id) out.set(entity.id, id);
  });
  return out;
}

/** An entity mention of the article, with the index of its entity in the entities layer. */
export interface MentionAt extends Span {
  entity: number;
}

/** Every entity mention of the article, by start. */
export function mentionsByStart(article: KbArticle): MentionAt[] {
  const out: MentionAt[] = [];
  article.layers.entities.forEach((entity, e) => {
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, entity: e });
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Index of the span holding `offset`, else of the first span after it (-1 past the last). */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return lo < spans.length ? lo : -1;
}

export function citationOf(article: KbArticle, span: Span): Citation {
  return { article: article.id, start: span.start, end: span.end };
}
