// Why: two articles belong to one story when they are one text (a near-duplicate: an agency
// wire reprinted, a page republished with edits) or two reports of one happening in different
// words. The first is measured directly (MinHash Jaccard of word shingles). The second has no
// single measure, so it is points from independent evidence, each named in the reason:
//   actors   Σ over shared actors of the smaller of the two weights (see signature.ts);
//   content  3 × the Jaccard estimate of the content-word sets;
//   when     +0.3 when both give the same happening day (the first day each names);
//            +0.5 for a shared event kind (not a statement) at compatible times (equal, or
//            one the month or year of the other), +0.2 when one of the two is undated.
// Gates, for precision, none of which points can buy:
//   - publications within HAPPENING_DAYS, or the same happening day and publications within
//     EVENT_DATE_DAYS;
//   - one shared actor strong in both (a lone place or a passing mention is not a happening);
//   - content overlap at least MIN_CONTENT;
//   - the same day: the same happening day, or a shared event kind on the same day, or
//     content overlap at least SAME_TEXT_CONTENT. The same minister doing something else two
//     days later shares actors and a ministry's vocabulary, but not the day; a follow-up that
//     recalls the earlier happening names its day too, but not first.
// A near-duplicate needs its publications within NEAR_DUPLICATE_DAYS: a template reused weeks
// later (a weekly bulletin) is another happening.
// Both kinds map to one strength in [0, 1]: Jaccard for near-duplicates, H / (H + THRESHOLD)
// for points H, so 0.5 is the line for both and candidates of either kind rank together.
// The numbers were set on the demo corpus and the generated reports of the tests: reports of
// one happening in different words share content 0.13–0.30 and a named day; different
// happenings sharing places or a minister share content ≤ 0.08, or do not share the day.
import { CONTENT_K, type Signature, STRONG_ACTOR, type StoryActor, type StoryEvent } from "./signature.js";
import { bottomKJaccard, minhashJaccard, round3 } from "./sketch.js";

export const SAME_STORY = 0.5;
export const NEAR_DUPLICATE_DAYS = 7;
export const HAPPENING_DAYS = 3;
export const EVENT_DATE_DAYS = 14;
export const MIN_CONTENT = 0.1;
export const SAME_TEXT_CONTENT = 0.25;
export const HAPPENING_THRESHOLD = 1.5;
const CONTENT_POINTS = 3;
const DAY_POINTS = 0.3;
const EVENT_POINTS = 0.5;
const UNDATED_EVENT_POINTS = 0.2;

export type PairKind = "near-duplicate" | "same-happening" | "different";

export interface PairScore {
  /** Strength in [0, 1]; ≥ SAME_STORY means one story. */
  score: number;
  kind: PairKind;
  /** MinHash estimate of the shingle Jaccard similarity. */
  jaccard: number;
  /** Estimate of the content-word Jaccard similarity. */
  content: number;
  /** Same-happening points, gates aside. */
  happening: number;
  reason: string;
}

interface SharedEvent {
  points: number;
  /** Both dated to the same day. */
  sameDay: boolean;
  kind: string;
  /** The more precise of the two times; null when one is undated. */
  time: string | null;
}

/** What storyScore weighs, before it is put into words. */
export interface Comparison {
  score: number;
  kind: PairKind;
  jaccard: number;
  content: number;
  happening: number;
  apart: number | null;
  shared: { name: string; weight: number }[];
  day: string | null;
  event: SharedEvent | null;
  gate: string | null;
}

export function storyScore(a: Signature, b: Signature): PairScore {
  const c = compare(a, b);
  return {
    score: round3(c.score),
    kind: c.kind,
    jaccard: round3(c.jaccard),
    content: round3(c.content),
    happening: round3(c.happening),
    reason: explain(c),
  };
}

