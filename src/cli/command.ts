import type { Io } from "./io.js";

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Returns the process exit code. */
  run(argv: readonly string[], io: Io): Promise<number>;
}
