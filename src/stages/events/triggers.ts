// Why: an event is first a word that reports it (التقى، زيارة، غارة). lexicon/event-triggers.tsv
// lists those words once per form a linguist would write; the clitics and endings Arabic glues
// onto them (وسيلتقي، بزيارته، هجوماً، للاجتماع) are generated here, once, into one Map keyed by
// folded form, so matching a token costs one lookup.
import { cellList, loadTsv } from "../../lexicon/load.js";
import type { Token } from "../../model.js";
import { NormFilter } from "../../text/norm-filter.js";
import { normalizeWord } from "../../text/normalize.js";
import { isKnownWord } from "../../text/words.js";

export type Pos = "verb" | "noun" | "word";

export interface TriggerRow {
  kind: string;
  cameo: string;
  pos: Pos;
  /** The row's first form, as written: names the lexicon entry in `rule`. */
  lemma: string;
  /** Folded words (with their clitic and suffix variants) one of which must follow. */
  with: ReadonlySet<string> | null;
  needs: "place" | "actor" | "destination" | null;
  /** Folded prepositions that introduce the place, besides في ب إلى. */
  places: ReadonlySet<string>;
  /** في ب إلى and `places`. */
  placeWords: ReadonlySet<string>;
}

export interface Candidate {
  row: TriggerRow;
  /** Folded variants of each further word of a phrase. */
  rest: ReadonlySet<string>[];
  /** A third-person possessive suffix on a noun: the event belongs to someone named earlier. */
  possessive: boolean;
  /** The clitics written before it (و، وب، س …). */
  prefix: string;
  /** The form as listed, not a generated variant. */
  direct: boolean;
}

export interface TriggerMatch {
  row: TriggerRow;
  /** Token range of the trigger: [first, end). */
  first: number;
  end: number;
  possessive: boolean;
  /** Written with و or ف: a conjoined verb shares its subject with an earlier clause. */
  conj: boolean;
}

/** Row kinds that are not events: see the lexicon header. */
export const LIGHT = "light";
export const PLACE_NOUN = "place-noun";
export const CLAUSE_BREAK = "clause-break";
export const DIRECTION = "direction";
const NOT_TRIGGERS = new Set([PLACE_NOUN, CLAUSE_BREAK, DIRECTION]);

const THIRD_PERSON = ["ه", "ها", "هما", "هم", "هن"];
const OTHER_PERSONS = ["نا", "كم", "ك"];
const CONJUNCTIONS = ["", "و", "ف"];
const PREPOSITIONS = ["", "ب", "ل", "ك"];
const FUTURE = ["", "س", "ل"];
const NONE = [""];
/** How far after a trigger its `with` word may stand, in tokens. */
export const WITH_WINDOW = 8;

const PLACE_PREPOSITIONS = ["في", "ب", "إلى"];

const HARD_STOPS = new Set([..."؛;:.!?؟…"]);
/** Punctuation that closes a clause: nothing is read across it. */
export function isHardStop(token: Token): boolean {
  return token.kind === "punct" && HARD_STOPS.has(token.norm.charAt(0));
}

interface Form {
  form: string;
  possessive: boolean;
}

/** A noun as written with the article, endings and pronoun suffixes (all unfolded). */
function nounVariants(raw: string, withDual: boolean): Form[] {
  const out: Form[] = [
    { form: raw, possessive: false },
    { form: `ال${raw}`, possessive: false },
  ];
  const last = raw.charAt(raw.length - 1);
  const plural = raw.endsWith("ات");
  if (!plural && !"ةاىء".includes(last)) out.push({ form: `${raw}اً`, possessive: false });
  let stems = [raw];
  if (last === "ة") stems = [`${raw.slice(0, -1)}ت`];
  else if (last === "ء") stems = [`${raw.slice(0, -1)}ئ`, `${raw.slice(0, -1)}ؤ`, raw];
  else if (last === "ى") stems = [`${raw.slice(0, -1)}ا`];
  if (withDual && !plural) {
    for (const ending of ["ان", "ين"]) {
      out.push({ form: stems[0] + ending, possessive: false }, { form: `ال${stems[0]}${ending}`, possessive: false });
    }
  }
  for (const stem of stems) {
    for (const p of THIRD_PERSON) out.push({ form: stem + p, possessive: true });
    for (const p of OTHER_PERSONS) out.push({ form: stem + p, possessive: false });
  }
  return out;
}

