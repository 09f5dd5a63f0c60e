export { articleEdges, type Edge } from "./edges.js";
export { type EdgeKind, edgeKind, edgeKinds } from "./kinds.js";
export { edgeKey, type MergedEdge, mergeEdges, type Neighbourhood, neighbourhood } from "./merge.js";
