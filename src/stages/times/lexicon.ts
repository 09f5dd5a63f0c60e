// Why: the times scanner walks tokens, so every name and word it knows is precompiled once
// into token-sequence tries (month names of one or two tokens, ordinals such as
// الحادي + و + العشرين, relative days such as أول أمس) and one Map of single-word roles.
// Entries are tokenized with the article tokenizer, so a lexicon form and the same form in a
// text always yield the same norms.
import { months, weekdays } from "../../dates/calendar.js";
import { loadTsv } from "../../lexicon/load.js";
import { NormFilter } from "../../text/norm-filter.js";
import { tokenize } from "../../text/tokenize.js";
import type { Calendar, Qual, Unit } from "./resolve.js";

export interface Trie<T> {
  next: Map<string, Trie<T>>;
  value?: T;
}

export type MonthNeeds = "frame" | "strong" | null;
/** surname: also a family name, so "محمد السبت إن" is not a date: "أن" after it counts only after a definite word. */
export type WeekdayNeeds = "frame" | "surname" | null;

export interface MonthEntry {
  month: number;
  cal: Calendar;
  needs: MonthNeeds;
}

export interface RelDay {
  offset: number;
  /** Only after a daypart word (يوم غد). */
  framed: boolean;
}

/** Frames a preposition gives to a bare date word after it. */
export interface PrepFrames {
  weekday: boolean;
  month: boolean;
  year: boolean;
}

/** Everything a single word can be; one word may play several roles (قبل: ago and prep). */
export interface WordRoles {
  daypart?: true;
  prep?: PrepFrames;
  part?: string;
  /** First month of the season (three months long). */
  season?: number;
  period?: true;
  qual?: Qual;
  unit?: Unit;
  demonstrative?: true;
  ago?: ReadonlySet<Unit>;
  count?: { unit: Unit; n: number | null };
  cardinal?: number | null;
  yearFrame?: true;
  monthPrefix?: true;
  era?: Calendar;
  follow?: true;
  future?: true;
  yearEvent?: true;
  namesDate?: true;
  reportedThat?: true;
  notWeekday?: true;
  notToday?: "before" | "after";
}

export interface TimeLexicon {
  months: Trie<MonthEntry>;
  ordinals: Trie<number>;
  relDays: Trie<RelDay>;
  /** weekday norm → 0 (Sunday) … 6, and the frame it needs when it is also a common word. */
  weekdays: Map<string, { day: number; needs: WeekdayNeeds }>;
  words: Map<string, WordRoles>;
  /** Norms that can open an expression: the scanner skips every other word token at once. */
  starts: Set<string>;
  /** `starts`, to test a norm without its glued clitic before slicing it off. */
  startsFilter: NormFilter;
}

const newTrie = <T>(): Trie<T> => ({ next: new Map() });

function addTo<T>(trie: Trie<T>, keys: readonly string[], value: T): void {
  let node = trie;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = newTrie<T>();
      node.next.set(key, child);
    }
    node = child;
  }
  node.value ??= value;
}

/** The norms of a lexicon form, as the tokenizer reads it in a text. */
export function formNorms(form: string): string[] {
  return tokenize(form).map((token) => token.norm);
}

function oneNorm(form: string): string {
  const norms = formNorms(form);
  if (norms.length !== 1) throw new Error(`time-words.tsv: "${form}" must be one token`);
  return norms[0]!;
}

const UNITS = new Set<string>(["year", "month", "week", "day"]);
const QUALS = new Set<string>(["past", "next", "current", "following", "preceding", "same"]);

function asUnit(value: string): Unit {
  if (!UNITS.has(value)) throw new Error(`time-words.tsv: unknown unit "${value}"`);
  return value as Unit;
}

