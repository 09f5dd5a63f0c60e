import type { TimelineItem } from "../../store/index.js";
import { parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { printJson, table } from "../io.js";
import { optionalEntity, withStore } from "../store.js";

/** A date as precise as the text gave it, marked when it is a plan rather than a report. */
const when = (item: TimelineItem) => `${item.value}${item.plan ? " (plan)" : ""}`;

export const timelineCommand: Command = {
  name: "timeline",
  usage:
    "marsad timeline [--from DATE] [--to DATE] [--entity NAME|ID] [--kind KIND] [--outlet NAME] [--plans|--no-plans] [--limit N] [--db PATH] [--json]",
  summary:
    "dated sentences across articles in time order, as precise as the text (2024-03-26, 2024-03, 2024); plans marked",
  async run(argv, io) {
    const { values } = parse(argv, {
      from: { type: "string" },
      to: { type: "string" },
      entity: { type: "string" },
      kind: { type: "string" },
      outlet: { type: "string" },
      plans: { type: "boolean" },
      "no-plans": { type: "boolean" },
      limit: { type: "string" },
    });
    const limit = positiveInt(values.limit, "limit", 100);
    return withStore(values, async (store) => {
      const entity = await optionalEntity(store, values.entity, io, values.json);
      const plan = values.plans ? true : values["no-plans"] ? false : undefined;
      const items = await store.timeline({
        from: values.from,
        to: values.to,
        entity: entity?.id,
        kind: values.kind,
        outlet: values.outlet,
        plan,
        limit,
      });
      if (values.json) printJson(io, items);
      else if (items.length === 0) io.out("no dated sentences found");
      else {
        io.out(
          table(
            items.map((i) => [
              when(i),
              i.article.id,
              i.article.outlet ?? "—",
              i.events.join(",") || "—",
              i.sentence.text.replace(/\s+/g, " "),
            ]),
          ),
        );
      }
      return 0;
    });
  },
};
