// Why: Arabic news text spells one word many ways (with or without hamza on the alef, ى for
// ي, ة for ه, harakat, tatweel, Persian letters, Arabic-Indic digits, presentation forms).
// Every lexicon lookup and rule matches against one folded form, so the folding lives here,
// once. The article text itself is never rewritten: normalizeView builds a separate folded
// string plus a map back to the source, so a match in the folded text cites the exact source
// span. normalizeWord is the same folding without the map, tuned for hot paths (lexicon keys,
// token norms): a precomputed per-char table, and NFKC only for clusters that need it.
//
// The folding, applied per cluster (a base character plus its following combining marks):
//   1. NFKC, when any character of the cluster could change under it (presentation forms,
//      ligatures such as ﻻ → لا, hamza written as a combining mark: ا + U+0654 → أ);
//   2. delete harakat and Quranic marks (U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED),
//      tatweel U+0640, and invisible format characters (bidi marks, ZWJ/ZWNJ, soft hyphen,
//      BOM, Arabic letter mark) that would otherwise split a word in two for a lookup; a
//      cluster whose base is deleted goes whole, marks included;
//   3. fold أ إ آ ٱ → ا, ى → ي, ة → ه, ی → ي, ک → ك, Arabic-Indic and Persian digits → 0-9,
//      ٫ → ".", ٬ → ",", and Latin letters to lower case. ؤ, ئ and Arabic punctuation
//      (، ؛ ؟ « ») are kept as they are.

export interface NormalizedView {
  source: string;
  text: string;
  /** map[i]: offset in `source` of normalised unit i; map[text.length] === source.length. */
  map: Int32Array;
  /** The smallest span of whole source clusters covering normalised [start, end). */
  toSource(start: number, end: number): { start: number; end: number };
}

const DELETE = 1; // produces nothing
const MARK = 2; // combining mark: belongs to the cluster of the character before it
const SENSITIVE = 4; // the cluster holding it must go through NFKC
const CHANGED = 8; // fold[c] !== c

interface Tables {
  flags: Uint8Array;
  fold: Uint16Array;
}
let built: Tables | undefined;
function tables(): Tables {
  built ??= buildTables();
  return built;
}

/** The per-char tables, built on first use (about 15 ms, once per process). */
function buildTables(): Tables {
  const f = new Uint8Array(0x10000);
  const flag = (c: number, bit: number) => {
    f[c] = f[c]! | bit;
  };
  const m = new Uint16Array(0x10000);
  const isMark = /\p{M}/u;
  const isLatin = /\p{Script=Latin}/u;
  for (let c = 0; c < 0x10000; c++) {
    m[c] = c;
    if (c >= 0xd800 && c <= 0xdfff) {
      f[c] = SENSITIVE; // astral characters take the cluster path
      continue;
    }
    const ch = String.fromCharCode(c);
    if (isMark.test(ch)) flag(c, MARK);
    if (ch.normalize("NFKC") !== ch) flag(c, SENSITIVE);
    const lower = ch.toLowerCase();
    if (lower !== ch && lower.length === 1 && isLatin.test(ch)) m[c] = lower.charCodeAt(0);
  }
  const del = (from: number, to: number) => {
    for (let c = from; c <= to; c++) flag(c, DELETE);
  };
  del(0x0610, 0x061a);
  del(0x064b, 0x065f);
  del(0x0670, 0x0670);
  del(0x06d6, 0x06ed);
  del(0x0640, 0x0640); // tatweel
  del(0x00ad, 0x00ad); // soft hyphen
  del(0x061c, 0x061c); // Arabic letter mark
  del(0x200b, 0x200f); // zero width space, ZWNJ, ZWJ, LRM, RLM
  del(0x202a, 0x202e); // bidi embeddings and overrides
  del(0x2060, 0x2064); // word joiner and invisible operators
  del(0x2066, 0x2069); // bidi isolates
  del(0xfeff, 0xfeff); // byte order mark
  // Marks that compose with a base under NFKC (آ أ إ ؤ ئ ۀ ۂ ۓ): the cluster must see NFKC
  // before the mark is deleted. No other deleted mark appears in any canonical decomposition
  // (checked in normalize.test.ts).
  for (const c of [0x0653, 0x0654, 0x0655]) flag(c, SENSITIVE);
  // Marks we keep (Latin accents, ...) may compose or reorder under NFKC.
  for (let c = 0; c < 0x10000; c++) if ((f[c]! & (MARK | DELETE)) === MARK) flag(c, SENSITIVE);

  const set = (from: number, to: number) => {
    m[from] = to;
  };
  // Folds: only these letters, digits and separators (ؤ ئ and Arabic punctuation stay).
  for (const c of [0x0623, 0x0625, 0x0622, 0x0671]) set(c, 0x0627); // أ إ آ ٱ → ا
  set(0x0649, 0x064a); // ى → ي
  set(0x0629, 0x0647); // ة → ه
  set(0x06cc, 0x064a); // Persian ی → ي
  set(0x06a9, 0x0643); // Persian ک → ك
  for (let d = 0; d < 10; d++) {
    set(0x0660 + d, 0x30 + d); // ٠-٩
    set(0x06f0 + d, 0x30 + d); // ۰-۹
  }
  set(0x066b, 0x2e); // ٫ Arabic decimal separator
  set(0x066c, 0x2c); // ٬ Arabic thousands separator
  for (let c = 0; c < 0x10000; c++) if (m[c] !== c) flag(c, CHANGED);
  return { flags: f, fold: m };
}

