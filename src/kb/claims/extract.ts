// Why: «نحو 2500 جندي في العراق» in one article and «900 جندي في سوريا و2500 في العراق» in
// another are one claim only if they count the same thing, somewhere, for someone: the noun's
// lemma (nouns.ts: جنود → جندي), the places, the agent and the aspect reader.ts reads off the
// figure's clause. A subject with neither agent nor places («139 شخصاً») says too little to
// compare: its key is the claim's own, so it groups with nothing.
// Assertions: a denial (event kind deny: نفى، ينفي، a quote reported with نفى) is a claim when
// the words after its verb name a listed counted noun (دخول قوات → جندي); its places are read
// as for a figure, and «أراضيه، البلاد» (its own territory) make the denier the place. Its
// agent is left open: a denial that forces entered is against any report of forces entering,
// whoever sent them. Other statements are not claims: with no count and no denial there is
// nothing to set side by side.
// Claims can be read before identity runs, over local ids (overLocalIds: in an ingest worker),
// and mapped at save (globalClaims) when each global entity of the article stands for one of
// its entities; reading compares ids (an agent is never one of the places) and names a subject
// after the first entity of its id, so an article with two entities linked to one global entity
// is read again over global ids.
import type { Figure, Token } from "../../model.js";
import { citationOf, globalIds, spanAt } from "../graph/local.js";
import type { KbArticle } from "../types.js";
import { isBoundary, isPercentUnit, isTerritory, type Lemma, listedLemma, unitLemma } from "./nouns.js";
import { ArticleReader, type Clause, COMMAS, type Period, PLACE_PREPOSITIONS, type Placed } from "./reader.js";
import { type Claim, type ClaimKind, type ClaimSubject, isThin, subjectKey } from "./types.js";

const DENY = "deny";
/** Words after a denial verb searched for what is denied. */
const DENIAL_SCOPE = 16;
const SEPARATOR = " — ";

export function articleClaims(article: KbArticle): Claim[] {
  const { layers } = article;
  if (layers.figures.length === 0 && !layers.events.some((event) => event.kind === DENY)) return [];
  const reader = new ArticleReader(article);
  const out: Claim[] = [];
  let previousEnd = 0;
  for (const figure of [...layers.figures].sort((a, b) => a.start - b.start)) {
    const claim = figureClaim(reader, figure, previousEnd);
    if (claim) out.push(claim);
    previousEnd = reader.tokenRange(figure.start, figure.end)[1];
  }
  for (const placed of reader.events.flat()) {
    if (placed.event.kind !== DENY) continue;
    const claim = denialClaim(reader, placed);
    if (claim) out.push(claim);
  }
  // Stable: within a sentence, figures in text order, then its denial.
  return out.sort((a, b) => a.citation.start - b.citation.start);
}

/**
 * The claims of an article read over local ids, with its global ids; null when two of its
 * entities share a global id or one has none (see the header).
 */
export function globalClaims(
  claims: readonly Claim[],
  article: Pick<KbArticle, "layers" | "entityIds">,
): Claim[] | null {
  const globalOf = globalIds(article);
  const { length } = article.layers.entities;
  if (globalOf.size !== length || new Set(globalOf.values()).size !== length) return null;
  const map = (id: string | null) => (id === null ? null : globalOf.get(id)!);
  return claims.map((claim) => {
    const { agent, places } = claim.parts;
    const parts = { ...claim.parts, agent: map(agent), places: places.map((id) => globalOf.get(id)!).sort() };
    // A thin subject's key is the claim's own (article and position): nothing to map.
    const key = isThin(parts) ? claim.subjectKey : subjectKey(parts);
    return { ...claim, subjectKey: key, parts, source: map(claim.source) };
  });
}

function figureClaim(reader: ArticleReader, figure: Figure, previousEnd: number): Claim | null {
  if (figure.unit === null) return null;
  const [first, end] = reader.tokenRange(figure.start, figure.end);
  const clause = reader.clause(first, end);
  if (!clause) return null;
  const lemma = isPercentUnit(figure.unit) ? percentOf(reader, clause) : unitLemma(figure.unit);
  if (!lemma) return null;
  const places = reader.placesAfter(end, clause.hi) ?? reader.placeBefore(first, Math.max(clause.loComma, previousEnd));
  const source = reader.sourceOf(clause);
  const agent = reader.agentOf(clause, places, source);
  const aspect = reader.aspectOf(clause);
  const period = reader.periodOf(clause.sentence, clause.lo, clause.hi, figure.start);
  return makeClaim(reader, "figure", { noun: lemma.key, aspect, agent, places }, lemma, {
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    source,
    period,
    sentence: clause.sentence,
    at: figure.start,
    text: figure.text,
    rule: `figure:${lemma.listed ? "lexicon" : "rule"}${aspect ? `:${aspect}` : ""}`,
  });
}

