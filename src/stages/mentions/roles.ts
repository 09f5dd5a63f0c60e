// Why: the roles an article gives a person are the title phrases around the name, as written:
//   - the phrase right before it (after an optional parenthesis and comma): one role per
//     segment (رئيس هيئة الموانئ في البصرة | العميد), honorifics included (الشيخ، المهندسة);
//   - a phrase that runs into a name it does not know yet (الوزير الحلو: الحلو read as an
//     adjective, then found again as the family name of سامر الحلو): the words before the name;
//   - a phrase in apposition after it, when no other name follows that phrase:
//     «نادر سليم، مدير مستشفى الرحمة …», «سامر الحلو، وهو مستشار سابق …»;
//   - for a counterpart or a coordinated name, the office it shares, with the country swapped
//     for a counterpart («… ونظيره المصري نبيل شكري» → وزير الزراعة المصري); a dual title is
//     written in the singular (وزيري الزراعة → وزير الزراعة);
//   - a title standing alone for the one person holding it («وقال الوزير …» after وزير النقل
//     سامر الحلو) is one more role of that person;
//   - a possessive title (رئيستها، مديره) names its body through the pronoun: the role is the
//     title and the body named just before it (بيان للجنة الصحة … عن رئيستها → رئيسة لجنة الصحة).
import { COMMA, DEF, type Doc, NISBA, PAREN_OPEN, QUOTE, TITLE_START } from "./doc.js";
import { groupEnd, nisbaShaped } from "./heads.js";
import { mergeKey } from "./propagate.js";
import type { Segment, TitlePhrase } from "./titles.js";
import { phraseNorms } from "./trie.js";
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
  people: readonly Candidate[],
  candidates: readonly Candidate[],
  mentions: RichMention[],
): void {
  if (phrases.length === 0) return;
  const person = new Map<number, Candidate>();
  for (const c of people) person.set(c.a, c);
  const before = new Map<number, TitlePhrase>();
  const byStart = new Map<number, TitlePhrase>();
  const inside = new Map<number, TitlePhrase>();
  for (const phrase of phrases) {
    before.set(nameStart(doc, phrase), phrase);
    byStart.set(phrase.start, phrase);
    for (let t = phrase.start + 1; t < phrase.end; t++) inside.set(t, phrase);
  }
  const personStarts = new Set<number>();
  for (const c of candidates) if (c.type === "PER") personStarts.add(c.a);
  const found: Array<string[] | undefined> = new Array(candidates.length);
  for (let index = 0; index < candidates.length; index++) {
    const c = candidates[index]!;
    if (c.type !== "PER") continue;
    const roles: string[] = [];
    const phrase = before.get(c.a);
    if (phrase) roles.push(...phraseRoles(doc, phrase, candidates));
    const within = inside.get(c.a);
    if (within) roles.push(...phraseRoles(doc, within, candidates, c.a));
    const shared = person.get(c.a) ?? c;
    if (shared.sharedFrom) {
      if (shared.nisba === undefined) roles.push(...phraseRoles(doc, shared.sharedFrom, candidates));
      else {
        const role = swapCountry(doc, shared.sharedFrom, shared.nisba);
        if (role) roles.push(role);
      }
    }
    const after = byStart.get(appositionStart(doc, c.b));
    if (after && !personStarts.has(nameStart(doc, after))) roles.push(...phraseRoles(doc, after, candidates));
    if (roles.length > 0) found[index] = roles;
  }
  titleAnaphors(doc, phrases, candidates, personStarts, inside, found);
  found.forEach((roles, index) => {
    if (!roles) return;
    const unique = new Map<string, string>();
    for (const role of roles) {
      const key = role.replace(SPACES, " ");
      if (!unique.has(key)) unique.set(key, role);
    }
    mentions[index]!.roles = [...unique.values()];
  });
}

/**
 * «وقال الوزير إن …», «وأضاف رئيس الهيئة …»: a title with no name after it, standing for the
 * one person the article gives that office (وزير النقل سامر الحلو; رئيس هيئة الموانئ …): the
 * title as written is one more role of that person. Two holders (two ministers) leave it alone.
 */
function titleAnaphors(
  doc: Doc,
  phrases: readonly TitlePhrase[],
  candidates: readonly Candidate[],
  personStarts: ReadonlySet<number>,
  inside: ReadonlyMap<number, TitlePhrase>,
  found: Array<string[] | undefined>,
): void {
  const holders: Array<{ index: number; person: string; roles: string[][] }> = [];
  found.forEach((roles, index) => {
    if (roles) holders.push({ index, person: mergeKey(doc, candidates[index]!), roles: roles.map(bareWords) });
  });
  if (holders.length === 0) return;
  const named = new Set<TitlePhrase>();
  for (const start of personStarts) {
    const phrase = inside.get(start);
    if (phrase) named.add(phrase);
  }
  for (const phrase of phrases) {
    if (personStarts.has(nameStart(doc, phrase)) || named.has(phrase) || phrase.segments.length !== 1) continue;
    const segment = phrase.segments[0]!;
    if (segment.entry.possessive || !TAKES_ROLE.has(segment.entry.kind)) continue;
    const title = segmentText(doc, segment);
    const words = bareWords(title);
    const owners = new Map<string, number>();
    for (const holder of holders) {
      if (holder.roles.some((role) => role[0] === words[0] && words.every((w) => role.includes(w)))) {
        if (!owners.has(holder.person)) owners.set(holder.person, holder.index);
      }
    }
    if (owners.size === 1) found[[...owners.values()][0]!]!.push(title);
  }
}

