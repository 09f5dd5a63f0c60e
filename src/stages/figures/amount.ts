// Reads one number expression off the token stream: digits or words, with scales and the
// parts joined by و. Arabic composes numbers as groups, largest first:
//   group  = small [scale]            30 ألف, 2.5 مليون, ثلاثة آلاف, ألف (= 1 × 1000), نصف مليون
//   small  = digits | words ≤ 999     خمسة وعشرون, ثلاثمئة وخمسون, ثلاث مئة, إحدى عشرة
//   amount = group (و group)* [و fraction [scale]]   27 ألفاً و600, مليون و200 ألف, ألف ومئتا,
//                                     مليون ونصف المليون
// A و only continues an amount after a scale and when the next group is smaller than that
// scale; "700 و1800" or "بين 3 و5" are two numbers, not one.
import type { Token } from "../../model.js";
import { digitValue } from "./digits.js";
import { type NumberForm, type NumberKind, numberForm } from "./lexicon.js";

export interface Amount {
  value: number;
  /** Token range [start, end). */
  start: number;
  end: number;
  /** How the first part is written. */
  first: NumberKind | "digits";
  definite: boolean;
  scaled: boolean;
  /** Lexicon entries and forms used, for the `rule` field. */
  parts: string[];
}

interface Small {
  value: number;
  end: number;
  first: NumberKind | "digits";
  definite: boolean;
  parts: string[];
}

interface Group extends Small {
  /** The scale that multiplied the group, 1 when none. */
  scale: number;
}

const SMALL_START = new Set<NumberKind>(["unit", "after", "compound", "tens", "hundred", "fraction"]);
const SCALES = new Set<NumberKind>(["scale", "scale-plural", "scale-dual"]);

/** The value to 12 significant digits, dropping float noise (4.5 × 1e6); integers below 1e12 are already exact. */
function round12(value: number): number {
  return Number.isInteger(value) && Math.abs(value) < 1e12 ? value : Number(value.toPrecision(12));
}

/** A group without a scale word; spelled out rather than spread, since every number passes here. */
function unscaled({ value, end, first, definite, parts }: Small): Group {
  return { value, end, first, definite, parts, scale: 1 };
}

export class AmountReader {
  constructor(
    private readonly tokens: readonly Token[],
    /** First token index past the sentence. */
    private readonly limit: number,
  ) {}

  private form(i: number): NumberForm | undefined {
    const token = i < this.limit ? this.tokens[i] : undefined;
    return token?.kind === "word" ? numberForm(token.norm) : undefined;
  }

  /** Where the part after a joining و starts: a clitic و token or a number word with و glued on. */
  private conjunction(i: number): number | undefined {
    const token = i < this.limit ? this.tokens[i] : undefined;
    if (!token) return undefined;
    if (token.kind === "clitic" && token.norm === "و") {
      const next = this.tokens[i + 1];
      return next && i + 1 < this.limit && next.start === token.end ? i + 1 : undefined;
    }
    return token.kind === "word" && token.norm.charCodeAt(0) === 0x0648 && this.form(i)?.glue ? i : undefined;
  }

  private isScale(i: number): boolean {
    const form = this.form(i);
    return form !== undefined && SCALES.has(form.entry.kind) && !form.definite;
  }

  /** 1–99 written in words starting at i: unit, teen, unit و tens, tens. */
  private units(i: number): Small | undefined {
    const form = this.form(i);
    if (!form) return undefined;
    const { entry, definite } = form;
    const small = (value: number, end: number, parts = [entry.word]): Small => ({
      value,
      end,
      first: entry.kind,
      definite,
      parts,
    });
    if (entry.kind === "tens") return small(entry.value, i + 1);
    if (entry.kind !== "unit" && entry.kind !== "after" && entry.kind !== "compound") return undefined;
    if (entry.value < 10) {
      const teen = this.form(i + 1);
      if (teen && teen.entry.kind === "unit" && teen.entry.value === 10 && teen.glue === 0) {
        return small(10 + entry.value, i + 2, [entry.word, teen.entry.word]);
      }
      const at = this.conjunction(i + 1);
      const tens = at === undefined ? undefined : this.form(at);
      if (at !== undefined && tens?.entry.kind === "tens") {
        return small(entry.value + tens.entry.value, at + 1, [entry.word, tens.entry.word]);
      }
    }
    if (entry.kind === "compound") return undefined;
    return small(entry.value, i + 1);
  }

