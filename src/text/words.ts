// Why: splitting و ف ب ك ل س off a word is only safe when we know what the rest is (وبغداد is
// و + بغداد, but وزير and بيان are whole words). lexicon/words.tsv holds that knowledge; this
// file loads it once, folded with normalizeWord, into a Set the tokenizer asks.
import { loadTsv } from "../lexicon/load.js";
import { normalizeWord } from "./normalize.js";

let words: Set<string> | undefined;

/** Normalised forms of every entry of lexicon/words.tsv. */
export function knownWords(): ReadonlySet<string> {
  if (!words) {
    words = new Set();
    for (const row of loadTsv("words")) {
      const word = row.word ?? "";
      if (word !== "") words.add(normalizeWord(word));
    }
  }
  return words;
}

/** Whether `norm` (already normalised) is a word of lexicon/words.tsv. */
export function isKnownWord(norm: string): boolean {
  return (words ?? knownWords()).has(norm);
}
