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
//     title, a place or body after a preposition or a proclitic (في صور، بصور).
import { CLITIC, COMMON, type Doc, finalLetter, GAZETTEER_START, LOCATIVE, QUOTE, STOP, TITLE_START } from "./doc.js";
import type { GazetteerEntry, Reading } from "./knowledge.js";
import { type Candidate, PRIORITY } from "./types.js";

export function scanGazetteer(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const { k, n, flags } = doc;
  const skip = (j: number) => (flags[j]! & QUOTE) !== 0;
  for (let i = 0; i < n; i++) {
    if (!(flags[i]! & GAZETTEER_START)) continue;
    const match = k.gazetteer.longest(n, doc.norm, i, skip);
    if (!match || (match.value.tehMarbuta && endsWithHeh(doc, match.end - 1))) continue;
    const reading = chooseReading(doc, i, match.end, match.value);
    if (!reading) continue;
    out.push({
      a: i,
      b: closeQuote(doc, i, match.end),
      type: reading.type,
      rule: `lexicon:${reading.source}:${reading.canonical}`,
      priority: PRIORITY.lexicon,
      canonical: reading.canonical,
    });
  }
  return out;
}

/** The token is written with a final ه, where the name has ة. */
const endsWithHeh = (doc: Doc, t: number) => finalLetter(doc.text, doc.toks[t]!) === 0x0647;

/** تنظيم «داعش»: a quote opened inside the name closes with it. */
function closeQuote(doc: Doc, a: number, b: number): number {
  let open = false;
  for (let t = a; t < b; t++) if (doc.flags[t]! & QUOTE) open = !open;
  return open && b < doc.n && doc.flags[b]! & QUOTE ? b + 1 : b;
}

function chooseReading(doc: Doc, a: number, b: number, entry: GazetteerEntry): Reading | undefined {
  const before = a > 0 ? doc.flags[a - 1]! : 0;
  const quoted = (before & QUOTE) !== 0;
  const { readings } = entry;
  if (readings.length > 1) {
    if (quoted) return readings.find((r) => r.type === "ORG") ?? readings[0];
    if (before & TITLE_START) return readings.find((r) => r.type === "PER") ?? readings[0];
    return readings[0];
  }
  // A one-word name that is also a common word (declared, or a stop or common word of our own
  // lexicons: ترأس "presided" against تراس) needs context.
  const reading = readings[0]!;
  const common = entry.ambiguous || (doc.flags[a]! & (STOP | COMMON)) !== 0;
  if (common && b - a === 1 && !quoted) {
    // A person needs a title before it; a place or body a preposition or a proclitic.
    const context = reading.type === "PER" ? before & TITLE_START : before & (CLITIC | LOCATIVE);
    if (!context) return undefined;
  }
  return reading;
}
