import { type ParseArgsConfig, parseArgs } from "node:util";
import { MarsadError } from "../errors.js";
import { defaultDbPath } from "../store/index.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** Options every command takes. */
export const commonOptions = {
  db: { type: "string" },
  json: { type: "boolean", default: false },
  help: { type: "boolean", short: "h", default: false },
} as const satisfies Options;

export function parse<O extends Options>(argv: readonly string[], options: O) {
  try {
    return parseArgs({
      args: [...argv],
      options: { ...commonOptions, ...options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new MarsadError("BAD_ARGUMENT", error instanceof Error ? error.message : String(error));
  }
}

export const dbPath = (values: { db?: string | boolean | undefined }) =>
  typeof values.db === "string" && values.db ? values.db : defaultDbPath();

export function positiveInt(value: string | boolean | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new MarsadError("BAD_ARGUMENT", `--${name} takes a positive whole number`);
  return n;
}
