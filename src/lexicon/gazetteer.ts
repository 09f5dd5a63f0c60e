// Why: the recogniser needs to know the well-known places, organisations and office holders
// that any real system ships, and to look them up by the forms news writes (أميركا for the
// United States, داعش for the Islamic State group). The knowledge lives in four lexicon files
// (places, organisations, people, demonyms); this module loads each once, checks it strictly
// (a bad kind or year is a lexicon bug, so it throws rather than guessing), and builds one
// index from every normalised name and alias to what it names.
//
// Ambiguity is data too: a file header declares forms that name two things (الشرق الأوسط the
// region and the newspaper) or that are also common words (صور "pictures", مالي "financial")
// with lines `# ambiguous: FORM — why; how to treat it`. The index keeps every reading of a
// form, the default first (places, then organisations, then people; file order within a
// file), and marks a form ambiguous when it has several readings or a header declares it, so
// the recogniser asks the context before trusting it.
import { readFileSync } from "node:fs";
import type { EntityType } from "../model.js";
import { normalizeWord } from "../text/normalize.js";
import { cellList, lexiconPath, loadTsv, type Row } from "./load.js";

export const PLACE_KINDS = [
  "country",
  "capital",
  "city",
  "governorate",
  "region",
  "district",
  "site",
  "body-of-water",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const ORG_KINDS = [
  "international",
  "regional",
  "armed-group",
  "party",
  "government",
  "military",
  "security",
  "agency",
  "media",
  "company",
  "other",
] as const;
export type OrgKind = (typeof ORG_KINDS)[number];

export interface PlaceEntry {
  name: string;
  aliases: string[];
  kind: PlaceKind;
  /** Canonical name of the country it lies in (a places.tsv name); "" for none or contested. */
  country: string;
}

export interface OrgEntry {
  name: string;
  aliases: string[];
  kind: OrgKind;
  /** Canonical name of its home country (a places.tsv name); "" for international bodies. */
  country: string;
}

export interface Role {
  title: string;
  from: number;
  /** Last year in office; null while still in office. */
  to: number | null;
}

export interface PersonEntry {
  name: string;
  aliases: string[];
  roles: Role[];
  country: string;
}

export type GazetteerSource = "places" | "organisations" | "people";

export interface GazetteerHit {
  canonical: string;
  type: EntityType;
  /** The place or organisation kind; "person" for people. */
  kind: string;
  source: GazetteerSource;
  country: string;
}

export interface IndexEntry extends GazetteerHit {
  /** Several readings, or a header declares the form ambiguous: decide by context. */
  ambiguous: boolean;
  /** Every reading of the form, this entry's own first. */
  readings: readonly GazetteerHit[];
}

/** The index key of a surface form: normalizeWord, whitespace runs folded to one space. */
export function surfaceKey(text: string): string {
  return normalizeWord(text).replace(/\s+/g, " ").trim();
}

function checked<K extends string>(file: string, row: Row, column: string, allowed: readonly K[]): K {
  const value = row[column] ?? "";
  if (!(allowed as readonly string[]).includes(value)) {
    throw new Error(`${file}.tsv: "${row.name}" has ${column} "${value}", not one of ${allowed.join(", ")}`);
  }
  return value as K;
}

function named(file: string, row: Row): { name: string; aliases: string[]; country: string } {
  const name = row.name ?? "";
  if (name === "") throw new Error(`${file}.tsv: a row has no name`);
  return { name, aliases: cellList(row.aliases), country: row.country ?? "" };
}

let placeList: PlaceEntry[] | undefined;
export function places(): PlaceEntry[] {
  placeList ??= loadTsv("places").map((row) => ({
    ...named("places", row),
    kind: checked("places", row, "kind", PLACE_KINDS),
  }));
  return placeList;
}

let orgList: OrgEntry[] | undefined;
export function organisations(): OrgEntry[] {
  orgList ??= loadTsv("organisations").map((row) => ({
    ...named("organisations", row),
    kind: checked("organisations", row, "kind", ORG_KINDS),
  }));
  return orgList;
}

const ROLE = /^([^@]+)@(\d{4})[–-](\d{4})?$/;

/** "وزير الخارجية الأميركي@2021–2025" or, while in office, "…@2022–". */
export function parseRole(cell: string): Role {
  const match = ROLE.exec(cell);
  const from = Number(match?.[2]);
  const to = match?.[3] === undefined ? null : Number(match[3]);
  if (!match || from < 1900 || from > 2100 || (to !== null && to < from)) {
    throw new Error(`people.tsv: bad role "${cell}" (expected "title@YYYY–YYYY" or "title@YYYY–")`);
  }
  return { title: match[1]!.trim(), from, to };
}

let personList: PersonEntry[] | undefined;
export function people(): PersonEntry[] {
  personList ??= loadTsv("people").map((row) => ({
    ...named("people", row),
    roles: cellList(row.roles).map(parseRole),
  }));
  return personList;
}

let demonymMap: Map<string, string> | undefined;
/** Every normalised form of a nisba adjective (العراقي، العراقية، العراقيين …) → its place. */
export function demonyms(): Map<string, string> {
  if (!demonymMap) {
    demonymMap = new Map();
    for (const row of loadTsv("demonyms")) {
      const place = row.place ?? "";
      for (const form of [row.adjective ?? "", ...cellList(row.forms)]) {
        const key = surfaceKey(form);
        if (key !== "" && !demonymMap.has(key)) demonymMap.set(key, place);
      }
    }
  }
  return demonymMap;
}

const AMBIGUOUS = /^#\s*ambiguous:\s*(.+?)\s+—/;
/** Normalised forms a lexicon file's header declares ambiguous. */
export function declaredAmbiguous(file: string): Set<string> {
  const forms = new Set<string>();
  for (const line of readFileSync(lexiconPath(`${file}.tsv`), "utf8").split(/\r?\n/)) {
    if (!line.startsWith("#")) continue;
    const match = AMBIGUOUS.exec(line);
    if (match) forms.add(surfaceKey(match[1]!));
  }
  return forms;
}

interface Named {
  name: string;
  aliases: string[];
  country: string;
  kind?: string;
}
const SOURCES: ReadonlyArray<{ source: GazetteerSource; type: EntityType; entries: () => Named[] }> = [
  { source: "places", type: "LOC", entries: places },
  { source: "organisations", type: "ORG", entries: organisations },
  { source: "people", type: "PER", entries: people },
];

let index: Map<string, IndexEntry> | undefined;
let prefixes: Set<string> | undefined;

/** Every normalised name and alias of the three name files → what it names. */
export function gazetteerIndex(): ReadonlyMap<string, IndexEntry> {
  if (index) return index;
  const readings = new Map<string, GazetteerHit[]>();
  const declared = new Set<string>();
  for (const { source, type, entries } of SOURCES) {
    for (const form of declaredAmbiguous(source)) declared.add(form);
    for (const entry of entries()) {
      const hit: GazetteerHit = {
        canonical: entry.name,
        type,
        kind: entry.kind ?? "person",
        source,
        country: entry.country,
      };
      for (const form of [entry.name, ...entry.aliases]) {
        const key = surfaceKey(form);
        const list = readings.get(key) ?? [];
        if (!list.includes(hit)) list.push(hit);
        readings.set(key, list);
      }
    }
  }
  index = new Map();
  prefixes = new Set();
  for (const [key, list] of readings) {
    index.set(key, { ...list[0]!, ambiguous: list.length > 1 || declared.has(key), readings: list });
    for (let space = key.indexOf(" "); space >= 0; space = key.indexOf(" ", space + 1)) {
      prefixes.add(key.slice(0, space));
    }
  }
  return index;
}

/**
 * Every key that is a proper word-prefix of a longer key ("الولايات" of "الولايات المتحدة"):
 * a longest-match scan over tokens keeps extending while its key is here or in the index.
 */
export function gazetteerPrefixes(): ReadonlySet<string> {
  if (!prefixes) gazetteerIndex();
  return prefixes!;
}
