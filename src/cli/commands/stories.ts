import { MarsadError } from "../../errors.js";
import type { StoryDetail, StoryRecord } from "../../store/index.js";
import { parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { printJson, table } from "../io.js";
import { optionalEntity, withStore } from "../store.js";
import { claimGroupText } from "./claims.js";

const indent = (text: string, by = "  ") => text.replace(/^/gm, by);
const span = (from: string | null, to: string | null) => (from === null ? "—" : from === to ? from : `${from} … ${to}`);

function storyRows(stories: readonly StoryRecord[]): string[][] {
  return [
    ["id", "articles", "outlets", "dates", "label"],
    ...stories.map((s) => [s.id, String(s.articles), String(s.outlets.length), span(s.from, s.to), s.label]),
  ];
}

export const storiesCommand: Command = {
  name: "stories",
  usage:
    "marsad stories [--from DATE] [--to DATE] [--entity NAME|ID] [--min-articles N] [--sort recent|size] [--limit N] [--db PATH] [--json]",
  summary: "articles about the same happening grouped across outlets, latest first",
  async run(argv, io) {
    const { values } = parse(argv, {
      from: { type: "string" },
      to: { type: "string" },
      entity: { type: "string" },
      "min-articles": { type: "string" },
      sort: { type: "string" },
      limit: { type: "string" },
    });
    const sort = values.sort ?? "recent";
    if (sort !== "recent" && sort !== "size") throw new MarsadError("BAD_ARGUMENT", "--sort takes recent or size");
    const limit = positiveInt(values.limit, "limit", 50);
    const minArticles = positiveInt(values["min-articles"], "min-articles", 1);
    return withStore(values, async (store) => {
      const entity = await optionalEntity(store, values.entity, io, values.json);
      const stories = await store.listStories({
        from: values.from,
        to: values.to,
        entity: entity?.id,
        minArticles,
        sort,
        limit,
      });
      if (values.json) printJson(io, stories);
      else if (stories.length === 0) io.out("no stories found");
      else io.out(table(storyRows(stories)));
      return 0;
    });
  },
};

function storyText(story: StoryDetail): string {
  const parts = [
    story.label,
    `${story.id} · ${story.articles} articles · ${story.outlets.length} outlets · ${span(story.from, story.to)}` +
      (story.day ? ` · happened ${story.day}` : ""),
  ];
  if (story.actors.length > 0) parts.push(`actors: ${story.actors.map((a) => a.name).join("، ")}`);
  parts.push("", "coverage by outlet:");
  const byOutlet = new Map<string, StoryDetail["members"]>();
  for (const m of story.members) {
    const outlet = m.outlet ?? "(outlet unknown)";
    byOutlet.set(outlet, [...(byOutlet.get(outlet) ?? []), m]);
  }
  for (const [outlet, members] of byOutlet) {
    parts.push(indent(outlet));
    for (const m of members) {
      parts.push(indent(`${m.published ?? "—"}  ${m.id}  ${m.title}`, "    "));
      if (m.lead) parts.push(indent(m.lead.replace(/\s+/g, " "), "      "));
      parts.push(
        indent(m.score === null ? `first report (${m.reason ?? "new story"})` : `joined: ${m.reason}`, "      "),
      );
    }
  }
  const compared = story.claims.filter((g) => g.articles > 1 || g.disagreement);
  if (compared.length > 0) {
    parts.push("", "claims compared:");
    for (const group of compared) parts.push(indent(claimGroupText(group)));
  }
  if (story.related.length > 0) {
    parts.push("", "related stories (a member would also have joined them):");
    parts.push(indent(table(story.related.map((r) => [r.id, `${r.articles} art.`, r.label]))));
  }
  return parts.join("\n");
}

export const storyCommand: Command = {
  name: "story",
  usage: "marsad story ID [--db PATH] [--json]",
  summary: "one story: its articles side by side by outlet, their claims compared",
  async run(argv, io) {
    const { values, positionals } = parse(argv, {});
    const id = positionals[0]?.trim();
    if (!id) throw new MarsadError("BAD_ARGUMENT", "name a story id (see `marsad stories`)");
    return withStore(values, async (store) => {
      // An article id names the story it is in.
      const story = (await store.getStory(id)) ?? (await storyOfArticle(id));
      if (!story) throw new MarsadError("NOT_FOUND", `story ${id} (see \`marsad stories\`)`);
      if (values.json) printJson(io, story);
      else io.out(storyText(story));
      return 0;

      async function storyOfArticle(articleId: string) {
        const storyId = await store.storyOf(articleId);
        return storyId === null ? null : store.getStory(storyId);
      }
    });
  },
};
