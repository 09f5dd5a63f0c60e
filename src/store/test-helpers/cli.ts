// For the CLI tests of the knowledge-base commands: a store file holding the hand corpus, and a
// command run with its output captured.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../../cli/command.js";
import { captureIo } from "../../test-helpers/io.js";
import { openStore } from "../index.js";
import { saveCorpus } from "./corpus.js";

/** A temporary store file holding CORPUS; `ids` are its article ids, in CORPUS order. */
export async function corpusDb(): Promise<{ db: string; ids: string[]; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-cli-kb-"));
  const db = join(dir, "marsad.db");
  const store = await openStore(db);
  const ids = await saveCorpus(store);
  await store.close();
  return { db, ids, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a command as main does, minus printing: a MarsadError comes back as `error`. */
export async function runCommand(command: Command, ...argv: string[]) {
  const { io, out, err } = captureIo();
  try {
    const code = await command.run(argv, io);
    return { code, out: out(), err: err(), error: undefined };
  } catch (error) {
    return { code: undefined, out: out(), err: err(), error: error as Error & { code?: string } };
  }
}
