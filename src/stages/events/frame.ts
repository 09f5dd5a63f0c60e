// Why: a trigger alone says what happened; the analyst needs who, where and when. Arabic news
// clauses are mostly verb-first (التقى الوزير نظيره في بغداد), so the actors of a trigger are
// the entities after it, up to the next trigger (unless that one is a circumstance: قُتل 20 في
// هجوم … في موسكو), a clause stop (؛ : . منذ بينما …) or a comma once someone is named (unless
// a name follows it, or it opens a time aside, or closes one with a name a few words on:
// التقى X، الثلاثاء، السفيرة Y …). The agent comes first: the first of them, or the names right before a verb
// (الأردن ينفي، شكري والصفدي يبحثان), or for a noun the names after its support verb
// (شنت جماعة الحوثي هجوماً) or, when it carries a possessive pronoun (لدى استقباله …), the
// nearest person or organisation named before it. A LOC introduced by في، ب، إلى (or a row's
// own prepositions) is the place, not an actor; the last one in the clause wins, since places
// named earlier are mostly in titles (قائد البعثة الأممية في مالي … في غاو). Names in
// brackets are credits and glosses: (أ.ف.ب)، (البنتاغون).
import { normalizeWord } from "../../text/normalize.js";
import type { ArticleIndex, TimeRef } from "./context.js";
import type { TriggerMatch } from "./triggers.js";

/** How far the clause after a trigger reaches, in tokens. */
const MAX_RIGHT = 30;
/** How far before a verb its subject may end, in tokens. */
const LEFT_SUBJECT = 3;
/** A noun is tied to a participant named within this many words after it. */
const NOUN_TIE = 8;
/** How far before a noun its support verb may stand (شنت جماعة الحوثي هجوماً), in tokens. */
const SUPPORT_BACK = 8;
/** How far back the owner of a possessive pronoun is looked for, in tokens. */
const POSSESSOR_BACK = 20;

const COMMAS = new Set(["،", ","]);
/** After a time aside, a name this many words on (a title before it) still belongs to the clause. */
const NAME_AHEAD = 3;
/** A trigger after these is the circumstance of the clause, not a new one (قُتل 20 في هجوم …). */
const ADJUNCT = new Set(["في", "ب", "جراء", "إثر"].map(normalizeWord));

export interface Frame {
  /** Entity indices, agent first. */
  actors: number[];
  /** Entity index of the place, or -1; and the preposition that introduces it. */
  place: number;
  placePrep: string | null;
  /** Whether a noun trigger is tied to a participant. */
  tied: boolean;
}

/** Per-token marks the frame reads: where event triggers and support verbs start. */
export const TRIGGER = 1;
export const LIGHT_VERB = 2;

type Blocked = (j: number) => boolean;
type IsPlace = (m: number) => boolean;

/** Whether mention m names a place: a LOC introduced by one of `places` (في، ب، إلى …). */
function placeTest(ix: ArticleIndex, places: ReadonlySet<string>): IsPlace {
  return (m) => {
    const ref = ix.mentions[m]!;
    return ix.entities[ref.entity]!.type === "LOC" && ref.prep !== null && places.has(ref.prep);
  };
}

/** The mention starting at token j that may take part in an event (not in brackets), or -1. */
function mentionStartingAt(ix: ArticleIndex, j: number): number {
  const m = ix.mentionAt[j]!;
  return m !== -1 && ix.mentions[m]!.first === j && ix.parenAt[j] === 0 ? m : -1;
}

export function frameOf(ix: ArticleIndex, match: TriggerMatch, sentence: number, marks: Uint8Array): Frame {
  const { tokens, mentions, quoteAt } = ix;
  const first = ix.sentenceFirst[sentence]!;
  const end = ix.sentenceEnd[sentence]!;
  const quote = quoteAt[match.first]!;
  const isPlace = placeTest(ix, match.row.placeWords);
  const blocked: Blocked = (j) => ix.stopAt[j] === 1 || quoteAt[j] !== quote;

  const actors: number[] = [];
  let place = -1;
  let tied = false;
  let words = 0;
  let named = false;
  let aside = false; // after the comma that opens "، الثلاثاء،"
  const stop = Math.min(end, match.end + MAX_RIGHT);
  for (let j = match.end; j < stop && !blocked(j); j++) {
    const token = tokens[j]!;
    if (marks[j]! & TRIGGER && !ADJUNCT.has(tokens[j - 1]!.norm)) break;
    if (COMMAS.has(token.norm)) {
      const opens = ix.timeAt[j + 1] === 1;
      if (named && !opens && !nameAhead(ix, j + 1, end, aside ? NAME_AHEAD : 0)) break;
      aside = opens;
    }
    if (token.kind === "word") words++;
    const m = mentionStartingAt(ix, j);
    if (m === -1) continue;
    named = true;
    if (words <= NOUN_TIE) tied = true;
    if (!isPlace(m)) actors.push(mentions[m]!.entity);
    else if (place === -1 || mentions[m]!.joined === -1) place = m;
  }

  const agents =
    match.row.pos === "verb"
      ? subjectBefore(ix, match, first, blocked, isPlace)
      : [...supportedBy(ix, match, first, blocked, isPlace, marks), ...possessor(ix, match, first, blocked, isPlace)];
  if (agents.length > 0) tied = true;
  if (place === -1) place = placeBefore(ix, match, first, blocked, isPlace, marks);
  return {
    actors: [...new Set([...agents, ...actors])],
    place: place === -1 ? -1 : mentions[place]!.entity,
    placePrep: place === -1 ? null : mentions[place]!.prep,
    tied,
  };
}

