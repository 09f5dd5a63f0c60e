// The events layer names actors and places by article-local entity ids; flat exports want names
// and the global ids that hold across articles. Resolved here once, for every flat writer.
import type { Entity } from "../model.js";
import type { EventActor, EventRow, ExportArticle, Rows } from "./types.js";

export function eventRows(article: ExportArticle): EventRow[] {
  const { layers, text } = article;
  if (layers.events.length === 0) return [];
  const byId = new Map<string, { entity: Entity; global: string | undefined }>();
  layers.entities.forEach((entity, i) => {
    byId.set(entity.id, { entity, global: article.entityIds[i] });
  });
  const actor = (id: string): EventActor => {
    const found = byId.get(id);
    if (!found) return { id, name: id, type: null };
    return { id: found.global ?? id, name: found.entity.name, type: found.entity.type };
  };
  // Blocks are separated by one blank line; the first is the lede (or the deck above it).
  const firstBreak = text.indexOf("\n\n");
  const leadEnd = firstBreak === -1 ? text.length : firstBreak;
  const meta = {
    id: article.id,
    published: article.published,
    outlet: article.outlet,
    source: article.source ?? null,
  };
  return layers.events.map((event) => ({
    article: meta,
    event,
    actors: event.actors.map(actor),
    place: event.place === null ? null : actor(event.place),
    sentence: text.slice(event.start, event.end),
    lead: event.start < leadEnd,
  }));
}

/** Every event of every article, in article order: the rows the CSV and GDELT writers take. */
export async function* eventsOf(articles: Rows<ExportArticle>): AsyncGenerator<EventRow> {
  for await (const article of articles) yield* eventRows(article);
}
