import { MarsadError } from "../../errors.js";
import { DEFAULT_MAX_PAGE_BYTES, type IngestSummary, ingestPaths } from "../../ingest/ingest.js";
import { openStore } from "../../store/index.js";
import { dbPath, parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { type Io, printJson } from "../io.js";

function progress(io: Io) {
  let last = 0;
  return (summary: Readonly<IngestSummary>, path: string) => {
    const now = Date.now();
    if (now - last < 100) return;
    last = now;
    const done = summary.pages + summary.skipped.length;
    const name = path.length > 50 ? `…${path.slice(-49)}` : path;
    io.err(
      `\r\x1b[2K${done} files · ${summary.articles} articles · ${summary.skipped.length} skipped · ${name}\r`.replace(
        /\n$/,
        "",
      ),
    );
  };
}

export const ingestCommand: Command = {
  name: "ingest",
  usage: "marsad ingest PATH… [--db PATH] [--max-page-size MB] [--json]",
  summary: "read pages from files and folders (recursively) into the store",
  async run(argv, io) {
    const { values, positionals } = parse(argv, { "max-page-size": { type: "string" } });
    if (positionals.length === 0) throw new MarsadError("BAD_ARGUMENT", "name at least one file or folder");
    const maxMb = positiveInt(values["max-page-size"], "max-page-size", DEFAULT_MAX_PAGE_BYTES / 1024 / 1024);
    const store = await openStore(dbPath(values));
    try {
      const onProgress = io.interactive && !values.json ? progress(io) : undefined;
      const summary = await ingestPaths(store, positionals, { maxPageBytes: maxMb * 1024 * 1024, onProgress });
      if (onProgress) io.err("\r\x1b[2K");
      if (values.json) {
        printJson(io, summary);
      } else {
        for (const problem of summary.skipped)
          io.err(`skipped ${problem.source}: ${problem.message} [${problem.code}]`);
        io.out(
          `${summary.pages} pages read, ${summary.articles} articles stored, ${summary.duplicates} duplicates, ` +
            `${summary.skipped.length} skipped`,
        );
      }
      return summary.skipped.length > 0 ? 1 : 0;
    } finally {
      await store.close();
    }
  },
};
