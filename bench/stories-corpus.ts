// A generated news stream for the incremental-stories benchmark: about 28 happenings a day in
// time order, as an archive grows, each reported by one to five articles from different outlets
// in their own words, as a real feed would (most happenings are told once, a few many times). Words and names are
// pronounceable nonsense built from Arabic letters, drawn with Zipf frequencies, so shingles,
// content sketches and actor weights behave as they do on real text; every annotation is built
// with the text, so no pipeline runs and the benchmark times the store alone.
import { buildArticleFromText } from "../src/ingest/article.js";
import type { AnnotatedArticle, Entity, EntityType, Mention, Span } from "../src/model.js";
import { emptyLayers } from "../src/model.js";
import { random } from "./corpus.js";

const LETTERS = [..."بتثجحخدذرزسشصضطظعغفقكلمنهي"];
const VOWELS = ["ا", "و", "ي", ""];
const HAPPENINGS_PER_DAY = 28;
const EPOCH = Date.UTC(2020, 0, 1);
const OUTLETS = Array.from({ length: 30 }, (_, i) => `منبر ${i + 1}`);
const SENTENCES = 10;
const WORDS_PER_SENTENCE = 14;
const TOPIC_SHARE = 0.35;

function pseudoWords(count: number, seed: number, shape: (next: () => number) => string): string[] {
  const next = random(seed);
  const seen = new Set<string>();
  while (seen.size < count) seen.add(shape(next));
  return [...seen];
}

const letter = (next: () => number) => LETTERS[Math.floor(next() * LETTERS.length)]!;
const word = (next: () => number) =>
  letter(next) + VOWELS[Math.floor(next() * VOWELS.length)]! + letter(next) + letter(next);

/** Index in [0, n), log-uniform: index r comes with probability ∝ 1 / (r + 1) (Zipf, s = 1). */
function zipf(next: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1))) - 1);
}

export interface Names {
  vocabulary: string[];
  people: string[];
  organisations: string[];
  places: string[];
}

let names: Names | undefined;
/** The generator's words and names, most frequent first (Zipf rank = index). */
export function pools(): Names {
  names ??= {
    vocabulary: pseudoWords(30_000, 11, word),
    people: pseudoWords(6_000, 12, (next) => `${word(next)} ${word(next)}ي`),
    organisations: pseudoWords(1_500, 13, (next) => `هيئة ${word(next)}`),
    places: pseudoWords(800, 14, (next) => `مدينة ${word(next)}`),
  };
  return names;
}

export interface Happening {
  id: number;
  day: number;
  actors: Array<[EntityType, string]>;
  topic: string[];
}

export function happening(id: number): Happening {
  const next = random(id * 7919 + 3);
  const { vocabulary, people, organisations, places } = pools();
  return {
    id,
    day: Math.floor(id / HAPPENINGS_PER_DAY),
    actors: [
      ["PER", people[zipf(next, people.length)]!],
      ["ORG", organisations[zipf(next, organisations.length)]!],
      ["LOC", places[zipf(next, places.length)]!],
    ],
    topic: Array.from({ length: 40 }, () => vocabulary[Math.floor(next() * vocabulary.length)]!),
  };
}

/** How many articles report happening `id`: 1 (55%), 2, 3, 4 or 5. */
export function reportsOf(id: number): number {
  const r = random(id * 104729 + 5)();
  return r < 0.55 ? 1 : r < 0.75 ? 2 : r < 0.87 ? 3 : r < 0.95 ? 4 : 5;
}

const isoDay = (day: number) => new Date(EPOCH + day * 86_400_000).toISOString().slice(0, 10);

/** Report `n` of a happening: its own words around the happening's actors, topic and day. */
export function report(h: Happening, n: number): AnnotatedArticle {
  const next = random(h.id * 31 + n * 1_000_003 + 17);
  const { vocabulary } = pools();
  const pick = () =>
    next() < TOPIC_SHARE ? h.topic[Math.floor(next() * h.topic.length)]! : vocabulary[zipf(next, vocabulary.length)]!;
  const parts: string[] = [];
  const sentences: Span[] = [];
  const spans = new Map<string, Span[]>();
  const time = { start: 0, end: 0 };
  let length = 0;
  const put = (text: string) => {
    const start = length;
    parts.push(text);
    length += text.length;
    return { start, end: length };
  };
  for (let s = 0; s < SENTENCES; s++) {
    const start = length;
    if (s > 0) put(" ");
    const sentenceStart = length;
    if (s === 0 || next() < 0.4) {
      const [, name] = h.actors[s === 0 ? 0 : Math.floor(next() * h.actors.length)]!;
      spans.set(name, [...(spans.get(name) ?? []), put(name)]);
      put(" ");
      if (s === 0) {
        for (const [, other] of h.actors.slice(1)) {
          spans.set(other, [...(spans.get(other) ?? []), put(other)]);
          put(" و ");
        }
        Object.assign(time, put("يوم الأحد"));
        put(" ");
      }
    }
    put(Array.from({ length: WORDS_PER_SENTENCE }, pick).join(" "));
    put(".");
    sentences.push({ start: s === 0 ? start : sentenceStart, end: length });
  }
  const text = parts.join("");
  const title = Array.from({ length: 7 }, pick).join(" ");
  const article = buildArticleFromText(`gen-${h.id}-${n}.txt`, title, text);
  const layers = emptyLayers();
  layers.sentences = sentences;
  const mentions: Mention[] = [];
  layers.entities = h.actors.flatMap(([type, name], i): Entity[] => {
    const found = spans.get(name) ?? [];
    if (found.length === 0) return [];
    for (const span of found) mentions.push({ ...span, type, rule: "generated", entity: i });
    return [{ id: `e${i}`, name, type, aliases: [], roles: [], mentions: found }];
  });
  // Entity indexes follow the entities actually named.
  const index = new Map(layers.entities.map((e, i) => [e.id, i]));
  layers.mentions = mentions
    .map((m) => ({ ...m, entity: index.get(`e${m.entity}`) }))
    .sort((a, b) => a.start - b.start);
  const value = isoDay(h.day);
  layers.times = [{ ...time, text: "يوم الأحد", value, granularity: "day", anchor: "published", rule: "generated" }];
  layers.events = [
    {
      start: sentences[0]!.start,
      end: sentences[0]!.end,
      kind: "meet",
      cameo: "04",
      actors: layers.entities.slice(0, 2).map((e) => e.id),
      time: value,
      place: null,
      trigger: "generated",
      rule: "generated",
    },
  ];
  const published = isoDay(h.day + Math.floor(next() * 3));
  return { article: { ...article, outlet: OUTLETS[Math.floor(next() * OUTLETS.length)]!, published }, layers };
}

/** The stream: every report of happenings from `first` on, until `count` articles. */
export function* articles(first: number, count: number): Generator<AnnotatedArticle> {
  let made = 0;
  for (let id = first; made < count; id++) {
    const h = happening(id);
    for (let n = 0; n < reportsOf(id) && made < count; n++, made++) yield report(h, n);
  }
}
