// The pipeline, in order. A stage may only need layers that an earlier stage adds.
import { entitiesStage } from "../stages/entities/index.js";
import { eventsStage } from "../stages/events/index.js";
import { figuresStage } from "../stages/figures/index.js";
import { mentionsStage } from "../stages/mentions/index.js";
import { quotesStage } from "../stages/quotes/index.js";
import { sentencesStage } from "../stages/sentences/index.js";
import { timesStage } from "../stages/times/index.js";
import { tokensStage } from "../stages/tokens/index.js";
import type { Stage } from "./stage.js";

export const stages: readonly Stage[] = [
  sentencesStage,
  tokensStage,
  mentionsStage,
  entitiesStage,
  timesStage,
  figuresStage,
  quotesStage,
  eventsStage,
];
