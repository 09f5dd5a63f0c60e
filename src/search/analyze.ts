// Why: documents and queries must be cut into the same terms, or a search misses what it
// should find; so this one function analyses both. It builds on the text core: tokenize gives
// words with offsets into the original text and their folded form, clitics (و ب ل ك ف س)
// already split off as their own tokens where the rest is known, and للعراق read as ل +
// العراق. Here the tokenizer also knows the names (stem.ts), so وبلينكن splits like وبغداد.
//
// Each word becomes one term; clitics, punctuation and symbols are dropped, so the terms of a
// text are its words in order and a phrase is consecutive terms. A term carries:
//   stem   what plain words and phrases match (stem.ts: light10, names bare, variants joined);
//   form   the folded word without its article, what prefix queries match: light10 stems cut
//          into the word (مفاوضات → مفاوض), so «مفاوضا*» must look at the unstemmed form;
//   start, end   the word in the original text, clitics excluded (بالعراق → العراق; for
//          للعراق the word is the second ل on, which stands for ال): what a highlight marks.
// Numbers are folded to ASCII digits, words in other scripts to lower case.
import type { Token } from "../model.js";
import { type IsKnown, tokenize } from "../text/tokenize.js";
import { isKnownWord } from "../text/words.js";
import { bare, isName, stem } from "./stem.js";

export interface Term {
  start: number;
  end: number;
  stem: string;
  form: string;
}

/** Known words and known names: either may follow a proclitic. */
const isKnown: IsKnown = (norm) => isKnownWord(norm) || isName(norm);

/** The term of a word, number or Latin token. */
function termOf(token: Token): Term {
  const { start, end, norm } = token;
  if (token.kind === "word") return { start, end, stem: stem(norm), form: bare(norm) };
  // normalizeWord lowers Latin letters only; FTS5 also folds Greek and Cyrillic, and the
  // snippet matcher must fold as much as the index does.
  const lower = norm.toLowerCase();
  return { start, end, stem: lower, form: lower };
}

const SEARCHABLE = new Set<Token["kind"]>(["word", "number", "latin"]);

/** The terms of `text`, in order. */
export function analyze(text: string): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text, isKnown)) if (SEARCHABLE.has(token.kind)) terms.push(termOf(token));
  return terms;
}

/** What the index holds of an article's title and text (fts.ts COLUMNS): stems and forms, space-separated. */
export interface DocumentTerms {
  title: string;
  body: string;
  titleForms: string;
  bodyForms: string;
}

const joined = (terms: readonly Term[], pick: (t: Term) => string) => terms.map(pick).join(" ");

/** The index's terms of an article: analysed apart from the store (in an ingest worker) or when it is indexed. */
export function documentTerms(title: string, text: string): DocumentTerms {
  const titleTerms = analyze(title);
  const bodyTerms = analyze(text);
  return {
    title: joined(titleTerms, (t) => t.stem),
    body: joined(bodyTerms, (t) => t.stem),
    titleForms: joined(titleTerms, (t) => t.form),
    bodyForms: joined(bodyTerms, (t) => t.form),
  };
}
