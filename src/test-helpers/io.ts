// An Io that keeps what a command prints, for in-process CLI tests.
import type { Io } from "../cli/io.js";

export function captureIo(): { io: Io; out: () => string; err: () => string } {
  let out = "";
  let err = "";
  const io: Io = {
    out: (text) => {
      out += text.endsWith("\n") ? text : `${text}\n`;
    },
    err: (text) => {
      err += text.endsWith("\n") ? text : `${text}\n`;
    },
    write: (chunk) => {
      out += chunk;
    },
    interactive: false,
  };
  return { io, out: () => out, err: () => err };
}
