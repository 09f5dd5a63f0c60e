// Why: well-known places, bodies and people are found by lookup: one walk over the tokens, the
// longest gazetteer name starting at each token (quotes inside a name are passed over:
// تنظيم «داعش» matches تنظيم داعش). A form with several readings is settled by context:
//   - quoted («الشرق الأوسط») → the organisation reading (newspapers and groups are quoted in
//     Arabic news, places are not); after a title → the person reading; otherwise the first
//     reading (places, then organisations, then people);
//   - a name spelled with ة does not match a word written with ه (حديثة the town, حديثه "his
//     talk"), although both fold alike;
//   - a one-word form that is also a common word (declared ambiguous in a gazetteer header, or a
//     stop or common word of lexicon/stop-context.tsv and words.tsv: ترأس "presided" folds like
//     تراس) counts only when quoted, as part of a longer name, or in context: a person after a
//     title, a place after a preposition or a proclitic (في صور، بصور) or beside another place
//     (صور وصيدا), or anywhere once the article has named it so; a body only in quotes;
//   - a one-word place between a definite title and a name-like word is a given name.
import {
  CLITIC,
  COMMA,
  COMMON,
  DEF,
  type Doc,
  finalLetter,
  GAZETTEER_START,
  LOCATIVE,
  NISBA,
  QUOTE,
  STOP,
  TITLE_START,
  WORD,
} from "./doc.js";
import type { GazetteerEntry, Reading } from "./knowledge.js";
import { type Candidate, candidate, PRIORITY } from "./types.js";

export function scanGazetteer(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const pending: Candidate[] = [];
  const { k, n, flags } = doc;
  const skip = (j: number) => (flags[j]! & QUOTE) !== 0;
  for (let i = 0; i < n; i++) {
    if (!(flags[i]! & GAZETTEER_START)) continue;
    const match = k.gazetteer.longest(n, doc.norm, i, skip);
    if (!match || (match.value.tehMarbuta && endsWithHeh(doc, match.end - 1))) continue;
    const choice = chooseReading(doc, i, match.end, match.value);
    if (!choice) continue;
    const reading = choice === NEEDS_CONTEXT ? match.value.readings[0]! : choice;
    const found = candidate(
      i,
      closeQuote(doc, i, match.end),
      reading.type,
      `lexicon:${reading.source}:${reading.canonical}`,
      PRIORITY.lexicon,
      reading.canonical,
    );
    (choice === NEEDS_CONTEXT ? pending : out).push(found);
  }
  return pending.length > 0 ? [...out, ...confirmed(doc, out, pending)].sort((x, y) => x.a - y.a) : out;
}

/**
 * A place that is also a common word (الرمادي "grey", العقبة "the obstacle") counts when the
 * article names it elsewhere in context, or when it is listed with a place: أسواق الرمادي
 * والفلوجة، بين الفلوجة والرمادي.
 */
function confirmed(doc: Doc, sure: readonly Candidate[], pending: readonly Candidate[]): Candidate[] {
  const names = new Set(sure.map((c) => c.canonical));
  const placeEnds = new Set<number>();
  const placeStarts = new Set<number>();
  for (const c of sure) {
    if (c.type !== "LOC") continue;
    placeEnds.add(c.b);
    placeStarts.add(c.a);
  }
  const joins = (t: number) => t < doc.n && (doc.norm(t) === "و" || (doc.flags[t]! & COMMA) !== 0);
  return pending.filter(
    (c) =>
      names.has(c.canonical) ||
      (c.type === "LOC" &&
        ((c.a >= 2 && joins(c.a - 1) && placeEnds.has(c.a - 1)) || (joins(c.b) && placeStarts.has(c.b + 1)))),
  );
}

const NEEDS_CONTEXT = Symbol("needs context");

/** The token is written with a final ه, where the name has ة. */
const endsWithHeh = (doc: Doc, t: number) => finalLetter(doc.text, doc.toks[t]!) === 0x0647;

/** تنظيم «داعش»: a quote opened inside the name closes with it. */
function closeQuote(doc: Doc, a: number, b: number): number {
  let open = false;
  for (let t = a; t < b; t++) if (doc.flags[t]! & QUOTE) open = !open;
  return open && b < doc.n && doc.flags[b]! & QUOTE ? b + 1 : b;
}

function chooseReading(
  doc: Doc,
  a: number,
  b: number,
  entry: GazetteerEntry,
): Reading | typeof NEEDS_CONTEXT | undefined {
  const before = a > 0 ? doc.flags[a - 1]! : 0;
  const quoted = (before & QUOTE) !== 0;
  const { readings } = entry;
  if (readings.length > 1) {
    if (quoted) return readings.find((r) => r.type === "ORG") ?? readings[0];
    if (before & TITLE_START) return readings.find((r) => r.type === "PER") ?? readings[0];
    return readings[0];
  }
  const reading = readings[0]!;
  if (b - a === 1 && reading.type !== "PER" && !quoted && nameAfterTitle(doc, a)) return undefined;
  // A one-word name that is also a common word (declared, or a stop or common word of our own
  // lexicons: ترأس "presided" against تراس) needs context.
  const common = entry.ambiguous || (doc.flags[a]! & (STOP | COMMON)) !== 0;
  if (common && b - a === 1 && !quoted) {
    // A person needs a title before it; a place a preposition or a proclitic, or another
    // place beside it; a body its quotes (بتقدم "with the advance" is no party).
    if (reading.type === "ORG") return undefined;
    if (reading.type === "PER") return before & TITLE_START ? reading : undefined;
    return before & (CLITIC | LOCATIVE) ? reading : NEEDS_CONTEXT;
  }
  return reading;
}

/**
 * العميد سلوان الكعبي: a one-word place between a definite title and a name-like word is a
 * given name (سلوان is also a district of Jerusalem).
 */
function nameAfterTitle(doc: Doc, a: number): boolean {
  if (a === 0 || (doc.flags[a - 1]! & (TITLE_START | DEF)) !== (TITLE_START | DEF)) return false;
  if (doc.k.titles.longest(doc.n, doc.norm, a - 1)?.end !== a) return false;
  const next = a + 1 < doc.n ? doc.flags[a + 1]! : 0;
  return (next & WORD) !== 0 && !(next & (STOP | COMMON | NISBA | GAZETTEER_START));
}
