import { readFile } from "node:fs/promises";
import { MarsadError, type Problem, problemOf } from "../../errors.js";
import { articleToContract, type ContractDocument } from "../../extract/contract.js";
import { plainArticle } from "../../extract/plain.js";
import { decode } from "../../ingest/decode.js";
import { readPage } from "../../ingest/page.js";
import { annotate } from "../../pipeline/index.js";
import { parse } from "../args.js";
import type { Command } from "../command.js";

export const extractCommand: Command = {
  name: "extract",
  usage: "marsad extract --json [--plain] FILE…",
  summary: "print every layer for the given files as JSON, without storing (see DESIGN.md)",
  async run(argv, io) {
    const { values, positionals } = parse(argv, { plain: { type: "boolean", default: false } });
    if (positionals.length === 0) throw new MarsadError("BAD_ARGUMENT", "name at least one file");
    if (!values.json) throw new MarsadError("BAD_ARGUMENT", "extract prints JSON only: add --json");
    const documents: ContractDocument[] = [];
    const problems: Problem[] = [];
    for (const source of positionals) {
      try {
        const bytes = await readFile(source);
        const articles = values.plain
          ? [plainArticle(source, decode(bytes).text)]
          : (() => {
              const page = readPage({ source, bytes });
              problems.push(...page.problems);
              return page.articles;
            })();
        documents.push({ source, articles: articles.map((article) => articleToContract(annotate(article))) });
      } catch (error) {
        problems.push(problemOf(error, source));
      }
    }
    io.out(JSON.stringify({ documents }));
    for (const problem of problems) io.err(`skipped ${problem.source}: ${problem.message} [${problem.code}]`);
    return problems.length > 0 ? 1 : 0;
  },
};
