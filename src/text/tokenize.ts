// Why: every later stage (lexicons, patterns, quotes, figures) walks tokens, so the tokenizer
// decides once what a word is in Arabic news text: letters with their harakat and tatweel,
// proclitics (و ف ب ك ل س) split off only where the rest is a known word, numbers in Western
// and Arabic-Indic digits with their separators kept whole (4.5, ٤٫٥, 2,500, 2024/03/27),
// Latin words, punctuation and symbols. Offsets index the original text; `norm` is the folded
// form from normalize.ts. One pass of charCode tests over a lazily filled class table.
//
// Clitics. The article ال stays attached to its word (العراق is written with it), and the
// other proclitics become one-letter `clitic` tokens:
//   والعراق → و | العراق        وبالعراق → و | ب | العراق        وبغداد → و | بغداد
// A word is split when
//   (a) it is not itself a known word (lexicon/words.tsv), and
//   (b) after و/ف and/or ب/ك/ل comes ال and at least two more letters (the article proves a
//       word follows), or ل + ل (ل + ال with the alef dropped, see below), or
//   (c) the rest is a known word (for س the rest must also start like an imperfect verb:
//       ي ت ن ا). Unknown rests are not split: وثيقة must not become و + ثيقة. A later
//       stage that knows more names (وبلينكن once بلينكن is known) retries with
//       splitProclitics or splitWordToken and its own isKnown.
// لل: ل + الX is written للX. The tokens are the clitic ل [0,1) and the word [1,end), whose
// slice reads لX but whose `norm` is "ال" + X, the form a lexicon knows. This is the one case
// where a token's norm is not normalizeWord(slice). When "ل" + X is itself a known bare
// name (للبنان → ل | لبنان) or "الل" + X a known definite word (لله → ل | الله), that
// rest is used instead.
// A lone proclitic joined to a number, a Latin word or a quote (بـ50, لـ«حماس», الـ30)
// becomes clitic tokens too, ال included, since no word follows to keep it.
import type { Token, TokenKind } from "../model.js";
import { NormFilter } from "./norm-filter.js";
import { isPlainFold, normalizeView, normalizeWord } from "./normalize.js";
import { isKnownWord, knownWords } from "./words.js";

export type IsKnown = (norm: string) => boolean;

const SPACE = 1;
const IGNORE = 2; // format and control characters: not tokens, but they may sit inside a word
const LETTER = 3; // Arabic-script letter
const MARK = 4; // combining marks: they stay with the character before them
const DIGIT = 5;
const OTHER_LETTER = 6; // Latin and every other script
const PUNCT = 7;
const SYMBOL = 8;
const JOINER = 9; // tatweel and the Arabic signs folded away that are not combining marks: word-internal

const classes = new Uint8Array(0x10000);
const reSpace = /\s/;
const reFormat = /[\p{Cc}\p{Cf}]/u;
const reMark = /\p{M}/u;
const reArabicLetter = /(?=\p{L})\p{Script=Arabic}/u;
const reDigit = /[\p{Nd}\p{No}]/u;
const reLetter = /[\p{L}\p{Nl}]/u;
const rePunct = /\p{P}/u;
const symbolPunct = new Set([..."%٪‰‱؉؊#&@"]);

function classify(ch: string, code: number): number {
  if (reMark.test(ch)) return MARK;
  if (code === 0x0640 || (code >= 0x06d6 && code <= 0x06ed)) return JOINER;
  if (code === 0xfeff) return IGNORE;
  if (reSpace.test(ch)) return SPACE;
  if (reFormat.test(ch)) return IGNORE;
  if (reArabicLetter.test(ch)) return LETTER;
  if (reDigit.test(ch)) return DIGIT;
  if (reLetter.test(ch)) return OTHER_LETTER;
  if (symbolPunct.has(ch)) return SYMBOL;
  if (rePunct.test(ch)) return PUNCT;
  return SYMBOL;
}

