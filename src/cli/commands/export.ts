import { MarsadError } from "../../errors.js";
import { EXPORT_FORMATS, type ExportFormat, exportStore } from "../../export/index.js";
import { parse } from "../args.js";
import type { Command } from "../command.js";
import { writeOutput } from "../output.js";
import { withStore } from "../store.js";

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
    const format = values.format as ExportFormat | undefined;
    if (!format || !EXPORT_FORMATS.includes(format)) {
      throw new MarsadError("BAD_ARGUMENT", `--format takes ${EXPORT_FORMATS.join(", ")} (see src/export/README.md)`);
    }
    return withStore(values, async (store) => {
      await writeOutput(io, values.out, (sink) => exportStore(store, format, sink, values));
      if (values.out !== undefined) io.err(`wrote ${values.out}`);
      return 0;
    });
  },
};
