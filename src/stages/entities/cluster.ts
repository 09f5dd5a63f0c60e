// Why: an article names one actor many ways (داعش، تنظيم «داعش»، تنظيم الدولة الإسلامية;
// محمد شياع السوداني، السوداني، للسوداني), and readers want one entity per actor. Mentions are
// merged, within one type, when:
//   1. they share a merge key: the lexicon entry's canonical name (the alias table of the
//      gazetteers), the name they were propagated from, or else their normalised text;
//   2. one is the name inside the other's descriptor head (تنظيم «داعش» and داعش; قطاع غزة
//      and غزة): the head decides the type; a ministry and its portfolio with a country
//      adjective (وزارة الخارجية and الخارجية الأميركية) when the article names one such ministry;
//   3. bodies and places: one name of two words or more opens the other (التحالف الدولي and
//      التحالف الدولي لمحاربة داعش), unless two different lexicon entries stand behind them;
//   4. people: a one-word name (or particle + name) is the last word of exactly one longer
//      name; a first + last name pair matches exactly one longer name.
// The entity's name is the fullest form the article uses, its aliases every other form
// (clitics and quotes dropped), its roles every role given at any mention.
import type { Entity, EntityType, Mention } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { knowledge } from "../mentions/knowledge.js";
import { phraseNorms } from "../mentions/trie.js";
import type { RichMention } from "../mentions/types.js";

class UnionFind {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = new Int32Array(n);
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

/** The mention as a name: quotes dropped, spaces folded, ال restored after ل (للعراق → العراق). */
export function display(text: string, start: number, end: number, key: string): string {
  const written = text.slice(start, end).replace(QUOTES, "").replace(/\s+/g, " ").trim();
  if (key.startsWith("ال") && !normalizeWord(written).startsWith("ال")) return "ا" + written;
  return written;
}

function keyOfMention(text: string, m: Mention): string {
  const rich = m as Partial<RichMention>;
  return rich.key ?? normalizeWord(text.slice(m.start, m.end).replace(QUOTES, "")).replace(/\s+/g, " ").trim();
}

export function buildEntities(text: string, mentions: readonly Mention[]): { entities: Entity[]; mentions: Mention[] } {
  const n = mentions.length;
  const rich = mentions as readonly Partial<RichMention>[];
  const keys = mentions.map((m) => keyOfMention(text, m));
  const types: EntityType[] = mentions.map((m) => m.type);
  const uf = new UnionFind(n);

  // 1. shared merge keys
  const byMergeKey = new Map<string, number>();
  const byKey = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    const canonical = rich[i]!.canonical;
    const merge = `${m.type}|${canonical ? canonicalKey(canonical) : keys[i]}`;
    const seen = byMergeKey.get(merge);
    if (seen === undefined) byMergeKey.set(merge, i);
    else uf.union(seen, i);
    const list = byKey.get(keys[i]!) ?? [];
    list.push(i);
    byKey.set(keys[i]!, list);
  });
  // Same text, same type: one entity even when one mention carries a canonical name.
  for (const list of byKey.values()) {
    for (const j of list) {
      const first = list.find((i) => types[i] === types[j])!;
      if (first !== j) uf.union(first, j);
    }
  }
  const words = keys.map((key) => key.split(" "));

  // 2. descriptor heads: the head's type wins
  const { descriptors, portfolios } = knowledge();
  const rests: Array<string | undefined> = keys.map((key) => {
    const space = key.indexOf(" ");
    return space > 0 && descriptors.has(key.slice(0, space)) ? key.slice(space + 1) : undefined;
  });
  mentions.forEach((m, i) => {
    for (const inner of [rich[i]!.core?.key, rests[i]]) {
      for (const j of inner ? (byKey.get(inner) ?? []) : []) {
        uf.union(i, j);
        types[j] = m.type;
      }
    }
  });
  // وزارة الخارجية and الخارجية الأميركية, when the article names one ministry and one short
  // form of that portfolio (with الخارجية العراقية beside it, the country is unclear).
  const ministries = new Map<string, Set<number>>();
  const shortForms = new Map<string, Set<string>>();
  mentions.forEach((m, i) => {
    const [first, second] = words[i]!;
    if (m.type !== "ORG" || second === undefined) return;
    if (portfolios.has(first!)) {
      ministries.set(second, (ministries.get(second) ?? new Set()).add(uf.find(i)));
    } else if (words[i]!.length === 2) {
      shortForms.set(first!, (shortForms.get(first!) ?? new Set()).add(keys[i]!));
    }
  });
  mentions.forEach((m, i) => {
    const first = words[i]![0]!;
    if (m.type !== "ORG" || words[i]!.length !== 2 || shortForms.get(first)?.size !== 1) return;
    const owners = ministries.get(first);
    if (owners?.size === 1) uf.union(i, [...owners][0]!);
  });

  // 3. bodies and places: a name of two words or more opening another
  const canonicalOf = new Map<number, string>();
  mentions.forEach((_, i) => {
    const canonical = rich[i]!.canonical;
    if (canonical) canonicalOf.set(uf.find(i), canonical);
  });
  mentions.forEach((m, i) => {
    if (m.type === "PER") return;
    const rest = rests[i];
    const own = rest ? rest.split(" ") : words[i]!;
    for (let len = own.length - (rest ? 0 : 1); len >= 2; len--) {
      for (const j of byKey.get(own.slice(0, len).join(" ")) ?? []) {
        if (types[j] !== types[i]) continue;
        const a = canonicalOf.get(uf.find(i));
        const b = canonicalOf.get(uf.find(j));
        if (a && b && canonicalKey(a) !== canonicalKey(b)) continue;
        uf.union(i, j);
        const merged = a ?? b;
        if (merged) canonicalOf.set(uf.find(i), merged);
      }
    }
  });

  // 4. people: family name alone, first + last
  const lastWord = new Map<string, Set<number>>();
  const firstLast = new Map<string, Set<number>>();
  mentions.forEach((m, i) => {
    const own = words[i]!;
    if (m.type !== "PER" || own.length < 2) return;
    const root = uf.find(i);
    const add = (map: Map<string, Set<number>>, key: string) => map.set(key, (map.get(key) ?? new Set()).add(root));
    add(lastWord, own.at(-1)!);
    if (own.length >= 3) {
      add(lastWord, own.slice(-2).join(" "));
      add(firstLast, `${own[0]} ${own.at(-1)}`);
    }
  });
  mentions.forEach((m, i) => {
    if (m.type !== "PER") return;
    const key = keys[i]!;
    const owners = key.includes(" ") ? (firstLast.get(key) ?? lastWord.get(key)) : lastWord.get(key);
    if (owners?.size === 1) uf.union(i, [...owners][0]!);
  });

  return collect(text, mentions, keys, types, uf);
}

