// Why: mention finding asks the same questions of every token (is it a title, a given name, a
// word that ends a name, the start of a known place?), so the lexicons are folded once into
// Maps and token tries keyed by token norms. The gazetteers (places, organisations, people,
// demonyms) come from src/lexicon/gazetteer.ts; a missing file is an empty table, so the
// recogniser still works on context alone. Tests build their own Knowledge from small tables.
import { existsSync } from "node:fs";
import {
  declaredAmbiguous,
  demonyms,
  type GazetteerSource,
  organisations,
  people,
  places,
} from "../../lexicon/gazetteer.js";
import { lexiconPath, loadTsv } from "../../lexicon/load.js";
import type { EntityType } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { tokenize } from "../../text/tokenize.js";
import { knownWords } from "../../text/words.js";
import { refine } from "./doc.js";
import {
  BYLINE,
  COMMON,
  DIRECTION,
  FINAL_YEH_NAME,
  GAZETTEER_START,
  GIVEN,
  GIVEN_AMBIGUOUS,
  HEAD_START,
  INTERVIEW,
  KNOWN,
  LOCATIVE,
  NISBA,
  PARTICLE,
  PERSON_WORD,
  PRONOUN,
  SPEECH,
  STOP,
  TITLE_START,
} from "./flags.js";
import { isQuote, phraseNorms, TokenTrie } from "./trie.js";

const STOP_BITS: Partial<Record<StopKind, number>> = {
  speech: SPEECH,
  locative: LOCATIVE,
  pronoun: PRONOUN,
  byline: BYLINE,
  direction: LOCATIVE | DIRECTION,
};

export interface Reading {
  type: EntityType;
  canonical: string;
  source: GazetteerSource;
  kind: string;
}

export interface GazetteerEntry {
  /** Default reading first: places, then organisations, then people. */
  readings: Reading[];
  /** Several readings, or the file header declares the form ambiguous. */
  ambiguous: boolean;
  /** Every spelling ends in ة: a word written with a final ه is another word (حديثة، حديثه "his talk"). */
  tehMarbuta: boolean;
}

export type TitleKind = "office" | "rank" | "honorific" | "profession" | "spokesman" | "counterpart" | "quantifier";
export interface TitleEntry {
  title: string;
  kind: TitleKind;
  /** The singular written in a role for a dual title; "" when the title is written as is. */
  lemma: string;
  /** رئيسها، مديره: the title with a possessive suffix; its body is the one named before. */
  possessive: boolean;
}

export interface HeadEntry {
  head: string;
  type: "ORG" | "LOC";
  /** The head with the article, plus a definite adjective, is a name (اللجنة المشتركة). */
  definite: boolean;
  /** The definite head names something only with ل + a sector at the end (المؤسسة الوطنية للنفط). */
  sectorOnly: boolean;
  /** head + X names X itself (تنظيم داعش = داعش). */
  descriptor: boolean;
  /** An installation: head + X names X unless X is a known place (مطار دمشق ≠ دمشق). */
  site: boolean;
  /** The complement with a country adjective names it too (وزارة الخارجية = الخارجية الأميركية). */
  portfolio: boolean;
  complement: "any" | "proper" | "people" | "construct" | "nisba" | "nisba-dual" | "dual";
  /** For a dual head (الحزبين): the singular each coordinated name is written with (الحزب). */
  lemma: string;
}

export type StopKind =
  | "speech"
  | "verb"
  | "locative"
  | "preposition"
  | "conjunction"
  | "particle"
  | "pronoun"
  | "relative"
  | "demonstrative"
  | "time"
  | "byline"
  | "direction"
  | "interview"
  | "common";

export interface Knowledge {
  gazetteer: TokenTrie<GazetteerEntry>;
  titles: TokenTrie<TitleEntry>;
  /** Possessive titles that fold like a feminine title (مديره، مديرة): read where ه is written. */
  possessiveTitles: ReadonlyMap<string, TitleEntry>;
  heads: TokenTrie<HeadEntry>;
  /** Verbal nouns that continue a name after ل (محاربة in التحالف الدولي لمحاربة داعش). */
  links: ReadonlySet<string>;
  /** One-word heads that name what follows them (تنظيم، قطاع، قوات), and portfolio heads (وزارة). */
  descriptors: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  /** Adjectives that may follow a definite head besides nisbas (المشتركة، العامة). */
  adjectives: ReadonlySet<string>;
  /** Definite nouns pointing back to a place or body named before (المحافظة، الشركة). */
  generic: ReadonlySet<string>;
  /** What a body does, after ل at the end of its name (للطاقة، للأنباء). */
  sectors: ReadonlySet<string>;
  /** Given name → ambiguous (also a common word). */
  given: ReadonlyMap<string, { ambiguous: boolean; finalYeh: boolean }>;
  particles: ReadonlyMap<string, string>;
  stops: ReadonlyMap<string, StopKind>;
  /** Single words known to be people's names (family names from words.tsv: بايدن). */
  personWords: ReadonlySet<string>;
  /** Country adjectives in every form → the place. */
  demonyms: ReadonlyMap<string, string>;
  /** Words a proclitic may be split from: gazetteer first tokens, given names, titles, heads. */
  isKnown: (norm: string) => boolean;
  /** Every form above → its lexical bits (flags.ts), one lookup per token. */
  lexical: ReadonlyMap<string, number>;
  /** Unknown forms starting with a proclitic letter → whether one may come off (doc.ts). */
  memo: Map<string, boolean>;
}

