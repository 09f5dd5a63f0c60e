import { once } from "node:events";

// Where the CLI writes. Commands get an Io so tests can capture output in-process.
export interface Io {
  /** A line (or lines) of output; a final newline is added when missing. */
  out(text: string): void;
  err(text: string): void;
  /** Output as is, for streamed exports: no newline is added. */
  write(chunk: string): void | Promise<void>;
  /** True when stderr is a terminal: progress bars are drawn only then. */
  interactive: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  write: async (chunk) => {
    if (!process.stdout.write(chunk)) await once(process.stdout, "drain");
  },
  interactive: Boolean(process.stderr.isTTY),
};

export function printJson(io: Io, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** Columns padded to their widest cell; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, cell.length);
    });
  }
  return rows
    .map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "))
    .join("\n");
}
