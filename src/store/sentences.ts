// Why: facts are shown with their sentence and related by sentence (who is mentioned where a
// date is given), so the store records, for every mention, time, event and quote, the index
// of the sentence its start falls in.
import type { Span } from "../model.js";

/** A function from a text offset to the index of the sentence holding it (null: none). */
export function sentenceLocator(sentences: readonly Span[]): (pos: number) => number | null {
  const order = sentences.map((_, i) => i).sort((a, b) => sentences[a]!.start - sentences[b]!.start || a - b);
  return (pos) => {
    // The last sentence starting at or before pos is the only one that can hold it.
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[order[mid]!]!.start <= pos) lo = mid + 1;
      else hi = mid;
    }
    const i = order[lo - 1];
    return i !== undefined && pos < sentences[i]!.end ? i : null;
  };
}

/** The text from the start of the first sentence `span` overlaps to the end of the last one. */
export function coveringText(text: string, sentences: readonly Span[], span: Span): string | null {
  let start = Number.POSITIVE_INFINITY;
  let end = -1;
  for (const s of sentences) {
    const overlaps = s.start < Math.max(span.end, span.start + 1) && span.start < s.end;
    if (!overlaps) continue;
    start = Math.min(start, s.start);
    end = Math.max(end, s.end);
  }
  return end < 0 ? null : text.slice(start, end);
}
