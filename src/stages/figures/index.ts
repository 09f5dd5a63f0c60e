import type { Stage } from "../../pipeline/stage.js";
import { findFigures } from "./find.js";

export const figuresStage: Stage = {
  name: "figures",
  needs: ["sentences", "tokens", "times"],
  adds: ["figures"],
  run: (article, layers) => ({ figures: findFigures(article.text, layers.tokens, layers.sentences, layers.times) }),
};
