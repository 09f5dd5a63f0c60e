// Why: which words report speech, and which words around them name a speaker, a document or a
// frame, is language knowledge; it lives in lexicon/speech-verbs.tsv and lexicon/attribution.tsv
// and is compiled here once into one Map keyed by folded forms (token `norm`) whose entry holds
// every word kind as a bit and the reporting form, so the stage does one lookup per token.
import { weekdays } from "../../dates/calendar.js";
import { cellList, loadTsv } from "../../lexicon/load.js";
import { normalizeWord } from "../../text/normalize.js";

export type Tense = "past" | "present" | "participle" | "masdar";
/** Gender/number of a form: masculine, feminine (singular), plural, dual. */
export type Agreement = "m" | "f" | "pl" | "du";

export interface SpeechVerb {
  lemma: string;
  kind: string;
  continues: boolean;
  /** Folded prepositions allowed between the verb and أن (إلى، على، عن، من). */
  preps: ReadonlySet<string>;
  direct: boolean;
  bi: boolean;
  object: boolean;
}

export interface VerbForm {
  /** Index in QuoteLexicon.formList. */
  id: number;
  verb: SpeechVerb;
  tense: Tense;
  agreement: Agreement | null;
  /** Letters of a conjunction glued to the form (ولفت: 1). */
  conj: number;
  /** The form is also a preposition (بين): it reports only at the head of a clause. */
  clauseOnly: boolean;
}

export interface Frame {
  phrase: string;
  /** Folded words; "ل" stands for the proclitic, glued to the next word or apart. */
  pieces: string[];
  /** The phrase after it is the voice of the verb's subject (أكد على لسان X أن): X spoke. */
  voice: boolean;
}

export type WordKind =
  | "document"
  | "statement"
  | "issued"
  | "source"
  | "member"
  | "among"
  | "pronoun"
  | "head"
  | "name-head"
  | "complementizer"
  | "blocker"
  | "preposition"
  | "adverb"
  | "masdar-pronoun"
  | "title-link"
  | "negation"
  | "clause-link"
  // Derived on load, not written in the file:
  | "frame-start" // the first word of a frame (بحسب، ووفقاً)
  | "that"; // a complementizer, also with ب ف و or وب فب glued on (بأن، فإنه، وأن)

const KINDS: readonly WordKind[] = [
  "document",
  "statement",
  "issued",
  "source",
  "member",
  "among",
  "pronoun",
  "head",
  "name-head",
  "complementizer",
  "blocker",
  "preposition",
  "adverb",
  "masdar-pronoun",
  "title-link",
  "negation",
  "clause-link",
  "frame-start",
  "that",
];
/** One bit per word kind. */
export const BIT = Object.fromEntries(KINDS.map((kind, i) => [kind, 1 << i])) as Record<WordKind, number>;

/** What the lexicon knows of a folded word: its kinds as BIT flags and its reporting form (-1: none). */
export interface Entry {
  mask: number;
  form: number;
}

export interface QuoteLexicon {
  forms: ReadonlyMap<string, VerbForm>;
  formList: readonly VerbForm[];
  /** Frames by their first folded word (with و glued on too). */
  frames: ReadonlyMap<string, readonly Frame[]>;
  entries: ReadonlyMap<string, Entry>;
  /** The entry of a folded word: what the stage asks of every token. */
  find(norm: string): Entry | undefined;
  sourceNumber: ReadonlyMap<string, "sg" | "du" | "pl">;
  is(kind: WordKind, norm: string): boolean;
  /** The kinds of a folded word as BIT flags. */
  mask(norm: string): number;
}

const TENSE_COLUMNS: ReadonlyArray<[Tense, ReadonlyArray<Agreement | null>]> = [
  ["past", ["m", "f", "pl", "du"]],
  ["present", ["m", "f", "pl"]],
  ["participle", ["m", "f", "pl"]],
  ["masdar", [null]],
];
const CONJUNCTIONS = ["و", "ف"];
/** Object pronouns a reporting verb's form may carry: him, her/it, them. */
const OBJECT_SUFFIXES = ["ه", "ها", "هم"];
const GLUED_ON_THAT = ["", "ب", "ف", "و", "وب", "فب"];

const yes = (cell: string | undefined) => cell === "yes";

let built: QuoteLexicon | undefined;

export function quoteLexicon(): QuoteLexicon {
  built ??= build();
  return built;
}

