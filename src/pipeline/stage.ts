import type { Article, Layers } from "../model.js";

export type LayerName = keyof Layers;

/**
 * A pipeline stage: a pure function of the article and the layers earlier stages added.
 * It declares what it needs and what it adds so the registry can check the order.
 */
export interface Stage {
  name: string;
  needs: readonly LayerName[];
  adds: readonly LayerName[];
  run(article: Article, layers: Readonly<Layers>): Partial<Layers>;
}
