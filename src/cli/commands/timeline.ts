import { MarsadError } from "../../errors.js";
import { openStore } from "../../store/index.js";
import { dbPath, parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { printJson, table } from "../io.js";
import { entityNamed } from "./entities.js";

export const timelineCommand: Command = {
  name: "timeline",
  usage: "marsad timeline [--from DATE] [--to DATE] [--entity NAME|ID] [--limit N] [--db PATH] [--json]",
  summary: "dated sentences across articles in time order (dates as precise as the text: 2024-03-26, 2024-03, 2024)",
  async run(argv, io) {
    const { values } = parse(argv, {
      from: { type: "string" },
      to: { type: "string" },
      entity: { type: "string" },
      limit: { type: "string" },
    });
    const limit = positiveInt(values.limit, "limit", 100);
    const name = values.entity?.trim() || undefined;
    const store = await openStore(dbPath(values));
    try {
      const entity = name === undefined ? undefined : await entityNamed(store, name, io, values.json);
      if (entity === null)
        throw new MarsadError("NOT_FOUND", `no entity is called «${name}» (see \`marsad entities\`)`);
      const items = await store.timeline({ from: values.from, to: values.to, entity: entity?.id, limit });
      if (values.json) printJson(io, items);
      else if (items.length === 0) io.out("no dated sentences found");
      else {
        io.out(
          table(
            items.map((i) => [i.value, i.article.id, i.events.join(",") || "—", i.sentence.text.replace(/\s+/g, " ")]),
          ),
        );
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};
