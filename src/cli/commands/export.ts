import { MarsadError } from "../../errors.js";
import {
  type ExportArticle,
  eventsOf,
  writeEventsCsv,
  writeGdelt,
  writeGexf,
  writeGraphml,
  writeJsonl,
} from "../../export/index.js";
import type { Store } from "../../store/index.js";
import { tokenize } from "../../text/tokenize.js";
import { parse } from "../args.js";
import type { Command } from "../command.js";
import { writeOutput } from "../output.js";
import { withStore } from "../store.js";
import { actorGraph } from "./graph.js";

const FORMATS = ["jsonl", "csv", "gdelt", "graphml", "gexf"] as const;
type Format = (typeof FORMATS)[number];

/** Stored articles, with their tokens again when asked for (the store does not keep them). */
async function* articles(store: Store, tokens: boolean): AsyncGenerator<ExportArticle> {
  for await (const article of store.allArticles()) {
    if (tokens) article.layers.tokens = tokenize(article.text);
    yield article;
  }
}

export const exportCommand: Command = {
  name: "export",
  usage: "marsad export --format jsonl|csv|gdelt|graphml|gexf [--out PATH] [--bom] [--tokens] [--db PATH]",
  summary: "write the knowledge base out: every layer (jsonl), events (csv, gdelt), the actor graph (graphml, gexf)",
  async run(argv, io) {
    const { values } = parse(argv, {
      format: { type: "string" },
      out: { type: "string" },
      bom: { type: "boolean", default: false },
      tokens: { type: "boolean", default: false },
    });
    const format = values.format as Format | undefined;
    if (!format || !FORMATS.includes(format)) {
      throw new MarsadError("BAD_ARGUMENT", `--format takes ${FORMATS.join(", ")} (see src/export/README.md)`);
    }
    return withStore(values, async (store) => {
      await writeOutput(io, values.out, (sink) => {
        switch (format) {
          case "jsonl":
            return writeJsonl(articles(store, values.tokens), sink, { tokens: values.tokens });
          case "csv":
            return writeEventsCsv(eventsOf(articles(store, false)), sink, { bom: values.bom });
          case "gdelt":
            return writeGdelt(eventsOf(articles(store, false)), sink);
          case "graphml":
            return writeGraphml(actorGraph(store, null), sink);
          case "gexf":
            return writeGexf(actorGraph(store, null), sink);
        }
      });
      if (values.out !== undefined) io.err(`wrote ${values.out}`);
      return 0;
    });
  },
};
