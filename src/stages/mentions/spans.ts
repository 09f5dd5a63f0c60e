// Known entity spans by start token, so the rules can step over a recognised name as one unit
// (رئيس إقليم كردستان …, قوات التحالف الدولي, في الأردن ومصر).
import type { EntityType } from "../../model.js";
import { scratch } from "./arena.js";
import type { Candidate } from "./types.js";

export class Spans {
  private readonly end: Int32Array;
  /** Index + 1 into `list` of the longest candidate starting at each token; 0 for none. */
  private readonly at: Int32Array;
  constructor(
    n: number,
    private readonly list: readonly Candidate[],
  ) {
    this.end = scratch.int32(n);
    this.at = scratch.int32(n);
    for (let k = 0; k < list.length; k++) {
      const c = list[k]!;
      if (c.b > this.end[c.a]!) {
        this.end[c.a] = c.b;
        this.at[c.a] = k + 1;
      }
    }
  }
  /** The end of the longest known span starting at token i, or 0. */
  endAt(i: number): number {
    return i < this.end.length ? this.end[i]! : 0;
  }
  typeAt(i: number): EntityType | undefined {
    return this.candidateAt(i)?.type;
  }
  candidateAt(i: number): Candidate | undefined {
    const k = i < this.at.length ? this.at[i]! : 0;
    return k > 0 ? this.list[k - 1] : undefined;
  }
}