/** A verb form with its object suffixes and, for an imperfect dual or plural, its subjunctive (يلتقيا، يزوروا). */
function verbVariants(raw: string): Form[] {
  const forms = [raw];
  if ("يت".includes(raw.charAt(0)) && raw.endsWith("ان")) forms.push(raw.slice(0, -1));
  if ("يت".includes(raw.charAt(0)) && raw.endsWith("ون")) forms.push(`${raw.slice(0, -1)}ا`);
  const out: Form[] = [];
  for (const form of forms) {
    out.push({ form, possessive: false });
    const stem = form.endsWith("ى") ? `${form.slice(0, -1)}ا` : form.endsWith("وا") ? form.slice(0, -1) : form;
    for (const p of [...THIRD_PERSON, ...OTHER_PERSONS]) out.push({ form: stem + p, possessive: false });
  }
  return out;
}

type Visit = (key: string, possessive: boolean, prefix: string) => void;

/** Calls `visit` with each folded form of a word: its variants, each with the clitics it may carry. */
function eachForm(raw: string, pos: Pos, withPrefixes: boolean, visit: Visit): void {
  const variants =
    pos === "noun" ? nounVariants(raw, true) : pos === "verb" ? verbVariants(raw) : [{ form: raw, possessive: false }];
  for (const { form, possessive } of variants) {
    const folded = normalizeWord(form);
    if (!withPrefixes) {
      visit(folded, possessive, "");
      continue;
    }
    const definite = folded.startsWith("ال");
    const seconds = pos === "noun" ? PREPOSITIONS : pos === "verb" && "يتن".includes(folded.charAt(0)) ? FUTURE : NONE;
    for (const conj of CONJUNCTIONS) {
      for (const second of seconds) {
        // ل + ال is written لل.
        const body = second === "ل" && definite ? folded.slice(1) : folded;
        visit(conj + second + body, possessive, conj + second);
      }
    }
  }
}

function foldedSet(words: string[], withPrefixes: boolean): Set<string> {
  const out = new Set<string>();
  for (const word of words) eachForm(word, "noun", withPrefixes, (key) => out.add(key));
  return out;
}

export interface TriggerTable {
  rows: TriggerRow[];
  /** Folded first word → candidates, phrases (longest first) before single words. */
  index: Map<string, Candidate[]>;
  /** The keys of `index`: most words are none of them (see text/norm-filter.ts). */
  filter: NormFilter;
}

let table: TriggerTable | undefined;

export function triggerTable(): TriggerTable {
  table ??= buildTable();
  return table;
}

function buildTable(): TriggerTable {
  const rows: TriggerRow[] = [];
  const index = new Map<string, Candidate[]>();
  const add = (key: string, candidate: Candidate) => {
    const list = index.get(key);
    if (!list) index.set(key, [candidate]);
    else if (list.some((c) => c.row === candidate.row && c.rest === candidate.rest)) return;
    // Forms as listed win over generated ones; rows keep their file order.
    else if (candidate.direct) list.splice(list.filter((c) => c.direct).length, 0, candidate);
    else list.push(candidate);
  };
  for (const cells of loadTsv("event-triggers")) {
    const pos = cells.pos === "verb" || cells.pos === "word" ? cells.pos : "noun";
    const forms = cellList(cells.forms);
    const withWords = cellList(cells.with);
    const needs =
      cells.needs === "place" || cells.needs === "actor" || cells.needs === "destination" ? cells.needs : null;
    const row: TriggerRow = {
      kind: cells.kind ?? "",
      cameo: cells.cameo ?? "",
      pos,
      lemma: forms[0] ?? "",
      with: withWords.length > 0 ? foldedSet(withWords, true) : null,
      needs,
      places: new Set(cellList(cells.places).map(normalizeWord)),
      placeWords: new Set([...PLACE_PREPOSITIONS, ...cellList(cells.places)].map(normalizeWord)),
    };
    rows.push(row);
    for (const form of forms) {
      const [head = "", ...tail] = form.split(/\s+/);
      const rest = tail.map((word) => foldedSet([word], false));
      const direct = normalizeWord(head);
      eachForm(head, pos, true, (key, possessive, prefix) => {
        // A generated form that is itself a known word is that word (وزاره is وزارة, not
        // و + زاره; فيصل is a name, not ف + يصل), as the tokenizer decides.
        if (key !== direct && key !== `ال${direct}` && isKnownWord(key)) return;
        add(key, { row, rest, possessive, prefix, direct: key === direct });
      });
    }
  }
  // Phrases before their first word alone.
  for (const list of index.values()) if (list.length > 1) list.sort((a, b) => b.rest.length - a.rest.length);
  return { rows, index, filter: new NormFilter(index.keys()) };
}

