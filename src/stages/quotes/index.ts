import type { Stage } from "../../pipeline/stage.js";
import { findQuotes } from "./extract.js";

export const quotesStage: Stage = {
  name: "quotes",
  needs: ["sentences", "tokens", "entities", "times"],
  adds: ["quotes"],
  run: (article, layers) => ({
    quotes: findQuotes({
      text: article.text,
      tokens: layers.tokens,
      sentences: layers.sentences,
      entities: layers.entities,
      times: layers.times,
      captions: article.captions,
    }),
  }),
};
