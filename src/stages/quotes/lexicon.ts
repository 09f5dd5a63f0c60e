// Why: which words report speech, and which words around them name a speaker, a document or a
// frame, is language knowledge; it lives in lexicon/speech-verbs.tsv and lexicon/attribution.tsv
// and is compiled here once into Maps keyed by folded forms (token `norm`), so the stage does
// one lookup per token.
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
  | "negation";

export interface QuoteLexicon {
  forms: ReadonlyMap<string, VerbForm>;
  /** Frames by their first folded word (with و glued on too). */
  frames: ReadonlyMap<string, readonly Frame[]>;
  words: ReadonlyMap<WordKind, ReadonlySet<string>>;
  sourceNumber: ReadonlyMap<string, "sg" | "du" | "pl">;
  is(kind: WordKind, norm: string): boolean;
}

const TENSE_COLUMNS: ReadonlyArray<[Tense, ReadonlyArray<Agreement | null>]> = [
  ["past", ["m", "f", "pl", "du"]],
  ["present", ["m", "f", "pl"]],
  ["participle", ["m", "f", "pl"]],
  ["masdar", [null]],
];
const CONJUNCTIONS = ["و", "ف"];

const yes = (cell: string | undefined) => cell === "yes";

let built: QuoteLexicon | undefined;

export function quoteLexicon(): QuoteLexicon {
  built ??= build();
  return built;
}

function build(): QuoteLexicon {
  const words = new Map<WordKind, Set<string>>();
  const sourceNumber = new Map<string, "sg" | "du" | "pl">();
  const frames = new Map<string, Frame[]>();
  const add = (kind: WordKind, norm: string) => {
    const set = words.get(kind);
    if (set) set.add(norm);
    else words.set(kind, new Set([norm]));
  };
  for (const row of loadTsv("attribution")) {
    const phrase = row.phrase ?? "";
    const kind = row.kind as WordKind | "frame";
    if (!phrase || !kind) continue;
    if (kind === "frame") {
      const pieces = phrase.split(/\s+/).map((piece) => (piece === "لـ" ? "ل" : normalizeWord(piece)));
      const frame = { phrase, pieces };
      for (const first of [pieces[0]!, "و" + pieces[0]]) {
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

  const prepositions = words.get("preposition") ?? new Set<string>();
  const forms = new Map<string, VerbForm>();
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
        if (!forms.has(norm)) forms.set(norm, { verb, tense, agreement, conj: 0, clauseOnly: prepositions.has(norm) });
      });
    }
  }
  // Glued conjunctions after every bare form, so that a bare form always wins a clash.
  for (const [norm, form] of [...forms]) {
    for (const conj of CONJUNCTIONS) if (!forms.has(conj + norm)) forms.set(conj + norm, { ...form, conj: 1 });
  }
  const empty = new Set<string>();
  return {
    forms,
    frames,
    words,
    sourceNumber,
    is: (kind, norm) => (words.get(kind) ?? empty).has(norm),
  };
}

/** "الوزير" → "وزير": heads and sources are listed without the article. */
export function stripArticle(norm: string): string {
  return norm.length > 3 && norm.startsWith("ال") ? norm.slice(2) : norm;
}
