import type { Stage } from "../../pipeline/stage.js";
import { findMentions } from "./find.js";

export const mentionsStage: Stage = {
  name: "mentions",
  needs: ["sentences", "tokens"],
  adds: ["mentions"],
  run: (article, layers) => ({ mentions: findMentions(article.text, layers.tokens) }),
};
