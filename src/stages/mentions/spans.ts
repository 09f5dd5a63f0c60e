// Known entity spans by start token, so the rules can step over a recognised name as one unit
// (رئيس إقليم كردستان …, قوات التحالف الدولي, في العراق وسوريا).
import type { EntityType } from "../../model.js";
import type { Candidate } from "./types.js";

export class Spans {
  private readonly end: Int32Array;
  private readonly at: Array<Candidate | undefined>;

  constructor(n: number, candidates: readonly Candidate[]) {
    this.end = new Int32Array(n);
    this.at = new Array(n);
    for (const c of candidates) {
      if (c.b > this.end[c.a]!) {
        this.end[c.a] = c.b;
        this.at[c.a] = c;
      }
    }
  }

  /** The end of the longest known span starting at token i, or 0. */
  endAt(i: number): number {
    return i < this.end.length ? this.end[i]! : 0;
  }

  typeAt(i: number): EntityType | undefined {
    return this.at[i]?.type;
  }

  candidateAt(i: number): Candidate | undefined {
    return this.at[i];
  }
}
