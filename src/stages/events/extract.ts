// Why: the events layer is what an analyst puts on a timeline, so each event must be one
// happening, cited to its sentence, with who, where and when. Two sources feed it:
//   - quotes the quotes stage found: one statement event per quote (deny or announce when the
//     reporting verb is نفى or أعلن), the speaker its actor. Its place is not read: the places
//     in a reporting sentence are mostly in the speaker's title (السفير الفرنسي في مالي);
//   - trigger words of lexicon/event-triggers.tsv, framed by frame.ts. A trigger inside a
//     quote is still an event (the speaker reports it); its rule ends in ":reported".
// Within a sentence a noun trigger after a trigger of its kind joins that event (التقى … خلال
// اللقاء، وقّع اتفاقية، شن ضربات جوية); a later verb is a new event (زار … ثم زار …), and so is
// a noun before the verb (بعد لقاء مع X، التقى Y: two meetings). A trigger of a statement
// kind is dropped where a quote of the same sentence already makes it an event (same kind or
// same speaker: ذكرت الوزارة … وفق ما ذكرت).
import type { EventItem, Layers, Quote, Span } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { type ArticleIndex, indexArticle } from "./context.js";
import { frameOf, LIGHT_VERB, nearestTime, TRIGGER } from "./frame.js";
import { LIGHT, matchTrigger, rowsOfWord, type TriggerMatch } from "./triggers.js";

const QUOTE_KINDS = new Set(["deny", "announce"]);
const STATEMENT_KINDS = new Set(["statement", ...QUOTE_KINDS]);
const FIRST_WORD = /\S+/;

interface Draft extends EventItem {
  sentence: number;
  at: number;
  reported: boolean;
}

export function extractEvents(text: string, layers: Readonly<Layers>): EventItem[] {
  const ix = indexArticle(text, layers);
  const ids = ix.entities.map((entity) => entity.id);
  const quotes = layers.quotes;

  const drafts: Draft[] = [];
  const quoteEvents = new Map<number, Draft[]>();
  for (const quote of quotes) {
    const draft = quoteEvent(ix, quote, ids);
    if (!draft) continue;
    drafts.push(draft);
    for (let s = draft.sentence; s < ix.sentences.length && ix.sentences[s]!.start < quote.end; s++) {
      quoteEvents.set(s, [...(quoteEvents.get(s) ?? []), draft]);
    }
  }
  const madeByQuote = (sentence: number, kind: string, actors: string[]) =>
    STATEMENT_KINDS.has(kind) &&
    (quoteEvents.get(sentence) ?? []).some((q) => q.kind === kind || q.actors.some((a) => actors.includes(a)));

  const { matches, marks } = findTriggers(ix);
  const latest = new Map<string, Draft>();
  for (const { match, sentence } of matches) {
    const { row } = match;
    const frame = frameOf(ix, match, sentence, marks);
    if (row.pos === "noun" && !frame.tied) continue;
    if (frame.actors.length === 0 && frame.place === -1) continue;
    if (row.needs === "place" && frame.place === -1) continue;
    if (row.needs === "actor" && frame.actors.length === 0) continue;
    if (row.needs === "destination" && !(frame.placePrep !== null && row.places.has(frame.placePrep))) continue;
    const actors = frame.actors.map((e) => ids[e]!);
    if (madeByQuote(sentence, row.kind, actors)) continue;
    const { tokens } = ix;
    const at = tokens[match.first]!.start;
    const reported = ix.quoteAt[match.first] !== -1;
    const place = frame.place === -1 ? null : ids[frame.place]!;
    const time = nearestTime(ix.times[sentence]!, at, ix.quoteAt[match.first]!);
    const key = `${sentence}|${row.kind}|${reported}`;
    const earlier = latest.get(key);
    if (earlier && row.pos === "noun") {
      earlier.actors = [...new Set([...earlier.actors, ...actors])];
      earlier.place ??= place;
      earlier.time ??= time;
      continue;
    }
    const span = ix.sentences[sentence]!;
    const draft: Draft = {
      kind: row.kind,
      cameo: row.cameo,
      actors,
      time,
      place,
      start: span.start,
      end: span.end,
      trigger: text.slice(at, tokens[match.end - 1]!.end),
      rule: `trigger:${row.kind}:${row.lemma}${reported ? ":reported" : ""}`,
      sentence,
      at,
      reported,
    };
    latest.set(key, draft);
    drafts.push(draft);
  }

  return drafts
    .sort((a, b) => a.start - b.start || a.at - b.at)
    .map(({ kind, cameo, actors, time, place, start, end, trigger, rule }) => ({
      kind,
      cameo,
      actors,
      time,
      place,
      start,
      end,
      trigger,
      rule,
    }));
}

function findTriggers(ix: ArticleIndex): {
  matches: Array<{ match: TriggerMatch; sentence: number }>;
  marks: Uint8Array;
} {
  const { tokens, mentionAt, marks } = ix;
  const matches: Array<{ match: TriggerMatch; sentence: number }> = [];
  for (let s = 0; s < ix.sentences.length; s++) {
    const end = ix.sentenceEnd[s]!;
    for (let i = ix.sentenceFirst[s]!; i < end; i++) {
      // A trigger word inside a name (اتفاقية الشراكة الشاملة as an entity) or a title in
      // guillemets (فيلم «قتل في القاهرة») is part of the name.
      const candidates = ix.candidatesAt[i];
      if (candidates === undefined || mentionAt[i] !== -1 || ix.titleAt[i] === 1) continue;
      const match = matchTrigger(tokens, i, end, candidates);
      if (!match) continue;
      if (match.row.kind === LIGHT) {
        marks[i] = LIGHT_VERB;
        continue;
      }
      marks[i] = TRIGGER;
      matches.push({ match, sentence: s });
      i = match.end - 1;
    }
  }
  return { matches, marks };
}

function quoteEvent(ix: ArticleIndex, quote: Quote, ids: readonly string[]): Draft | null {
  const first = sentenceAt(ix.sentences, quote.start);
  if (first === -1) return null;
  let last = first;
  while (last + 1 < ix.sentences.length && ix.sentences[last + 1]!.start < quote.end) last++;
  const verb = quote.verb ? normalizeWord(FIRST_WORD.exec(quote.verb)?.[0] ?? "") : "";
  const kind = rowsOfWord(verb).find((row) => QUOTE_KINDS.has(row.kind))?.kind ?? "statement";
  // The time of the saying, not of what is said: times outside quotes.
  const times = last === first ? ix.times[first]! : ix.times.slice(first, last + 1).flat();
  const speaker = quote.speaker !== null && ids.includes(quote.speaker) ? [quote.speaker] : [];
  return {
    kind,
    cameo: "01",
    actors: speaker,
    time: nearestTime(times, quote.start, -1),
    place: null,
    start: ix.sentences[first]!.start,
    end: ix.sentences[last]!.end,
    trigger: quote.verb ?? "",
    rule: `quote:${kind}`,
    sentence: first,
    at: quote.start,
    reported: false,
  };
}

function sentenceAt(sentences: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  // A quote may open on the mark just before its sentence's trimmed start.
  return lo < sentences.length && sentences[lo]!.start - offset <= 2 ? lo : -1;
}
