// Why: some names are known only by where they stand, with no head noun and no lexicon entry:
//   - a news outlet in a photo credit at the end of a caption line, «… (الواحة نيوز)»,
//     «(أرشيفية - الفجر)», or quoted after لـ in a statement to it: «وقال في تصريح
//     لـ"صوت الجنوب" …», «قال لـ«الواحة نيوز» إن …» (the speaking word is before it);
//   - a place listed with a known place after a locative word, «في الصبيحة والحويجة»,
//     «إلى تكريت والعلم»;
//   - a place right after a compass word, «جنوب الصبيحة», «شمالي تلكيف».
// A word that points back (البلاد، المدينة), a common word, a plural or an adjective is never
// taken, nor what a lexicon or a head rule already names.
import {
  CLITIC,
  COMMA,
  COMMON,
  DIRECTION,
  type Doc,
  GIVEN,
  HEAD_START,
  INTERVIEW,
  LATIN,
  LINE_START,
  LOCATIVE,
  NISBA,
  PAREN_CLOSE,
  PAREN_OPEN,
  POSSESSIVE,
  QUOTE,
  SPEECH,
  STOP,
  TANWEEN,
  TITLE_START,
  WORD,
} from "./doc.js";
import { groupEnd, nisbaShaped } from "./heads.js";
import type { Spans } from "./spans.js";
import { type Candidate, candidate, PRIORITY } from "./types.js";

const SPEAKING_WINDOW = 8;
const ARCHIVE = new Set(["ارشيفيه", "ارشيف"]);
const DASHES = new Set(["-", "–", "—"]);

export function scanContext(doc: Doc, known: Spans): Candidate[] {
  const out: Candidate[] = [];
  const { flags } = doc;
  for (let i = 0; i < doc.n; i++) {
    const f = flags[i]!;
    if (f & PAREN_OPEN && !(f & LINE_START)) credit(doc, known, i, out);
    else if (f & CLITIC && doc.norm(i) === "ل" && flags[i + 1]! & QUOTE) toOutlet(doc, known, i, out);
    else if (f & DIRECTION) afterDirection(doc, known, i, out);
    else if (f & LOCATIVE && doc.norm(i) !== "من") listedPlace(doc, known, i, out);
  }
  return out;
}

const outlet = (a: number, b: number, rule: string) => candidate(a, b, "ORG", rule, PRIORITY.pattern);

/** «… (الواحة نيوز)» closing a line: the credit after an optional «أرشيفية -». */
function credit(doc: Doc, known: Spans, open: number, out: Candidate[]): void {
  const close = groupEnd(doc, open);
  if (close < 0 || !(doc.flags[close]! & PAREN_CLOSE)) return;
  if (close + 1 < doc.n && !(doc.flags[close + 1]! & LINE_START)) return;
  let a = open + 1;
  if (ARCHIVE.has(doc.norm(a)) && DASHES.has(doc.norm(a + 1))) a += 2;
  if (nameWords(doc, known, a, close)) out.push(outlet(a, close, "pattern:photo-credit"));
}

/** قال لـ«الواحة نيوز»، في تصريح لـ"صوت الجنوب": a quoted name spoken to. */
function toOutlet(doc: Doc, known: Spans, l: number, out: Candidate[]): void {
  const open = l + 1;
  const close = groupEnd(doc, open);
  if (close < 0 || !nameWords(doc, known, open + 1, close)) return;
  for (let t = l - 1; t >= 0 && t >= l - SPEAKING_WINDOW; t--) {
    const f = doc.flags[t]!;
    if (f & (SPEECH | INTERVIEW)) {
      out.push(outlet(open + 1, close, "pattern:outlet-spoken-to"));
      return;
    }
    if (f & LINE_START || doc.norm(t) === ".") return;
  }
}

/**
 * Tokens [a, b) may be a name no rule knows: one to four words, no common word, not one known
 * name (a known name may open it: «ليبيا الأحرار» is a channel).
 */
function nameWords(doc: Doc, known: Spans, a: number, b: number): boolean {
  if (b - a < 1 || b - a > 4 || known.endAt(a) >= b) return false;
  for (let t = Math.max(a, known.endAt(a)); t < b; t++) {
    const f = doc.flags[t]!;
    if (f & LATIN) continue;
    if (!(f & WORD) || f & (STOP | COMMON | TITLE_START | TANWEEN)) return false;
  }
  // (أرشيفية)، (رسمية): an adjective alone.
  return !(b - a === 1 && doc.flags[a]! & WORD && nisbaShaped(doc.norm(a)));
}

/** A word that may be a place's name: not known, common, pointing back, an adjective or a plural. */
function placeWord(doc: Doc, known: Spans, t: number): boolean {
  if (t < 0 || t >= doc.n || known.endAt(t) > 0) return false;
  const f = doc.flags[t]!;
  if (!(f & WORD) || f & (STOP | COMMON | TITLE_START | HEAD_START | GIVEN | TANWEEN | POSSESSIVE | NISBA))
    return false;
  const norm = doc.norm(t);
  if (doc.k.generic.has(norm) || nisbaShaped(norm)) return false;
  return !(norm.endsWith("ات") || norm.endsWith("ون") || norm.endsWith("ين"));
}

const boundary = (doc: Doc, t: number) =>
  t >= doc.n || (doc.flags[t]! & (WORD | LATIN)) === 0 || (doc.flags[t]! & (STOP | CLITIC | LINE_START)) !== 0;

const place = (t: number, rule: string) => candidate(t, t + 1, "LOC", rule, PRIORITY.pattern);

const knownPlaceAt = (known: Spans, t: number) => known.endAt(t) > t && known.typeAt(t) === "LOC";

/** في الصبيحة والحويجة، في الحويجة والصبيحة: an unknown word listed with a known place. */
function listedPlace(doc: Doc, known: Spans, at: number, out: Candidate[]): void {
  const first = at + 1;
  const joined = (t: number) => t < doc.n && (doc.norm(t) === "و" || (doc.flags[t]! & COMMA) !== 0);
  if (placeWord(doc, known, first) && joined(first + 1) && knownPlaceAt(known, first + 2)) {
    out.push(place(first, "pattern:listed-place"));
    return;
  }
  if (!knownPlaceAt(known, first)) return;
  const end = known.endAt(first);
  // After a comma the word may open a clause about the place (في بغداد، المقررة في أيار): a
  // listed place then ends the list or goes on with it.
  const listEnds = (t: number) => t >= doc.n || joined(t) || (doc.flags[t]! & (WORD | LATIN | CLITIC)) === 0;
  const after = doc.norm(end) === "و" ? boundary(doc, end + 2) : listEnds(end + 2);
  if (joined(end) && placeWord(doc, known, end + 1) && after) {
    out.push(place(end + 1, "pattern:listed-place"));
  }
}

/** جنوب الصبيحة، شمالي تلكيف: one unknown word after a compass word, then a boundary. */
function afterDirection(doc: Doc, known: Spans, at: number, out: Candidate[]): void {
  if (placeWord(doc, known, at + 1) && boundary(doc, at + 2)) out.push(place(at + 1, "pattern:after-direction"));
}
