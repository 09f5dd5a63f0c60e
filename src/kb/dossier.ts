// Why: a dossier answers "who held which office when" and "who appears with whom". Roles are
// stated per article, in many spellings (وزير الخارجية / وزير الخارجيّة), and dated by the
// article that states them; co-occurrence is counted per article and, more strongly, per
// sentence (two actors in one sentence are usually acting on each other). These are the pure
// parts; the store feeds them rows.
import { nameKey } from "./names.js";

export interface RoleRow {
  role: string;
  /** Publication date of the article stating it (YYYY, YYYY-MM or YYYY-MM-DD), if known. */
  published: string | null;
  articleId: string;
}

export interface RoleOverTime {
  /** The spelling articles used most (first seen on a tie). */
  role: string;
  /** How many times articles stated it. */
  count: number;
  /** Earliest and latest dated article stating it; null when no such article is dated. */
  first: string | null;
  last: string | null;
  /** Articles stating it, oldest first (undated last), each once. */
  articles: string[];
}

/** Roles grouped by folded spelling, ordered by the date they were first seen (undated last). */
export function rolesOverTime(rows: readonly RoleRow[]): RoleOverTime[] {
  const sorted = [...rows].sort(
    (a, b) =>
      compareDates(a.published, b.published) || (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0),
  );
  const groups = new Map<string, RoleOverTime & { spellings: Map<string, number> }>();
  for (const row of sorted) {
    const key = nameKey(row.role);
    if (key === "") continue;
    let group = groups.get(key);
    if (!group) {
      group = { role: row.role, count: 0, first: null, last: null, articles: [], spellings: new Map() };
      groups.set(key, group);
    }
    group.count++;
    group.spellings.set(row.role, (group.spellings.get(row.role) ?? 0) + 1);
    if (row.published !== null) {
      group.first ??= row.published;
      group.last = row.published;
    }
    if (!group.articles.includes(row.articleId)) group.articles.push(row.articleId);
  }
  return [...groups.values()]
    .map(({ spellings, ...group }) => {
      let best = group.role;
      for (const [spelling, n] of spellings) if (n > (spellings.get(best) ?? 0)) best = spelling;
      return { ...group, role: best };
    })
    .sort((a, b) => compareDates(a.first, b.first) || compareDates(a.last, b.last));
}

/** Dates as ISO prefixes; unknown dates sort last. */
function compareDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

export interface Cooccurrence {
  id: string;
  /** Articles both entities appear in. */
  articles: number;
  /** Sentences both entities are mentioned in. */
  sentences: number;
  /** articles + sentences: a shared sentence counts once more on top of its article. */
  score: number;
}

/** The entities seen most with one entity, best first, at most `limit`. */
export function rankCooccurrences(
  articles: ReadonlyMap<string, number>,
  sentences: ReadonlyMap<string, number>,
  limit: number,
): Cooccurrence[] {
  return [...articles]
    .map(([id, n]) => {
      const s = sentences.get(id) ?? 0;
      return { id, articles: n, sentences: s, score: n + s };
    })
    .sort((a, b) => b.score - a.score || b.sentences - a.sentences || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}
