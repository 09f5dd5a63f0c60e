// Language knowledge lives in lexicon/*.tsv and lexicon/*.json at the package root. Each file
// opens with `#` comment lines (sources, ambiguous entries), then a header row of column
// names. Files are read once per process.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findLexiconDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, "lexicon");
    if (existsSync(join(dir, "package.json")) && existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new Error("lexicon folder not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

let lexiconDir: string | undefined;
export function lexiconPath(file: string): string {
  lexiconDir ??= findLexiconDir();
  return join(lexiconDir, file);
}

export type Row = Record<string, string>;
const tsvCache = new Map<string, Row[]>();

/** Rows of lexicon/NAME.tsv as objects keyed by the header row; empty cells are "". */
export function loadTsv(name: string): Row[] {
  const cached = tsvCache.get(name);
  if (cached) return cached;
  const rows = parseTsv(readFileSync(lexiconPath(`${name}.tsv`), "utf8"));
  tsvCache.set(name, rows);
  return rows;
}

export function parseTsv(source: string): Row[] {
  const lines = source.split(/\r?\n/).filter((line) => line.trim() !== "" && !line.startsWith("#"));
  const header = lines
    .shift()
    ?.split("\t")
    .map((cell) => cell.trim());
  if (!header) return [];
  return lines.map((line) => {
    const cells = line.split("\t");
    const row: Row = {};
    header.forEach((column, i) => {
      row[column] = (cells[i] ?? "").trim();
    });
    return row;
  });
}

const jsonCache = new Map<string, unknown>();
/** lexicon/NAME.json; its "_comment" key carries the header notes. */
export function loadJson<T>(name: string): T {
  if (!jsonCache.has(name)) jsonCache.set(name, JSON.parse(readFileSync(lexiconPath(`${name}.json`), "utf8")));
  return jsonCache.get(name) as T;
}

/** Splits a cell holding several values separated by `|`. */
export function cellList(cell: string | undefined): string[] {
  return (cell ?? "")
    .split("|")
    .map((value) => value.trim())
    .filter(Boolean);
}
