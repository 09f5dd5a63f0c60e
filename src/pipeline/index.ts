import { type AnnotatedArticle, type Article, emptyLayers, type Layers } from "../model.js";
import type { LayerName, Stage } from "./stage.js";
import { stages as defaultStages } from "./stages.js";

/** Throws when a stage needs a layer that no earlier stage adds: a wiring mistake, not bad input. */
export function checkOrder(stages: readonly Stage[]): void {
  const available = new Set<LayerName>();
  for (const stage of stages) {
    for (const need of stage.needs) {
      if (!available.has(need)) throw new Error(`stage "${stage.name}" needs "${need}", which no earlier stage adds`);
    }
    for (const layer of stage.adds) available.add(layer);
  }
}

checkOrder(defaultStages);

export function annotate(article: Article, stages: readonly Stage[] = defaultStages): AnnotatedArticle {
  const layers: Layers = emptyLayers();
  for (const stage of stages) Object.assign(layers, stage.run(article, layers));
  return { article, layers };
}
