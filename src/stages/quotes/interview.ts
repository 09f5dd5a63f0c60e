// Why: an interview printed as questions and answers («س: …» / «ج: …») quotes its guest in every
// answer, with no reporting verb anywhere. The guest is the person the introduction names: the
// one named most often before the first question (the last of them on a tie, the introduction
// ending on who was interviewed). Each answer paragraph is one direct quote of his.
import type { Entity, Quote, Span } from "../../model.js";

/** A question or answer label opening a paragraph: «س:», «ج -», «ج/». */
const ANSWER = /(?:^|\n)ج\s*[:\-–/]\s*/g;
const QUESTION = /(?:^|\n)س\s*[:\-–/]\s*/;
/** An interview has several answers; one «ج:» is no interview. */
const MIN_ANSWERS = 2;

export function withInterviewAnswers(text: string, quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  const question = QUESTION.exec(text);
  if (!question) return [...quotes];
  const answers = [...text.matchAll(ANSWER)];
  if (answers.length < MIN_ANSWERS) return [...quotes];
  const guest = guestOf(entities, question.index);
  if (!guest) return [...quotes];
  const out = [...quotes];
  for (const answer of answers) {
    const start = answer.index! + answer[0].length;
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    while (end > start && /[\s.]/.test(text[end - 1]!)) end--;
    if (end <= start || out.some((q) => q.start <= start && q.end >= end)) continue;
    out.push({
      start,
      end,
      speaker: guest.entity.id,
      speakerText: text.slice(guest.mention.start, guest.mention.end),
      text: text.slice(start, end),
      direct: true,
      verb: null,
      rule: "interview-answer",
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The person named most often before `before` (the last named on a tie), with his last mention there. */
function guestOf(entities: readonly Entity[], before: number): { entity: Entity; mention: Span } | undefined {
  let best: { entity: Entity; mention: Span; count: number } | undefined;
  for (const entity of entities) {
    if (entity.type !== "PER") continue;
    const earlier = entity.mentions.filter((m) => m.end <= before);
    if (earlier.length === 0) continue;
    const mention = earlier[earlier.length - 1]!;
    const better =
      !best || earlier.length > best.count || (earlier.length === best.count && mention.start > best.mention.start);
    if (better) best = { entity, mention, count: earlier.length };
  }
  return best;
}
