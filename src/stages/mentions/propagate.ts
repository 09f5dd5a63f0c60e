// Why: a name found once by context is the same name later in the article, with no title
// before it: «الحلو» after «سامر نديم الحلو», «وكارسون» after «أنتوني كارسون», «(ولر)» after
// «وكالة الأنباء الليبية الرسمية». So what was found is looked for again:
//   - every person's full name, and the family name alone (with its particle: أبو سرحان) when
//     no other person in the article shares it;
//   - every body or place found by a pattern (gazetteer names are found by the gazetteer);
//   - a word with a proclitic the tokenizer kept (وكارسون، للحلو) is split when the rest
//     is one of these names (splitProclitics with the article's own names as the known set);
//   - a family name that is also a country adjective (المصري) is not a name right after a
//     definite noun or a title, where it is an adjective (الجيش المصري، الرئيس المصري).
// A name in parentheses right after a mention is another name of it: an acronym after a body
// (وكالة الأنباء الليبية (ولر)، لجنة المتابعة العليا (HCC)), a nom de guerre after a person.
// Names of a dual head (الحزبين الجمهوري والديمقراطي) are adjectives and are not looked for.

import type { EntityType } from "../../model.js";
import { splitProclitics, splitWordToken } from "../../text/tokenize.js";
import { scratch } from "./arena.js";
import {
  COMMON,
  DEF,
  type Doc,
  keyOf,
  LATIN,
  NISBA,
  normFrom,
  PAREN_OPEN,
  PARTICLE,
  QUOTE,
  STOP,
  TITLE_START,
  WORD,
} from "./doc.js";
import { groupEnd } from "./heads.js";
import { type Candidate, candidate, PRIORITY } from "./types.js";

/** The merge key two mentions of one entity share. */
export const mergeKey = (doc: Doc, c: Candidate) => c.canonical ?? keyOf(doc, c.a, c.b, c.start);

export function parentheticalAliases(doc: Doc, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let byStart: Map<number, Candidate> | undefined;
  for (const c of chosen) {
    if (c.type === "LOC" || c.b >= doc.n || !(doc.flags[c.b]! & PAREN_OPEN)) continue;
    const close = groupEnd(doc, c.b);
    if (close < 0) continue;
    byStart ??= new Map(chosen.map((x) => [x.a, x]));
    const inner = byStart.get(c.b + 1);
    if (inner && inner.type === c.type && inner.b <= close) {
      const key = mergeKey(doc, c);
      c.canonical = key;
      inner.canonical = key;
    } else if (c.type === "ORG" && close === c.b + 2 && acronym(doc, c.b + 1)) {
      const key = mergeKey(doc, c);
      c.canonical = key;
      out.push(candidate(c.b + 1, close, "ORG", "pattern:alias-in-parentheses", PRIORITY.pattern, key));
    }
  }
  return out;
}

function acronym(doc: Doc, i: number): boolean {
  const f = doc.flags[i]!;
  if (f & LATIN) return true;
  return (f & (WORD | STOP | COMMON | DEF)) === WORD && doc.norm(i).length <= 4;
}

/** A name to look for: its token norms (quotes dropped) and what it names. */
interface Name {
  norms: string[];
  type: EntityType;
  canonical: string;
}

/** Names by their first norm, longest first; the first name added for a form stays. */
class Names {
  readonly byFirst = new Map<string, Name[]>();
  private readonly keys = new Set<string>();
  add(norms: string[], type: EntityType, canonical: string): void {
    const key = norms.join(" ");
    if (this.keys.has(key)) return;
    this.keys.add(key);
    const list = this.byFirst.get(norms[0]!);
    const name = { norms, type, canonical };
    if (!list) this.byFirst.set(norms[0]!, [name]);
    else {
      list.push(name);
      list.sort((x, y) => y.norms.length - x.norms.length);
    }
  }
}

const CLITIC_LETTERS = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0644]); // و ف ب ك ل