interface Named {
  name: string;
  aliases: string[];
  kind?: string;
}

export interface GazetteerTables {
  places?: Named[];
  organisations?: Named[];
  people?: Named[];
  /** adjective form → place */
  demonyms?: ReadonlyMap<string, string>;
  /** Forms declared ambiguous. */
  ambiguous?: Iterable<string>;
}

const has = (file: string) => existsSync(lexiconPath(`${file}.tsv`));

/** The gazetteer files as they are on disk; a missing file is an empty table. */
function gazetteerFiles(): GazetteerTables {
  const ambiguous: string[] = [];
  for (const file of ["places", "organisations", "people"]) if (has(file)) ambiguous.push(...declaredAmbiguous(file));
  return {
    places: has("places") ? places() : [],
    organisations: has("organisations") ? organisations() : [],
    people: has("people") ? people() : [],
    demonyms: has("demonyms") ? demonyms() : new Map(),
    ambiguous,
  };
}

const STOP_FROM_WORDS: Record<string, StopKind> = {
  verb: "verb",
  preposition: "preposition",
  conjunction: "conjunction",
  particle: "particle",
  pronoun: "pronoun",
  demonstrative: "demonstrative",
  relative: "relative",
  adverb: "particle",
  interrogative: "particle",
  quantifier: "common",
  noun: "common",
  adjective: "common",
  number: "common",
  "noun/verb": "verb",
  "verb/noun": "verb",
};

function buildStops(): Map<string, StopKind> {
  const stops = new Map<string, StopKind>();
  for (const row of loadTsv("stop-context")) {
    const word = normalizeWord(row.word ?? "");
    if (word && !stops.has(word)) stops.set(word, row.kind as StopKind);
  }
  for (const row of [...loadTsv("weekdays"), ...loadTsv("months")]) {
    const word = normalizeWord(row.name ?? "");
    // Hijri month names are also people's names (رجب، رمضان، شعبان): they do not end a name.
    if (word && !stops.has(word) && row.system !== "hijri") stops.set(word, "time");
  }
  for (const row of loadTsv("words")) {
    const kind = STOP_FROM_WORDS[(row.note ?? "").split(/[;:]/)[0]!.trim()];
    const word = normalizeWord(row.word ?? "");
    if (kind && word && !stops.has(word)) stops.set(word, kind);
  }
  return stops;
}

