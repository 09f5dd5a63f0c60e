// Why: an article names one actor many ways (داعش، تنظيم «داعش»، تنظيم الدولة الإسلامية;
// سامر نديم الحلو، الحلو، للحلو), and readers want one entity per actor. Mentions are merged,
// within one type, when:
//   1. they share a merge key: the lexicon entry's canonical name (the alias table of the
//      gazetteers), the name they were propagated from, or else their normalised text;
//   2. one is the name inside the other's descriptor head (تنظيم «الفجر» and الفجر; قطاع غزة
//      and غزة): the head decides the type; a ministry and its portfolio with a country
//      adjective (وزارة الخارجية and الخارجية الأميركية) when the article names one such ministry;
//   3. bodies and places: one name of two words or more opens the other (التحالف الوطني and
//      التحالف الوطني لإنقاذ الوطن), unless two different lexicon entries stand behind them.
//      A definite head with plain adjectives (اللجنة المشتركة) is the one body of that head
//      the article names (لجنة التنسيق الحدودي), when there is exactly one;
//   4. people: a one-word name (or particle + name) is the last word of exactly one longer
//      name; a first + last name pair matches exactly one longer name.
// The entity's name is the fullest form the article uses, its aliases every other form
// (clitics and quotes dropped), its roles every role given at any mention.
//
// The work is done per distinct written form (a name repeated ten times is one form), so an
// article costs little more than its number of different names.
import type { Entity, EntityType, Mention } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { Arena } from "../mentions/arena.js";
import { type Knowledge, knowledge } from "../mentions/knowledge.js";
import { phraseNorms } from "../mentions/trie.js";
import type { RichMention } from "../mentions/types.js";

/** Scratch memory of this stage (reset per article; see mentions/arena.ts). */
const scratch = new Arena();

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = scratch.int32(n);
    for (let i = 0; i < n; i++) this.parent[i] = i;
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

const canonicalKeys = new Map<string, string>();
function canonicalKey(canonical: string): string {
  let key = canonicalKeys.get(canonical);
  if (key === undefined) {
    key = phraseNorms(canonical).join(" ");
    canonicalKeys.set(canonical, key);
  }
  return key;
}