const TAKES_ROLE = new Set(["office", "profession", "spokesman"]);

const bare = new Map<string, string[]>();
/** A role's words, normalised, the article dropped: رئيس الهيئة → رئيس، هيئه (roles recur: memoised). */
function bareWords(role: string): string[] {
  let words = bare.get(role);
  if (!words) {
    words = phraseNorms(role).map((w) => (w.startsWith("ال") && w.length > 3 ? w.slice(2) : w));
    if (bare.size >= 10_000) bare.clear();
    bare.set(role, words);
  }
  return words;
}

const SPACES = /\s+/g;

/** After a name: «، رئيس …», «، وهو رئيس …», «وهو رئيس …»; -1 when none (التقى X رئيسَ …). */
function appositionStart(doc: Doc, j: number): number {
  const comma = j < doc.n && (doc.flags[j]! & COMMA) !== 0;
  if (comma) j++;
  if (doc.norm(j) === "و" && isHe(doc, j + 1)) return j + 2;
  if (isHe(doc, j)) return j + 1;
  return comma ? j : -1;
}
const isHe = (doc: Doc, j: number) => j < doc.n && (doc.norm(j) === "هو" || doc.norm(j) === "هي");

/** One role per segment up to `until` (a name inside the phrase); a counterpart is no role. */
function phraseRoles(doc: Doc, phrase: TitlePhrase, candidates: readonly Candidate[], until = phrase.end): string[] {
  const roles: string[] = [];
  for (const s of phrase.segments) {
    if (s.entry.kind === "counterpart" || s.start >= until) continue;
    if (s.entry.possessive) {
      const body = bodyBefore(doc, candidates, s.start);
      if (body) roles.push(`${s.entry.title} ${body}`);
      continue;
    }
    roles.push(segmentText(doc, s.end > until ? { ...s, end: until } : s));
  }
  return roles;
}

/** The body a possessive title points back to: the mention just before it, when it is a body. */
function bodyBefore(doc: Doc, candidates: readonly Candidate[], at: number): string | undefined {
  let last: Candidate | undefined;
  for (const c of candidates) {
    if (c.b > at) break;
    last = c;
  }
  if (last?.type !== "ORG") return undefined;
  return spanText(doc, last.a, last.b);
}

function tokenText(doc: Doc, t: number): string {
  return doc.text.slice(doc.toks[t]!.start, doc.toks[t]!.end);
}

/** Tokens [a, b) as written, quotes dropped, one space between words. */
function spanText(doc: Doc, a: number, b: number, first?: string, replace?: [number, string]): string {
  let text = "";
  let prevEnd = -1;
  for (let t = a; t < b; t++) {
    const token = doc.toks[t]!;
    if (doc.flags[t]! & QUOTE) continue;
    let word = t === a && first ? first : tokenText(doc, t);
    if (replace && t === replace[0]) word = replace[1];
    text = prevEnd < 0 ? word : token.start > prevEnd ? `${text} ${word}` : text + word;
    prevEnd = token.end;
  }
  return text;
}

/** The segment as written (its first word in the singular for a dual), quotes dropped. */
function segmentText(doc: Doc, s: Segment, replace?: [number, string]): string {
  return spanText(doc, s.start, s.end, s.entry.lemma || undefined, replace);
}

/**
 * نظيره الإيراني after «نائب رئيس الوزراء وزير الخارجية X»: the last office of the chain (وزير
 * الخارجية), its country adjective swapped or added. A portfolio shaped like an adjective
 * (الخارجية، الداخلية) is no country.
 */
function swapCountry(doc: Doc, phrase: TitlePhrase, nisba: number): string | undefined {
  const found = phrase.segments.find((s) => s.entry.kind === "office");
  if (!found) return undefined;
  let start = found.start;
  for (let t = found.end - 1; t > found.start; t--) {
    if (doc.flags[t]! & TITLE_START && !(doc.flags[t]! & DEF)) {
      start = t;
      break;
    }
  }
  const office = { ...found, start };
  const adjective = tokenText(doc, nisba);
  for (let t = office.end - 1; t > office.start; t--) {
    const f = doc.flags[t]!;
    // وزير الخارجية: right after the title word, an adjective-shaped noun is the portfolio.
    const country = f & NISBA || (nisbaShaped(doc.norm(t)) && t > office.start + 1);
    if (f & DEF && country) return segmentText(doc, office, [t, adjective]);
  }
  return `${segmentText(doc, office)} ${adjective}`;
}
