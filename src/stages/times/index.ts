// Date expressions of an article, resolved against its publication date (see scan.ts for the
// patterns, resolve.ts for the conventions).
import type { Stage } from "../../pipeline/stage.js";
import { parsePublished } from "./resolve.js";
import { scanTimes } from "./scan.js";

export const timesStage: Stage = {
  name: "times",
  needs: ["sentences", "tokens"],
  adds: ["times"],
  run: (article, layers) => ({
    times: scanTimes({
      text: article.text,
      tokens: layers.tokens,
      sentences: layers.sentences,
      pub: parsePublished(article.published),
    }),
  }),
};
