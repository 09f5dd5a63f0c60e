// Why: the events stage projects each article's layers onto per-token arrays (which entity,
// which quote, where a clause stops). A fresh typed array of a few hundred elements costs a
// malloc and a finalizer, about a microsecond each, and an article needs nine; a view of a
// buffer kept across articles costs a fill. Views handed out since the last reset stay valid
// until the next one, so they must not outlive one extractEvents call.
export class Scratch {
  private ints = new Int32Array(4096);
  private bytes = new Uint8Array(4096);
  private intsUsed = 0;
  private bytesUsed = 0;
  private readonly list: unknown[] = [];

  /** Starts a new article: the views handed out before may be overwritten from now on. */
  reset(): void {
    this.intsUsed = 0;
    this.bytesUsed = 0;
  }

  int32(length: number, fill: number): Int32Array {
    if (this.intsUsed + length > this.ints.length) {
      this.ints = new Int32Array(Math.max(2 * this.ints.length, length));
      this.intsUsed = 0;
    }
    const view = this.ints.subarray(this.intsUsed, this.intsUsed + length);
    this.intsUsed += length;
    return view.fill(fill);
  }

  /**
   * A plain array with at least `length` slots, holding whatever the last article left there:
   * the caller writes every slot it reads.
   */
  slots<T>(length: number): T[] {
    const list = this.list as T[];
    while (list.length < length) list.push(undefined as T);
    return list;
  }

  /** Zeroed. */
  uint8(length: number): Uint8Array {
    if (this.bytesUsed + length > this.bytes.length) {
      this.bytes = new Uint8Array(Math.max(2 * this.bytes.length, length));
      this.bytesUsed = 0;
    }
    const view = this.bytes.subarray(this.bytesUsed, this.bytesUsed + length);
    this.bytesUsed += length;
    return view.fill(0);
  }
}