const QUOTES = /[«»"“”„()]/g;
const UNCLEAN = /[«»"“”„()\s]/;
const SPACES = /\s+/g;
const isAlef = (c: number) => c === 0x0627 || c === 0x0623 || c === 0x0625 || c === 0x0622 || c === 0x0671;

/** The mention as a name: quotes dropped, spaces folded, ال restored after ل (للعراق → العراق، للجنة → اللجنة). */
export function display(text: string, start: number, end: number, key: string): string {
  let written = text.slice(start, end);
  if (UNCLEAN.test(written)) written = written.replace(QUOTES, "").replace(SPACES, " ").trim();
  // ل + اللجنة is written للجنة: the mention «لجنة» lost both the alef and the article's lam.
  if (key.startsWith("ال") && !isAlef(written.charCodeAt(0))) {
    return key.startsWith("الل") && !written.startsWith("لل") ? `ال${written}` : `ا${written}`;
  }
  return written;
}

function keyOfMention(text: string, m: Mention): string {
  const rich = m as Partial<RichMention>;
  return rich.key ?? normalizeWord(text.slice(m.start, m.end).replace(QUOTES, "")).replace(SPACES, " ").trim();
}

/** One written form of a name, of one type, with the mentions that write it. */
interface Form {
  /** Index in the article's form list. */
  id: number;
  key: string;
  words: string[];
  type: EntityType;
  /** Mentions (indexes, in text order) that write this form. */
  members: number[];
  canonical: string | undefined;
  /** The name inside a descriptor head (تنظيم «الفجر» → الفجر), from the mention or the key. */
  inner: string | undefined;
  core: { start: number; end: number; key: string } | undefined;
}

export function buildEntities(text: string, mentions: readonly Mention[]): { entities: Entity[]; mentions: Mention[] } {
  const k = knowledge();
  scratch.reset();
  const rich = mentions as readonly Partial<RichMention>[];
  const forms: Form[] = [];
  const byKey = new Map<string, Form[]>();
  const formOf = scratch.int32(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const key = keyOfMention(text, m);
    const list = byKey.get(key);
    let form: Form | undefined;
    if (list) for (const f of list) if (f.type === m.type) form = f;
    if (!form) {
      const words = key.split(" ");
      form = {
        id: forms.length,
        key,
        words,
        type: m.type,
        members: [],
        canonical: undefined,
        inner: undefined,
        core: undefined,
      };
      forms.push(form);
      if (list) list.push(form);
      else byKey.set(key, [form]);
    }
    form.members.push(i);
    form.canonical ??= rich[i]!.canonical;
    if (!form.core && rich[i]!.core) form.core = rich[i]!.core;
    formOf[i] = form.id;
  }
  const uf = new UnionFind(forms.length);
  sharedKeys(forms, uf);
  descriptors(forms, byKey, uf, k);
  portfolios(forms, uf, k);
  containment(forms, byKey, uf);
  definiteHeads(forms, uf, k);
  familyNames(forms, uf);
  return collect(text, mentions, forms, formOf, uf);
}

/** 1. A lexicon entry's canonical name, or the name a mention was propagated from. */
function sharedKeys(forms: readonly Form[], uf: UnionFind): void {
  const byCanonical = new Map<string, number>();
  const byPlainKey = new Map<string, number>();
  for (const type of TYPES) {
    byCanonical.clear();
    byPlainKey.clear();
    for (const f of forms) {
      if (f.type !== type || !f.canonical) continue;
      const key = canonicalKey(f.canonical);
      const seen = byCanonical.get(key);
      if (seen === undefined) byCanonical.set(key, f.id);
      else uf.union(seen, f.id);
    }
    // A propagated mention's canonical is the key of the form it came from.
    for (const f of forms) {
      if (f.type !== type) continue;
      const seen = byCanonical.get(f.key) ?? byPlainKey.get(f.key);
      if (seen === undefined) byPlainKey.set(f.key, f.id);
      else uf.union(seen, f.id);
    }
  }
}
const TYPES: readonly EntityType[] = ["PER", "ORG", "LOC"];

/** 2. The name inside a descriptor head is the same entity; the head decides the type. */
function descriptors(forms: readonly Form[], byKey: ReadonlyMap<string, Form[]>, uf: UnionFind, k: Knowledge): void {
  for (const f of forms) {
    if (f.words.length > 1 && k.descriptors.has(f.words[0]!)) f.inner = f.key.slice(f.words[0]!.length + 1);
  }
  for (const f of forms) {
    for (const inner of [f.core?.key, f.inner]) {
      if (!inner) continue;
      for (const other of byKey.get(inner) ?? []) {
        uf.union(f.id, other.id);
        other.type = f.type;
      }
    }
  }
}

/**
 * وزارة الخارجية and الخارجية الأميركية, when the article names one ministry and one short
 * form of that portfolio (with الخارجية العراقية beside it, the country is unclear).
 */
function portfolios(forms: readonly Form[], uf: UnionFind, k: Knowledge): void {
  const ministries = new Map<string, Set<number>>();
  const shortForms = new Map<string, Form[]>();
  forms.forEach((f, i) => {
    const [first, second] = f.words;
    if (f.type !== "ORG" || second === undefined) return;
    if (k.portfolios.has(first!)) ministries.set(second, (ministries.get(second) ?? new Set()).add(uf.find(i)));
    else if (f.words.length === 2) shortForms.set(first!, [...(shortForms.get(first!) ?? []), f]);
  });
  for (const [portfolio, list] of shortForms) {
    const owners = ministries.get(portfolio);
    if (list.length === 1 && owners?.size === 1) uf.union(list[0]!.id, [...owners][0]!);
  }
}

/** 3. Bodies and places: a name of two words or more opening another. */
function containment(forms: readonly Form[], byKey: ReadonlyMap<string, Form[]>, uf: UnionFind): void {
  const canonicalOf = new Map<number, string>();
  forms.forEach((f, i) => {
    if (f.canonical) canonicalOf.set(uf.find(i), f.canonical);
  });
  forms.forEach((f, i) => {
    if (f.type === "PER") return;
    const own = f.inner ?? f.key;
    // Every prefix of two words or more; the whole key too when it is the inner name.
    let words = 0;
    for (let at = own.indexOf(" "); ; at = own.indexOf(" ", at + 1)) {
      words++;
      const end = at < 0 ? own.length : at;
      if (words >= 2 && (at >= 0 || f.inner)) {
        for (const other of byKey.get(own.slice(0, end)) ?? []) {
          if (other.type !== f.type) continue;
          const j = other.id;
          const a = canonicalOf.get(uf.find(i));
          const b = canonicalOf.get(uf.find(j));
          if (a && b && canonicalKey(a) !== canonicalKey(b)) continue;
          uf.union(i, j);
          const merged = a ?? b;
          if (merged) canonicalOf.set(uf.find(i), merged);
        }
      }
      if (at < 0) break;
    }
  });
}

/** 3b. اللجنة المشتركة after لجنة التنسيق الحدودي: the one body of that head. */
function definiteHeads(forms: readonly Form[], uf: UnionFind, k: Knowledge): void {
  forms.forEach((f, i) => {
    const own = f.words;
    if (f.type !== "ORG" || own.length < 2 || !own[0]!.startsWith("ال")) return;
    for (let w = 1; w < own.length; w++) if (!k.adjectives.has(own[w]!)) return;
    const bare = own[0]!.slice(2);
    if (k.heads.longest(1, () => bare, 0)?.end !== 1) return;
    const owners = new Set<number>();
    forms.forEach((other, j) => {
      if (other.type === "ORG" && other.words[0] === bare && other.words.length >= 2) owners.add(uf.find(j));
    });
    if (owners.size === 1) uf.union(i, [...owners][0]!);
  });
}

/** 4. People: the family name alone, or first + last, of exactly one longer name. */
function familyNames(forms: readonly Form[], uf: UnionFind): void {
  const lastWord = new Map<string, Set<number>>();
  const firstLast = new Map<string, Set<number>>();
  const add = (map: Map<string, Set<number>>, key: string, root: number) =>
    map.set(key, (map.get(key) ?? new Set()).add(root));
  forms.forEach((f, i) => {
    const own = f.words;
    if (f.type !== "PER" || own.length < 2) return;
    const root = uf.find(i);
    add(lastWord, own[own.length - 1]!, root);
    if (own.length >= 3) {
      add(lastWord, `${own[own.length - 2]} ${own[own.length - 1]}`, root);
      add(firstLast, `${own[0]} ${own[own.length - 1]}`, root);
    }
  });
  forms.forEach((f, i) => {
    if (f.type !== "PER") return;
    const owners = f.words.length > 1 ? (firstLast.get(f.key) ?? lastWord.get(f.key)) : lastWord.get(f.key);
    if (owners?.size === 1) uf.union(i, [...owners][0]!);
  });
}

function collect(
  text: string,
  mentions: readonly Mention[],
  forms: readonly Form[],
  formOf: Int32Array,
  uf: UnionFind,
): { entities: Entity[]; mentions: Mention[] } {
  const rich = mentions as readonly Partial<RichMention>[];
  // Entities in order of first mention: forms are in that order already, and so are roots.
  const entityOfRoot = new Map<number, number>();
  const groups: number[][] = [];
  forms.forEach((_, i) => {
    const root = uf.find(i);
    let e = entityOfRoot.get(root);
    if (e === undefined) {
      e = groups.length;
      entityOfRoot.set(root, e);
      groups.push([]);
    }
    groups[e]!.push(i);
  });
  const entityOf = scratch.int32(mentions.length);
  const spans: Array<Array<{ start: number; end: number }>> = groups.map(() => []);
  const roles: Array<Map<string, string>> = groups.map(() => new Map());
  for (let i = 0; i < mentions.length; i++) {
    const e = entityOfRoot.get(uf.find(formOf[i]!))!;
    entityOf[i] = e;
    spans[e]!.push({ start: mentions[i]!.start, end: mentions[i]!.end });
    for (const role of rich[i]!.roles ?? []) {
      const key = normalizeWord(role);
      if (!roles[e]!.has(key)) roles[e]!.set(key, role);
    }
  }
  const entities = groups.map((members, id) => {
    const written = new Map<string, string>();
    let name = "";
    let nameKey = "";
    let nameWords = 0;
    let typeForm = forms[members[0]!]!;
    const addForm = (key: string, words: number, shown: string) => {
      if (!written.has(key)) written.set(key, shown);
      if (words > nameWords) {
        nameWords = words;
        name = shown;
        nameKey = key;
      }
    };
    for (const i of members) {
      const f = forms[i]!;
      const first = mentions[f.members[0]!]!;
      addForm(f.key, f.words.length, display(text, first.start, first.end, f.key));
      if (f.core)
        addForm(f.core.key, f.core.key.split(" ").length, display(text, f.core.start, f.core.end, f.core.key));
      if (f.key.length > typeForm.key.length) typeForm = f;
    }
    const aliases: string[] = [];
    for (const [key, shown] of written) if (key !== nameKey) aliases.push(shown);
    const entity: Entity = {
      id: `e${id}`,
      name,
      type: typeForm.type,
      aliases,
      roles: [...roles[id]!.values()],
      mentions: spans[id]!,
    };
    return entity;
  });
  return {
    entities,
    // The layer keeps what model.ts defines; the mention stage's working fields stay behind.
    mentions: mentions.map((m, i) => ({
      start: m.start,
      end: m.end,
      type: m.type,
      rule: m.rule,
      entity: entityOf[i]!,
    })),
  };
}