/** The candidates of a folded word: the per-token lookup. */
function lookup(norm: string): Candidate[] | undefined {
  const { filter, index } = triggerTable();
  return filter.mayHave(norm) ? index.get(norm) : undefined;
}

/**
 * The word at token j with the clitic tokens before it glued back on (ب + حياة → بحياة), so
 * a phrase or `with` word matches however the tokenizer split it. Returns the folded form
 * and the index after the word, or null when j is not a word.
 */
function gluedWord(tokens: readonly Token[], j: number, end: number): { norm: string; next: number } | null {
  let norm = "";
  while (j < end && tokens[j]!.kind === "clitic") norm += tokens[j++]!.norm;
  if (j >= end || tokens[j]!.kind !== "word") return null;
  return { norm: norm + tokens[j]!.norm, next: j + 1 };
}

function matchRest(tokens: readonly Token[], i: number, end: number, rest: readonly ReadonlySet<string>[]): number {
  let j = i;
  for (const words of rest) {
    const word = gluedWord(tokens, j, end);
    if (!word || !words.has(word.norm)) return -1;
    j = word.next;
  }
  return j;
}

function withFollows(tokens: readonly Token[], from: number, end: number, words: ReadonlySet<string>): boolean {
  const stop = Math.min(end, from + WITH_WINDOW);
  for (let j = from; j < stop; j++) {
    const token = tokens[j]!;
    if (isHardStop(token)) return false;
    if (token.kind === "word" && words.has(token.norm)) return true;
    if (token.kind === "clitic") {
      const word = gluedWord(tokens, j, stop);
      if (word && words.has(word.norm)) return true;
    }
  }
  return false;
}

/** The lexicon entries a token may start, or undefined: one Map lookup, the per-token cost. */
export function candidatesFor(token: Token): readonly Candidate[] | undefined {
  return token.kind === "word" ? lookup(token.norm) : undefined;
}

/**
 * The trigger starting at token i, if any (tokens up to `end` may belong to it); pass the
 * token's candidates when already looked up.
 */
export function matchTrigger(
  tokens: readonly Token[],
  i: number,
  end: number,
  candidates: readonly Candidate[] | undefined = candidatesFor(tokens[i]!),
): TriggerMatch | null {
  if (!candidates) return null;
  const prev = i > 0 ? tokens[i - 1]! : undefined;
  const conjBefore = prev?.kind === "clitic" && (prev.norm === "و" || prev.norm === "ف");
  for (const candidate of candidates) {
    if (NOT_TRIGGERS.has(candidate.row.kind)) continue;
    const stop = matchRest(tokens, i + 1, end, candidate.rest);
    if (stop < 0) continue;
    if (candidate.row.with && !withFollows(tokens, stop, end, candidate.row.with)) continue;
    return {
      row: candidate.row,
      first: i,
      end: stop,
      possessive: candidate.possessive,
      conj: candidate.prefix.startsWith("و") || candidate.prefix.startsWith("ف") || conjBefore,
    };
  }
  return null;
}

/**
 * When `norm` is a place noun (مدينة، بمحافظة …) or a direction (غرب، بوسط …): which, and the
 * clitics written on it ("" or "ب", "وب" …); otherwise null.
 */
export function placeHead(norm: string): { prefix: string; direction: boolean } | null {
  const candidate = lookup(norm)?.find((c) => c.row.kind === PLACE_NOUN || c.row.kind === DIRECTION);
  return candidate ? { prefix: candidate.prefix, direction: candidate.row.kind === DIRECTION } : null;
}

/** Whether a word with these candidates opens a new clause (منذ، عندما، بينما …). */
export function opensClause(candidates: readonly Candidate[]): boolean {
  return candidates.some((c) => c.row.kind === CLAUSE_BREAK && c.rest.length === 0);
}

/** The rows a single folded word (a quote's reporting verb, say) is a trigger of. */
export function rowsOfWord(norm: string): TriggerRow[] {
  return (lookup(norm) ?? []).filter((c) => c.rest.length === 0).map((c) => c.row);
}