function namesToFind(doc: Doc, found: readonly Candidate[]): Names {
  const names = new Names();
  const shortOwners = new Map<string, Set<string>>();
  const shortForms: Array<[string[], string]> = [];
  for (const c of found) {
    if (c.rule.startsWith("lexicon:") && c.type !== "PER") continue;
    if (c.rule.startsWith("pattern:dual-head")) continue;
    const norms: string[] = [];
    for (let t = c.a; t < c.b; t++)
      if (!(doc.flags[t]! & QUOTE)) norms.push(t === c.a ? normFrom(doc, t, c.start) : doc.norm(t));
    if (norms.length === 0) continue;
    const canonical = mergeKey(doc, c);
    if (c.type !== "PER") {
      names.add(norms, c.type, canonical);
      continue;
    }
    if (norms.length < 2) continue;
    names.add(norms, "PER", canonical);
    const last = c.b - 1;
    const short =
      doc.flags[last - 1]! & PARTICLE && last - 1 > c.a ? [doc.norm(last - 1), doc.norm(last)] : [doc.norm(last)];
    if (short.length === 1 && doc.flags[last]! & (STOP | COMMON)) continue;
    const shortKey = short.join(" ");
    const owners = shortOwners.get(shortKey) ?? new Set<string>();
    owners.add(canonical);
    shortOwners.set(shortKey, owners);
    shortForms.push([short, canonical]);
  }
  for (const [short, canonical] of shortForms) {
    if (shortOwners.get(short.join(" "))!.size === 1) names.add(short, "PER", canonical);
  }
  return names;
}

/** The longest name matching from token i (its first norm given), quotes inside passed over. */
function matchAt(doc: Doc, list: readonly Name[], i: number): { name: Name; end: number } | undefined {
  for (const name of list) {
    let k = i + 1;
    let ok = true;
    for (let w = 1; w < name.norms.length && ok; w++) {
      while (k < doc.n && doc.flags[k]! & QUOTE) k++;
      ok = k < doc.n && doc.norm(k) === name.norms[w];
      k++;
    }
    if (ok) return { name, end: k };
  }
  return undefined;
}

export function propagate(doc: Doc, found: readonly Candidate[]): Candidate[] {
  const names = namesToFind(doc, found);
  const { byFirst } = names;
  if (byFirst.size === 0) return [];
  const covered = scratch.int32(doc.n);
  for (const c of found) for (let t = c.a; t < c.b; t++) covered[t] = 1;
  const isFirst = (norm: string) => byFirst.has(norm);
  // A cheap filter before splitProclitics: the last letter and length of a possible rest
  // (one or two clitics off, or لل → ال of the same length).
  const tails = new Set<number>();
  for (const norm of byFirst.keys()) tails.add(norm.charCodeAt(norm.length - 1) * 1024 + norm.length);
  const out: Candidate[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (covered[i] || !(doc.flags[i]! & (WORD | LATIN))) continue;
    const token = doc.toks[i]!;
    const norm = token.norm;
    let list = byFirst.get(norm);
    let start: number | undefined;
    if (!list && token.kind === "word" && norm.length >= 3 && CLITIC_LETTERS.has(norm.charCodeAt(0))) {
      const tail = norm.charCodeAt(norm.length - 1) * 1024 + norm.length;
      if (!tails.has(tail - 1) && !tails.has(tail - 2) && !tails.has(tail)) continue;
      const { clitics, rest } = splitProclitics(norm, isFirst);
      if (clitics === 0 || !isFirst(rest)) continue;
      list = byFirst.get(rest);
      start = splitWordToken(doc.text, token, isFirst).at(-1)!.start;
    }
    if (!list) continue;
    const match = matchAt(doc, list, i);
    if (!match) continue;
    let free = true;
    for (let t = i; t < match.end && free; t++) if (covered[t]) free = false;
    if (!free) continue;
    if (match.end - i === 1 && start === undefined && adjectiveUse(doc, i)) continue;
    const { type, canonical } = match.name;
    out.push(
      candidate(i, match.end, type, `propagated:${canonical}`, PRIORITY.propagated, canonical, undefined, start),
    );
    i = match.end - 1;
  }
  return out;
}

/** المصري after a definite noun or a title is the adjective "Egyptian", not the name. */
function adjectiveUse(doc: Doc, i: number): boolean {
  if (!(doc.flags[i]! & NISBA) || i === 0) return false;
  const before = doc.flags[i - 1]!;
  return (before & (DEF | TITLE_START)) !== 0 && !(before & STOP);
}
