export { articleClaims, globalClaims } from "./extract.js";
export {
  type ClaimGroup,
  type Disagreement,
  disagreement,
  groupClaims,
  periodRange,
  periodsOverlap,
  valueRange,
} from "./group.js";
export { type Claim, type ClaimKind, type ClaimSubject, placeKeys, subjectKey } from "./types.js";
