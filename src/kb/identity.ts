// Why: one real-world actor must be one global entity however each article names it, and two
// actors who share a word of their names (فؤاد حسين، صدام حسين — both «حسين» on second
// mention) must stay two. The store calls resolveEntity for each entity of a new article, in
// order, inside the save transaction; the lookup it passes answers from indexes on folded
// forms, so the cost follows the new article, never the size of the corpus.
//
// Evidence that an article entity E is the global entity G of the same type (keys folded by
// nameKey; a "form" of G is any name or alias seen for it in an earlier article), strongest
// first, with the rule recorded for the link (article_entities.link_rule in the store):
//   3 identity:name        E's name is G's current name.
//   2 identity:full-name   E's name has two or more words and is a form of G (name or alias).
//   2 identity:alias-name  a multi-word alias of E is G's name, or a form G was *named* by in
//                          some article.
//   1 identity:word        ORG/LOC: a single word without the article ال (داعش، حماس، CBS)
//                          shared with G, E's name or alias against G's name or alias.
//   1 identity:sole-word   PER, where a single word is a family name (حسين، السوداني), and
//                          ORG/LOC words with ال (التحالف، الديمقراطي: descriptions several
//                          bodies share): a shared single word is evidence only when G is the
//                          only global entity of the type carrying it AND the article gives no
//                          conflicting full name: when G has full (multi-word) forms, neither E
//                          nor another entity of the article whose full name holds the word is
//                          known by a full name G lacks (صدام حسين is no form of فؤاد حسين).
// Two multi-word aliases alone are not evidence (قوات التحالف, اللجنة المشتركة are shared by
// distinct bodies). The strongest evidence wins, then the most pieces of it, then the entity
// seen in most articles, then the smallest id; with no evidence E starts a new entity
// (identity:new).
import type { EntityType } from "../model.js";
import { nameKey, wordCount } from "./names.js";

/** What identity looks at in an article's entity. */
export interface EntityNames {
  name: string;
  type: EntityType;
  aliases: readonly string[];
}

/** One name form of an article entity, once per key (the name first). */
export interface NameForm {
  text: string;
  key: string;
  words: number;
  asName: boolean;
}

/** A global entity carrying some form. */
export interface Carrier {
  id: string;
  /** Its current name, as written. */
  name: string;
  articles: number;
}

/** A form of a global entity as written, with how often articles gave it as name or alias. */
export interface GlobalForm {
  text: string;
  key: string;
  words: number;
  asName: number;
  asAlias: number;
}

/** Indexed questions the store answers. */
export interface IdentityLookup {
  /** Global entities of `type` with a form whose key is `key`. */
  carriers(type: EntityType, key: string): readonly Carrier[];
  /** Every form of global entity `id`. */
  forms(id: string): readonly GlobalForm[];
}

/** The global entity an article entity stands for (null: a new one), and why. */
export interface Link {
  id: string | null;
  rule: string;
}

export const NEW_ENTITY_RULE = "identity:new";

/** The forms of an article entity: its name, then its aliases, one per key. */
export function formsOf(entity: EntityNames): NameForm[] {
  const out: NameForm[] = [];
  const keys = new Set<string>();
  const add = (text: string, asName: boolean) => {
    const written = text.trim();
    const key = nameKey(written);
    if (key === "" || keys.has(key)) return;
    keys.add(key);
    out.push({ text: written, key, words: wordCount(key), asName });
  };
  add(entity.name, true);
  for (const alias of entity.aliases) add(alias, false);
  return out;
}

interface Candidate {
  carrier: Carrier;
  strength: number;
  /** Keys of the forms that gave evidence. */
  pieces: Set<string>;
  rule: string;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.strength - b.strength ||
    a.pieces.size - b.pieces.size ||
    a.carrier.articles - b.carrier.articles ||
    (a.carrier.id < b.carrier.id ? 1 : a.carrier.id > b.carrier.id ? -1 : 0)
  );
}

/** A single word that names one body outright (داعش), not a description (التحالف). */
const isDistinctive = (type: EntityType, key: string) => type !== "PER" && !key.startsWith("ال");

/**
 * Whether the article names, by a full name `global` lacks, someone the shared `word` could
 * be: the entity itself, or another entity of its type whose full name holds the word.
 */
