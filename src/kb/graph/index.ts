export { articleEdges, type Edge, globalEdges } from "./edges.js";
export { type EdgeKind, edgeKind, edgeKinds } from "./kinds.js";
export { edgeKey, type MergedEdge, mergeEdges, type Neighbourhood, neighbourhood } from "./merge.js";