/** Class of the character at i; astral characters are classified by code point. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) return classify(String.fromCodePoint(cp), cp);
  }
  const known = classes[code]!;
  if (known !== 0) return known;
  const cls = code >= 0xd800 && code <= 0xdfff ? SYMBOL : classify(String.fromCharCode(code), code);
  classes[code] = cls;
  return cls;
}

function width(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

// How a character folds, for the word it sits in: one unit to one unit (offsets are kept);
// dropped on its own without touching its neighbours (harakat, tatweel, bidi marks: offsets
// shift, but each kept character is still its own unit); or anything else (presentation forms,
// hamza written as a mark, astral characters), which needs normalizeView's offset map.
const PLAIN = 1;
const DROPPED = 2;
const VIEW = 3;
const foldKinds = new Uint8Array(0x10000);

function foldKind(code: number): number {
  let kind = foldKinds[code]!;
  if (kind === 0) {
    kind = isPlainFold(code) ? PLAIN : dropsAlone(code) ? DROPPED : VIEW;
    foldKinds[code] = kind;
  }
  return kind;
}

/** Folded away alone, and composing under NFKC with no plain Arabic letter before it. */
function dropsAlone(code: number): boolean {
  if (code >= 0xd800 && code <= 0xdfff) return false;
  const ch = String.fromCharCode(code);
  if (normalizeWord(ch) !== "" || ch.normalize("NFKC") !== ch) return false;
  for (const [from, to] of ARABIC_BLOCKS) {
    for (let base = from; base <= to; base++) {
      const pair = String.fromCharCode(base) + ch;
      if (isPlainFold(base) && pair.normalize("NFKC") !== pair) return false;
    }
  }
  return true;
}
const ARABIC_BLOCKS = [
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  [0x08a0, 0x08ff],
] as const;

const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const KAF = 0x0643;
const LAM = 0x0644;
const SEEN = 0x0633;
const ALEF = 0x0627;
const YEH = 0x064a;
const TEH = 0x062a;
const NOON = 0x0646;

/** The one-letter norms of clitic tokens, made once: charAt would allocate each (non-Latin1). */
const cliticNorms = new Map([WAW, FEH, BEH, KAF, LAM, SEEN].map((c) => [c, String.fromCharCode(c)]));
const cliticNorm = (c: number) => cliticNorms.get(c) ?? String.fromCharCode(c);

const isConjunction = (c: number) => c === WAW || c === FEH;
const isPreposition = (c: number) => c === BEH || c === KAF || c === LAM || c === SEEN;
const isImperfectPrefix = (c: number) => c === YEH || c === TEH || c === NOON || c === ALEF;

/**
 * How many one-letter proclitics to split off `word` (raw or normalised), and the normalised
 * form of what remains (for ل + ال written لل, "ال" + the stem; see the file header).
 * `isKnown` is asked about normalised forms.
 */
export function splitProclitics(word: string, isKnown: IsKnown = isKnownWord): { clitics: number; rest: string } {
  const n = normalizeWord(word);
  const clitics = decide(n, isKnown);
  return { clitics, rest: clitics === 0 ? n : decidedRest };
}

/** The rest `decide` chose; a module slot rather than a returned object, since it runs per word. */
let decidedRest = "";

/** How many proclitics to split off the folded word `n`; the rest's norm is left in decidedRest. */
function decide(n: string, isKnown: IsKnown): number {
  if (n.length < 3) return 0;
  const c0 = n.charCodeAt(0);
  const chain2 = isConjunction(c0) && isPreposition(n.charCodeAt(1));
  if (!chain2 && !isConjunction(c0) && !isPreposition(c0)) return 0;
  if (knownFrom(n, 0, isKnown) !== null) return 0;

  // Structural evidence, longest chain first: the article, or ل + ل.
  for (let p = chain2 ? 2 : 1; p >= 1; p--) {
    const last = n.charCodeAt(p - 1);
    const left = n.length - p;
    if (last !== SEEN && left >= 4 && n.charCodeAt(p) === ALEF && n.charCodeAt(p + 1) === LAM) {
      decidedRest = n.slice(p);
      return p;
    }
    if (last === LAM && n.charCodeAt(p) === LAM) {
      const stem = n.slice(p + 1);
      const bare = n.slice(p); // ل + a name starting with ل: للبنان
      const withArticle = "ال" + stem; // ل + ال + stem: للعراق
      const doubled = "ال" + bare; // ل + ال + a word starting with ل: للجنة, لله
      if (isKnown(withArticle)) decidedRest = withArticle;
      else if (isKnown(doubled)) decidedRest = doubled;
      else if (isKnown(bare)) decidedRest = bare;
      else if (stem.length >= 2) decidedRest = withArticle;
      else continue;
      return p;
    }
  }
  // Lexical evidence, shortest chain first (وكان is و + كان, not و + ك + ان).
  for (let p = 1; p <= (chain2 ? 2 : 1); p++) {
    if (n.length - p < 2) break;
    if (n.charCodeAt(p - 1) === SEEN && !isImperfectPrefix(n.charCodeAt(p))) continue;
    const rest = knownFrom(n, p, isKnown);
    if (rest !== null) {
      decidedRest = rest;
      return p;
    }
  }
  return 0;
}

let knownFilter: NormFilter | undefined;

/**
 * `n` from `from` on when `isKnown` knows it, else null. Most words are not in the default
 * lexicon, and its filter says so without slicing (see norm-filter.ts).
 */
function knownFrom(n: string, from: number, isKnown: IsKnown): string | null {
  if (isKnown === isKnownWord) {
    knownFilter ??= new NormFilter(knownWords());
    if (!knownFilter.mayHave(n, from)) return null;
  }
  const rest = from === 0 ? n : n.slice(from);
  return isKnown(rest) ? rest : null;
}

