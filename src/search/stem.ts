// Why: a reader searching «انسحاب» wants «الانسحاب» and «انسحابها», so words are reduced to a
// light stem before they are indexed or searched. Light10 (Larkey et al., the scheme Lucene's
// ArabicStemmer and Elasticsearch use) strips one article-like prefix and then a few suffixes;
// it never looks for roots, so it conflates inflections without merging unrelated words often.
// It runs on the folded form (text/normalize: أ إ آ → ا, ى → ي, ة → ه), so its suffix list
// is Lucene's after the same folding: ية and ة fold into يه and ه.
//
// Names are never stemmed: light10 turns فلسطين into فلسط, البحرين into بحر ("sea"), لبنان
// into لبن ("milk"), حسين into حس. A word whose bare form (article off) is a known name keeps
// that bare form as its stem, so العراق, عراق and (after the tokenizer split ب off)
// بالعراق all give عراق. Known names are: every one-word name or alias in the gazetteer
// (places, organisations, people), every word of a person's name there, and the given names
// of person-names.tsv — except common words those lists also hold (see commonWords: حديثة
// "modern", الدورة "session", مالي "financial", the demonym العربي): they are stemmed.
// So a nisba adjective meets its country, as in Lucene: العراقي and العراقية stem to عراق.
//
// Spellings that folding cannot join (أمريكا/أميركا, ترمب/ترامب) are listed in
// lexicon/search-variants.tsv; each variant's stem is mapped to the stem of its row's word.
import { declaredAmbiguous, demonyms, gazetteerIndex, people } from "../lexicon/gazetteer.js";
import { cellList, loadTsv } from "../lexicon/load.js";
import { normalizeWord } from "../text/normalize.js";
import { isKnownWord } from "../text/words.js";

/** Lucene's order: the article first, then the article behind a clitic, then و alone. */
const PREFIXES = ["ال", "وال", "بال", "كال", "فال", "لل", "و"];
/** Lucene's suffixes after folding; each is tried once, in this order. */
const SUFFIXES = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];

/**
 * Light10 on a folded word: one prefix off (و only from words of four letters or more, and
 * never from a word lexicon/words.tsv lists, such as وزير or وثيقة, where و is part of the
 * word), then each suffix in turn, every cut leaving at least two letters.
 */
export function light10(norm: string): string {
  let word = norm;
  for (const prefix of PREFIXES) {
    const min = prefix.length === 1 ? 4 : prefix.length + 2;
    if (word.length >= min && word.startsWith(prefix) && !(prefix === "و" && isKnownWord(word))) {
      word = word.slice(prefix.length);
      break;
    }
  }
  for (const suffix of SUFFIXES) {
    if (word.length >= suffix.length + 2 && word.endsWith(suffix)) word = word.slice(0, -suffix.length);
  }
  return word;
}

/** The folded word without the article ال, when at least two letters are left. */
export function bare(norm: string): string {
  return norm.length >= 4 && norm.startsWith("ال") ? norm.slice(2) : norm;
}

let names: Set<string> | undefined;

/**
 * Bare folded forms that the name lists hold but that are common words as well, so they are
 * stemmed: one-word forms a header declares ambiguous with a common word, demonyms, titles
 * (الملكة in an alias), number words (الثاني in عبد الله الثاني) and
 * lexicon/search-common-words.tsv (العربي).
 */
function commonWords(): Set<string> {
  const common = new Set<string>();
  const add = (written: string) => {
    for (const word of written.split(/\s+/)) if (word !== "") common.add(bare(normalizeWord(word)));
  };
  // A declared form with two gazetteer readings names two things (عمان: Amman and Oman) and
  // stays a name; one reading means the other sense is a common word (مالي: "financial").
  const index = gazetteerIndex();
  for (const file of ["places", "organisations", "people", "person-names"]) {
    for (const form of declaredAmbiguous(file)) {
      if (!form.includes(" ") && (index.get(form)?.readings.length ?? 0) < 2) add(form);
    }
  }
  for (const form of demonyms().keys()) add(form);
  for (const row of loadTsv("titles")) add(row.title ?? "");
  for (const row of loadTsv("number-words")) add(row.word ?? "");
  for (const row of loadTsv("search-common-words")) add(row.word ?? "");
  return common;
}

/** Bare folded forms of the known names (see the file header). */
export function knownNames(): ReadonlySet<string> {
  if (names) return names;
  const common = commonWords();
  const found = new Set<string>();
  const add = (written: string) => {
    const form = bare(normalizeWord(written.trim()));
    if (form !== "" && !common.has(form)) found.add(form);
  };
  for (const key of gazetteerIndex().keys()) if (!key.includes(" ")) add(key);
  for (const person of people()) for (const form of [person.name, ...person.aliases]) form.split(/\s+/).forEach(add);
  for (const row of loadTsv("person-names")) if (row.ambiguous !== "yes") add(row.name ?? "");
  names = found;
  return names;
}

/** Whether the folded word (article and all) is a known name. */
export function isName(norm: string): boolean {
  return (names ?? knownNames()).has(bare(norm));
}

let variants: Map<string, string> | undefined;

/** Stem of each spelling variant in lexicon/search-variants.tsv → the stem of its row's word. */
export function variantStems(): ReadonlyMap<string, string> {
  if (variants) return variants;
  variants = new Map();
  for (const row of loadTsv("search-variants")) {
    const target = plainStem(normalizeWord(row.word ?? ""));
    for (const variant of cellList(row.variants)) {
      const from = plainStem(normalizeWord(variant));
      if (from !== target) variants.set(from, target);
    }
  }
  return variants;
}

function plainStem(norm: string): string {
  return isName(norm) ? bare(norm) : light10(norm);
}

/** The search stem of a folded, clitic-free word: names bare, other words light10, variants joined. */
export function stem(norm: string): string {
  const s = plainStem(norm);
  return (variants ?? variantStems()).get(s) ?? s;
}
