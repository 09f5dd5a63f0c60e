// Why: people type search queries the way they type into any search box, and a query must
// never reach FTS5 as written (its syntax would turn «NEAR(» or a stray quote into an SQL
// error, or worse, a different search). So the query language is small and parsed here, in
// full, into a tree of analysed terms; fts.ts writes FTS5 syntax from that tree alone.
//
// The language:
//   words            every word must occur (AND), matched by stem: العراق finds بالعراق
//   "a phrase"       the words in this order, one after the other; «…» and “…” work too
//   prefix*          a word starting with these letters (clitics and the article ignored)
//   a OR b           either; OR binds two neighbours (a b OR c d = a AND (b OR c) AND d)
//   -word -"phrase"  must not occur; a query needs at least one positive item
//   AND              accepted and ignored: it is the default
// Everything else that looks like search-engine syntax is refused with a message saying what
// to write instead: parentheses, NOT, NEAR, column filters (title:), ^, +, a * anywhere but
// at the end of a word. Words go through analyze(), the same analysis as the documents, so a
// word written with punctuation inside (2,500, «أبو-ظبي») is a short phrase of its terms.
import { MarsadError } from "../errors.js";
import { analyze } from "./analyze.js";

/** Words in the given order (one word is a phrase of one term, or more if it splits). */
export interface PhraseItem {
  kind: "phrase";
  stems: string[];
  /** The item as the user wrote it, for messages and highlighting. */
  source: string;
  /** An alternative form of the word before it, with a glued proclitic (see withGluedClitics). */
  variant?: true;
}

/** A word that starts with `form` (the folded letters, article and clitics off). */
export interface PrefixItem {
  kind: "prefix";
  form: string;
  source: string;
}

export type Item = PhraseItem | PrefixItem;

/** A parsed query: every group must match (each group is one item or several ORed), no excluded item may. */
export interface SearchQuery {
  groups: Item[][];
  excluded: Item[];
}

export const MAX_QUERY_LENGTH = 1000;
export const MAX_ITEMS = 32;
const MIN_PREFIX = 2;

const QUOTES = new Map([
  ['"', '"'],
  ["«", "»"],
  ["“", "”"],
]);
const CLOSERS = new Set(["»", "”"]);

const bad = (detail: string) => new MarsadError("BAD_QUERY", detail);

/** A lexical piece of the query: a word, a quoted phrase, or the operator OR. */
interface Piece {
  text: string;
  quoted: boolean;
  negated: boolean;
  /** Where it starts in the query, for messages. */
  at: number;
}

/** Splits the query on white space, keeping quoted phrases whole. */
function pieces(query: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  const n = query.length;
  while (i < n) {
    if (/\s/.test(query[i]!)) {
      i++;
      continue;
    }
    const at = i;
    const negated = query[i] === "-" && i + 1 < n && !/\s/.test(query[i + 1]!);
    if (negated) i++;
    const close = QUOTES.get(query[i]!);
    if (close !== undefined) {
      const end = query.indexOf(close, i + 1);
      if (end === -1) {
        throw bad(`the quote ${query[i]} opened at character ${i + 1} is never closed; close it or remove it`);
      }
      out.push({ text: query.slice(i + 1, end), quoted: true, negated, at });
      i = end + 1;
      continue;
    }
    let end = i;
    while (end < n && !/\s/.test(query[end]!)) end++;
    out.push({ text: query.slice(i, end), quoted: false, negated, at });
    i = end;
  }
  return out;
}

