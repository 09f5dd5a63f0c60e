// Why: stages look every word token up in tables keyed by folded forms, and most words are in
// none of them. A Map lookup reads the Map's buckets and then the stored key strings; for a
// table of tens of thousands of generated forms (every clitic and suffix variant of a trigger)
// those reads miss the cache, because the stages that ran since the last article have filled it
// with their own data. A bit set over a hash of the folded form answers "surely not there" from
// one 32-bit word, allocates nothing, and can test the tail of a string (a norm without a glued
// clitic) without slicing it. A "maybe" still goes to the real table, so no answer changes.

/** FNV-1a over the UTF-16 units of s[from, s.length), then a murmur3 finalizer to spread the bits. */
export function hashFrom(s: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A blocked Bloom filter over strings: two bits per key in one 32-bit word. With the default
 * 16 bits per key about 2% of absent strings pass.
 */
export class NormFilter {
  private readonly words: Int32Array;
  private readonly shift: number;

  constructor(keys: Iterable<string>, bitsPerKey = 16) {
    const list = [...keys];
    let size = 1; // in 32-bit words, a power of two
    while (size * 32 < list.length * bitsPerKey) size *= 2;
    this.words = new Int32Array(size);
    this.shift = 32 - Math.log2(size);
    for (const key of list) {
      const h = hashFrom(key, 0);
      this.words[this.slot(h)]! |= NormFilter.bits(h);
    }
  }

  private slot(h: number): number {
    return this.shift === 32 ? 0 : h >>> this.shift;
  }

  private static bits(h: number): number {
    return (1 << (h & 31)) | (1 << ((h >>> 5) & 31));
  }

  /** False when s from `from` on is surely not a key; true when it may be. */
  mayHave(s: string, from = 0): boolean {
    const h = hashFrom(s, from);
    const bits = NormFilter.bits(h);
    return (this.words[this.slot(h)]! & bits) === bits;
  }
}