function build(): TimeLexicon {
  const lex: TimeLexicon = {
    months: newTrie(),
    ordinals: newTrie(),
    relDays: newTrie(),
    weekdays: new Map(),
    words: new Map(),
    starts: new Set(),
    startsFilter: new NormFilter([]),
  };
  const roles = (form: string): WordRoles => {
    const norm = oneNorm(form);
    let entry = lex.words.get(norm);
    if (!entry) {
      entry = {};
      lex.words.set(norm, entry);
    }
    return entry;
  };
  const monthNeeds = new Map<string, MonthNeeds>();
  const weekdayNeeds = new Map<string, WeekdayNeeds>();

  for (const row of loadTsv("time-words")) {
    const word = row.word ?? "";
    const value = row.value ?? "";
    switch (row.kind) {
      case "relday":
        addTo(lex.relDays, formNorms(word), { offset: Number(value), framed: row.needs === "frame" });
        break;
      case "ordinal":
        addTo(lex.ordinals, formNorms(word), Number(value));
        break;
      case "daypart":
        roles(word).daypart = true;
        break;
      case "prep": {
        const frames = new Set(value.split("|"));
        roles(word).prep = { weekday: frames.has("weekday"), month: frames.has("month"), year: frames.has("year") };
        break;
      }
      case "part":
        roles(word).part = value;
        break;
      case "season": {
        const first = Number(value);
        if (!(first >= 1 && first <= 12)) throw new Error(`time-words.tsv: season "${word}" needs its first month`);
        roles(word).season = first;
        break;
      }
      case "period":
        roles(word).period = true;
        break;
      case "qualifier":
        if (!QUALS.has(value)) throw new Error(`time-words.tsv: unknown qualifier "${value}"`);
        roles(word).qual = value as Qual;
        break;
      case "unit":
        roles(word).unit = asUnit(value);
        break;
      case "this":
        roles(word).demonstrative = true;
        break;
      case "ago":
        roles(word).ago = new Set(value.split("|").map(asUnit));
        break;
      case "count": {
        const [unit = "", n = ""] = value.split(":");
        roles(word).count = { unit: asUnit(unit), n: n === "n" ? null : Number(n) };
        break;
      }
      case "cardinal":
        roles(word).cardinal = value === "vague" ? null : Number(value);
        break;
      case "year-frame":
        roles(word).yearFrame = true;
        break;
      case "month-prefix":
        roles(word).monthPrefix = true;
        break;
      case "era":
        roles(word).era = value === "hijri" ? "hijri" : "gregorian";
        break;
      case "follow":
        roles(word).follow = true;
        break;
      case "year-event":
        roles(word).yearEvent = true;
        break;
      case "future":
        roles(word).future = true;
        break;
      case "names-date":
        roles(word).namesDate = true;
        break;
      case "reported-that":
        roles(word).reportedThat = true;
        break;
      case "not-weekday":
        roles(word).notWeekday = true;
        break;
      case "not-today":
        roles(word).notToday = value === "before" ? "before" : "after";
        break;
      case "ambiguous-month":
        monthNeeds.set(oneNorm(word), value === "strong" ? "strong" : "frame");
        break;
      case "ambiguous-weekday":
        weekdayNeeds.set(oneNorm(word), value === "surname" ? "surname" : "frame");
        break;
      default:
        throw new Error(`time-words.tsv: unknown kind "${row.kind}" for "${word}"`);
    }
  }

  const { gregorian, hijri } = months();
  for (const [cal, table] of [
    ["gregorian", gregorian],
    ["hijri", hijri],
  ] as const) {
    for (const [name, month] of table) {
      const norms = formNorms(name);
      addTo(lex.months, norms, { month, cal, needs: norms.length === 1 ? (monthNeeds.get(norms[0]!) ?? null) : null });
    }
  }
  for (const [name, day] of weekdays()) {
    lex.weekdays.set(name, { day, needs: weekdayNeeds.get(name) ?? null });
  }

  for (const trie of [lex.months, lex.ordinals, lex.relDays] as Trie<unknown>[]) {
    for (const key of trie.next.keys()) lex.starts.add(key);
  }
  for (const key of lex.weekdays.keys()) lex.starts.add(key);
  for (const [norm, r] of lex.words) {
    if (
      r.daypart ||
      r.part ||
      r.season ||
      r.period ||
      r.unit ||
      r.demonstrative ||
      r.ago ||
      r.yearFrame ||
      r.monthPrefix
    ) {
      lex.starts.add(norm);
    }
  }
  lex.startsFilter = new NormFilter(lex.starts);
  return lex;
}

let cached: TimeLexicon | undefined;
export function timeLexicon(): TimeLexicon {
  cached ??= build();
  return cached;
}