/** A percentage is of the noun after its unit (بنسبة 64 في المائة في هجمات داعش → % هجوم). */
function percentOf(reader: ArticleReader, clause: Clause): Lemma | null {
  const { tokens, mentionAt } = reader.ix;
  let i = clause.end;
  if (i < clause.hi && PLACE_PREPOSITIONS.has(tokens[i]!.norm)) i++;
  const token = tokens[i];
  if (i >= clause.hi || token?.kind !== "word" || mentionAt[i] !== -1) return null;
  const noun = unitLemma(reader.article.text.slice(token.start, token.end));
  return noun && { key: `%${noun.key}`, label: `% ${noun.label}`, listed: noun.listed };
}

function denialClaim(reader: ArticleReader, placed: Placed): Claim | null {
  const { ix, article } = reader;
  const { tokens } = ix;
  const s = spanAt(ix.sentences, tokens[placed.at]?.start ?? -1);
  if (s === -1) return null;
  const denier = placed.event.actors[0];
  const denierId = denier === undefined ? undefined : reader.ids.get(denier);
  const ownTerritory =
    denierId !== undefined && article.layers.entities.some((e) => e.id === denier && e.type === "LOC");
  const to = Math.min(ix.sentenceEnd[s]!, placed.at + 1 + DENIAL_SCOPE);
  let noun: { lemma: Lemma; token: Token } | undefined;
  let places: string[] = [];
  let last = placed.at;
  for (let i = placed.at + 1; i < to; i++) {
    const token = tokens[i]!;
    if (ix.stopAt[i] === 1 && i > placed.at + 1) break;
    const m = ix.mentionAt[i]!;
    if (!noun) {
      const lemma = token.kind === "word" && m === -1 ? listedLemma(token.norm) : undefined;
      if (lemma) [noun, last] = [{ lemma, token }, i];
      continue;
    }
    if (COMMAS.has(token.norm) || isBoundary(token.norm)) break;
    if (ownTerritory && isTerritory(token.norm)) {
      [places, last] = [[denierId], i];
      break;
    }
    if (m !== -1 && reader.isPlace(m)) {
      places = reader.placesAfter(i, to) ?? [];
      last = ix.mentions[m]!.end - 1;
      break;
    }
  }
  if (!noun) return null;
  const at = tokens[placed.at]!.start;
  return makeClaim(reader, "denial", { noun: noun.lemma.key, aspect: null, agent: null, places }, noun.lemma, {
    value: null,
    unit: article.text.slice(noun.token.start, noun.token.end),
    qualifier: null,
    source: denierId ?? null,
    period: reader.periodOf(s, ix.sentenceFirst[s]!, ix.sentenceEnd[s]!, at),
    sentence: s,
    at,
    text: article.text.slice(at, tokens[last]!.end),
    rule: `denial:${placed.event.rule}`,
  });
}

function makeClaim(
  reader: ArticleReader,
  kind: ClaimKind,
  parts: ClaimSubject,
  lemma: Lemma,
  found: {
    value: number | null;
    unit: string | null;
    qualifier: string | null;
    source: string | null;
    period: Period | null;
    sentence: number;
    at: number;
    text: string;
    rule: string;
  },
): Claim {
  const { article } = reader;
  const name = (id: string) => reader.names.get(id) ?? id;
  const subject = [
    lemma.label,
    ...(parts.aspect ? [parts.aspect] : []),
    ...(parts.agent ? [name(parts.agent)] : []),
    ...(parts.places.length > 0 ? [parts.places.map(name).join("، ")] : []),
  ].join(SEPARATOR);
  return {
    kind,
    subjectKey: isThin(parts) ? `~${article.id}@${found.at}` : subjectKey(parts),
    subject,
    parts,
    value: found.value,
    unit: found.unit,
    qualifier: found.qualifier,
    period: found.period?.value ?? null,
    periodSource: found.period?.source ?? null,
    source: found.source,
    citation: citationOf(article, reader.ix.sentences[found.sentence]!),
    article: article.id,
    outlet: article.outlet,
    text: found.text,
    rule: found.rule,
  };
}