/**
 * True when `code` always folds to exactly one unit on its own and never needs NFKC: a run of
 * such characters folds one unit to one unit, so folded offsets equal source offsets.
 */
export function isPlainFold(code: number): boolean {
  return (tables().flags[code]! & (DELETE | SENSITIVE)) === 0;
}

const markRe = /^\p{M}$/u;
function isAstralMark(cp: number): boolean {
  return markRe.test(String.fromCodePoint(cp));
}

/**
 * The folded form of `s` (see the file header). Always equal to normalizeView(s).text, but
 * without the map; strings of plain Arabic or ASCII cost one table lookup per char.
 */
export function normalizeWord(s: string): string {
  const { flags: f, fold: m } = tables();
  const n = s.length;
  let i = 0;
  while (i < n && f[s.charCodeAt(i)] === 0) i++;
  if (i === n) return s;
  let out = "";
  let runStart = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    const fc = f[c]!;
    if (fc === 0) continue;
    if (fc & SENSITIVE) return normalizeView(s).text;
    out += s.slice(runStart, i);
    if ((fc & DELETE) === 0) out += String.fromCharCode(m[c]!);
    runStart = i + 1;
  }
  return runStart === 0 ? s : out + s.slice(runStart);
}

/** The folded text of `source` with a map from each folded unit back to the source. */
export function normalizeView(source: string): NormalizedView {
  const { flags: f, fold: m } = tables();
  const n = source.length;
  let cap = n + 16;
  let units = new Uint16Array(cap);
  let map = new Int32Array(cap + 1);
  let ends = new Int32Array(cap);
  let k = 0;
  const grow = (need: number) => {
    while (cap < need) cap *= 2;
    const u = new Uint16Array(cap);
    u.set(units.subarray(0, k));
    units = u;
    const mp = new Int32Array(cap + 1);
    mp.set(map.subarray(0, k));
    map = mp;
    const e = new Int32Array(cap);
    e.set(ends.subarray(0, k));
    ends = e;
  };

  let i = 0;
  while (i < n) {
    const start = i;
    const c = source.charCodeAt(i);
    let sensitive = (f[c]! & SENSITIVE) !== 0;
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < n && (source.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    // Following combining marks join the cluster.
    while (i < n) {
      const d = source.charCodeAt(i);
      if (d >= 0xd800 && d <= 0xdfff) {
        const cp = source.codePointAt(i)!;
        if (cp <= 0xffff || !isAstralMark(cp)) break;
        sensitive = true;
        i += 2;
        continue;
      }
      const fd = f[d]!;
      if ((fd & MARK) === 0) break;
      if (fd & SENSITIVE) sensitive = true;
      i++;
    }
    if (!sensitive) {
      if ((f[c]! & DELETE) === 0) {
        if (k + 1 > cap) grow(k + 1);
        units[k] = m[c]!;
        map[k] = start;
        ends[k] = i;
        k++;
      }
      continue;
    }
    // Marks on a deleted character (tatweel, a bidi mark) go with it: kept, they would
    // combine with the letter before once the character is gone.
    if (f[c]! & DELETE) continue;
    const t = foldCluster(source.slice(start, i), f, m);
    if (k + t.length > cap) grow(k + t.length);
    for (let j = 0; j < t.length; j++) {
      units[k] = t.charCodeAt(j);
      map[k] = start;
      ends[k] = i;
      k++;
    }
  }
  map[k] = n;
  const text = unitsToString(units, k);
  const finalMap = map.slice(0, k + 1);
  const finalEnds = ends.slice(0, k);
  return {
    source,
    text,
    map: finalMap,
    toSource(from: number, to: number) {
      if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to < from || to > k) {
        throw new RangeError(`normalised span [${from}, ${to}) is outside [0, ${k}]`);
      }
      if (from === to) return { start: finalMap[from]!, end: finalMap[from]! };
      return { start: finalMap[from]!, end: finalEnds[to - 1]! };
    },
  };
}

/**
 * NFKC then the per-char folding, repeated until stable: deleting a mark can unblock a
 * composition (a + U+0610 + U+0300), and the result must fold to itself.
 */
function foldCluster(cluster: string, f: Uint8Array, m: Uint16Array): string {
  let current = cluster;
  for (let round = 0; round < 4; round++) {
    const t = current.normalize("NFKC");
    let out = "";
    for (let j = 0; j < t.length; j++) {
      const u = t.charCodeAt(j);
      if ((f[u]! & DELETE) === 0) out += String.fromCharCode(m[u]!);
    }
    if (out === current) break;
    current = out;
  }
  return current;
}

function unitsToString(units: Uint16Array, length: number): string {
  const CHUNK = 8192;
  if (length <= CHUNK) return String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
  let out = "";
  for (let i = 0; i < length; i += CHUNK) {
    out += String.fromCharCode.apply(null, units.subarray(i, Math.min(length, i + CHUNK)) as unknown as number[]);
  }
  return out;
}
