import type { Stage } from "../../pipeline/stage.js";
import { buildEntities } from "./cluster.js";

// Besides the entities, the stage hands back the mentions with `entity` (their entity's index)
// filled in, as model.ts documents.
export const entitiesStage: Stage = {
  name: "entities",
  needs: ["mentions"],
  adds: ["entities", "mentions"],
  run: (article, layers) => buildEntities(article.text, layers.mentions),
};
