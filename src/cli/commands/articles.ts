import { MarsadError } from "../../errors.js";
import { openStore } from "../../store/index.js";
import { dbPath, parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { printJson, table } from "../io.js";

export const articlesCommand: Command = {
  name: "articles",
  usage: "marsad articles [--outlet NAME] [--from DATE] [--to DATE] [--limit N] [--db PATH] [--json]",
  summary: "list stored articles: id, date, outlet, title",
  async run(argv, io) {
    const { values } = parse(argv, {
      outlet: { type: "string" },
      from: { type: "string" },
      to: { type: "string" },
      limit: { type: "string" },
    });
    const store = await openStore(dbPath(values));
    try {
      const rows = await store.listArticles({
        outlet: values.outlet,
        from: values.from,
        to: values.to,
        limit: positiveInt(values.limit, "limit", 100),
      });
      if (values.json) printJson(io, rows);
      else if (rows.length === 0) io.out("no articles stored yet: run `marsad ingest PATH`");
      else io.out(table(rows.map((row) => [row.id, row.published ?? "—", row.outlet ?? "—", row.title])));
      return 0;
    } finally {
      await store.close();
    }
  },
};

export const showCommand: Command = {
  name: "show",
  usage: "marsad show ID [--db PATH] [--json]",
  summary: "one article with its metadata and text",
  async run(argv, io) {
    const { values, positionals } = parse(argv, {});
    const id = positionals[0];
    if (!id) throw new MarsadError("BAD_ARGUMENT", "name an article id (see `marsad articles`)");
    const store = await openStore(dbPath(values));
    try {
      const article = await store.getArticle(id);
      if (!article) throw new MarsadError("NOT_FOUND", `article ${id}`);
      if (values.json) {
        printJson(io, article);
        return 0;
      }
      const fields: [string, string | null][] = [
        ["id", article.id],
        ["title", article.title],
        ["outlet", article.outlet],
        ["published", article.published],
        ["author", article.author],
        ["dateline", article.dateline],
        ["source", article.source],
      ];
      io.out(table(fields.map(([name, value]) => [name, value ?? "—"])));
      io.out(`\n${article.text}`);
      return 0;
    } finally {
      await store.close();
    }
  },
};
