// Why: across articles one name is spelled many ways (أيمن/ايمن, with or without harakat,
// «حماس» in quotes, تنظيم الدولة الإسلامية-ولاية خراسان with or without the hyphen), so names
// are compared by one folded key: the project's word folding (text/normalize) with
// separators collapsed to single spaces and quote marks around the name dropped. Dots stay
// (أ.ف.ب is not اف ب). Names are never stemmed.
import { normalizeWord } from "../text/normalize.js";

const SEPARATORS = /[\s\u2010-\u2015\-_]+/g;
const EDGES = /^[\s«»"“”‘’'()[\]{}.,،:;؛!?؟]+|[\s«»"“”‘’'()[\]{}.,،:;؛!?؟]+$/g;

/** The folded key two spellings of one name share. */
export function nameKey(text: string): string {
  return normalizeWord(text).replace(SEPARATORS, " ").replace(EDGES, "");
}

/** How many words a key has (keys are single-spaced). */
export function wordCount(key: string): number {
  if (key === "") return 0;
  let n = 1;
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) === 0x20) n++;
  return n;
}

const CONJUNCTIONS = "وف";
const PREPOSITIONS = "بكل";

/**
 * Keys a searcher may have meant besides the exact one, for a query typed with a clitic
 * (والسوداني، بالعراق، للبنان، لحماس) or without the article (سوداني): the first word with
 * و/ف and then ب/ك/ل taken off (لل read as ل + ال), each also with ال added or dropped.
 * The exact key is not among them; callers try it first.
 */
export function looserKeys(query: string): string[] {
  const key = nameKey(query);
  if (key === "") return [];
  const space = key.indexOf(" ");
  const first = space === -1 ? key : key.slice(0, space);
  const rest = space === -1 ? "" : key.slice(space);
  const heads = new Set<string>([first]);
  let word = first;
  if (CONJUNCTIONS.includes(word[0] ?? "") && word.length > 3) {
    word = word.slice(1);
    heads.add(word);
  }
  if (PREPOSITIONS.includes(word[0] ?? "") && word.length > 3) {
    heads.add(word.slice(1));
    if (word[0] === "ل" && word[1] === "ل") heads.add(`ا${word.slice(1)}`);
  }
  const out = new Set<string>();
  for (const head of heads) {
    out.add(head);
    if (head.startsWith("ال") && head.length > 4) out.add(head.slice(2));
    else if (!head.startsWith("ال")) out.add(`ال${head}`);
  }
  out.delete(first);
  return [...out].map((head) => head + rest);
}
