// The figures stage's language knowledge, loaded once from lexicon/number-words.tsv,
// lexicon/figure-qualifiers.tsv and lexicon/units.tsv into Maps keyed by token norms, so the
// scan costs one Map lookup per word. Phrases are run through the article tokenizer on load:
// a phrase and the text it must match are split into tokens the same way (بالمائة → ب + المائه).
import { months, weekdays } from "../../dates/calendar.js";
import { loadTsv } from "../../lexicon/load.js";
import { NormFilter } from "../../text/norm-filter.js";
import { normalizeWord } from "../../text/normalize.js";
import { tokenize } from "../../text/tokenize.js";

export type NumberKind =
  | "unit"
  | "after"
  | "compound"
  | "tens"
  | "hundred"
  | "scale"
  | "scale-plural"
  | "scale-dual"
  | "fraction"
  | "vague"
  | "ordinal";

export interface NumberWord {
  /** The entry as listed, for the `rule` field. */
  word: string;
  value: number;
  kind: NumberKind;
}

/** A number word as a token norm spells it: with ال, a glued و/ب, or bare. */
export interface NumberForm {
  entry: NumberWord;
  definite: boolean;
  /** Length of a glued conjunction or preposition (وعشرين, بثلاثة) in folded units. */
  glue: number;
}

export type UnitKind =
  | "person"
  | "force"
  | "currency"
  | "measure"
  | "duration"
  | "object"
  | "percent"
  | "label"
  | "clock-before"
  | "clock-after"
  | "year-before"
  | "year-after"
  | "day-after"
  | "not-unit";

export interface Phrase {
  /** Token norms of the phrase. */
  words: string[];
  kind: string;
  meaning: string;
}

/** Phrases grouped by one of their words (the first or the last), for matching from a token. */
export type PhraseIndex = Map<string, Phrase[]>;

export interface FigureLexicon {
  numbers: Map<string, NumberForm>;
  /** The keys of `numbers`, asked first: most words are not number words (see text/norm-filter.ts). */
  numberFilter: NormFilter;
  qualifiersBefore: PhraseIndex; // by last word
  qualifiersAfter: PhraseIndex; // by first word
  /** Counted nouns and context words of one token: norm → kinds. */
  unitKinds: Map<string, Set<UnitKind>>;
  /** Multi-token units (percent phrases, كيلومتر مربع), by first word. */
  unitPhrases: PhraseIndex;
  /** First token norm of every Gregorian and Hijri month name. */
  monthStarts: Set<string>;
  weekdays: Set<string>;
}

/**
 * Clitics a number word may carry unsplit (وعشرين، بثلاثة، لثلاثة أشهر), and the shortest word
 * they may join: لست is "I am not" far more often than "for six".
 */
const GLUES: Array<[glue: string, minLetters: number]> = [
  ["و", 1],
  ["ب", 1],
  ["ل", 3],
];
const numberKinds = new Set<string>([
  "unit",
  "after",
  "compound",
  "tens",
  "hundred",
  "scale",
  "scale-plural",
  "scale-dual",
  "fraction",
  "vague",
  "ordinal",
]);
const unitKindNames = new Set<string>([
  "person",
  "force",
  "currency",
  "measure",
  "duration",
  "object",
  "percent",
  "label",
  "clock-before",
  "clock-after",
  "year-before",
  "year-after",
  "day-after",
  "not-unit",
]);

const phraseWords = (phrase: string) => tokenize(phrase).map((token) => token.norm);

function index(phrases: Phrase[], key: (p: Phrase) => string): PhraseIndex {
  const out: PhraseIndex = new Map();
  for (const phrase of phrases) {
    const k = key(phrase);
    const list = out.get(k);
    if (list) list.push(phrase);
    else out.set(k, [phrase]);
  }
  // Longest first: "ما لا يقل عن" must win over "يقل عن".
  for (const list of out.values()) list.sort((a, b) => b.words.length - a.words.length);
  return out;
}

