// Stories: articles about one happening grouped across outlets, one article at a time.
// signature(article) once per article, persisted; the store indexes its band keys and key
// actors under indexDay, looks candidates up inside lookupWindow, and assignStory decides.
// See each module's header for the why.
export { type Assignment, assignStory, type Candidate, indexDay, lookupWindow, SUPPORT_SHARE } from "./assign.js";
export { type StorySummary, storyLabel, storySummary } from "./label.js";
export {
  EVENT_DATE_DAYS,
  HAPPENING_DAYS,
  HAPPENING_THRESHOLD,
  MIN_CONTENT,
  NEAR_DUPLICATE_DAYS,
  type PairKind,
  type PairScore,
  SAME_STORY,
  SAME_TEXT_CONTENT,
  storyScore,
} from "./score.js";
export {
  dayNumber,
  SIGNATURE_VERSION,
  type Signature,
  type SignatureOptions,
  STRONG_ACTOR,
  type StoryActor,
  type StoryEvent,
  type StorySketch,
  signature,
  sketchOf,
} from "./signature.js";
