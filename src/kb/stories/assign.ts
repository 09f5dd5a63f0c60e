// Why: stories grow one article at a time. The store finds candidates by index, both lookups
// bounded by lookupWindow(new article) so their cost follows how many articles a month holds,
// never the size of the corpus:
//   - articles sharing a band key (Signature.bands) whose indexDay is in the window or null
//     (near-duplicates need no date); without a window, every article sharing a band key;
//   - articles sharing a key actor (Signature.keys, indexed under a non-null indexDay) whose
//     indexDay is in the window; none without a window.
// assignStory decides from those alone.
//
// Joining, biased to precision: a story is joined when the article is one story with its best
// member (storyScore) AND either that match is a near-duplicate, or the article supports at
// least SUPPORT_SHARE of the story's members among the candidates (supports: one story with
// it, or half the points or half the Jaccard that would make one). One strong link alone
// would let a story drift from happening to happening through a chain of neighbours; asking
// the other members keeps each new report close to the story as a whole. Among stories that
// qualify, the strongest best match wins (then more support, then the smaller story id).
// Two existing stories are never merged here: when the article would qualify for several,
// the others are returned as mergeCandidates for the store to record or act upon later.
import { type Comparison, compare, EVENT_DATE_DAYS, explain, HAPPENING_THRESHOLD, SAME_STORY } from "./score.js";
import { dayNumber, type Signature } from "./signature.js";
import { round3 } from "./sketch.js";

export const SUPPORT_SHARE = 0.5;

export interface Candidate {
  signature: Signature;
  storyId: string;
}

export interface Assignment {
  /** The story to join; null: start a new story. */
  storyId: string | null;
  /** The best pair's strength (0 without candidates). */
  score: number;
  /** The member matched best, or null without candidates. */
  member: string | null;
  /** Share of the story's candidate members the article supports. */
  support: number;
  reason: string;
  /** Other stories the article would also have joined, strongest first. */
  mergeCandidates: string[];
}

/** The day a signature is indexed under: its publication day, else its happening day. */
export function indexDay(sig: Signature): number | null {
  return sig.day ?? dayNumber(sig.dates[0] ?? null);
}

/** The indexDay range both lookups for `sig` cover; null: band keys only, unbounded. */
export function lookupWindow(sig: Signature): { from: number; to: number } | null {
  const day = indexDay(sig);
  return day === null ? null : { from: day - EVENT_DATE_DAYS, to: day + EVENT_DATE_DAYS };
}

interface StoryVerdict {
  storyId: string;
  best: Comparison;
  member: string;
  support: number;
  qualifies: boolean;
}

export function assignStory(sig: Signature, candidates: readonly Candidate[]): Assignment {
  const byStory = new Map<string, Map<string, Signature>>();
  for (const { signature, storyId } of candidates) {
    if (signature.article === sig.article) continue;
    const members = byStory.get(storyId) ?? new Map<string, Signature>();
    byStory.set(storyId, members);
    members.set(signature.article, signature);
  }
  const verdicts = [...byStory].map(([storyId, members]) => judge(sig, storyId, [...members.values()]));
  verdicts.sort(
    (a, b) =>
      Number(b.qualifies) - Number(a.qualifies) ||
      b.best.score - a.best.score ||
      b.support - a.support ||
      (a.storyId < b.storyId ? -1 : a.storyId > b.storyId ? 1 : 0),
  );
  const top = verdicts[0];
  if (!top)
    return {
      storyId: null,
      score: 0,
      member: null,
      support: 0,
      reason: "new story: no candidates",
      mergeCandidates: [],
    };
  const supported = `supports ${Math.round(top.support * 100)}% of candidate members`;
  if (!top.qualifies) {
    const reason = explain(top.best);
    const why = top.best.kind === "different" ? reason : `${reason}; ${supported}`;
    return {
      storyId: null,
      score: round3(top.best.score),
      member: top.member,
      support: top.support,
      reason: `new story: best ${top.member}: ${why}`,
      mergeCandidates: [],
    };
  }
  return {
    storyId: top.storyId,
    score: round3(top.best.score),
    member: top.member,
    support: top.support,
    reason: `${explain(top.best)} (with ${top.member}; ${supported})`,
    mergeCandidates: verdicts
      .slice(1)
      .filter((v) => v.qualifies)
      .map((v) => v.storyId),
  };
}

function judge(sig: Signature, storyId: string, members: readonly Signature[]): StoryVerdict {
  let best: Comparison | null = null;
  let member = "";
  let supporters = 0;
  for (const m of members) {
    const pair = compare(sig, m);
    if (supports(pair)) supporters++;
    if (!best || pair.score > best.score || (pair.score === best.score && m.article < member)) {
      best = pair;
      member = m.article;
    }
  }
  const support = supporters / members.length;
  const qualifies = best!.kind !== "different" && (best!.kind === "near-duplicate" || support >= SUPPORT_SHARE);
  return { storyId, best: best!, member, support, qualifies };
}

function supports(pair: Comparison): boolean {
  return pair.kind !== "different" || pair.happening >= HAPPENING_THRESHOLD / 2 || pair.jaccard >= SAME_STORY / 2;
}
