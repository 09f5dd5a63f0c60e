// Events as RFC 4180 CSV: a header row, CRLF record ends, a field quoted when it holds a comma,
// a quote or a line break, quotes inside doubled. UTF-8 without a byte order mark, as the RFC
// and most tools want; Excel guesses a legacy code page without one and garbles Arabic, hence
// the `bom` option (`--bom` on the command line).
import { TextOut } from "./sink.js";
import type { EventRow, Rows, Sink } from "./types.js";

export interface CsvOptions {
  /** Start with U+FEFF so Excel reads the file as UTF-8. */
  bom?: boolean;
}

export const EVENT_CSV_COLUMNS = [
  "article_id",
  "article_date",
  "outlet",
  "kind",
  "cameo",
  "trigger",
  "time",
  "place",
  "actors",
  "sentence",
  "start",
  "end",
  "rule",
] as const;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | null): string {
  if (value === null) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(",") + "\r\n";
}

export function eventCsvFields({ article, event, actors, place, sentence }: EventRow): (string | number | null)[] {
  return [
    article.id,
    article.published,
    article.outlet,
    event.kind,
    event.cameo,
    event.trigger,
    event.time,
    place?.name ?? null,
    actors.map((actor) => actor.name).join("; "),
    sentence,
    event.start,
    event.end,
    event.rule,
  ];
}

export async function writeEventsCsv(rows: Rows<EventRow>, sink: Sink, options: CsvOptions = {}): Promise<void> {
  const out = new TextOut(sink);
  await out.put((options.bom ? "\uFEFF" : "") + csvRecord(EVENT_CSV_COLUMNS));
  for await (const row of rows) await out.put(csvRecord(eventCsvFields(row)));
  await out.flush();
}