function conflicts(
  word: string,
  self: number,
  article: readonly EntityNames[],
  articleForms: readonly NameForm[][],
  global: readonly GlobalForm[],
): boolean {
  const full = new Set(global.filter((f) => f.words >= 2).map((f) => f.key));
  if (full.size === 0) return false;
  const type = article[self]?.type;
  for (const [i, forms] of articleForms.entries()) {
    if (article[i]?.type !== type) continue;
    for (const form of forms) {
      if (form.words < 2 || full.has(form.key)) continue;
      if (i === self || form.key.split(" ").includes(word)) return true;
    }
  }
  return false;
}

/**
 * The global entity that `article[index]` stands for. `article` is the whole entities layer
 * of the article (other entities can make a shared family name ambiguous).
 */
export function resolveEntity(article: readonly EntityNames[], index: number, lookup: IdentityLookup): Link {
  const entity = article[index];
  if (!entity) return { id: null, rule: NEW_ENTITY_RULE };
  const forms = formsOf(entity);
  const { type } = entity;
  const found = new Map<string, Candidate>();
  const consider = (carrier: Carrier, key: string, strength: number, rule: string) => {
    const known = found.get(carrier.id);
    if (!known) found.set(carrier.id, { carrier, strength, pieces: new Set([key]), rule });
    else {
      known.pieces.add(key);
      if (strength > known.strength) Object.assign(known, { strength, rule });
    }
  };
  let articleForms: NameForm[][] | undefined;

  for (const form of forms) {
    const carriers = lookup.carriers(type, form.key);
    if (carriers.length === 0) continue;
    for (const carrier of carriers) {
      if (form.asName && nameKey(carrier.name) === form.key) consider(carrier, form.key, 3, "identity:name");
    }
    if (form.words >= 2) {
      for (const carrier of carriers) {
        if (form.asName) consider(carrier, form.key, 2, "identity:full-name");
        else if (
          nameKey(carrier.name) === form.key ||
          lookup.forms(carrier.id).some((f) => f.key === form.key && f.asName > 0)
        ) {
          consider(carrier, form.key, 2, "identity:alias-name");
        }
      }
    } else if (isDistinctive(type, form.key)) {
      for (const carrier of carriers) consider(carrier, form.key, 1, "identity:word");
    } else if (carriers.length === 1) {
      const [carrier] = carriers as [Carrier];
      articleForms ??= article.map(formsOf);
      if (!conflicts(form.key, index, article, articleForms, lookup.forms(carrier.id))) {
        consider(carrier, form.key, 1, "identity:sole-word");
      }
    }
  }

  let best: Candidate | undefined;
  for (const c of found.values()) if (!best || compareCandidates(c, best) > 0) best = c;
  return best ? { id: best.carrier.id, rule: best.rule } : { id: null, rule: NEW_ENTITY_RULE };
}

/** A global entity's forms grouped by key, the name first (see rankForms). */
export interface FormGroup {
  /** The spelling articles used most (a careful spelling, with hamza, on a tie). */
  text: string;
  key: string;
  words: number;
  asName: number;
  asAlias: number;
}

/**
 * The forms by rank: full (multi-word) forms first, then the most often given as a name,
 * the most often seen, the most words, the longest, the key. The first is the entity's
 * name: its fullest, most frequent full form.
 */
export function rankForms(forms: readonly GlobalForm[]): FormGroup[] {
  const groups = new Map<string, FormGroup & { best: number }>();
  for (const f of forms) {
    const seen = f.asName + f.asAlias;
    const group = groups.get(f.key);
    if (!group) {
      groups.set(f.key, { text: f.text, key: f.key, words: f.words, asName: f.asName, asAlias: f.asAlias, best: seen });
      continue;
    }
    group.asName += f.asName;
    group.asAlias += f.asAlias;
    const careful = (t: string) => (t !== group.key ? 1 : 0);
    if (
      seen > group.best ||
      (seen === group.best &&
        (careful(f.text) > careful(group.text) || (careful(f.text) === careful(group.text) && f.text < group.text)))
    ) {
      group.text = f.text;
      group.best = seen;
    }
  }
  const ranked = [...groups.values()].sort(
    (a, b) =>
      Number(b.words >= 2) - Number(a.words >= 2) ||
      b.asName - a.asName ||
      b.asName + b.asAlias - (a.asName + a.asAlias) ||
      b.words - a.words ||
      b.key.length - a.key.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
  return ranked.map(({ best: _, ...group }) => group);
}
