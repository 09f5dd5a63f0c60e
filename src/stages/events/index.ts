import type { Stage } from "../../pipeline/stage.js";
import { extractEvents } from "./extract.js";

export const eventsStage: Stage = {
  name: "events",
  needs: ["sentences", "tokens", "entities", "times", "quotes"],
  adds: ["events"],
  run: (article, layers) => ({ events: extractEvents(article.text, layers) }),
};