export function buildKnowledge(tables: GazetteerTables): Knowledge {
  const firstNorms = new Set<string>();
  const declared = new Set([...(tables.ambiguous ?? [])].map((form) => phraseNorms(form).join(" ")));
  const gazetteer = new GazetteerBuilder(declared);
  const sources: Array<[GazetteerSource, EntityType, Named[]]> = [
    ["places", "LOC", tables.places ?? []],
    ["organisations", "ORG", tables.organisations ?? []],
    ["people", "PER", tables.people ?? []],
  ];
  for (const [source, type, entries] of sources) {
    for (const entry of entries) {
      gazetteer.addEntry({ type, canonical: entry.name, source, kind: entry.kind ?? "person" }, [
        entry.name,
        ...entry.aliases,
      ]);
    }
  }
  gazetteer.build();
  for (const norm of gazetteer.trie.firstNorms()) firstNorms.add(norm);

  const titles = new TokenTrie<TitleEntry>();
  const possessives: Array<[string, TitleEntry]> = [];
  for (const row of loadTsv("titles")) {
    const norms = phraseNorms(row.title ?? "");
    firstNorms.add(norms[0] ?? "");
    const entry: TitleEntry = {
      title: row.title ?? "",
      kind: row.kind as TitleKind,
      lemma: row.lemma ?? "",
      possessive: false,
    };
    titles.add(norms, entry);
    if (norms.length === 1 && TAKES_POSSESSIVE.has(entry.kind) && !norms[0]!.startsWith("ال")) {
      for (const form of possessiveForms(norms[0]!)) possessives.push([form, { ...entry, possessive: true }]);
    }
  }
  // مديره folds like مديرة: the feminine title keeps the form, and the possessive reading is
  // kept aside for a word written with ه (titles.ts).
  const possessiveTitles = new Map<string, TitleEntry>();
  for (const [form, entry] of possessives) {
    if (titles.longest(1, () => form, 0)?.end === 1) possessiveTitles.set(form, entry);
    else titles.add([form], entry);
    firstNorms.add(form);
  }

  const heads = new TokenTrie<HeadEntry>();
  const links = new Set<string>();
  const adjectives = new Set<string>();
  const generic = new Set<string>();
  const sectors = new Set<string>();
  const wordLists: Record<string, Set<string>> = { link: links, adjective: adjectives, generic, sector: sectors };
  const descriptors = new Set<string>();
  const portfolios = new Set<string>();
  for (const row of loadTsv("org-heads")) {
    const head = row.head ?? "";
    const list = wordLists[row.type ?? ""];
    if (list) {
      list.add(normalizeWord(head));
      continue;
    }
    const entry: HeadEntry = {
      head,
      type: row.type as "ORG" | "LOC",
      definite: row.definite === "yes" || row.definite === "sector",
      sectorOnly: row.definite === "sector",
      descriptor: row.descriptor === "yes" || row.descriptor === "site",
      site: row.descriptor === "site",
      portfolio: row.descriptor === "portfolio",
      complement: (row.complement || "any") as HeadEntry["complement"],
      lemma: row.lemma ?? "",
    };
    const norms = phraseNorms(head);
    heads.add(norms, entry);
    // A site's name is merged through the core readHead gives it, never by its head alone.
    if (norms.length === 1 && (entry.descriptor || entry.portfolio) && !entry.site) {
      (entry.descriptor ? descriptors : portfolios).add(norms[0]!);
    }
    firstNorms.add(norms[0]!);
    if (entry.definite && !norms[0]!.startsWith("ال")) {
      heads.add(["ال" + norms[0], ...norms.slice(1)], entry);
      firstNorms.add("ال" + norms[0]);
    }
  }

  const given = new Map<string, { ambiguous: boolean; finalYeh: boolean }>();
  for (const row of loadTsv("person-names")) {
    const name = row.name ?? "";
    const norm = normalizeWord(name);
    if (!norm) continue;
    given.set(norm, { ambiguous: row.ambiguous === "yes", finalYeh: name.endsWith("ي") });
    firstNorms.add(norm);
  }

  const particles = new Map<string, string>();
  for (const row of loadTsv("name-particles")) particles.set(normalizeWord(row.particle ?? ""), row.kind ?? "");

  const personWords = new Set<string>();
  for (const row of loadTsv("words")) {
    if ((row.note ?? "").startsWith("name:person")) {
      const norm = normalizeWord(row.word ?? "");
      if (!given.has(norm)) personWords.add(norm);
    }
  }

  for (const link of links) firstNorms.add(link);
  const stops = buildStops();
  const demonymForms = new Map(
    [...(tables.demonyms ?? new Map<string, string>())].map(([form, place]) => [normalizeWord(form), place]),
  );
  const lexical = new Map<string, number>();
  const mark = (norm: string, bits: number) => lexical.set(norm, (lexical.get(norm) ?? 0) | bits);
  for (const [norm, kind] of stops) {
    if (kind === "common") mark(norm, COMMON);
    else if (kind === "interview") mark(norm, COMMON | INTERVIEW);
    else mark(norm, STOP | (STOP_BITS[kind] ?? 0));
  }
  for (const [norm, { ambiguous, finalYeh }] of given) {
    mark(norm, GIVEN | (ambiguous ? GIVEN_AMBIGUOUS : 0) | (finalYeh ? FINAL_YEH_NAME : 0));
  }
  for (const norm of particles.keys()) mark(norm, PARTICLE);
  for (const norm of demonymForms.keys()) mark(norm, NISBA);
  for (const norm of personWords) mark(norm, PERSON_WORD);
  for (const norm of titles.firstNorms()) mark(norm, TITLE_START);
  for (const norm of heads.firstNorms()) mark(norm, HEAD_START);
  for (const norm of firstNorms) mark(norm, KNOWN);
  for (const norm of knownWords()) mark(norm, KNOWN);
  const isKnown = (norm: string) => ((lexical.get(norm) ?? 0) & KNOWN) !== 0;
  // A name is matched against the article's tokens as refine() splits them, which knows more
  // words than the tokenizer (لشؤون is ل + شؤون once شؤون is a known head word).
  gazetteer.addRefined((form) => refinedNorms(form, lexical, isKnown));
  for (const norm of gazetteer.trie.firstNorms()) mark(norm, GAZETTEER_START);
  return {
    lexical,
    memo: new Map(),
    gazetteer: gazetteer.trie,
    titles,
    possessiveTitles,
    heads,
    links,
    descriptors,
    portfolios,
    adjectives,
    generic,
    sectors,
    given,
    particles,
    stops,
    personWords,
    demonyms: demonymForms,
    isKnown,
  };
}

