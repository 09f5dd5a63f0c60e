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
import { isKnownWord } from "../../text/words.js";
import {
  COMMON,
  FINAL_YEH_NAME,
  GAZETTEER_START,
  GIVEN,
  GIVEN_AMBIGUOUS,
  HEAD_START,
  LOCATIVE,
  NISBA,
  PARTICLE,
  PERSON_WORD,
  PRONOUN,
  SPEECH,
  STOP,
  TITLE_START,
} from "./flags.js";
import { phraseNorms, TokenTrie } from "./trie.js";

const STOP_BITS: Partial<Record<StopKind, number>> = { speech: SPEECH, locative: LOCATIVE, pronoun: PRONOUN };

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
}

export interface HeadEntry {
  head: string;
  type: "ORG" | "LOC";
  /** The head with the article, plus a definite adjective, is a name (اللجنة المشتركة). */
  definite: boolean;
  /** head + X names X itself (تنظيم داعش = داعش). */
  descriptor: boolean;
  /** The complement with a country adjective names it too (وزارة الخارجية = الخارجية الأميركية). */
  portfolio: boolean;
  complement: "any" | "proper" | "nisba";
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
  | "common";

export interface Knowledge {
  gazetteer: TokenTrie<GazetteerEntry>;
  titles: TokenTrie<TitleEntry>;
  heads: TokenTrie<HeadEntry>;
  /** Verbal nouns that continue a name after ل (محاربة in التحالف الدولي لمحاربة داعش). */
  links: ReadonlySet<string>;
  /** One-word heads that name what follows them (تنظيم، قطاع، قوات), and portfolio heads (وزارة). */
  descriptors: ReadonlySet<string>;
  portfolios: ReadonlySet<string>;
  /** Adjectives that may follow a definite head besides nisbas (المشتركة، العامة). */
  adjectives: ReadonlySet<string>;
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
  const gazetteer = new TokenTrie<GazetteerEntry>();
  const declared = new Set([...(tables.ambiguous ?? [])].map((form) => phraseNorms(form).join(" ")));
  const sources: Array<[GazetteerSource, EntityType, Named[]]> = [
    ["places", "LOC", tables.places ?? []],
    ["organisations", "ORG", tables.organisations ?? []],
    ["people", "PER", tables.people ?? []],
  ];
  for (const [source, type, entries] of sources) {
    for (const entry of entries) {
      const reading: Reading = { type, canonical: entry.name, source, kind: entry.kind ?? "person" };
      for (const form of [entry.name, ...entry.aliases]) {
        const norms = phraseNorms(form);
        if (norms.length === 0) continue;
        firstNorms.add(norms[0]!);
        const tehMarbuta = form.trimEnd().endsWith("ة");
        gazetteer.update(norms, (old) => {
          const readings = old?.readings ?? [];
          if (!readings.some((r) => r.canonical === reading.canonical && r.source === source)) readings.push(reading);
          return {
            readings,
            ambiguous: readings.length > 1 || declared.has(norms.join(" ")),
            tehMarbuta: (old?.tehMarbuta ?? true) && tehMarbuta,
          };
        });
      }
    }
  }

  const titles = new TokenTrie<TitleEntry>();
  for (const row of loadTsv("titles")) {
    const norms = phraseNorms(row.title ?? "");
    firstNorms.add(norms[0] ?? "");
    titles.add(norms, { title: row.title ?? "", kind: row.kind as TitleKind, lemma: row.lemma ?? "" });
  }

  const heads = new TokenTrie<HeadEntry>();
  const links = new Set<string>();
  const adjectives = new Set<string>();
  const descriptors = new Set<string>();
  const portfolios = new Set<string>();
  for (const row of loadTsv("org-heads")) {
    const head = row.head ?? "";
    if (row.type === "link" || row.type === "adjective") {
      (row.type === "link" ? links : adjectives).add(normalizeWord(head));
      continue;
    }
    const entry: HeadEntry = {
      head,
      type: row.type as "ORG" | "LOC",
      definite: row.definite === "yes",
      descriptor: row.descriptor === "yes",
      portfolio: row.descriptor === "portfolio",
      complement: (row.complement ?? "any") as HeadEntry["complement"],
    };
    const norms = phraseNorms(head);
    heads.add(norms, entry);
    if (norms.length === 1 && (entry.descriptor || entry.portfolio)) {
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
  for (const norm of gazetteer.firstNorms()) mark(norm, GAZETTEER_START);
  return {
    lexical,
    gazetteer,
    titles,
    heads,
    links,
    descriptors,
    portfolios,
    adjectives,
    given,
    particles,
    stops,
    personWords,
    demonyms: demonymForms,
    isKnown: (norm) => firstNorms.has(norm) || isKnownWord(norm),
  };
}

let loaded: Knowledge | undefined;
/** Knowledge from the lexicon files, built on first use. */
export function knowledge(): Knowledge {
  loaded ??= buildKnowledge(gazetteerFiles());
  return loaded;
}
