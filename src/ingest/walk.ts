// Streams the files named on the command line: folders are walked recursively, one folder's
// entries at a time, so a folder of 100,000 pages never sits in memory as a list of pages.
import { opendir, stat } from "node:fs/promises";
import { join } from "node:path";
import { MarsadError, type Problem, problemOf } from "../errors.js";
import { isPageFile } from "./page.js";

export type WalkItem = { path: string; size: number } | { problem: Problem };

export async function* walkPaths(paths: readonly string[]): AsyncGenerator<WalkItem> {
  for (const path of paths) yield* walk(path, true);
}

async function* walk(path: string, named: boolean): AsyncGenerator<WalkItem> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    yield { problem: problemOf(new MarsadError("UNREADABLE", reason(error)), path) };
    return;
  }
  if (info.isFile()) {
    // Files named explicitly are read whatever their extension; inside folders only pages.
    if (named || isPageFile(path)) yield { path, size: info.size };
    return;
  }
  if (!info.isDirectory()) return;
  let names: string[];
  try {
    names = [];
    for await (const entry of await opendir(path)) names.push(entry.name);
  } catch (error) {
    yield { problem: problemOf(new MarsadError("UNREADABLE", reason(error)), path) };
    return;
  }
  names.sort();
  for (const name of names) {
    if (name.startsWith(".")) continue;
    yield* walk(join(path, name), false);
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT") return "no such file or folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
