// Why: a speaker is resolved to an entity by position (an entity mention overlapping the
// subject) or, for a subject written as a title or a generic noun («وزير الري الأردني»،
// «الوكالة»), by the roles and names the article gives its entities. This index answers both
// per token, built once per article from the entities layer.
import type { Entity, Token } from "../../model.js";
import { normalizeWord } from "../../text/normalize.js";
import { stripArticle } from "./lexicon.js";

export interface MentionRef {
  entity: number;
  start: number;
  end: number;
  firstTok: number;
  lastTok: number;
}

const SEPARATORS = /[\s«»"“”()،,.:؛]+/;
/** Names and roles recur from article to article: their words are folded once. */
const folded = new Map<string, readonly string[]>();
const MAX_FOLDED = 50_000;
const NO_FIT = 9;

interface Keys {
  names: ReadonlyArray<readonly string[]>;
  roles: ReadonlyArray<readonly string[]>;
}

/** Folded words of a phrase, each without its article. */
export function phraseWords(phrase: string): readonly string[] {
  let words = folded.get(phrase);
  if (words) return words;
  words = normalizeWord(phrase).split(SEPARATORS).filter(Boolean).map(stripArticle);
  if (folded.size >= MAX_FOLDED) folded.clear();
  folded.set(phrase, words);
  return words;
}

/** Whether `part` stands in `longer` at word `at`. */
function wordsAt(longer: readonly string[], part: readonly string[], at: number): boolean {
  if (part.length === 0 || at + part.length > longer.length) return false;
  for (let i = 0; i < part.length; i++) if (longer[at + i] !== part[i]) return false;
  return true;
}

const startsWith = (longer: readonly string[], prefix: readonly string[]) => wordsAt(longer, prefix, 0);

function contains(longer: readonly string[], part: readonly string[]): boolean {
  for (let i = 0; i + part.length <= longer.length; i++) if (wordsAt(longer, part, i)) return true;
  return false;
}

export class EntityIndex {
  readonly mentions: MentionRef[] = [];
  private readonly mentionOf: Int32Array;
  private startCache: Array<readonly number[]> | undefined;
  private keyCache: Array<Keys | undefined> | undefined;
  /** Entity → 1 feminine, 0 not, -1 unknown, -2 not computed yet. */
  private readonly genders: Int8Array;

  /** `mentionOf` may be handed in: one token table among others, filled with -1. */
  constructor(
    tokens: readonly Token[],
    readonly entities: readonly Entity[],
    mentionOf?: Int32Array,
  ) {
    this.mentionOf = mentionOf ?? new Int32Array(tokens.length).fill(-1);
    this.genders = new Int8Array(entities.length).fill(-2);
    for (let e = 0; e < entities.length; e++) {
      for (const { start, end } of entities[e]!.mentions) {
        if (end > start) this.mentions.push({ entity: e, start, end, firstTok: -1, lastTok: -1 });
      }
    }
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    let k = 0;
    this.mentions.forEach((m, index) => {
      while (k > 0 && tokens[k - 1]!.end > m.start) k--;
      while (k < tokens.length && tokens[k]!.end <= m.start) k++;
      for (let j = k; j < tokens.length && tokens[j]!.start < m.end; j++) {
        if (m.firstTok < 0) m.firstTok = j;
        m.lastTok = j;
        const held = this.mentionOf[j]!;
        // The longer mention wins a token two mentions share.
        if (held < 0 || this.mentions[held]!.end - this.mentions[held]!.start < m.end - m.start) {
          this.mentionOf[j] = index;
        }
      }
    });
  }

  /** The mention covering token k. */
  at(k: number): MentionRef | undefined {
    const index = this.mentionOf[k] ?? -1;
    return index < 0 ? undefined : this.mentions[index];
  }

  /** The mention that begins in token k (at its start or after its glued clitics). */
  startingAt(k: number): MentionRef | undefined {
    const m = this.at(k);
    return m && m.firstTok === k ? m : undefined;
  }

  /** Whether the entity is feminine by its name (organisations) or its titles (persons), or null. */
  feminine(e: number): boolean | null {
    let g = this.genders[e];
    if (g === undefined) return null;
    if (g === -2) {
      const entity = this.entities[e]!;
      let feminine: boolean | null = null;
      if (entity.type === "ORG") feminine = firstWordFeminine(entity.name);
      else if (entity.type === "PER" && entity.roles.some((role) => firstWordFeminine(role))) feminine = true;
      g = feminine === null ? -1 : feminine ? 1 : 0;
      this.genders[e] = g;
    }
    return g < 0 ? null : g === 1;
  }

  /**
   * The entity a written title or noun stands for, by how well it fits: a role equal to it, a
   * role it begins (الوزير → وزير الري), a role of two words or more that begins it
   * (وزير الري الأردني السابق), a name or alias containing it. Among equal fits the
   * nearest mentioned before `offset` wins, else the first mentioned after. -1 when none.
   */
  match(words: readonly string[], offset: number): number {
    if (words.length === 0) return -1;
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    // Articles name a few dozen entities and this runs once per titled subject: a scan is cheaper
    // than building an index.
    for (let e = 0; e < this.entities.length; e++) {
      const fit = this.fit(this.keys(e), words);
      if (fit >= NO_FIT || fit * 1e13 > bestScore) continue;
      const score = fit * 1e13 + distance(this.starts(e), offset);
      if (score < bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private fit({ names, roles }: Keys, words: readonly string[]): number {
    let fit = NO_FIT;
    for (const role of roles) {
      if (startsWith(role, words)) fit = Math.min(fit, role.length === words.length ? 0 : 1);
      else if (role.length >= 2 && startsWith(words, role)) fit = Math.min(fit, 2);
    }
    if (fit > 3 && names.some((name) => contains(name, words))) fit = 3;
    return fit;
  }

  /** Folded words of entity e's name and aliases (name first) and of its roles. */
  private keys(e: number): Keys {
    this.keyCache ??= [];
    let keys = this.keyCache[e];
    if (!keys) {
      const entity = this.entities[e]!;
      keys = { names: [entity.name, ...entity.aliases].map(phraseWords), roles: entity.roles.map(phraseWords) };
      this.keyCache[e] = keys;
    }
    return keys;
  }

  /** Sorted mention starts of entity e. */
  private starts(e: number): readonly number[] {
    this.startCache ??= [];
    let starts = this.startCache[e];
    if (!starts) {
      starts = this.entities[e]!.mentions.map((m) => m.start).sort((a, b) => a - b);
      this.startCache[e] = starts;
    }
    return starts;
  }
}

/**
 * Whether the first word of a phrase ends in ة (هيئة، وزيرة), read off the letters: this runs for
 * every candidate speaker, so it does not fold the whole phrase. null for an empty phrase.
 */
function firstWordFeminine(phrase: string): boolean | null {
  let i = 0;
  while (i < phrase.length && isSeparator(phrase.charCodeAt(i))) i++;
  if (i === phrase.length) return null;
  let last = 0;
  for (; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if (isSeparator(c)) break;
    if (c < 0x64b || c > 0x65f) last = c; // diacritics aside
  }
  return last === 0x629 || last === 0x647;
}

const SEPARATOR_CODES = new Set([...'«»"“”()،,.:؛'].map((c) => c.charCodeAt(0)));
const isSeparator = (c: number) => c <= 0x20 || c === 0xa0 || SEPARATOR_CODES.has(c);

/** How far the nearest mention before `offset` is; mentions after it rank behind all earlier ones. */
function distance(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  if (lo > 0) return offset - starts[lo - 1]!;
  return starts.length > 0 ? 1e9 + starts[0]! : 1e12;
}
