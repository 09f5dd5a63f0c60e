// Why: a speaker is resolved to an entity by position (an entity mention overlapping the
// subject) or, for a subject written as a title or a generic noun («وزير الخارجية العراقي»،
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

interface Keys {
  names: string[][];
  roles: string[][];
  /** Sorted mention starts. */
  starts: number[];
}

/** Folded words of a phrase, each without its article. */
export function phraseWords(phrase: string): string[] {
  return normalizeWord(phrase)
    .split(/[\s«»"“”()،,.:؛]+/)
    .filter(Boolean)
    .map(stripArticle);
}

const startsWith = (longer: string[], prefix: string[]) =>
  prefix.length > 0 && prefix.length <= longer.length && prefix.every((w, i) => longer[i] === w);

function contains(longer: string[], part: string[]): boolean {
  for (let i = 0; i + part.length <= longer.length; i++) if (startsWith(longer.slice(i), part)) return true;
  return false;
}

export class EntityIndex {
  readonly mentions: MentionRef[] = [];
  private readonly mentionOf: Int32Array;
  private keys: Keys[] | undefined;
  private byWord: Map<string, number[]> | undefined;

  constructor(
    tokens: readonly Token[],
    readonly entities: readonly Entity[],
  ) {
    this.mentionOf = new Int32Array(tokens.length).fill(-1);
    entities.forEach((entity, e) => {
      for (const span of entity.mentions) {
        if (span.end > span.start) this.mentions.push({ entity: e, ...span, firstTok: -1, lastTok: -1 });
      }
    });
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
    const entity = this.entities[e];
    if (!entity) return null;
    if (entity.type === "ORG") return phraseWords(entity.name)[0]?.endsWith("ه") ?? null;
    if (entity.type === "PER") return entity.roles.some((role) => phraseWords(role)[0]?.endsWith("ه")) ? true : null;
    return null;
  }

  /**
   * The entity a written title or noun stands for, by how well it fits: a role equal to it, a
   * role it begins (الوزير → وزير الخارجية), a role of two words or more that begins it
   * (وزير الخارجية العراقي السابق), a name or alias containing it. Among equal fits the
   * nearest mentioned before `offset` wins, else the first mentioned after. -1 when none.
   */
  match(written: string, offset: number): number {
    const words = phraseWords(written);
    if (words.length === 0) return -1;
    const { keys, byWord } = this.keyTables();
    let best = -1;
    let bestScore = Number.POSITIVE_INFINITY;
    // Every fit needs the first written word among the entity's role or name words.
    for (const e of byWord.get(words[0]!) ?? []) {
      const entity = keys[e]!;
      const fit = Math.min(
        ...entity.roles.map((role) =>
          role.length === words.length && startsWith(role, words)
            ? 0
            : startsWith(role, words)
              ? 1
              : role.length >= 2 && startsWith(words, role)
                ? 2
                : 9,
        ),
        entity.names.some((name) => contains(name, words)) ? 3 : 9,
      );
      const score = fit * 1e13 + distance(entity.starts, offset);
      if (fit < 9 && score < bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private keyTables(): { keys: Keys[]; byWord: Map<string, number[]> } {
    if (this.keys && this.byWord) return { keys: this.keys, byWord: this.byWord };
    const keys = this.entities.map((entity) => ({
      names: [entity.name, ...entity.aliases].map(phraseWords),
      roles: entity.roles.map(phraseWords),
      starts: entity.mentions.map((m) => m.start).sort((a, b) => a - b),
    }));
    const byWord = new Map<string, number[]>();
    keys.forEach((key, e) => {
      for (const word of new Set([...key.names, ...key.roles].flat())) {
        const list = byWord.get(word);
        if (list) list.push(e);
        else byWord.set(word, [e]);
      }
    });
    this.keys = keys;
    this.byWord = byWord;
    return { keys, byWord };
  }
}

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
