import type { Stage } from "../../pipeline/stage.js";
import { tokenize } from "../../text/tokenize.js";

export const tokensStage: Stage = {
  name: "tokens",
  needs: [],
  adds: ["tokens"],
  run: (article) => ({ tokens: tokenize(article.text) }),
};
