// Why: two articles count the same thing in different words (2500 جندي، 2500 عسكري، جنوداً)
// and qualify it differently (نحو، أكثر من). Claims compare counts by the lemma of what is
// counted and by the range a qualifier allows; both come from lexicons read once:
// lexicon/claim-nouns.tsv (see its header for the folding rules applied to unlisted nouns) and
// the figures stage's lexicon/figure-qualifiers.tsv.
import { cellList, loadTsv } from "../../lexicon/load.js";
import { normalizeWord } from "../../text/normalize.js";

export interface Lemma {
  /** Folded: what subject keys hold. */
  key: string;
  /** As shown to the analyst. */
  label: string;
  /** Listed in claim-nouns.tsv (not folded by rule). */
  listed: boolean;
}

interface Tables {
  nouns: Map<string, Lemma>;
  percent: Set<string>;
  territory: Set<string>;
  boundary: Set<string>;
  qualifiers: Map<string, string>;
}

const KINDS = new Set(["noun", "percent", "territory", "boundary"]);
const SPACES = /\s+/g;
/** An accusative ending as written: tanween fath, alone or on its alef (فلسطينياً). */
const TANWEEN = /(?:\u0627\u064b|\u064b\u0627|\u064b)$/u;
const fold = (text: string) => normalizeWord(text.trim()).replace(SPACES, " ");

let built: Tables | undefined;

function tables(): Tables {
  if (built) return built;
  const t: Tables = {
    nouns: new Map(),
    percent: new Set(),
    territory: new Set(),
    boundary: new Set(),
    qualifiers: new Map(),
  };
  for (const row of loadTsv("claim-nouns")) {
    const kind = row.kind ?? "";
    const label = row.lemma ?? "";
    if (!KINDS.has(kind) || label === "") throw new Error(`claim-nouns.tsv: bad row "${label}" (${kind})`);
    const forms = [label, ...cellList(row.forms ?? "")].map(fold);
    if (kind === "noun") {
      const lemma = { key: fold(label), label, listed: true };
      for (const form of forms) t.nouns.set(form, lemma);
    } else {
      const set = kind === "percent" ? t.percent : kind === "territory" ? t.territory : t.boundary;
      for (const form of forms) set.add(form);
    }
  }
  for (const row of loadTsv("figure-qualifiers")) {
    if (row.kind === "qualifier" && row.phrase && row.meaning) t.qualifiers.set(fold(row.phrase), row.meaning);
  }
  built = t;
  return t;
}

const ARTICLE = "ال";
const TANWEEN_ALEF = "ا";

/** The listed lemma of a folded word or phrase, with the article and an accusative alef taken off. */
export function listedLemma(norm: string): Lemma | undefined {
  const { nouns } = tables();
  const bare = norm.startsWith(ARTICLE) && norm.length > 4 ? norm.slice(ARTICLE.length) : norm;
  return (
    nouns.get(norm) ??
    nouns.get(bare) ??
    (bare.endsWith(TANWEEN_ALEF) && bare.length > 3 ? nouns.get(bare.slice(0, -1)) : undefined)
  );
}

/**
 * The lemma of a figure's unit as written: the whole unit if listed (كيلومتر مربع), else its
 * first word, listed or folded by rule.
 */
export function unitLemma(unit: string): Lemma | null {
  const norm = fold(unit);
  if (norm === "") return null;
  const whole = listedLemma(norm);
  if (whole) return whole;
  const space = norm.indexOf(" ");
  const word = space === -1 ? norm : norm.slice(0, space);
  const listed = listedLemma(word);
  if (listed) return listed;
  const written = unit.trim().split(SPACES)[0] ?? "";
  return { key: foldByRule(word), label: written.replace(TANWEEN, ""), listed: false };
}

function foldByRule(norm: string): string {
  let w = norm.startsWith(ARTICLE) && norm.length > 4 ? norm.slice(ARTICLE.length) : norm;
  if (w.endsWith(TANWEEN_ALEF) && w.length > 3) w = w.slice(0, -1);
  if (w.length >= 5 && (w.endsWith("يين") || w.endsWith("يون"))) return w.slice(0, -2);
  if (w.length >= 5 && (w.endsWith("ين") || w.endsWith("ون"))) return w.slice(0, -2);
  if (w.length >= 5 && w.endsWith("ات")) return `${w.slice(0, -2)}ه`;
  return w;
}

export function isPercentUnit(unit: string): boolean {
  return tables().percent.has(fold(unit));
}

/** Folded token norms naming the speaker's own territory (أراضيه، البلاد). */
export function isTerritory(norm: string): boolean {
  return tables().territory.has(norm);
}

/** A relative pronoun: the figure's clause ends before it. */
export function isBoundary(norm: string): boolean {
  return tables().boundary.has(norm);
}

/** approx | over | under | min | max | exact for a qualifier as written; undefined when unknown. */
export function qualifierMeaning(qualifier: string): string | undefined {
  return tables().qualifiers.get(fold(qualifier));
}
