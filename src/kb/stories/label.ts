// Why: an analyst scans a list of stories by their labels, so a label must read as a
// headline. Labels built from actors + event kind + day read as telegrams and depend on the
// weakest layers (event kinds, actor spelling); a member's own title is written to be read.
// So the label is the most representative title: the one whose content words the other
// members' titles repeat most (each word counts the other titles holding it, the sum divided
// by √(words) so a long title gains no edge by length alone). Ties go to the earliest
// published, then the smallest article id. The summary gives the rest: members, outlets,
// date span, the happening day most members name first, and the actors members share.
import { tokenize } from "../../text/tokenize.js";
import type { Signature } from "./signature.js";
import { wordsOf } from "./words.js";

export interface StorySummary {
  label: string;
  /** Member article ids, oldest first (undated last). */
  articles: string[];
  /** Distinct outlets, most members first. */
  outlets: string[];
  /** Earliest and latest publication date; null when no member is dated. */
  from: string | null;
  to: string | null;
  /** The happening day most members name first, if any member names one. */
  day: string | null;
  /** Actors in more than one member (in the only member for a one-article story), most members first. */
  actors: { id: string; name: string; articles: number }[];
}

export function storyLabel(members: readonly Signature[]): string {
  const ordered = byDate(members);
  const words = ordered.map((m) => {
    const into = { all: [] as number[], content: [] as number[] };
    wordsOf(tokenize(m.title), into);
    return new Set(into.content);
  });
  const titlesWith = new Map<number, number>();
  for (const set of words) for (const w of set) titlesWith.set(w, (titlesWith.get(w) ?? 0) + 1);
  let best = -1;
  let label = "";
  ordered.forEach((m, i) => {
    const set = words[i]!;
    let shared = 0;
    for (const w of set) shared += titlesWith.get(w)! - 1;
    const score = set.size === 0 ? 0 : shared / Math.sqrt(set.size);
    if (score > best && m.title.trim() !== "") {
      best = score;
      label = m.title.trim();
    }
  });
  return label;
}

export function storySummary(members: readonly Signature[]): StorySummary {
  const ordered = byDate(members);
  const dated = ordered.filter((m) => m.published !== null);
  return {
    label: storyLabel(members),
    articles: ordered.map((m) => m.article),
    outlets: mostFirst(ordered.flatMap((m) => (m.outlet ? [m.outlet] : []))).map(([outlet]) => outlet),
    from: dated[0]?.published ?? null,
    to:
      dated.length > 0
        ? dated
            .map((m) => m.published!)
            .sort()
            .at(-1)!
        : null,
    day: mostFirst(ordered.flatMap((m) => m.dates.slice(0, 1)))[0]?.[0] ?? null,
    actors: sharedActors(ordered),
  };
}

function sharedActors(members: readonly Signature[]): StorySummary["actors"] {
  const byId = new Map<string, { id: string; name: string; articles: number }>();
  for (const m of members) {
    for (const a of m.actors) {
      const seen = byId.get(a.id);
      if (seen) seen.articles++;
      else byId.set(a.id, { id: a.id, name: a.name, articles: 1 });
    }
  }
  const floor = members.length > 1 ? 2 : 1;
  return [...byId.values()].filter((a) => a.articles >= floor).sort((a, b) => b.articles - a.articles);
}

/** Values by count, most first; ties in order of first appearance. */
function mostFirst(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]);
}

function byDate(members: readonly Signature[]): Signature[] {
  return [...members].sort(
    (a, b) =>
      (a.published === null ? 1 : 0) - (b.published === null ? 1 : 0) ||
      (a.published ?? "").localeCompare(b.published ?? "") ||
      (a.article < b.article ? -1 : a.article > b.article ? 1 : 0),
  );
}
