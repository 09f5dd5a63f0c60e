import type { Stage } from "../../pipeline/stage.js";
import { splitSentences } from "../../text/sentences.js";

export const sentencesStage: Stage = {
  name: "sentences",
  needs: [],
  adds: ["sentences"],
  run: (article) => ({ sentences: splitSentences(article.text) }),
};
