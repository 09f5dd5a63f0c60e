// For the CLI tests over real pages: a temporary store file filled by `marsad ingest`.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { captureIo } from "../test-helpers/io.js";
import { main } from "./main.js";

export async function ingestedDb(...paths: string[]): Promise<{ db: string; dir: string; cleanup: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), "marsad-cli-"));
  const db = join(dir, "marsad.db");
  const { io, err } = captureIo();
  const code = await main(["ingest", ...paths, "--db", db], io);
  if (code !== 0) throw new Error(`ingest failed (${code}): ${err()}`);
  return { db, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `marsad COMMAND --db DB ARGS…` in-process (--db first, so it stays before a `--`): exit code and output. */
export async function marsad(db: string, command: string, ...argv: string[]) {
  const { io, out, err } = captureIo();
  const code = await main([command, "--db", db, ...argv], io);
  return { code, out: out(), err: err() };
}
