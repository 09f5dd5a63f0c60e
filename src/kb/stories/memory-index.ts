// Test support: the two lookups the store will provide (see assign.ts), over Maps scanned in
// full (the store uses indexes on (key, day)), and one-at-a-time ingestion through assignStory.
import { type Assignment, assignStory, type Candidate, indexDay, lookupWindow } from "./assign.js";
import type { Signature } from "./signature.js";

export class MemoryIndex {
  readonly storyOf = new Map<string, string>();
  readonly assignments = new Map<string, Assignment>();
  private readonly byBand = new Map<number, { day: number | null; candidate: Candidate }[]>();
  private readonly byKey = new Map<string, { day: number | null; candidate: Candidate }[]>();
  private stories = 0;

  candidates(sig: Signature): Candidate[] {
    const found = new Map<string, Candidate>();
    const window = lookupWindow(sig);
    const inWindow = (day: number | null) => !window || day === null || (day >= window.from && day <= window.to);
    for (const key of sig.bands) {
      for (const { day, candidate } of this.byBand.get(key) ?? []) {
        if (inWindow(day)) found.set(candidate.signature.article, candidate);
      }
    }
    if (window) {
      for (const key of sig.keys) {
        for (const { day, candidate } of this.byKey.get(key) ?? []) {
          if (inWindow(day)) found.set(candidate.signature.article, candidate);
        }
      }
    }
    return [...found.values()];
  }

  /** Assigns `sig` to a story (a new one, "S1", "S2" …, when assignStory says so) and indexes it. */
  ingest(sig: Signature): Assignment {
    const assignment = assignStory(sig, this.candidates(sig));
    const storyId = assignment.storyId ?? `S${++this.stories}`;
    this.storyOf.set(sig.article, storyId);
    this.assignments.set(sig.article, assignment);
    const candidate = { signature: sig, storyId };
    const day = indexDay(sig);
    for (const key of sig.bands) append(this.byBand, key, { day, candidate });
    if (day !== null) for (const key of sig.keys) append(this.byKey, key, { day, candidate });
    return assignment;
  }

  /** Member article ids per story, each sorted, stories ordered by their first member. */
  groups(): string[][] {
    const byStory = new Map<string, string[]>();
    for (const [article, story] of this.storyOf) append(byStory, story, article);
    return [...byStory.values()].map((members) => members.sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  }
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
