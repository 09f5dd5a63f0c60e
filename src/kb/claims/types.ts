// The shape of a claim as the store persists it (one row per claim, keyed by article and
// citation; indexed by subjectKey and by placeKeys for denial matching).
import type { Citation } from "../types.js";

export interface ClaimSubject {
  /** Folded lemma of what is counted; "%" + lemma for a percentage. */
  noun: string;
  /** violence | detention, or null for a quantity present. */
  aspect: string | null;
  /** Global entity id (a local one before globalClaims). */
  agent: string | null;
  /** Global entity ids, sorted (local ones before globalClaims). */
  places: string[];
}

export type ClaimKind = "figure" | "denial";

export interface Claim {
  kind: ClaimKind;
  /** Claims about one thing share it (subjectKey(parts)); a subject too thin to share gets a key of its own. */
  subjectKey: string;
  /** Readable: "جندي — الولايات المتحدة — العراق". */
  subject: string;
  parts: ClaimSubject;
  /** The figure's value; null for a denial. */
  value: number | null;
  /** The unit as written (a denial: its counted noun as written). */
  unit: string | null;
  qualifier: string | null;
  /** YYYY[-MM[-DD]] the claim holds for. */
  period: string | null;
  periodSource: "sentence" | "published" | null;
  /**
   * Global id (local before globalClaims) of who asserts it: the quote's speaker, the speaker
   * of a statement before it, the denier.
   */
  source: string | null;
  /** The sentence. */
  citation: Citation;
  article: string;
  outlet: string | null;
  /** The figure, or the denial from its verb to what it denies, as written. */
  text: string;
  rule: string;
}

/** A subject with neither agent nor places says too little to compare: its claim gets a key of its own. */
export const isThin = (parts: ClaimSubject) => parts.agent === null && parts.places.length === 0;

export function subjectKey(parts: ClaimSubject): string {
  return JSON.stringify([parts.noun, parts.aspect, parts.agent, parts.places]);
}

/** Keys a denial and the counts it may be against share, one per place: JSON of [noun, place]. */
export function placeKeys(parts: ClaimSubject): string[] {
  return parts.places.map((place) => JSON.stringify([parts.noun, place]));
}
