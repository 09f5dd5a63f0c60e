// Why: a story decision must not reread articles. Everything storyScore needs about one
// article is computed once, here, into a small JSON-ready record the store keeps beside the
// article: the MinHash of its word shingles (near-duplicates) with LSH band keys to index,
// a bottom-k sketch of its content words (overlap of reports in different words), its salient
// actors by global id, its dated events and the days it mentions, its outlet and date.
//
// Actor weight = type prior × salience × entityWeight(id).
//   Salience counts mentions, plus 2 when the name is in the title, 1 when it is mentioned in
//   the lead (first two sentences), 1 when the entity is an actor of an event; three of these
//   make full salience (1). Type prior: people 1, organisations 0.9, places 0.6, since many
//   stories happen in one place but few involve the same named person. entityWeight is the
//   store's corpus knowledge (e.g. an inverse document frequency scaled to [0, 1]); a pure
//   function cannot know that «العراق» is in every other article.
// Actors weighing at least STRONG_ACTOR are the article's index keys: a same-happening match
// requires one such actor strong in both articles, so an index on keys finds every article
// storyScore could match that way.
import type { EntityType, Token } from "../../model.js";
import { tokenize } from "../../text/tokenize.js";
import { nameKey } from "../names.js";
import type { KbArticle } from "../types.js";
import { bandKeys, bottomK, minhash, round3, shingles } from "./sketch.js";
import { wordsOf } from "./words.js";

/** Bumped whenever hashing or features change: signatures of another version must be recomputed. */
export const SIGNATURE_VERSION = 1;
export const SHINGLE = 3;
export const CONTENT_K = 128;
export const MAX_ACTORS = 8;
export const MAX_EVENTS = 6;
export const MAX_DATES = 4;
export const STRONG_ACTOR = 0.5;
const TYPE_PRIOR: Record<EntityType, number> = { PER: 1, ORG: 0.9, LOC: 0.6 };
/** The kind every quote makes: says nothing about what happened. */
const GENERIC_EVENT = "statement";

export interface StoryActor {
  /** Global entity id. */
  id: string;
  name: string;
  type: EntityType;
  weight: number;
}

export interface StoryEvent {
  kind: string;
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when the event is undated. */
  time: string | null;
}

/** What the store persists per article (plain JSON: strings, numbers, arrays). */
export interface Signature {
  version: number;
  article: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** Days since 1970-01-01 of `published` when it names a day, else null. */
  day: number | null;
  /** PERMUTATIONS unsigned 32-bit values. */
  minhash: number[];
  /** BANDS unsigned 32-bit LSH keys (none for an article without words): index these. */
  bands: number[];
  /** Bottom-k sketch of content-word keys, ascending unsigned 32-bit values. */
  content: number[];
  /** Salient actors, heaviest first. */
  actors: StoryActor[];
  /** Ids of actors weighing ≥ STRONG_ACTOR: index these under indexDay (assign.ts). */
  keys: string[];
  /** Distinct dated or undated events other than statements. */
  events: StoryEvent[];
  /**
   * Days (YYYY-MM-DD) the article's times and events name, in order of first mention: news
   * states when its happening took place first, so dates[0] is taken as the happening's day.
   */
  dates: string[];
}

export interface SignatureOptions {
  /** Corpus weight of a global entity in [0, 1] (1: as specific as can be). Default: 1. */
  entityWeight?: (id: string) => number;
}

const DAY_MS = 86_400_000;
const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})/;

/** Days since 1970-01-01 of a YYYY-MM-DD date (a longer ISO string is cut to its day); null otherwise. */
export function dayNumber(date: string | null): number | null {
  const m = date === null ? null : DAY_RE.exec(date);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / DAY_MS : null;
}

/** The part of a signature read off the words alone, before identity links the article's entities. */
export type StorySketch = Pick<Signature, "minhash" | "bands" | "content">;

/** The article's MinHash, band keys and content sketch (its tokens, or its text tokenized when it has none). */
export function sketchOf(article: Pick<KbArticle, "title" | "text" | "layers">): StorySketch {
  const { tokens } = article.layers;
  const words = { all: [] as number[], content: [] as number[] };
  wordsOf(tokenize(article.title), words);
  wordsOf(tokens.length > 0 || article.text === "" ? tokens : tokenize(article.text), words);
  const mh = minhash(shingles(words.all, SHINGLE));
  return { minhash: mh, bands: bandKeys(mh), content: bottomK(words.content, CONTENT_K) };
}

