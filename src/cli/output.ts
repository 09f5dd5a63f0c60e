// Where a streamed export goes: standard output, or a file written beside its final path and
// renamed into place when complete, so a failed export never leaves half a file behind.
import { once } from "node:events";
import { createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { MarsadError } from "../errors.js";
import type { Sink } from "../export/index.js";
import type { Io } from "./io.js";

export async function writeOutput(io: Io, path: string | undefined, write: (sink: Sink) => Promise<void>) {
  if (path === undefined) {
    await write((chunk) => io.write(chunk));
    return;
  }
  const partial = `${path}.partial`;
  const file = createWriteStream(partial);
  try {
    await once(file, "open");
    await write(file);
    file.end();
    await once(file, "finish");
    await rename(partial, path);
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    const detail = error instanceof Error ? error.message : String(error);
    throw new MarsadError("UNWRITABLE", `${path}: ${detail}`);
  }
}