/**
 * Runs that are only proclitics (بـ in بـ50, الـ in الـ30), by folded form: each clitic
 * token's norm and how many folded letters it takes. ال is one token; in لل the second ل
 * stands for ال.
 */
const detachedPrefixes = new Map<string, Array<[norm: string, letters: number]>>();
for (const conj of ["", "و", "ف"]) {
  for (const prep of ["", "ب", "ك", "ل", "س"]) {
    for (const article of [false, true]) {
      if (article && prep === "س") continue;
      const parts: Array<[string, number]> = [];
      if (conj) parts.push([conj, 1]);
      if (prep) parts.push([prep, 1]);
      if (article) parts.push(["ال", prep === "ل" ? 1 : 2]);
      const written = conj + prep + (article ? (prep === "ل" ? "ل" : "ال") : "");
      if (parts.length > 0) detachedPrefixes.set(written, parts);
    }
  }
}

const OPENERS = new Set([..."«\"“‘'([{‹„"].map((ch) => ch.charCodeAt(0)));
const SEPARATORS = new Set([...".,٫٬/"].map((ch) => ch.charCodeAt(0)));
const APOSTROPHES = new Set([..."'’"].map((ch) => ch.charCodeAt(0)));

function push(out: Token[], text: string, start: number, end: number, kind: TokenKind, norm?: string): void {
  out.push({ start, end, kind, norm: norm ?? normalizeWord(text.slice(start, end)) });
}

/** Tokens of `text`; `isKnown` decides proclitic splits (default: lexicon/words.tsv). */
export function tokenize(text: string, isKnown: IsKnown = isKnownWord): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    const start = i;
    switch (cls) {
      case SPACE:
      case IGNORE:
        i += width(text, i);
        continue;
      case LETTER:
      case MARK:
      case JOINER: {
        let letters = 0;
        let fold = PLAIN; // the hardest fold kind in the word
        while (i < n) {
          const c = classAt(text, i);
          if (c === LETTER || c === MARK || c === JOINER) {
            if (c === LETTER) letters++;
            const w = width(text, i);
            const kind = w === 2 ? VIEW : foldKind(text.charCodeAt(i));
            if (kind > fold) fold = kind;
            i += w;
          } else if (c === IGNORE) {
            // Invisible characters stay inside a word only when the word goes on after them.
            let j = i + 1;
            while (j < n && classAt(text, j) === IGNORE) j++;
            if (j >= n) break;
            const after = classAt(text, j);
            if (after !== LETTER && after !== MARK && after !== JOINER) break;
            for (; i < j; i++) {
              const kind = foldKind(text.charCodeAt(i));
              if (kind > fold) fold = kind;
            }
          } else {
            break;
          }
        }
        if (letters === 0) {
          push(out, text, start, i, "punct"); // stray tatweel or marks
          break;
        }
        const next = i < n ? classAt(text, i) : SPACE;
        const detached = next === DIGIT || next === OTHER_LETTER || (next === PUNCT && OPENERS.has(text.charCodeAt(i)));
        emitWord(out, text, start, i, fold, isKnown, detached);
        break;
      }
      case DIGIT: {
        let separators = false;
        while (i < n) {
          const c = classAt(text, i);
          if (c === DIGIT) {
            i += width(text, i);
          } else if (SEPARATORS.has(text.charCodeAt(i)) && i + 1 < n && classAt(text, i + 1) === DIGIT) {
            separators = true;
            i++;
          } else {
            break;
          }
        }
        if (!separators && i < n && classAt(text, i) === OTHER_LETTER) {
          i = scanLatin(text, i); // 5G, 3D
          i = scanMarks(text, i);
          push(out, text, start, i, "latin");
        } else {
          i = scanMarks(text, i);
          push(out, text, start, i, "number");
        }
        break;
      }
      case OTHER_LETTER:
        i = scanMarks(text, scanLatin(text, i));
        push(out, text, start, i, "latin");
        break;
      default: {
        // Punctuation and symbols: a run of the same character is one token (..., !!, ؟؟).
        const w = width(text, i);
        const first = text.slice(i, i + w);
        i += w;
        while (i < n && text.startsWith(first, i)) i += w;
        i = scanMarks(text, i);
        push(out, text, start, i, cls === SYMBOL ? "symbol" : "punct");
      }
    }
  }
  return out;
}

function scanLatin(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = classAt(text, i);
    if (c === OTHER_LETTER || c === DIGIT || c === MARK) {
      i += width(text, i);
    } else if (
      APOSTROPHES.has(text.charCodeAt(i)) &&
      i + 1 < n &&
      classAt(text, i + 1) === OTHER_LETTER &&
      classAt(text, i - 1) === OTHER_LETTER
    ) {
      i++; // O'Brien
    } else {
      break;
    }
  }
  return i;
}

