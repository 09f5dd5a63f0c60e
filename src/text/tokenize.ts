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
import { isPlainFold, normalizeView, normalizeWord } from "./normalize.js";
import { isKnownWord } from "./words.js";

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

const isConjunction = (c: number) => c === WAW || c === FEH;
const isPreposition = (c: number) => c === BEH || c === KAF || c === LAM || c === SEEN;
const isImperfectPrefix = (c: number) => c === YEH || c === TEH || c === NOON || c === ALEF;

/**
 * How many one-letter proclitics to split off `word` (raw or normalised), and the normalised
 * form of what remains (for ل + ال written لل, "ال" + the stem; see the file header).
 * `isKnown` is asked about normalised forms.
 */
export function splitProclitics(word: string, isKnown: IsKnown = isKnownWord): { clitics: number; rest: string } {
  return decide(normalizeWord(word), isKnown);
}

function decide(n: string, isKnown: IsKnown): { clitics: number; rest: string } {
  const none = { clitics: 0, rest: n };
  if (n.length < 3) return none;
  const c0 = n.charCodeAt(0);
  const chain2 = isConjunction(c0) && isPreposition(n.charCodeAt(1));
  if (!chain2 && !isConjunction(c0) && !isPreposition(c0)) return none;
  if (isKnown(n)) return none;

  // Structural evidence, longest chain first: the article, or ل + ل.
  for (let p = chain2 ? 2 : 1; p >= 1; p--) {
    const last = n.charCodeAt(p - 1);
    const left = n.length - p;
    if (last !== SEEN && left >= 4 && n.charCodeAt(p) === ALEF && n.charCodeAt(p + 1) === LAM) {
      return { clitics: p, rest: n.slice(p) };
    }
    if (last === LAM && n.charCodeAt(p) === LAM) {
      const stem = n.slice(p + 1);
      const bare = n.slice(p); // ل + a name starting with ل: للبنان
      const withArticle = "ال" + stem; // ل + ال + stem: للعراق
      const doubled = "ال" + bare; // ل + ال + a word starting with ل: للجنة, لله
      if (isKnown(withArticle)) return { clitics: p, rest: withArticle };
      if (isKnown(doubled)) return { clitics: p, rest: doubled };
      if (isKnown(bare)) return { clitics: p, rest: bare };
      if (stem.length >= 2) return { clitics: p, rest: withArticle };
    }
  }
  // Lexical evidence, shortest chain first (وكان is و + كان, not و + ك + ان).
  for (let p = 1; p <= (chain2 ? 2 : 1); p++) {
    if (n.length - p < 2) break;
    if (n.charCodeAt(p - 1) === SEEN && !isImperfectPrefix(n.charCodeAt(p))) continue;
    const rest = n.slice(p);
    if (isKnown(rest)) return { clitics: p, rest };
  }
  return none;
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
        let plain = true;
        while (i < n) {
          const c = classAt(text, i);
          if (c === LETTER) {
            letters++;
            if (!isPlainFold(text.charCodeAt(i)) || width(text, i) === 2) plain = false;
          } else if (c === MARK || c === JOINER) {
            plain = false;
          } else if (c === IGNORE) {
            // Invisible characters stay inside a word only when the word goes on after them.
            let j = i + 1;
            while (j < n && classAt(text, j) === IGNORE) j++;
            if (j >= n) break;
            const after = classAt(text, j);
            if (after !== LETTER && after !== MARK && after !== JOINER) break;
            plain = false;
            i = j;
            continue;
          } else {
            break;
          }
          i += width(text, i);
        }
        if (letters === 0) {
          push(out, text, start, i, "punct"); // stray tatweel or marks
          break;
        }
        const next = i < n ? classAt(text, i) : SPACE;
        const detached = next === DIGIT || next === OTHER_LETTER || (next === PUNCT && OPENERS.has(text.charCodeAt(i)));
        emitWord(out, text, start, i, plain, isKnown, detached);
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
 * `plain`: every character folds one unit to one unit, so folded offsets are source offsets.
 */
function emitWord(
  out: Token[],
  text: string,
  start: number,
  end: number,
  plain: boolean,
  isKnown: IsKnown,
  detached: boolean,
): void {
  const slice = text.slice(start, end);
  const view = plain ? undefined : normalizeView(slice);
  const norm = view ? view.text : normalizeWord(slice);
  const at = (k: number) => (k === 0 ? start : start + (view ? view.map[k]! : k));

  if (detached) {
    const parts = detachedPrefixes.get(norm);
    if (parts && cutsAreClean(view, norm.length)) {
      let k = 0;
      parts.forEach(([part, letters], index) => {
        const to = index === parts.length - 1 ? end : at(k + letters);
        out.push({ start: at(k), end: to, kind: "clitic", norm: part });
        k += letters;
      });
      return;
    }
  }

  const { clitics, rest } = decide(norm, isKnown);
  if (clitics === 0 || !cutsAreClean(view, clitics + 1)) {
    out.push({ start, end, kind: "word", norm });
    return;
  }
  for (let k = 0; k < clitics; k++) {
    out.push({ start: at(k), end: at(k + 1), kind: "clitic", norm: norm.charAt(k) });
  }
  out.push({ start: at(clitics), end, kind: "word", norm: rest });
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
  const slice = text.slice(token.start, token.end);
  let plain = true;
  for (let i = 0; i < slice.length; i++) if (!isPlainFold(slice.charCodeAt(i))) plain = false;
  emitWord(out, text, token.start, token.end, plain, isKnown, false);
  return out;
}
