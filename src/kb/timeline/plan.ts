// Why: a timeline mixes what happened with what is planned («تنتهي المهمة بحلول سبتمبر
// 2025»), and an analyst must not read a plan as a fact. As of its article, a dated sentence is
// a plan when its time lies wholly after the publication date, or when a plan marker
// (lexicon/plan-markers.tsv) stands before the time or in the sentence and the time does not lie
// wholly before the publication date. Without a publication date only markers decide.
import { loadTsv } from "../../lexicon/load.js";
import { normalizeWord } from "../../text/normalize.js";
import { periodRange } from "../claims/group.js";

/** Words the «before» markers may stand from the time expression. */
const BEFORE_GAP = 2;
const CONJUNCTIONS = ["و", "ف"];

interface Markers {
  before: string[][];
  sentence: string[][];
  firstWords: Set<string>;
}

let markers: Markers | undefined;

function loadMarkers(): Markers {
  if (markers) return markers;
  const loaded: Markers = { before: [], sentence: [], firstWords: new Set() };
  for (const row of loadTsv("plan-markers")) {
    const words = (row.phrase ?? "").split(/\s+/).filter(Boolean).map(normalizeWord);
    if (words.length === 0 || (row.scope !== "before" && row.scope !== "sentence")) {
      throw new Error(`plan-markers.tsv: bad row "${row.phrase}" (${row.scope})`);
    }
    loaded[row.scope].push(words);
    loaded.firstWords.add(words[0]!);
  }
  markers = loaded;
  return loaded;
}

export interface DatedSentence {
  /** The time's value: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  /** The article's publication date, if known. */
  published: string | null;
  /** The sentence, and where the time expression starts in it. */
  sentence: string;
  timeAt: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Folded words of `text`, a glued conjunction taken off where a marker starts after it. */
function words(text: string, firstWords: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(WORD)) {
    let word = normalizeWord(match[0]);
    if (!firstWords.has(word) && CONJUNCTIONS.includes(word[0]!) && firstWords.has(word.slice(1))) word = word.slice(1);
    out.push(word);
  }
  return out;
}

function holds(list: readonly string[], phrase: readonly string[], at: number): boolean {
  return phrase.every((word, i) => list[at + i] === word);
}

export function isPlan(item: DatedSentence): boolean {
  const time = periodRange({ period: item.value, periodSource: "sentence" });
  const published = item.published === null ? null : periodRange({ period: item.published, periodSource: "sentence" });
  if (time && published) {
    if (time[0] > published[1]) return true;
    if (time[1] < published[0]) return false;
  }
  const m = loadMarkers();
  const before = words(item.sentence.slice(0, item.timeAt), m.firstWords);
  for (const phrase of m.before) {
    for (let gap = 0; gap <= BEFORE_GAP; gap++) {
      if (holds(before, phrase, before.length - phrase.length - gap)) return true;
    }
  }
  const all = words(item.sentence, m.firstWords);
  return m.sentence.some((phrase) => all.some((_, i) => holds(all, phrase, i)));
}
