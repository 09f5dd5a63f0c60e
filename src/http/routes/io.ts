// What goes in and out whole: exports (streamed), page uploads, and this API's own description.
import { MarsadError } from "../../errors.js";
import { EXPORT_FORMATS, type ExportFormat, exportStore, MEDIA_TYPES } from "../../export/index.js";
import { ingestBytes } from "../../ingest/ingest.js";
import type { Route } from "../route.js";

const UPLOAD_TYPES = ["text/plain", "text/html", "application/x-ndjson", "application/jsonl"] as const;
const EXTENSION: Record<(typeof UPLOAD_TYPES)[number], string> = {
  "text/plain": ".txt",
  "text/html": ".html",
  "application/x-ndjson": ".jsonl",
  "application/jsonl": ".jsonl",
};

/** A writer's output as a response body, written as the client reads it (back-pressure kept). */
function streamed(write: (sink: (chunk: string) => Promise<void>) => Promise<void>): ReadableStream<Uint8Array> {
  const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>();
  const writer = writable.getWriter();
  const encoder = new TextEncoder();
  write((chunk) => writer.write(encoder.encode(chunk)))
    .then(() => writer.close())
    .catch((error) => writer.abort(error));
  return readable;
}

export const ioRoutes: Route[] = [
  {
    method: "get",
    path: "/api/export/{format}",
    summary: "The knowledge base as a file: jsonl (every layer), csv or gdelt (events), graphml or gexf (actor graph).",
    tag: "io",
    pathParams: [{ name: "format", type: "string", enum: EXPORT_FORMATS, required: true, description: "The format." }],
    query: [
      { name: "bom", type: "boolean", description: "csv: start with a byte order mark (for Excel)." },
      { name: "tokens", type: "boolean", description: "jsonl: add the tokens layer." },
    ],
    returns: "file",
    produces: "application/octet-stream",
    async handle({ store, path, query }) {
      const format = path.format as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) {
        throw new MarsadError("NOT_FOUND", `export format «${format}» (one of ${EXPORT_FORMATS.join(", ")})`);
      }
      const options = { bom: query.bom === true, tokens: query.tokens === true };
      return new Response(
        streamed((sink) => exportStore(store, format, sink, options)),
        {
          headers: {
            "content-type": MEDIA_TYPES[format],
            "content-disposition": `attachment; filename="marsad.${format === "gdelt" ? "gdelt.tsv" : format}"`,
          },
        },
      );
    },
  },
  {
    method: "post",
    path: "/api/ingest",
    summary: "Ingests one page sent as the body (plain text, HTML, or JSON Lines of articles); needs the bearer token.",
    tag: "io",
    auth: true,
    query: [
      { name: "name", type: "string", description: "The page's name, recorded as its source (default: upload)." },
    ],
    body: { types: UPLOAD_TYPES, description: "The page's bytes, in any encoding Marsad reads." },
    returns: "IngestResult",
    async handle({ store, query, raw }) {
      const type = (raw.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
      if (!(UPLOAD_TYPES as readonly string[]).includes(type)) {
        throw new MarsadError(
          "UNSUPPORTED_FORMAT",
          `content-type «${type || "none"}»: send ${UPLOAD_TYPES.join(", ")}`,
        );
      }
      const bytes = new Uint8Array(await raw.arrayBuffer());
      if (bytes.length === 0) throw new MarsadError("EMPTY_FILE", "the request body is empty");
      const name = query.name === undefined ? "upload" : String(query.name);
      const extension = EXTENSION[type as keyof typeof EXTENSION];
      const source = `upload:${name.endsWith(extension) ? name : name + extension}`;
      return ingestBytes(store, source, bytes);
    },
  },
];
