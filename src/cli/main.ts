import { MarsadError } from "../errors.js";
import type { Command } from "./command.js";
import { articlesCommand, showCommand } from "./commands/articles.js";
import { claimsCommand } from "./commands/claims.js";
import { entitiesCommand, entityCommand } from "./commands/entities.js";
import { exportCommand } from "./commands/export.js";
import { extractCommand } from "./commands/extract.js";
import { graphCommand } from "./commands/graph.js";
import { ingestCommand } from "./commands/ingest.js";
import { quotesCommand } from "./commands/quotes.js";
import { searchCommand } from "./commands/search.js";
import { serveCommand } from "./commands/serve.js";
import { storiesCommand, storyCommand } from "./commands/stories.js";
import { timelineCommand } from "./commands/timeline.js";
import { type Io, processIo } from "./io.js";

export const commands: readonly Command[] = [
  ingestCommand,
  extractCommand,
  searchCommand,
  articlesCommand,
  showCommand,
  entitiesCommand,
  entityCommand,
  quotesCommand,
  timelineCommand,
  storiesCommand,
  storyCommand,
  graphCommand,
  claimsCommand,
  exportCommand,
  serveCommand,
];

function help(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    "marsad — Arabic news intelligence",
    "",
    "usage: marsad COMMAND [options]",
    "",
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    "",
    "Every command takes --db PATH (default: $MARSAD_DB or ./marsad.db) and --json.",
    "`marsad COMMAND --help` shows a command's options.",
  ].join("\n");
}

export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.out(help());
    return name ? 0 : 2;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.err(`marsad: unknown command "${name}"\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.out(`usage: ${command.usage}\n\n${command.summary}`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof MarsadError) {
      io.err(`marsad ${name}: ${error.message} [${error.code}]`);
      return error.code === "BAD_ARGUMENT" || error.code === "BAD_QUERY" ? 2 : 1;
    }
    io.err(`marsad ${name}: unexpected error (a bug in Marsad: please report it)\n${(error as Error)?.stack ?? error}`);
    return 1;
  }
}
