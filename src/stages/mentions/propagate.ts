// Why: a name found once by context is the same name later in the article, with no title
// before it: «السوداني» after «محمد شياع السوداني», «وبلينكن» after «أنتوني بلينكن», «(واع)»
// after «وكالة الأنباء العراقية الرسمية». So what was found is looked for again:
//   - every person's full name, and the family name alone (with its particle: أبو قصرة) when
//     no other person in the article shares it;
//   - every body or place found by a pattern (gazetteer names are found by the gazetteer);
//   - a word with a proclitic the tokenizer kept (وبلينكن، للسوداني) is split when the rest
//     is one of these names (splitProclitics with the article's own names as the known set);
//   - a family name that is also a country adjective (السوداني) is not a name right after a
//     definite noun or a title, where it is an adjective (الجيش السوداني، الرئيس السوداني).
// A name in parentheses right after a mention is another name of it: an acronym after a body
// (وكالة الأنباء العراقية (واع)، اللجنة العسكرية العليا (HMC)), a nom de guerre after a person.

import type { EntityType } from "../../model.js";
import { splitProclitics, splitWordToken } from "../../text/tokenize.js";
import {
  COMMON,
  DEF,
  type Doc,
  keyOf,
  LATIN,
  NISBA,
  PAREN_OPEN,
  PARTICLE,
  QUOTE,
  STOP,
  TITLE_START,
  WORD,
} from "./doc.js";
import { groupEnd } from "./heads.js";
import { TokenTrie } from "./trie.js";
import { type Candidate, PRIORITY } from "./types.js";

/** The merge key two mentions of one entity share. */
export const mergeKey = (doc: Doc, c: Candidate) => c.canonical ?? keyOf(doc, c.a, c.b);

export function parentheticalAliases(doc: Doc, chosen: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const byStart = new Map(chosen.map((c) => [c.a, c]));
  for (const c of chosen) {
    if (c.type === "LOC" || c.b >= doc.n || !(doc.flags[c.b]! & PAREN_OPEN)) continue;
    const close = groupEnd(doc, c.b);
    if (close < 0) continue;
    const inner = byStart.get(c.b + 1);
    if (inner && inner.type === c.type && inner.b <= close) {
      const key = mergeKey(doc, c);
      c.canonical = key;
      inner.canonical = key;
    } else if (c.type === "ORG" && close === c.b + 2 && acronym(doc, c.b + 1)) {
      const key = mergeKey(doc, c);
      c.canonical = key;
      out.push({
        a: c.b + 1,
        b: close,
        type: "ORG",
        rule: "pattern:alias-in-parentheses",
        priority: PRIORITY.pattern,
        canonical: key,
      });
    }
  }
  return out;
}

function acronym(doc: Doc, i: number): boolean {
  const f = doc.flags[i]!;
  if (f & LATIN) return true;
  return (f & (WORD | STOP | COMMON | DEF)) === WORD && doc.norm(i).length <= 4;
}

interface Known {
  type: EntityType;
  canonical: string;
}

const CLITIC_LETTERS = new Set(["و", "ف", "ب", "ك", "ل"]);

export function propagate(doc: Doc, found: readonly Candidate[]): Candidate[] {
  const trie = new TokenTrie<Known>();
  const first = new Set<string>();
  const shortOwners = new Map<string, Set<string>>();
  const shortForms: Array<[string[], Known]> = [];
  const add = (norms: string[], known: Known) => {
    trie.add(norms, known);
    first.add(norms[0]!);
  };
  for (const c of found) {
    const norms: string[] = [];
    for (let t = c.a; t < c.b; t++) if (!(doc.flags[t]! & QUOTE)) norms.push(doc.norm(t));
    const known = { type: c.type, canonical: mergeKey(doc, c) };
    if (c.type !== "PER") {
      if (!c.rule.startsWith("lexicon:")) add(norms, known);
      continue;
    }
    if (norms.length < 2) continue;
    add(norms, known);
    const last = c.b - 1;
    const short =
      doc.flags[last - 1]! & PARTICLE && last - 1 > c.a ? [doc.norm(last - 1), doc.norm(last)] : [doc.norm(last)];
    if (short.length === 1 && doc.flags[last]! & (STOP | COMMON)) continue;
    const shortKey = short.join(" ");
    const owners = shortOwners.get(shortKey) ?? new Set<string>();
    owners.add(known.canonical);
    shortOwners.set(shortKey, owners);
    shortForms.push([short, known]);
  }
  for (const [short, known] of shortForms) {
    if (shortOwners.get(short.join(" "))!.size === 1) add(short, known);
  }
  if (first.size === 0) return [];

  const covered = new Uint8Array(doc.n);
  for (const c of found) for (let t = c.a; t < c.b; t++) covered[t] = 1;
  const isFirst = (norm: string) => first.has(norm);
  // A cheap filter before splitProclitics: the last letter and length of a possible rest
  // (one or two clitics off, or لل → ال of the same length).
  const tails = new Set<number>();
  for (const norm of first) tails.add(norm.charCodeAt(norm.length - 1) * 1024 + norm.length);
  const mayHaveRest = (norm: string) => {
    const tail = norm.charCodeAt(norm.length - 1) * 1024 + norm.length;
    return tails.has(tail - 1) || tails.has(tail - 2) || tails.has(tail);
  };
  const skip = (k: number) => (doc.flags[k]! & QUOTE) !== 0;
  const out: Candidate[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (covered[i]) continue;
    const token = doc.toks[i]!;
    let match = isFirst(token.norm) ? trie.longest(doc.n, doc.norm, i, skip) : undefined;
    let start: number | undefined;
    if (
      !match &&
      token.kind === "word" &&
      token.norm.length >= 3 &&
      CLITIC_LETTERS.has(token.norm[0]!) &&
      mayHaveRest(token.norm)
    ) {
      const { clitics, rest } = splitProclitics(token.norm, isFirst);
      if (clitics > 0 && isFirst(rest)) {
        match = trie.longest(doc.n, doc.norm, i, skip, rest);
        if (match) start = splitWordToken(doc.text, token, isFirst).at(-1)!.start;
      }
    }
    if (!match) continue;
    let free = true;
    for (let t = i; t < match.end && free; t++) if (covered[t]) free = false;
    if (!free) continue;
    if (match.end - i === 1 && start === undefined && adjectiveUse(doc, i)) continue;
    out.push({
      a: i,
      b: match.end,
      type: match.value.type,
      rule: `propagated:${match.value.canonical}`,
      priority: PRIORITY.propagated,
      canonical: match.value.canonical,
      start,
    });
    i = match.end - 1;
  }
  return out;
}

/** السوداني after a definite noun or a title is the adjective "Sudanese", not the name. */
function adjectiveUse(doc: Doc, i: number): boolean {
  if (!(doc.flags[i]! & NISBA) || i === 0) return false;
  const before = doc.flags[i - 1]!;
  return (before & (DEF | TITLE_START)) !== 0 && !(before & STOP);
}
