// A generated corpus for benchmarks: pages assembled from the paragraphs of the demo corpus
// (examples/, written by the team) with a seeded generator, so runs are repeatable and every
// page is distinct.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

export const examplesDir = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..", "..", "examples");

/** mulberry32: a small, fast, seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let paragraphs: string[] | undefined;
/** Long prose lines of the demo pages (titles, captions and furniture left out). */
export function sourceParagraphs(dir = examplesDir): string[] {
  paragraphs ??= readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .flatMap((name) => readFileSync(join(dir, name), "utf8").split("\n"))
    .map((line) => line.trim())
    .filter((line) => line.length > 120 && /[.،]/.test(line));
  if (paragraphs.length === 0) throw new Error(`no paragraphs found in ${dir}`);
  return paragraphs;
}

const OUTLETS = ["صحيفة الأفق", "الرافد نيوز", "وكالة النهار للأنباء", "الشرق الجديد"];

/** Page `n` of a generated corpus: a title, a date line, 4–9 paragraphs, a source line. */
export function generatedPage(n: number, seed = 1): string {
  const next = random(seed * 1_000_003 + n);
  const pool = sourceParagraphs();
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  const count = 4 + Math.floor(next() * 6);
  const day = 1 + Math.floor(next() * 28);
  const month = 1 + Math.floor(next() * 12);
  const body = Array.from({ length: count }, pick);
  return [
    `تقرير رقم ${n}: ${pick().split(" ").slice(0, 7).join(" ")}`,
    "",
    `تاريخ النشر: ${day}th, ${["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][month - 1]} 2025 GMT`,
    "",
    ...body.flatMap((paragraph) => [paragraph, ""]),
    `المصدر: ${OUTLETS[n % OUTLETS.length]}`,
  ].join("\n");
}