function scanMarks(text: string, i: number): number {
  while (i < text.length && classAt(text, i) === MARK) i += width(text, i);
  return i;
}

/**
 * Emits the word text[start, end) as tokens: clitics and the rest, or one word token.
 * `fold`: the hardest fold kind among its characters (see foldKind).
 */
function emitWord(
  out: Token[],
  text: string,
  start: number,
  end: number,
  fold: number,
  isKnown: IsKnown,
  detached: boolean,
): void {
  const view = fold === VIEW ? normalizeView(text.slice(start, end)) : undefined;
  const norm = view ? view.text : foldRange(text, start, end);

  if (detached) {
    const parts = detachedPrefixes.get(norm);
    if (parts && cutsAreClean(view, norm.length)) {
      let k = 0;
      let from = start;
      for (let index = 0; index < parts.length; index++) {
        const [part, letters] = parts[index]!;
        k += letters;
        const to = index === parts.length - 1 ? end : unitOffset(text, start, k, view, fold);
        out.push({ start: from, end: to, kind: "clitic", norm: part });
        from = to;
      }
      return;
    }
  }

  const clitics = decide(norm, isKnown);
  if (clitics === 0 || !cutsAreClean(view, clitics + 1)) {
    out.push({ start, end, kind: "word", norm });
    return;
  }
  let from = start;
  for (let k = 1; k <= clitics; k++) {
    const to = unitOffset(text, start, k, view, fold);
    out.push({ start: from, end: to, kind: "clitic", norm: cliticNorm(norm.charCodeAt(k - 1)) });
    from = to;
  }
  out.push({ start: from, end, kind: "word", norm: decidedRest });
}

/** Folded code of each PLAIN character, filled on first use. */
const foldedCodes = new Uint16Array(0x10000);

function foldedCode(code: number): number {
  let folded = foldedCodes[code]!;
  if (folded === 0) {
    folded = normalizeWord(String.fromCharCode(code)).charCodeAt(0);
    foldedCodes[code] = folded;
  }
  return folded;
}

/** Code buffers by length, so String.fromCharCode gets exactly the word's units. */
const codeBuffers: number[][] = [];
const MAX_BUFFERED = 48;

/**
 * normalizeWord(text.slice(start, end)) for a word without VIEW characters, built straight
 * from the text: one string per word, not a slice plus the pieces of its folding.
 */
function foldRange(text: string, start: number, end: number): string {
  let length = 0;
  let changed = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (foldKind(code) !== PLAIN) changed = true;
    else {
      length++;
      if (foldedCode(code) !== code) changed = true;
    }
  }
  if (!changed) return text.slice(start, end);
  if (length > MAX_BUFFERED) return normalizeWord(text.slice(start, end));
  let codes = codeBuffers[length];
  if (codes === undefined) {
    codes = new Array<number>(length).fill(0);
    codeBuffers[length] = codes;
  }
  let k = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (foldKind(code) === PLAIN) codes[k++] = foldedCode(code);
  }
  return String.fromCharCode.apply(null, codes);
}

/** Source offset of folded unit k (k > 0) of the word starting at `start`. */
function unitOffset(
  text: string,
  start: number,
  k: number,
  view: ReturnType<typeof normalizeView> | undefined,
  fold: number,
): number {
  if (view) return start + view.map[k]!;
  if (fold === PLAIN) return start + k;
  // Only harakat, tatweel or invisible characters are dropped: unit k is the k-th kept character.
  let seen = 0;
  for (let i = start; ; i++) {
    if (foldKind(text.charCodeAt(i)) === PLAIN && seen++ === k) return i;
  }
}

/** Whether folded units 0..upTo-1 each come from their own source cluster, so cuts between them are possible. */
function cutsAreClean(view: ReturnType<typeof normalizeView> | undefined, upTo: number): boolean {
  if (!view) return true;
  for (let k = 1; k < upTo && k < view.text.length; k++) if (view.map[k] === view.map[k - 1]) return false;
  return true;
}

/**
 * Retries the proclitic split of a word token with other knowledge (e.g. names found in the
 * article): returns the clitic tokens and the rest, or [token] when nothing splits.
 */
export function splitWordToken(text: string, token: Token, isKnown: IsKnown): Token[] {
  if (token.kind !== "word") return [token];
  const out: Token[] = [];
  let fold = PLAIN;
  for (let i = token.start; i < token.end; i++) {
    const code = text.charCodeAt(i);
    const kind = code >= 0xd800 && code <= 0xdfff ? VIEW : foldKind(code);
    if (kind > fold) fold = kind;
  }
  emitWord(out, text, token.start, token.end, fold, isKnown, false);
  return out;
}
