// Why: a hit is shown with the words that made it a hit marked, cited exactly in the article's
// clean text (offsets are sacred: DESIGN.md). FTS5's own snippet() cannot do that here: the
// index holds stems, not the text, and its offsets would be token counts in a stem column.
// So the hit's text is analysed again (analyze.ts, the same analysis as the index) and the
// query's items are matched on the terms, with the index's rules: a phrase marks its words
// only where all of them follow one another, a prefix marks the words whose form starts with
// it. Excluded items mark nothing.
//
// A highlight is the word without its proclitics (بالعراق → العراق), so
// `text.slice(h.start, h.end)` is the matched word as written. A snippet is the window of about
// WINDOW words holding the most distinct query items (then the most marked words), widened to
// the white space around it so no word or its punctuation is cut.
import type { Span } from "../model.js";
import type { Term } from "./analyze.js";
import type { Item, SearchQuery } from "./query.js";

export interface Snippet extends Span {
  /** text.slice(start, end) of the article. */
  text: string;
  /** Absolute offsets into the article text, inside [start, end). */
  highlights: Span[];
}

/** Words per snippet. */
export const WINDOW = 30;
/** How far before its first marked word a window starts, so the word has some lead-in. */
const LEAD = 6;

interface Mark {
  term: number;
  item: number;
}

function marksOf(terms: readonly Term[], item: Item, index: number, out: Mark[]): void {
  if (item.kind === "prefix") {
    for (let i = 0; i < terms.length; i++) if (terms[i]!.form.startsWith(item.form)) out.push({ term: i, item: index });
    return;
  }
  const stems = item.stems;
  for (let i = 0; i + stems.length <= terms.length; i++) {
    let k = 0;
    while (k < stems.length && terms[i + k]!.stem === stems[k]) k++;
    if (k === stems.length) for (let j = 0; j < k; j++) out.push({ term: i + j, item: index });
  }
}

/** Which terms the query's items match, in term order (a term matched twice appears once). */
function marks(terms: readonly Term[], query: SearchQuery): Mark[] {
  const out: Mark[] = [];
  for (const [index, item] of query.groups.flat().entries()) marksOf(terms, item, index, out);
  out.sort((a, b) => a.term - b.term);
  return out.filter((mark, i) => i === 0 || out[i - 1]!.term !== mark.term);
}

/** The spans of the terms the query matches (for a title). */
export function highlights(terms: readonly Term[], query: SearchQuery): Span[] {
  return marks(terms, query).map(({ term }) => ({ start: terms[term]!.start, end: terms[term]!.end }));
}

/** How good the window of terms [from, from + WINDOW) is: distinct items first, then marked words. */
function score(found: readonly Mark[], from: number): number {
  const items = new Set<number>();
  let words = 0;
  for (const mark of found) {
    if (mark.term < from) continue;
    if (mark.term >= from + WINDOW) break;
    items.add(mark.item);
    words++;
  }
  return items.size * 1000 + words;
}

/** Up to `max` snippets of `text` (whose terms are `terms`), best first, not overlapping. */
export function snippets(text: string, terms: readonly Term[], query: SearchQuery, max = 2): Snippet[] {
  if (terms.length === 0 || max <= 0) return [];
  const found = marks(terms, query);
  const windows: number[] = [];
  if (found.length === 0) windows.push(0); // matched in the title only: show the lead
  const taken = (from: number) => windows.some((w) => from < w + WINDOW && w < from + WINDOW);
  while (windows.length < max) {
    let best = -1;
    let bestScore = 0;
    for (const mark of found) {
      const from = Math.max(0, Math.min(mark.term - LEAD, terms.length - WINDOW));
      if (taken(from)) continue;
      const s = score(found, from);
      if (s > bestScore) {
        best = from;
        bestScore = s;
      }
    }
    if (best === -1) break;
    windows.push(best);
  }
  return windows.map((from) => snippetAt(text, terms, found, from));
}

const SPACE = /\s/;

function snippetAt(text: string, terms: readonly Term[], found: readonly Mark[], from: number): Snippet {
  const to = Math.min(terms.length, from + WINDOW);
  let start = terms[from]!.start;
  while (start > 0 && !SPACE.test(text[start - 1]!)) start--;
  let end = terms[to - 1]!.end;
  while (end < text.length && !SPACE.test(text[end]!)) end++;
  const highlights = found
    .filter((mark) => mark.term >= from && mark.term < to)
    .map(({ term }) => ({ start: terms[term]!.start, end: terms[term]!.end }));
  return { text: text.slice(start, end), start, end, highlights };
}
