// Why: the roles an article gives a person are the title phrases around the name, as written:
//   - the phrase right before it (after an optional parenthesis and comma): one role per
//     segment (قائد قوات التحالف الدولي في العراق وسوريا | الجنرال); honorifics (السيد،
//     الشيخ) are not roles;
//   - a phrase in apposition after it, when no other name follows that phrase:
//     «أحمد الكحلوت، رئيس قسم العناية المركزة …», «مارك كيميت، وهو مساعد وزير …»;
//   - for a counterpart or a coordinated name, the office it shares with the country swapped:
//     «… بلينكن ونظيره العراقي فؤاد حسين» → وزير الخارجية العراقي; a dual title is written
//     in the singular (وزيري الدفاع → وزير الدفاع).
import { COMMA, DEF, type Doc, NISBA, PAREN_OPEN } from "./doc.js";
import { groupEnd, nisbaShaped } from "./heads.js";
import type { PersonCandidate } from "./people.js";
import type { Segment, TitlePhrase } from "./titles.js";
import type { Candidate, RichMention } from "./types.js";

/** Where the name after a phrase starts: past a parenthesis and a comma. */
function nameStart(doc: Doc, phrase: TitlePhrase): number {
  let j = phrase.end;
  if (j < doc.n && doc.flags[j]! & PAREN_OPEN) {
    const close = groupEnd(doc, j);
    if (close > 0) j = close + 1;
  }
  if (j < doc.n && doc.flags[j]! & COMMA) j++;
  return j;
}

export function assignRoles(
  doc: Doc,
  phrases: readonly TitlePhrase[],
  people: readonly PersonCandidate[],
  candidates: readonly Candidate[],
  mentions: RichMention[],
): void {
  const person = new Map(people.map((c) => [c.a, c]));
  const before = new Map<number, TitlePhrase>();
  const byStart = new Map<number, TitlePhrase>();
  for (const phrase of phrases) {
    before.set(nameStart(doc, phrase), phrase);
    byStart.set(phrase.start, phrase);
  }
  const personStarts = new Set(candidates.filter((c) => c.type === "PER").map((c) => c.a));
  candidates.forEach((c, index) => {
    if (c.type !== "PER") return;
    const roles: string[] = [];
    const phrase = before.get(c.a);
    if (phrase) roles.push(...phraseRoles(doc, phrase));
    const shared = person.get(c.a) ?? (c as PersonCandidate);
    if (shared.sharedFrom && shared.nisba !== undefined) {
      const role = swapCountry(doc, shared.sharedFrom, shared.nisba);
      if (role) roles.push(role);
    }
    const after = byStart.get(appositionStart(doc, c.b));
    if (after && !personStarts.has(nameStart(doc, after))) roles.push(...phraseRoles(doc, after));
    const unique = [...new Map(roles.map((role) => [role.replace(/\s+/g, " "), role])).values()];
    if (unique.length > 0) mentions[index]!.roles = unique;
  });
}

/** After a name: «، رئيس …», «، وهو رئيس …», «وهو رئيس …»; -1 when none (التقى X رئيسَ …). */
function appositionStart(doc: Doc, j: number): number {
  const comma = j < doc.n && (doc.flags[j]! & COMMA) !== 0;
  if (comma) j++;
  if (doc.norm(j) === "و" && isHe(doc, j + 1)) return j + 2;
  if (isHe(doc, j)) return j + 1;
  return comma ? j : -1;
}
const isHe = (doc: Doc, j: number) => j < doc.n && (doc.norm(j) === "هو" || doc.norm(j) === "هي");

function phraseRoles(doc: Doc, phrase: TitlePhrase): string[] {
  return phrase.segments
    .filter((s) => s.entry.kind !== "honorific" && s.entry.kind !== "counterpart")
    .map((s) => segmentText(doc, s));
}

function tokenText(doc: Doc, t: number): string {
  return doc.text.slice(doc.toks[t]!.start, doc.toks[t]!.end);
}

const QUOTES = /[«»"“”„]/g;

/** The segment as written (its first word in the singular for a dual), quotes dropped. */
function segmentText(doc: Doc, s: Segment, replace?: [number, string]): string {
  let text = "";
  let prevEnd = -1;
  for (let t = s.start; t < s.end; t++) {
    const token = doc.toks[t]!;
    let word = t === s.start && s.entry.lemma ? s.entry.lemma : tokenText(doc, t);
    if (replace && t === replace[0]) word = replace[1];
    text += prevEnd >= 0 && token.start > prevEnd ? " " + word : word;
    prevEnd = token.end;
  }
  return text.replace(QUOTES, "").replace(/\s+/g, " ").trim();
}

function swapCountry(doc: Doc, phrase: TitlePhrase, nisba: number): string | undefined {
  const office = phrase.segments.find((s) => s.entry.kind === "office");
  if (!office) return undefined;
  const adjective = tokenText(doc, nisba);
  for (let t = office.end - 1; t > office.start; t--) {
    const f = doc.flags[t]!;
    if (f & DEF && (f & NISBA || nisbaShaped(doc.norm(t)))) return segmentText(doc, office, [t, adjective]);
  }
  return `${segmentText(doc, office)} ${adjective}`;
}
