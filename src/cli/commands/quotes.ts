import { openStore, type QuoteRecord } from "../../store/index.js";
import { dbPath, parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { printJson, table } from "../io.js";
import { entityNamed } from "./entities.js";

function quoteRows(quotes: readonly QuoteRecord[]): string[][] {
  return quotes.map((q) => [
    q.article.published ?? "—",
    q.article.id,
    q.speaker?.name ?? q.speakerText ?? "—",
    q.verb ?? "—",
    q.direct ? `«${q.text}»` : q.text,
  ]);
}

export const quotesCommand: Command = {
  name: "quotes",
  usage: "marsad quotes [--speaker NAME|ID] [--limit N] [--db PATH] [--json]",
  summary: "who said what, newest first: speaker, reporting verb, the words, the article",
  async run(argv, io) {
    const { values } = parse(argv, { speaker: { type: "string" }, limit: { type: "string" } });
    const limit = positiveInt(values.limit, "limit", 50);
    const speaker = values.speaker?.trim() || undefined;
    const store = await openStore(dbPath(values));
    try {
      // A speaker no entity stands behind (مصدر دبلوماسي) is matched as written.
      const entity = speaker === undefined ? null : await entityNamed(store, speaker, io, values.json);
      const rows = await store.listQuotes(entity ? { entity: entity.id, limit } : { speaker, limit });
      if (values.json) printJson(io, rows);
      else if (rows.length === 0) io.out(speaker === undefined ? "no quotes stored yet" : `no quotes by «${speaker}»`);
      else io.out(table(quoteRows(rows)));
      return 0;
    } finally {
      await store.close();
    }
  },
};
