// Test support: near-duplicate copies of a report, as outlets and aggregators make them — a
// paragraph dropped, two paragraphs swapped, conjunctions or prepositions glued onto words,
// figures changed, another outlet, a day or two later. Deterministic per (spec, variant).
import type { Spec } from "./fixture.js";

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

function shiftDay(date: string | null, days: number): string | null {
  if (date === null || days === 0) return date;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

const ARABIC_WORD = /^[\u0621-\u064a]{3,}$/;

/** Variant 1..4 of `spec`: each variant applies a different mix of edits (see the cases). */
export function perturb(spec: Spec, variant: number): Spec {
  const rnd = random(variant * 7919 + spec.id.length * 104729 + spec.text.length);
  let paragraphs = spec.text.split("\n\n");
  const drop = () => {
    if (paragraphs.length > 2) paragraphs.splice(1 + Math.floor(rnd() * (paragraphs.length - 1)), 1);
  };
  const swap = () => {
    const i = 1 + Math.floor(rnd() * (paragraphs.length - 2));
    if (i + 1 < paragraphs.length) [paragraphs[i], paragraphs[i + 1]] = [paragraphs[i + 1]!, paragraphs[i]!];
  };
  const clitics = (count: number) => {
    paragraphs = paragraphs.map((p) =>
      p
        .split(" ")
        .map((w, i) => (i > 0 && ARABIC_WORD.test(w) && rnd() < count / 40 ? (rnd() < 0.5 ? "و" : "ب") + w : w))
        .join(" "),
    );
  };
  const figures = () => {
    paragraphs = paragraphs.map((p) => p.replace(/\d/g, (d) => String((Number(d) + 1) % 10)));
  };
  let outlet = spec.outlet ?? null;
  let days = 0;
  switch (variant) {
    case 1:
      drop();
      outlet = "موقع المرآة";
      break;
    case 2:
      swap();
      days = 1;
      break;
    case 3:
      clitics(4);
      figures();
      outlet = "شبكة الخبر";
      break;
    default:
      drop();
      clitics(3);
      figures();
      days = 2;
  }
  return {
    ...spec,
    id: `${spec.id}~${variant}`,
    outlet,
    published: shiftDay(spec.published, days),
    text: paragraphs.join("\n\n"),
  };
}

/** A deterministic shuffle of `items` (a linear congruential generator seeded with `seed`). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
