// npm links the bins of dependencies into node_modules/.bin, never a package's own.
// Linking ours there makes `npx marsad` and tools that look in node_modules/.bin find it
// in a clone without a global install.
import { chmodSync, mkdirSync, rmSync, symlinkSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const binDir = join(root, "node_modules", ".bin");
const target = join(root, "bin", "marsad.js");
mkdirSync(binDir, { recursive: true });
const link = join(binDir, "marsad");
rmSync(link, { force: true });
symlinkSync(relative(binDir, target), link);
chmodSync(target, 0o755);
