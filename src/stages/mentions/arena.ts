// Why: a typed array longer than 64 bytes lives outside the V8 heap, and allocating one costs
// more (≈0.5–1 µs) than the work a stage does on it for a whole article. The stages that need
// per-token scratch arrays (flags, spans, "taken" marks) are synchronous and never keep them
// past the call, so each takes zeroed views of one reusable buffer, reset once per article.
export class Arena {
  private buffer = new Int32Array(1 << 14);
  private used = 0;

  /** Frees every view handed out since the last reset (call once per article). */
  reset(): void {
    this.used = 0;
  }

  /** A zeroed Int32Array of length n, valid until the next reset. */
  int32(n: number): Int32Array {
    if (this.used + n > this.buffer.length) {
      // Views handed out before keep the old buffer alive; new ones come from a fresh one.
      this.buffer = new Int32Array(Math.max(1 << 14, n * 4));
      this.used = 0;
    }
    const view = this.buffer.subarray(this.used, this.used + n);
    view.fill(0);
    this.used += n;
    return view;
  }
}

/** The mentions stage's scratch memory (findMentions resets it per article). */
export const scratch = new Arena();