/**
 * The gazetteer trie. A form declared ambiguous needs context, unless it only names several
 * places of one type (طرابلس of Libya and of Lebanon): a homonym is a name either way.
 */
class GazetteerBuilder {
  readonly trie = new TokenTrie<GazetteerEntry>();
  /** Entries naming each form: two make a homonym. */
  private readonly entries = new Map<string, number>();
  private readonly forms: Array<[form: string, norms: string[][], reading: Reading]> = [];
  constructor(private readonly declared: ReadonlySet<string>) {}

  /** Collects an entry's forms; build() adds them once every entry is known. */
  addEntry(reading: Reading, forms: readonly string[]): void {
    const keys = new Set<string>();
    for (const form of forms) {
      const norms = caseForms(phraseNorms(form)).filter((cased) => cased.length > 0);
      this.forms.push([form, norms, reading]);
      for (const cased of norms) keys.add(cased.join(" "));
    }
    for (const key of keys) this.entries.set(key, (this.entries.get(key) ?? 0) + 1);
  }

  build(): void {
    for (const [form, norms, reading] of this.forms) for (const cased of norms) this.add(cased, form, reading);
  }

  /** Adds every form again under its refined token norms where they differ. */
  addRefined(refine: (form: string) => string[]): void {
    for (const [form, norms, reading] of this.forms) {
      const refined = refine(form);
      if (refined.join(" ") === norms[0]?.join(" ")) continue;
      for (const cased of caseForms(refined)) this.add(cased, form, reading);
    }
  }

  private add(norms: string[], form: string, reading: Reading): void {
    const key = norms.join(" ");
    const declared = this.declared.has(key) && (this.entries.get(key) ?? 0) < 2;
    this.trie.update(norms, (old) => {
      const readings = old?.readings ?? [];
      if (!readings.some((r) => r.canonical === reading.canonical && r.source === reading.source))
        readings.push(reading);
      return {
        readings,
        ambiguous: readings.length > 1 || declared,
        tehMarbuta: (old?.tehMarbuta ?? true) && form.trimEnd().endsWith("ة"),
      };
    });
  }
}

/** The token norms refine() (doc.ts) gives a name written alone, quotes dropped. */
function refinedNorms(
  form: string,
  lexical: ReadonlyMap<string, number>,
  isKnown: (norm: string) => boolean,
): string[] {
  const probe = { lexical, memo: new Map<string, boolean>(), isKnown } as Pick<
    Knowledge,
    "lexical" | "memo" | "isKnown"
  >;
  return refine(form, tokenize(form), probe as Knowledge)
    .toks.filter((token) => !isQuote(token))
    .map((token) => token.norm);
}

const KUNYA_CASES = ["ابو", "ابي", "ابا"];
/** أبو الخصيب is أبي الخصيب after a preposition and أبا الخصيب as an object: every case of a kunya. */
function caseForms(norms: string[]): string[][] {
  if (norms.length < 2 || !KUNYA_CASES.includes(norms[0]!)) return [norms];
  return KUNYA_CASES.map((kunya) => [kunya, ...norms.slice(1)]);
}

const TAKES_POSSESSIVE = new Set<TitleKind>(["office", "profession", "spokesman"]);

/** رئيس → رئيسه، رئيسها، رئيسهم; رئيسة → رئيسته، رئيستها، رئيستهم (normalised forms). */
function possessiveForms(norm: string): string[] {
  const stem = norm.endsWith("ه") ? `${norm.slice(0, -1)}ت` : norm;
  return [`${stem}ه`, `${stem}ها`, `${stem}هم`];
}

let loaded: Knowledge | undefined;
/** Knowledge from the lexicon files, built on first use. */
export function knowledge(): Knowledge {
  loaded ??= buildKnowledge(gazetteerFiles());
  return loaded;
}
