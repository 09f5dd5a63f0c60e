// Why: splitting و ف ب ك ل س off a word is only safe when we know what the rest is (وبغداد is
// و + بغداد, but وزير and بيان are whole words). lexicon/words.tsv holds that knowledge, with the
// reporting verbs' forms of speech-verbs.tsv; this file loads them once, folded with
// normalizeWord, into a Set the tokenizer asks.
import { loadTsv } from "../lexicon/load.js";
import { normalizeWord } from "./normalize.js";

let words: Set<string> | undefined;

/** Normalised forms of every entry of lexicon/words.tsv and every reporting verb form. */
export function knownWords(): ReadonlySet<string> {
  if (!words) {
    words = new Set();
    for (const row of loadTsv("words")) {
      const word = row.word ?? "";
      if (word !== "") words.add(normalizeWord(word));
    }
    // The past and present forms of reporting verbs are known words too: فاعتبرت is ف + اعتبرت.
    for (const row of loadTsv("speech-verbs")) {
      for (const cell of [row.past, row.present]) {
        for (const form of (cell ?? "").split("|")) if (form && form !== "-") words.add(normalizeWord(form));
      }
    }
  }
  return words;
}

/** Whether `norm` (already normalised) is a word of lexicon/words.tsv. */
export function isKnownWord(norm: string): boolean {
  return (words ?? knownWords()).has(norm);
}
