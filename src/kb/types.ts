// What cross-article work reads: an article as stored, with its layers and, for each entry of
// its entities layer, the id of the global (cross-article) entity it was linked to.
import type { Layers } from "../model.js";

export interface KbArticle {
  id: string;
  title: string;
  outlet: string | null;
  published: string | null;
  text: string;
  layers: Layers;
  /** Global entity id of layers.entities[i], by index. */
  entityIds: string[];
}

/** An article before identity links its entities: what an ingest worker can read on its own. */
export type LocalArticle = Omit<KbArticle, "entityIds">;

/** Where a fact comes from: an article and a sentence span in its text. */
export interface Citation {
  article: string;
  start: number;
  end: number;
}
