// Why: stories need two set comparisons that must stay cheap and storable per article.
// Near-duplicates: MinHash over word shingles (PERMUTATIONS values, one per seeded hash), so
// the share of equal positions estimates the Jaccard similarity of the shingle sets, and LSH
// bands (BANDS × ROWS) turn "Jaccard ≳ 0.6" into "shares a band key" — an equality lookup an
// index answers without scanning the corpus. Content overlap: a bottom-k sketch (the k
// smallest hashes of the set) estimates Jaccard of content-word sets as well with one hash per
// word instead of one per permutation. Hashes are 32-bit (FNV-1a, murmur3 finaliser), so
// every value is a plain unsigned integer a store keeps as is.

export const PERMUTATIONS = 64;
export const BANDS = 16;
export const ROWS = 4;
/** The MinHash value of a position no element reached: only for an empty set. */
export const EMPTY = 0xffffffff;

/** murmur3's 32-bit finaliser: a cheap bijective mix. */
function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** FNV-1a over the UTF-16 units of `s` from `from` on. */
export function hashString(s: string, from = 0): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Order-sensitive combination of two hashes. */
function combine(h: number, x: number): number {
  return mix32((Math.imul(h, 0x9e3779b1) + x) >>> 0);
}

/** Hashes of the runs of `size` consecutive elements (one run of all when there are fewer). */
export function shingles(words: readonly number[], size: number): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const n = Math.max(1, words.length - size + 1);
  const out = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    let h = 0;
    const end = Math.min(i + size, words.length);
    for (let j = i; j < end; j++) h = Math.imul(h ^ words[j]!, 0x9e3779b1) + j - i;
    out[i] = mix32(h >>> 0);
  }
  return out;
}

const seeds = Uint32Array.from({ length: PERMUTATIONS }, (_, i) => mix32(0x5f3759df + Math.imul(i + 1, 0x9e3779b9)));

/** MinHash of a set given as element hashes (duplicates are harmless). */
export function minhash(elements: ArrayLike<number>): number[] {
  const out = new Uint32Array(PERMUTATIONS).fill(EMPTY);
  for (let e = 0; e < elements.length; e++) {
    const x = elements[e]!;
    for (let i = 0; i < PERMUTATIONS; i++) {
      const h = mix32(x ^ seeds[i]!);
      if (h < out[i]!) out[i] = h;
    }
  }
  return Array.from(out);
}

/** Share of equal positions; 0 when either set was empty. */
export function minhashJaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length || a[0] === EMPTY || b[0] === EMPTY) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** One key per band (the band's index mixed in, so bands never collide by construction); none for an empty set. */
export function bandKeys(mh: readonly number[]): number[] {
  if (mh.length !== BANDS * ROWS || mh[0] === EMPTY) return [];
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = mix32(b + 1);
    for (let r = 0; r < ROWS; r++) h = combine(h, mh[b * ROWS + r]!);
    keys.push(h);
  }
  return keys;
}

/** The k smallest distinct hashes of the elements, ascending. */
export function bottomK(elements: ArrayLike<number>, k: number): number[] {
  const all = new Uint32Array(elements.length);
  for (let i = 0; i < all.length; i++) all[i] = mix32(elements[i]! ^ 0x2545f491);
  all.sort();
  const out: number[] = [];
  for (let i = 0; i < all.length && out.length < k; i++) if (i === 0 || all[i] !== all[i - 1]) out.push(all[i]!);
  return out;
}

/**
 * Jaccard estimate of two sets from their bottom-k sketches: among the k smallest hashes of
 * the union, the share present in both (each of those is below both sketches' k-th value, so
 * its membership in either set is known). Exact when both sets have fewer than k elements.
 */
export function bottomKJaccard(a: readonly number[], b: readonly number[], k: number): number {
  let i = 0;
  let j = 0;
  let seen = 0;
  let both = 0;
  while (seen < k && (i < a.length || j < b.length)) {
    const x = i < a.length ? a[i]! : Number.POSITIVE_INFINITY;
    const y = j < b.length ? b[j]! : Number.POSITIVE_INFINITY;
    if (x === y) {
      both++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
    seen++;
  }
  return seen === 0 ? 0 : both / seen;
}

/** Three decimals: what scores and weights are stored and shown with. */
export const round3 = (x: number) => Math.round(x * 1000) / 1000;
