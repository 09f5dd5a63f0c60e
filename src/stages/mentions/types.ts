import type { EntityType, Mention } from "../../model.js";
import type { TitlePhrase } from "./titles.js";

/**
 * What the mentions stage knows about a mention beyond Mention: the entities stage reads it to
 * merge variants and to give people their roles. (A candidate for model.ts: see the README
 * note in index.ts.)
 */
export interface RichMention extends Mention {
  /** Normalised token forms, quotes dropped, joined by spaces: للعراق → "العراق". */
  key: string;
  /** The lexicon entry's canonical name, when a lexicon entry (or the name inside a descriptor head) fired. */
  canonical?: string;
  /** For a descriptor head (تنظيم «داعش», مخيم الركبان): the span of the name after the head. */
  core?: { start: number; end: number; key: string };
  /** Titles the article gives this person at this mention, as written (رئيس الوزراء العراقي). */
  roles?: string[];
}

/** A mention before overlaps are resolved: token range [a, b) in the refined tokens. */
export interface Candidate {
  a: number;
  b: number;
  type: EntityType;
  rule: string;
  /** Higher wins between candidates of equal length. */
  priority: number;
  canonical: string | undefined;
  /** Token range of the name after a descriptor head. */
  core: [number, number] | undefined;
  /** Source offset when the mention starts inside token a, after a proclitic (وكارسون). */
  start: number | undefined;
  /** For a counterpart or coordinated name: the title phrase whose office it shares. */
  sharedFrom: TitlePhrase | undefined;
  /** The country adjective (token) of a counterpart or a coordinated name. */
  nisba: number | undefined;
}

export const PRIORITY = { propagated: 1, pattern: 2, person: 2, head: 3, lexicon: 4 } as const;

/** Every candidate has every field, in one order: the hot loops over them stay monomorphic. */
export function candidate(
  a: number,
  b: number,
  type: EntityType,
  rule: string,
  priority: number,
  canonical?: string,
  core?: [number, number],
  start?: number,
): Candidate {
  return { a, b, type, rule, priority, canonical, core, start, sharedFrom: undefined, nisba: undefined };
}