/** storyScore without the reason (assignStory words only the best of its comparisons). */
export function compare(a: Signature, b: Signature): Comparison {
  const jaccard = minhashJaccard(a.minhash, b.minhash);
  const content = bottomKJaccard(a.content, b.content, CONTENT_K);
  const apart = a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : null;
  const shared = sharedActors(a.actors, b.actors);
  const day = a.dates[0] !== undefined && a.dates[0] === b.dates[0] ? a.dates[0] : null;
  const event = sharedEvent(a.events, b.events);
  let happening = CONTENT_POINTS * content + (day ? DAY_POINTS : 0) + (event?.points ?? 0);
  for (const x of shared) happening += x.weight;
  const c: Comparison = {
    score: 0,
    kind: "different",
    jaccard,
    content,
    happening,
    apart,
    shared,
    day,
    event,
    gate: null,
  };
  if (jaccard >= SAME_STORY && (apart === null || apart <= NEAR_DUPLICATE_DAYS)) {
    c.score = jaccard;
    c.kind = "near-duplicate";
    return c;
  }
  c.gate = failedGate(apart, day, event, content, shared);
  if (c.gate === null) c.score = happening / (happening + HAPPENING_THRESHOLD);
  if (c.score >= SAME_STORY) c.kind = "same-happening";
  return c;
}

/** The reason of a comparison, e.g. "same happening: 3 shared actors (…), content 0.21, day 2025-03-11, 1 day apart". */
export function explain(c: Comparison): string {
  const { apart } = c;
  const when = apart === null ? "" : apart === 0 ? ", published the same day" : `, ${plural(apart, "day")} apart`;
  if (c.kind === "near-duplicate") return `near-duplicate ${c.jaccard.toFixed(2)}${when}`;
  const names = c.shared.map((x) => x.name).join("، ");
  const evidence = [
    plural(c.shared.length, "shared actor") + (names ? ` (${names})` : ""),
    `content ${c.content.toFixed(2)}`,
    ...(c.event ? [`${c.event.kind} ${c.event.time ?? "(undated)"}`] : []),
    ...(c.day ? [`day ${c.day}`] : []),
  ].join(", ");
  const verdict =
    c.kind === "same-happening"
      ? "same happening"
      : `different (${c.gate ?? `happening ${c.happening.toFixed(2)} < ${HAPPENING_THRESHOLD}`})`;
  return `${verdict}: ${evidence}${when}`;
}

/** The first precision gate a same-happening pair fails, or null. */
function failedGate(
  apart: number | null,
  day: string | null,
  event: SharedEvent | null,
  content: number,
  shared: readonly { weight: number }[],
): string | null {
  const close =
    (apart !== null && apart <= HAPPENING_DAYS) || (day !== null && (apart === null || apart <= EVENT_DATE_DAYS));
  if (!close) return apart === null ? "no dates to compare" : `published ${apart} days apart`;
  if (!shared.some((x) => x.weight >= STRONG_ACTOR)) return "no shared salient actor";
  if (content < MIN_CONTENT) return "too little shared content";
  if (day === null && !event?.sameDay && content < SAME_TEXT_CONTENT) return "no shared happening day";
  return null;
}

/** Actors of both, with the smaller weight, heaviest first. */
function sharedActors(a: readonly StoryActor[], b: readonly StoryActor[]): { name: string; weight: number }[] {
  const out: { name: string; weight: number }[] = [];
  for (const x of a) {
    const y = b.find((other) => other.id === x.id);
    if (y) out.push({ name: x.name, weight: Math.min(x.weight, y.weight) });
  }
  return out.sort((p, q) => q.weight - p.weight);
}

/** The best shared event: same kind at compatible times, else same kind with one undated. */
function sharedEvent(a: readonly StoryEvent[], b: readonly StoryEvent[]): SharedEvent | null {
  let best: SharedEvent | null = null;
  for (const x of a) {
    for (const y of b) {
      if (x.kind !== y.kind) continue;
      if (x.time === null || y.time === null) {
        best ??= { points: UNDATED_EVENT_POINTS, sameDay: false, kind: x.kind, time: null };
        continue;
      }
      if (!x.time.startsWith(y.time) && !y.time.startsWith(x.time)) continue;
      const sameDay = x.time === y.time && x.time.length === 10;
      const time = x.time.length >= y.time.length ? x.time : y.time;
      if (!best || best.points < EVENT_POINTS || (sameDay && !best.sameDay)) {
        best = { points: EVENT_POINTS, sameDay, kind: x.kind, time };
      }
    }
  }
  return best;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
