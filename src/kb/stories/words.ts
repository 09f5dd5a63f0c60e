// Why: two reports of one happening share few exact sentences but many words, and a copy of
// an article differs from its source by clitics, a dropped sentence or a changed figure. So
// both sketches work on word keys, not on raw tokens: the folded token norm (clitics the
// tokenizer already split are separate tokens, and skipped), with one leading و/ف, a
// preposition before the article, and the article itself cut off. The cut is a hashing key,
// not a stem: it only has to map والمنفذ, بالمنفذ, المنفذ and منفذ to one key consistently,
// so it may also cut a letter that belongs to the word (وزير → زير) — in every article alike.
// Content words leave out function words, reporting verbs, weekdays, months and time words,
// read from the lexicons the stages already ship (stop-context, words, weekdays, months,
// time-words), so overlap counts what a report is about, not how news prose is written.

import { loadTsv } from "../../lexicon/load.js";
import type { Token } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { hashString } from "./sketch.js";

const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const ALEF = 0x0627;

/** Where the hashing key of a folded word starts (see the file header). */
function keyStart(norm: string): number {
  let s = 0;
  const n = norm.length;
  const c0 = norm.charCodeAt(0);
  if ((c0 === WAW || c0 === FEH) && n >= 4) s = 1;
  const p = norm.charCodeAt(s);
  if ((p === BEH || p === KAF || p === LAM) && norm.charCodeAt(s + 1) === ALEF && norm.charCodeAt(s + 2) === LAM) s++;
  if (n - s >= 5 && norm.charCodeAt(s) === ALEF && norm.charCodeAt(s + 1) === LAM) s += 2;
  else if (n - s >= 4 && norm.charCodeAt(s) === LAM && norm.charCodeAt(s + 1) === LAM) s += 2;
  return s;
}

/** The hashing key of a folded word. */
export function wordKey(norm: string): string {
  return norm.slice(keyStart(norm));
}

/** Rows of words.tsv whose note marks a function word. */
const FUNCTION_NOTES = /^(preposition|conjunction|particle|pronoun|demonstrative|relative|quantifier|adverb|number)/;

let stops: Set<string> | undefined;

/** Word keys (and folded forms) that never count as content. */
export function stopWords(): ReadonlySet<string> {
  if (stops) return stops;
  const set = new Set<string>();
  const add = (written: string | undefined) => {
    for (const word of (written ?? "").split(/\s+/)) {
      if (word === "" || /\d/.test(word)) continue;
      const norm = normalizeWord(word);
      set.add(norm);
      set.add(wordKey(norm));
    }
  };
  // Its "common" nouns (الكهرباء، غارة، اعتقال) and "verb" rows (زار، قتل) say what happened.
  for (const row of loadTsv("stop-context")) if (row.kind !== "common" && row.kind !== "verb") add(row.word);
  for (const row of loadTsv("words")) if (FUNCTION_NOTES.test(row.note ?? "")) add(row.word);
  for (const row of loadTsv("weekdays")) add(row.name);
  for (const row of loadTsv("months")) add(row.name);
  // names-date rows are nouns that make a date a name (جسر، شارع، حركة): content.
  for (const row of loadTsv("time-words")) if (row.kind !== "names-date") add(row.word);
  stops = set;
  return set;
}

/** Hashes of the keys of word tokens in order (shingle input), and of content-word keys. */
export function wordsOf(tokens: readonly Token[], into: { all: number[]; content: number[] }): void {
  const stop = stops ?? stopWords();
  for (const t of tokens) {
    if (t.kind !== "word" && t.kind !== "latin") continue;
    const norm = t.norm;
    const start = keyStart(norm);
    if (start >= norm.length) continue;
    const hash = hashString(norm, start);
    into.all.push(hash);
    if (norm.length - start >= 3 && !stop.has(norm) && (start === 0 || !stop.has(norm.slice(start)))) {
      into.content.push(hash);
    }
  }
}
