import { splitSentences } from "../../text/sentences.js";
import type { Stage } from "../../pipeline/stage.js";

export const sentencesStage: Stage = {
  name: "sentences",
  needs: [],
  adds: ["sentences"],
  run: (article) => ({ sentences: splitSentences(article.text) }),
};