  /** A number up to 999 (or any digits) starting at i. */
  private small(i: number): Small | undefined {
    const token = i < this.limit ? this.tokens[i] : undefined;
    if (!token) return undefined;
    if (token.kind === "number") {
      const value = digitValue(token.norm, this.isScale(i + 1) || this.isScale(i + 2));
      return value === null ? undefined : { value, end: i + 1, first: "digits", definite: false, parts: [] };
    }
    const form = this.form(i);
    if (!form || !SMALL_START.has(form.entry.kind)) return undefined;
    const { entry } = form;
    let hundreds: Small | undefined;
    if (entry.kind === "hundred") {
      hundreds = { value: entry.value, end: i + 1, first: "hundred", definite: form.definite, parts: [entry.word] };
    } else if (entry.kind === "unit" && entry.value >= 3 && entry.value <= 9) {
      const next = this.form(i + 1); // ثلاث مئة written apart
      if (next?.entry.kind === "hundred" && next.entry.value === 100 && next.glue === 0) {
        const parts = [entry.word, next.entry.word];
        hundreds = { value: entry.value * 100, end: i + 2, first: "hundred", definite: form.definite, parts };
      }
    }
    if (!hundreds) {
      if (entry.kind === "fraction")
        return { value: entry.value, end: i + 1, first: "fraction", definite: false, parts: [entry.word] };
      return this.units(i);
    }
    const at = this.conjunction(hundreds.end);
    const rest = at === undefined ? undefined : this.units(at);
    if (!rest || rest.first === "fraction") return hundreds;
    return {
      ...hundreds,
      value: hundreds.value + rest.value,
      end: rest.end,
      parts: [...hundreds.parts, ...rest.parts],
    };
  }

  private group(i: number): Group | undefined {
    const small = this.small(i);
    let at = small ? small.end : i;
    // "(12) مليون": a number in brackets before its scale.
    const open = this.tokens[i - 1];
    if (small && open?.norm === "(" && this.tokens[at]?.norm === ")" && this.isScale(at + 1)) at++;
    const form = this.isScale(at) ? this.form(at) : undefined;
    if (!form || (form.glue > 0 && small)) {
      return small && small.first !== "fraction" ? unscaled(small) : undefined;
    }
    const { entry } = form;
    const scaled = (value: number, scale: number, parts: string[], first: Small["first"]) => ({
      value: round12(value),
      end: at + 1,
      first,
      definite: false,
      parts,
      scale,
    });
    if (entry.kind === "scale-dual") {
      return small ? unscaled(small) : scaled(entry.value, entry.value / 2, [entry.word], "scale-dual");
    }
    if (!small) return entry.kind === "scale" ? scaled(entry.value, entry.value, [entry.word], "scale") : undefined;
    return scaled(small.value * entry.value, entry.value, [...small.parts, entry.word], small.first);
  }

  /**
   * «مليون ونصف المليون», «ألف وربع»: و + a fraction of the last scale, the scale word repeated
   * (definite or not) or left out.
   */
  private fractionAfter(end: number, scale: number): { value: number; end: number } | undefined {
    if (scale <= 1) return undefined;
    const at = this.conjunction(end);
    const form = at === undefined ? undefined : this.form(at);
    if (at === undefined || form?.entry.kind !== "fraction") return undefined;
    const again = this.form(at + 1);
    const repeated = again !== undefined && SCALES.has(again.entry.kind) && again.entry.value === scale;
    return { value: form.entry.value * scale, end: repeated ? at + 2 : at + 1 };
  }

  /** The amount starting at token i, or undefined when no number starts there. */
  read(i: number): Amount | undefined {
    const first = this.group(i);
    if (!first) return undefined;
    let value = first.value;
    let end = first.end;
    let scale = first.scale;
    const parts = [...first.parts];
    while (scale > 1) {
      const at = this.conjunction(end);
      const next = at === undefined ? undefined : this.group(at);
      if (!next || next.scale >= scale || next.value >= scale) break;
      value += next.value;
      end = next.end;
      scale = next.scale;
      parts.push(...next.parts);
    }
    const fraction = this.fractionAfter(end, scale);
    if (fraction) {
      value += fraction.value;
      end = fraction.end;
    }
    return {
      value: round12(value),
      start: i,
      end,
      first: first.first,
      definite: first.definite,
      scaled: first.scale > 1,
      parts,
    };
  }
}