function collect(
  text: string,
  mentions: readonly Mention[],
  keys: readonly string[],
  types: readonly EntityType[],
  uf: UnionFind,
): { entities: Entity[]; mentions: Mention[] } {
  const rich = mentions as readonly Partial<RichMention>[];
  const groups = new Map<number, number[]>();
  mentions.forEach((_, i) => {
    const root = uf.find(i);
    const list = groups.get(root) ?? [];
    list.push(i);
    groups.set(root, list);
  });
  const ordered = [...groups.values()].sort((x, y) => mentions[x[0]!]!.start - mentions[y[0]!]!.start);
  const entityOf = new Int32Array(mentions.length);
  const entities = ordered.map((members, index) => {
    for (const i of members) entityOf[i] = index;
    const forms = new Map<string, string>();
    let name = "";
    let nameWords = 0;
    const addForm = (key: string, written: string) => {
      if (!forms.has(key)) forms.set(key, written);
      const words = key.split(" ").length;
      if (words > nameWords) {
        nameWords = words;
        name = written;
      }
    };
    const roles = new Map<string, string>();
    for (const i of members) {
      const m = mentions[i]!;
      addForm(keys[i]!, display(text, m.start, m.end, keys[i]!));
      const core = rich[i]!.core;
      if (core) addForm(core.key, display(text, core.start, core.end, core.key));
      for (const role of rich[i]!.roles ?? []) {
        const key = normalizeWord(role);
        if (!roles.has(key)) roles.set(key, role);
      }
    }
    const nameKey = normalizeWord(name);
    const entity: Entity = {
      id: `e${index}`,
      name,
      type: types[members.reduce((best, i) => (keys[i]!.length > keys[best]!.length ? i : best), members[0]!)]!,
      aliases: [...forms.values()].filter((form) => normalizeWord(form) !== nameKey),
      roles: [...roles.values()],
      mentions: members.map((i) => ({ start: mentions[i]!.start, end: mentions[i]!.end })),
    };
    return entity;
  });
  return {
    entities,
    mentions: mentions.map((m, i) => ({ ...m, entity: entityOf[i]! })),
  };
}