function loadNumbers(weekdayNames: Set<string>): Map<string, NumberForm> {
  const entries: NumberWord[] = loadTsv("number-words").map((row) => {
    const kind = row.kind ?? "";
    if (!numberKinds.has(kind)) throw new Error(`number-words.tsv: unknown kind "${kind}" for ${row.word}`);
    return { word: row.word ?? "", value: Number(row.value), kind: kind as NumberKind };
  });
  const numbers = new Map<string, NumberForm>();
  const add = (norm: string, form: NumberForm) => {
    // Bare entries first, so واحد stays "one" and is not و + احد; weekday names (الاثنين,
    // الأحد) are never number words.
    if (!numbers.has(norm) && !weekdayNames.has(norm)) numbers.set(norm, form);
  };
  const folded = entries.map((entry) => [normalizeWord(entry.word), entry] as const);
  for (const [norm, entry] of folded) add(norm, { entry, definite: false, glue: 0 });
  for (const [norm, entry] of folded) add("ال" + norm, { entry, definite: true, glue: 0 });
  for (const [glue, minLetters] of GLUES) {
    for (const [norm, entry] of folded) {
      if (norm.length >= minLetters) add(glue + norm, { entry, definite: false, glue: glue.length });
    }
  }
  return numbers;
}

function loadQualifiers(): Phrase[] {
  return loadTsv("figure-qualifiers").map((row) => ({
    words: phraseWords(row.phrase ?? ""),
    kind: row.kind ?? "",
    meaning: `${row.position}:${row.meaning}`,
  }));
}

let built: FigureLexicon | undefined;

export function figureLexicon(): FigureLexicon {
  if (built) return built;
  const weekdayNames = new Set(weekdays().keys());
  const qualifiers = loadQualifiers();
  const unitKinds = new Map<string, Set<UnitKind>>();
  const multi: Phrase[] = [];
  for (const row of loadTsv("units")) {
    const kind = row.kind ?? "";
    if (!unitKindNames.has(kind)) throw new Error(`units.tsv: unknown kind "${kind}" for ${row.word}`);
    const words = phraseWords(row.word ?? "");
    if (words.length === 1) {
      const set = unitKinds.get(words[0]!) ?? new Set();
      set.add(kind as UnitKind);
      unitKinds.set(words[0]!, set);
    } else if (words.length > 1) {
      multi.push({ words, kind, meaning: kind });
    }
  }
  const monthStarts = new Set<string>();
  const { gregorian, hijri } = months();
  for (const name of [...gregorian.keys(), ...hijri.keys()]) monthStarts.add(name.split(" ")[0]!);
  const numbers = loadNumbers(weekdayNames);
  built = {
    numbers,
    numberFilter: new NormFilter(numbers.keys()),
    qualifiersBefore: index(
      qualifiers.filter((q) => q.meaning.startsWith("before")),
      (q) => q.words[q.words.length - 1]!,
    ),
    qualifiersAfter: index(
      qualifiers.filter((q) => q.meaning.startsWith("after")),
      (q) => q.words[0]!,
    ),
    unitKinds,
    unitPhrases: index(multi, (p) => p.words[0]!),
    monthStarts,
    weekdays: weekdayNames,
  };
  return built;
}

/** The number word a token norm spells, if any. */
export function numberForm(norm: string): NumberForm | undefined {
  const { numbers, numberFilter } = figureLexicon();
  return numberFilter.mayHave(norm) ? numbers.get(norm) : undefined;
}

export function hasUnitKind(norm: string, kind: UnitKind): boolean {
  return figureLexicon().unitKinds.get(norm)?.has(kind) ?? false;
}

const countKinds: UnitKind[] = ["person", "force", "currency", "measure", "duration", "object"];
/** Whether `norm` is a listed counted noun (not a context word). */
export function isCountedNoun(norm: string): boolean {
  const kinds = figureLexicon().unitKinds.get(norm);
  return kinds !== undefined && countKinds.some((kind) => kinds.has(kind));
}

/** Strips one glued و or ب (بنحو → نحو) when the token was not split by the tokenizer. */
export function unglued(norm: string): string | undefined {
  const c = norm.charAt(0);
  return norm.length > 2 && (c === "و" || c === "ب") ? norm.slice(1) : undefined;
}