function build(): QuoteLexicon {
  const entries = new Map<string, Entry>();
  const entry = (norm: string): Entry => {
    let e = entries.get(norm);
    if (!e) {
      e = { mask: 0, form: -1 };
      entries.set(norm, e);
    }
    return e;
  };
  const sourceNumber = new Map<string, "sg" | "du" | "pl">();
  const frames = new Map<string, Frame[]>();
  const add = (kind: WordKind, norm: string) => {
    entry(norm).mask |= BIT[kind];
  };
  for (const row of loadTsv("attribution")) {
    const phrase = row.phrase ?? "";
    const kind = row.kind as WordKind | "frame" | "voice";
    if (!phrase || !kind) continue;
    if (kind === "frame" || kind === "voice") {
      const pieces = phrase.split(/\s+/).map((piece) => (piece === "لـ" ? "ل" : normalizeWord(piece)));
      const frame = { phrase, pieces, voice: kind === "voice" };
      for (const first of [pieces[0]!, "و" + pieces[0]]) {
        add("frame-start", first);
        const list = frames.get(first) ?? [];
        list.push(frame);
        frames.set(first, list);
      }
      continue;
    }
    const norm = phrase === "بـ" ? "ب" : normalizeWord(phrase);
    add(kind, norm);
    if (kind === "document") add("statement", norm);
    if (kind === "source" && (row.number === "sg" || row.number === "du" || row.number === "pl")) {
      sourceNumber.set(norm, row.number);
    }
  }
  for (const name of weekdays().keys()) add("adverb", name);
  for (const [norm, e] of [...entries]) {
    if (e.mask & BIT.complementizer) for (const glue of GLUED_ON_THAT) add("that", glue + norm);
  }

  const forms = new Map<string, VerbForm>();
  const formList: VerbForm[] = [];
  const addForm = (norm: string, form: Omit<VerbForm, "id">) => {
    const f = { ...form, id: formList.length };
    formList.push(f);
    forms.set(norm, f);
    entry(norm).form = f.id;
  };
  for (const row of loadTsv("speech-verbs")) {
    const verb: SpeechVerb = {
      lemma: row.lemma ?? "",
      kind: row.kind ?? "say",
      continues: yes(row.continues),
      preps: new Set(
        cellList(row.prep)
          .filter((p) => p !== "-")
          .map(normalizeWord),
      ),
      direct: yes(row.direct),
      bi: yes(row.bi),
      object: yes(row.object),
    };
    for (const [tense, agreements] of TENSE_COLUMNS) {
      const cells = cellList(row[tense]);
      agreements.forEach((agreement, i) => {
        const written = cells[i];
        if (!written || written === "-") return;
        const norm = normalizeWord(written);
        const clauseOnly = ((entries.get(norm)?.mask ?? 0) & BIT.preposition) !== 0;
        if (!forms.has(norm)) addForm(norm, { verb, tense, agreement, conj: 0, clauseOnly });
        // A verb taking an object may carry it as a pronoun (وصفها بأنها، اتهمه بالتقصير).
        if (verb.object && (tense === "past" || tense === "present")) {
          for (const suffix of OBJECT_SUFFIXES) {
            const suffixed = normalizeWord(written.replace(/ا$/, "") + suffix);
            if (!forms.has(suffixed) && !entries.has(suffixed)) {
              addForm(suffixed, { verb, tense, agreement, conj: 0, clauseOnly: false });
            }
          }
        }
      });
    }
  }
  // Glued conjunctions after every bare form, so that a bare form always wins a clash.
  for (const [norm, form] of [...forms]) {
    for (const conj of CONJUNCTIONS) if (!forms.has(conj + norm)) addForm(conj + norm, { ...form, conj: 1 });
  }
  const table = new WordTable(entries);
  const mask = (norm: string) => table.find(norm)?.mask ?? 0;
  return {
    forms,
    formList,
    frames,
    entries,
    find: (norm) => table.find(norm),
    sourceNumber,
    is: (kind, norm) => (mask(norm) & BIT[kind]) !== 0,
    mask,
  };
}

/** "الوزير" → "وزير": heads and sources are listed without the article. */
export function stripArticle(norm: string): string {
  return norm.length > 3 && norm.startsWith("ال") ? norm.slice(2) : norm;
}

/**
 * Folded word → entry, by open addressing on a hash of the word's letters, behind a two-bit
 * filter of 2 KB. Most tokens are in no list: across a whole pipeline run, where the other
 * stages keep evicting this one's tables from the cache, a miss that reads one word of a small
 * bitmap costs far less than a Map miss walking a bucket chain through scattered key strings.
 */
class WordTable {
  private readonly filter = new Uint32Array(FILTER_BITS / 32);
  private readonly slots: Int32Array;
  private readonly keys: string[] = [];
  private readonly values: Entry[] = [];
  private readonly mask: number;

  constructor(entries: ReadonlyMap<string, Entry>) {
    let size = 1024;
    while (size < entries.size * 4) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (const [key, value] of entries) {
      const h = hashOf(key);
      const a = h & (FILTER_BITS - 1);
      const b = (h >>> 17) & (FILTER_BITS - 1);
      this.filter[a >>> 5]! |= 1 << (a & 31);
      this.filter[b >>> 5]! |= 1 << (b & 31);
      let i = h & this.mask;
      while (this.slots[i]! >= 0) i = (i + 1) & this.mask;
      this.slots[i] = this.keys.length;
      this.keys.push(key);
      this.values.push(value);
    }
  }

  find(norm: string): Entry | undefined {
    const h = hashOf(norm);
    const a = h & (FILTER_BITS - 1);
    const b = (h >>> 17) & (FILTER_BITS - 1);
    if (!(this.filter[a >>> 5]! & (1 << (a & 31))) || !(this.filter[b >>> 5]! & (1 << (b & 31)))) return undefined;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const at = this.slots[i]!;
      if (at < 0) return undefined;
      if (this.keys[at] === norm) return this.values[at];
    }
  }
}

const FILTER_BITS = 1 << 14;

/** FNV-1a over UTF-16 units. */
function hashOf(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
