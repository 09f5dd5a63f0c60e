// The seed pages live outside the repository (../shared/seeds); tests that read them skip
// with a message where the folder is missing.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const seedsDir = join(repoRoot, "..", "shared", "seeds");
export const goldPath = join(repoRoot, "..", "shared", "eval", "seeds.gold.json");

export const seedsMissing: string | false = existsSync(seedsDir)
  ? false
  : `seed pages not found at ${seedsDir}: seed tests skipped`;

export function seedFiles(): string[] {
  if (seedsMissing) return [];
  return readdirSync(seedsDir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => join(seedsDir, name));
}

export interface GoldArticle {
  title: string | null;
  outlet: string | null;
  published: string | null;
  entities: { name: string; type: string; aliases: string[]; roles: string[] }[];
  quotes: { speaker: string; starts: string }[];
  times: { text: string; value: string }[];
  figures: { value: number; unit: string; about: string }[];
}

export function gold(): { documents: { file: string; articles: GoldArticle[] }[] } {
  return JSON.parse(readFileSync(goldPath, "utf8"));
}