/** Whether a name starts at token j or after at most `words` more words (، السفيرة ليزا جونسون). */
function nameAhead(ix: ArticleIndex, j: number, end: number, words: number): boolean {
  for (let k = j, seen = 0; k < end && seen <= words && ix.stopAt[k] === 0; k++) {
    if (ix.mentionAt[k] !== -1) return true;
    if (ix.tokens[k]!.kind === "word") seen++;
  }
  return false;
}

/**
 * A verb's subject named right before it (الأردن ينفي), with the names joined to it by و
 * (شكري والصفدي يبحثان); a conjoined verb (… وزار) has none of its own.
 */
function subjectBefore(
  ix: ArticleIndex,
  match: TriggerMatch,
  first: number,
  blocked: Blocked,
  isPlace: IsPlace,
): number[] {
  if (match.conj) return [];
  for (let j = match.first - 1; j >= first && j >= match.first - LEFT_SUBJECT && !blocked(j); j--) {
    if (ix.tokens[j]!.kind === "punct") return [];
    const m = ix.mentionAt[j]!;
    if (m === -1) continue;
    // A place there is no subject (في بغداد استقبل …).
    if (isPlace(m) || ix.parenAt[j] === 1) return [];
    // Names joined by و are one subject, unless they sit in a prepositional phrase whose last
    // name a relative clause picks up (الخلاف بين باريس وباماكو التي تطالب …).
    if (ix.mentions[m]!.prep !== null) return [ix.mentions[m]!.entity];
    const subjects: number[] = [];
    for (let k = m; k !== -1; k = ix.mentions[k]!.joined) subjects.unshift(ix.mentions[k]!.entity);
    return subjects;
  }
  return [];
}

/** The names between a support verb and its noun (شنت جماعة الحوثي هجوماً، تبنى داعش الهجوم). */
function supportedBy(
  ix: ArticleIndex,
  match: TriggerMatch,
  first: number,
  blocked: Blocked,
  isPlace: IsPlace,
  marks: Uint8Array,
): number[] {
  for (let j = match.first - 1; j >= first && j >= match.first - SUPPORT_BACK && !blocked(j); j--) {
    if (marks[j]! & TRIGGER) return [];
    if ((marks[j]! & LIGHT_VERB) === 0) continue;
    const out: number[] = [];
    for (let k = j + 1; k < match.first; k++) {
      const m = mentionStartingAt(ix, k);
      if (m !== -1 && !isPlace(m)) out.push(ix.mentions[m]!.entity);
    }
    return out;
  }
  return [];
}

/** For a noun with a possessive pronoun (لقائه), the nearest person or organisation before it. */
function possessor(ix: ArticleIndex, match: TriggerMatch, first: number, blocked: Blocked, isPlace: IsPlace): number[] {
  if (!match.possessive) return [];
  for (let j = match.first - 1; j >= first && j >= match.first - POSSESSOR_BACK && !blocked(j); j--) {
    const m = ix.mentionAt[j]!;
    if (m === -1) continue;
    const ref = ix.mentions[m]!;
    if (!isPlace(m) && ix.parenAt[j] === 0 && ix.entities[ref.entity]!.type !== "LOC") return [ref.entity];
    j = ref.first;
  }
  return [];
}

/** A place named before the trigger in its clause (في بغداد، استقبل …), nearest first; -1 if none. */
function placeBefore(
  ix: ArticleIndex,
  match: TriggerMatch,
  first: number,
  blocked: Blocked,
  isPlace: IsPlace,
  marks: Uint8Array,
): number {
  for (let j = match.first - 1; j >= first && !blocked(j) && (marks[j]! & TRIGGER) === 0; j--) {
    const m = ix.mentionAt[j]!;
    if (m === -1) continue;
    if (isPlace(m) && ix.parenAt[j] === 0) return m;
    j = ix.mentions[m]!.first;
  }
  return -1;
}

/**
 * The value of the time nearest to offset `at` among those in quote `quote` (-1: outside any
 * quote): a quoted time dates what is said, an unquoted one the report.
 */
export function nearestTime(times: readonly TimeRef[], at: number, quote: number): string | null {
  let best: string | null = null;
  let distance = Number.POSITIVE_INFINITY;
  for (const time of times) {
    if (time.quote !== quote || Math.abs(time.start - at) >= distance) continue;
    distance = Math.abs(time.start - at);
    best = time.value;
  }
  return best;
}
