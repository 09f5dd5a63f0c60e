// Why: a dual head names two things at once, and each is an entity of its own:
//   - a party or body dual takes one adjective per body: الحزبين الجمهوري والديمقراطي → الحزب
//     الجمهوري and الحزب الديمقراطي (named with the singular head, lemma in org-heads.tsv);
//   - a place dual takes one name per place: مخيمي شاريا وخانكي → شاريا and خانكي, حيّي أبو سليم
//     وصلاح الدين, ميناءي الحديدة ورأس عيسى. Each name is a known place or one or two name
//     words; the mention is the name alone, so a later «مخيم خانكي» joins it as its
//     descriptor head's name.
import {
  COMMON,
  DEF,
  type Doc,
  GAZETTEER_START,
  GIVEN,
  HEAD_START,
  is,
  LINE_START,
  NISBA,
  POSSESSIVE,
  STOP,
  TANWEEN,
  TITLE_START,
  WORD,
} from "./doc.js";
import { nisbaShaped } from "./heads.js";
import type { HeadEntry } from "./knowledge.js";
import type { Spans } from "./spans.js";
import { type Candidate, candidate, PRIORITY } from "./types.js";

export function scanDuals(doc: Doc, known: Spans): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (!(doc.flags[i]! & HEAD_START)) continue;
    const match = doc.k.heads.longest(doc.n, doc.norm, i);
    if (match?.value.complement === "nisba-dual") adjectiveDual(doc, match.end, match.value, out);
    else if (match?.value.complement === "dual") placeDual(doc, known, match.end, match.value, out);
  }
  return out;
}

/** الحزبين الجمهوري والديمقراطي: each adjective is one body, named with the singular head. */
function adjectiveDual(doc: Doc, first: number, e: HeadEntry, out: Candidate[]): void {
  const { flags } = doc;
  const adjective = (t: number) =>
    t < doc.n && (flags[t]! & (DEF | STOP)) === DEF && (flags[t]! & NISBA || nisbaShaped(doc.norm(t)));
  if (!adjective(first) || doc.norm(first + 1) !== "و" || !adjective(first + 2)) return;
  for (const t of [first, first + 2]) {
    const written = doc.text.slice(doc.toks[t]!.start, doc.toks[t]!.end);
    out.push(candidate(t, t + 1, e.type, `pattern:dual-head:${e.head}`, PRIORITY.head, `${e.lemma} ${written}`));
  }
}

/**
 * مخيمي شاريا وخانكي: a name, و, a name, then no further name word; each name is one place.
 * The second name may keep its و on (وخانكي: an unknown word the tokenizer leaves whole).
 */
function placeDual(doc: Doc, known: Spans, first: number, e: HeadEntry, out: Candidate[]): void {
  const firstEnd = nameEnd(doc, known, first);
  if (firstEnd <= first || firstEnd >= doc.n) return;
  let second = firstEnd + 1;
  let start: number | undefined;
  if (doc.norm(firstEnd) !== "و") {
    if (!conjoined(doc, known, firstEnd)) return;
    second = firstEnd;
    start = doc.toks[firstEnd]!.start + 1;
  }
  const secondEnd = start === undefined ? nameEnd(doc, known, second) : second + 1;
  if (secondEnd <= second || (nameWord(doc, known, secondEnd) && !is(doc, secondEnd, DEF))) return;
  const rule = `pattern:dual-place:${e.head}`;
  const canonical = (a: number, b: number) => (known.endAt(a) === b ? known.candidateAt(a)!.canonical : undefined);
  out.push(candidate(first, firstEnd, e.type, rule, PRIORITY.head, canonical(first, firstEnd)));
  out.push(candidate(second, secondEnd, e.type, rule, PRIORITY.head, canonical(second, secondEnd), undefined, start));
}

/** The end of a known place at j, or of one or two name words; j when none. */
function nameEnd(doc: Doc, known: Spans, j: number): number {
  const end = known.endAt(j);
  if (end > j) return known.typeAt(j) === "LOC" ? end : j;
  let k = j;
  while (k < j + 2 && nameWord(doc, known, k)) k++;
  return k;
}

const NOT_NAME = STOP | COMMON | TANWEEN | HEAD_START | TITLE_START | LINE_START | POSSESSIVE;

/** A word of a place's name: no function or common word, no known name, no و-word. */
function nameWord(doc: Doc, known: Spans, t: number): boolean {
  if (t >= doc.n || (doc.flags[t]! & (WORD | NOT_NAME)) !== WORD || known.endAt(t) > 0) return false;
  const norm = doc.norm(t);
  return !doc.k.generic.has(norm) && (!norm.startsWith("و") || is(doc, t, GIVEN));
}

/** وخانكي: an unknown word with و on it, the rest a name word. */
function conjoined(doc: Doc, known: Spans, t: number): boolean {
  if (t >= doc.n || (doc.flags[t]! & (WORD | NOT_NAME | GIVEN | GAZETTEER_START)) !== WORD) return false;
  const norm = doc.norm(t);
  return norm.length >= 4 && norm.startsWith("و") && !norm.startsWith("وال") && known.endAt(t) === 0;
}
