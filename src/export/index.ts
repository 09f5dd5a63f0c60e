// `marsad export --format jsonl|csv|gdelt|graphml|gexf`: streaming writers over the store's rows.
export { type CsvOptions, EVENT_CSV_COLUMNS, writeEventsCsv } from "./csv.js";
export { GDELT_COLUMNS, type GdeltOptions, writeGdelt } from "./gdelt.js";
export { writeGexf } from "./gexf.js";
export { writeGraphml } from "./graphml.js";
export { articleLine, type JsonlOptions, writeJsonl } from "./jsonl.js";
export { eventRows, eventsOf } from "./rows.js";
export { writeText } from "./sink.js";
export {
  actorGraph,
  EXPORT_FORMATS,
  type ExportFormat,
  exportStore,
  MEDIA_TYPES,
  type StoreExportOptions,
} from "./store.js";
export type {
  ActorGraph,
  EventActor,
  EventRow,
  ExportArticle,
  GraphEdge,
  GraphNode,
  Rows,
  Sink,
} from "./types.js";