/** `sketch`: the article's sketchOf, when it was computed before (in an ingest worker). */
export function signature(article: KbArticle, options: SignatureOptions = {}, sketch = sketchOf(article)): Signature {
  const actors = actorsOf(article, tokenize(article.title), options.entityWeight);
  const published = article.published;
  return {
    version: SIGNATURE_VERSION,
    article: article.id,
    title: article.title,
    outlet: article.outlet,
    published,
    day: dayNumber(published),
    minhash: sketch.minhash,
    bands: sketch.bands,
    content: sketch.content,
    actors,
    keys: actors.filter((a) => a.weight >= STRONG_ACTOR).map((a) => a.id),
    events: eventsOf(article),
    dates: datesOf(article),
  };
}

function actorsOf(article: KbArticle, titleTokens: readonly Token[], entityWeight?: (id: string) => number) {
  const { layers, entityIds } = article;
  const title = ` ${titleTokens.map((t) => t.norm).join(" ")} `;
  const leadEnd = layers.sentences[1]?.end ?? layers.sentences[0]?.end ?? 0;
  const eventActors = new Set<string>();
  for (const ev of layers.events) for (const a of ev.actors) eventActors.add(a);
  const byId = new Map<string, { id: string; name: string; type: EntityType; points: number; title: boolean }>();
  layers.entities.forEach((entity, i) => {
    const id = entityIds[i];
    if (!id) return;
    let actor = byId.get(id);
    if (!actor) {
      actor = { id, name: entity.name, type: entity.type, points: 0, title: false };
      byId.set(id, actor);
    }
    actor.points += entity.mentions.length;
    if (entity.mentions.some((m) => m.start < leadEnd)) actor.points += 1;
    if (eventActors.has(entity.id)) actor.points += 1;
    if (!actor.title && [entity.name, ...entity.aliases].some((name) => inTitle(title, name))) {
      actor.title = true;
      actor.points += 2;
    }
  });
  return [...byId.values()]
    .map((a) => ({
      id: a.id,
      name: a.name,
      type: a.type,
      weight: round3(TYPE_PRIOR[a.type] * Math.min(1, a.points / 3) * clamp01(entityWeight?.(a.id) ?? 1)),
    }))
    .filter((a) => a.weight > 0)
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_ACTORS);
}

const CLITIC_LETTERS = new Set([..."وفبلك"].map((c) => c.charCodeAt(0)));

/** Whether the folded, space-padded title holds `name` as whole words, allowing up to two clitic letters before it. */
function inTitle(title: string, name: string): boolean {
  const key = nameKey(name);
  if (key.length < 3) return false;
  for (let at = title.indexOf(key); at >= 0; at = title.indexOf(key, at + 1)) {
    if (title.charCodeAt(at + key.length) !== 0x20) continue;
    let before = at - 1;
    while (before > at - 3 && CLITIC_LETTERS.has(title.charCodeAt(before))) before--;
    if (title.charCodeAt(before) === 0x20) return true;
  }
  return false;
}

function eventsOf(article: KbArticle): StoryEvent[] {
  const out: StoryEvent[] = [];
  const seen = new Set<string>();
  for (const ev of article.layers.events) {
    if (ev.kind === GENERIC_EVENT) continue;
    const key = `${ev.kind}@${ev.time ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: ev.kind, time: ev.time });
    if (out.length === MAX_EVENTS) break;
  }
  return out;
}

function datesOf(article: KbArticle): string[] {
  const named: { at: number; day: string }[] = [];
  for (const t of article.layers.times) if (t.value?.length === 10) named.push({ at: t.start, day: t.value });
  for (const ev of article.layers.events) if (ev.time?.length === 10) named.push({ at: ev.start, day: ev.time });
  named.sort((a, b) => a.at - b.at);
  const out: string[] = [];
  for (const { day } of named) if (!out.includes(day) && out.push(day) === MAX_DATES) break;
  return out;
}

const clamp01 = (x: number) => (x > 0 ? Math.min(x, 1) : 0);