/** Refuses what looks like FTS5 or another engine's syntax, saying what to write instead. */
function checkSyntax(piece: Piece): void {
  const { text } = piece;
  if (piece.quoted) {
    if (text.includes("*")) throw bad(`* cannot be used inside a quoted phrase ("${text}")`);
    for (const [open, close] of QUOTES) {
      if (text.includes(open) || (open !== close && text.includes(close))) {
        throw bad(`a quoted phrase cannot hold another quote ("${text}")`);
      }
    }
    return;
  }
  if (text === "-") throw bad("a lone - excludes nothing: write -word to exclude a word");
  if (text === "NOT") throw bad("NOT is not supported: write -word to exclude a word");
  if (/^NEAR(\/|\(|$)/.test(text)) {
    throw bad("NEAR is not supported: put the words in quotes to find them side by side");
  }
  if (/[()]/.test(text)) {
    throw bad("parentheses are not supported: words are all required; write OR between two words to allow either");
  }
  if (/[{}[\]^]/.test(text)) throw bad(`the characters { } [ ] ^ are not search syntax here (in «${text}»)`);
  if (text === "+" || /^\+\p{L}/u.test(text)) throw bad("+ is not needed: every word is required");
  if (/\p{L}:/u.test(text)) throw bad(`column filters are not supported (in «${text}»): search the words alone`);
  for (const close of CLOSERS) {
    if (text.includes(close)) throw bad(`the quote ${close} at character ${piece.at + 1} closes nothing`);
  }
  for (const open of QUOTES.keys()) {
    if (text.includes(open)) throw bad(`put a space before the quote ${open} in «${text}»`);
  }
  const star = text.indexOf("*");
  if (star === 0) {
    throw bad(`a * alone or before a word means nothing: write it after a word's first letters (${text})`);
  }
  if (star !== -1 && star !== text.length - 1) {
    throw bad(`* must come at the end of a word, after its first letters (in «${text}»)`);
  }
}

/** The analysed item of a word or phrase; null when it holds no searchable word. */
function itemOf(piece: Piece): Item | null {
  const prefix = !piece.quoted && piece.text.endsWith("*");
  const words = prefix ? piece.text.slice(0, -1) : piece.text;
  const terms = analyze(words);
  if (!prefix) {
    if (terms.length === 0) {
      if (piece.quoted) throw bad(`the phrase "${piece.text}" has no words to search`);
      return null;
    }
    return { kind: "phrase", stems: terms.map((t) => t.stem), source: piece.text };
  }
  if (terms.length !== 1) throw bad(`a prefix query takes one word (${piece.text})`);
  const form = terms[0]!.form;
  if ((form.startsWith("ال") ? form.length - 2 : form.length) < MIN_PREFIX) {
    throw bad(`a prefix needs at least ${MIN_PREFIX} letters besides clitics and the article (${piece.text})`);
  }
  return { kind: "prefix", form, source: piece.text };
}

/** Proclitics the tokenizer leaves on a word it does not know (بانسحاب stays one token). */
const UNSPLIT_CLITICS = ["ب", "ل", "ك"];
/** An indefinite Arabic word of three letters or more. */
const GLUABLE = /^(?!ال)[\u0621-\u064a]{3,}$/u;

/**
 * A single word and the stems documents give it with ب، ل or ك glued on: the tokenizer splits
 * a proclitic only where it knows the rest, so «بانسحاب» is indexed as one unknown term, and
 * «انسحاب» must ask for it too. The variants are the analysis of the glued forms, the same
 * analysis documents get, so they match exactly what the index holds.
 */
function withGluedClitics(item: Item): Item[] {
  // A definite word takes بال، لل، كال, which the analysis strips already.
  if (item.kind !== "phrase" || item.stems.length !== 1 || !GLUABLE.test(item.source)) return [item];
  const out: Item[] = [item];
  for (const clitic of UNSPLIT_CLITICS) {
    const terms = analyze(clitic + item.source);
    const stem = terms.length === 1 ? terms[0]!.stem : undefined;
    if (stem && !out.some((i) => i.kind === "phrase" && i.stems[0] === stem)) {
      out.push({ kind: "phrase", stems: [stem], source: item.source, variant: true });
    }
  }
  return out;
}

/** Parses and analyses a query; throws MarsadError BAD_QUERY with a message a user can act on. */
export function parseQuery(query: string): SearchQuery {
  if (query.length > MAX_QUERY_LENGTH) throw bad(`the query is longer than ${MAX_QUERY_LENGTH} characters`);
  const all = pieces(query);
  if (all.length === 0) throw bad("the query is empty");
  if (all.length > MAX_ITEMS * 2) throw bad(`the query has more than ${MAX_ITEMS} words`);

  const groups: Item[][] = [];
  const excluded: Item[] = [];
  let joinNext = false; // the previous piece was OR
  let written = 0;
  for (const [index, piece] of all.entries()) {
    const operator = piece.quoted || piece.negated ? null : piece.text;
    if (operator === "OR" || operator === "AND") {
      const before = all[index - 1];
      const after = all[index + 1];
      const isWord = (p: Piece | undefined) => p !== undefined && (p.quoted || (p.text !== "OR" && p.text !== "AND"));
      if (!isWord(before) || !isWord(after)) throw bad(`${operator} needs a word on each side`);
      if (operator === "OR" && (before!.negated || after!.negated)) {
        throw bad("OR cannot join an excluded word: write -a -b to exclude both");
      }
      joinNext = operator === "OR";
      continue;
    }
    checkSyntax(piece);
    const item = itemOf(piece);
    if (item) written++;
    // A word's glued-clitic variants are alternatives to it: they join its group (an OR).
    const items = item === null ? [] : piece.quoted ? [item] : withGluedClitics(item);
    if (piece.negated) excluded.push(...items);
    else if (joinNext && groups.length > 0) groups[groups.length - 1]!.push(...items);
    else groups.push(items); // a word with nothing to search stays: an OR after it still has a left side
    joinNext = false;
  }
  const kept = groups.filter((group) => group.length > 0);
  if (kept.length === 0) {
    throw bad(
      excluded.length > 0
        ? "a query needs at least one word to find, not only -excluded ones"
        : "the query has no words to search",
    );
  }
  if (written > MAX_ITEMS) throw bad(`the query has more than ${MAX_ITEMS} words`);
  return { groups: kept, excluded };
}
