// The web interface's routes, registered after the API (createApp's `extend`). Every file it
// serves is listed when the server starts — the page shell and stylesheet (src/web/static), the
// compiled client (dist/web), cytoscape and the font from node_modules — so a request can only
// name one of those files, never a path of its own. Every answer carries a strict
// Content-Security-Policy: scripts, styles, fonts and requests from this origin only, no inline
// script or style, so text from an article can never run as code even if a bug inserted it as HTML.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, extname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Context, Hono } from "hono";

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const MEDIA_TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
};

/** The font faces the stylesheet declares: Arabic and Latin subsets, regular and semibold. */
const FONT_FILES = [400, 600].flatMap((weight) =>
  ["arabic", "latin"].map((subset) => `ibm-plex-sans-arabic-${subset}-${weight}-normal.woff2`),
);

function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("package.json not found above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  return dir;
}

/** URL path → file, for every file the interface serves. */
export function webFiles(root = packageRoot()): Map<string, string> {
  const files = new Map<string, string>();
  const addFolder = (prefix: string, dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) addFolder(`${prefix}${entry.name}/`, path);
      else if (entry.isFile() && MEDIA_TYPES[extname(entry.name)]) files.set(prefix + entry.name, path);
    }
  };
  addFolder("/", join(root, "src", "web", "static"));
  addFolder("/app/", join(root, "dist", "web"));
  const require = createRequire(join(root, "package.json"));
  files.set("/vendor/cytoscape.mjs", join(dirname(require.resolve("cytoscape")), "cytoscape.esm.min.mjs"));
  const fonts = dirname(require.resolve("@fontsource/ibm-plex-sans-arabic/package.json"));
  for (const name of FONT_FILES) files.set(`/fonts/${name}`, join(fonts, "files", name));
  return files;
}

/** Registers the interface on `app`: the page shell at / and every file of webFiles(). */
export function registerWeb(app: Hono, files = webFiles()): void {
  const send = (c: Context, urlPath: string) => {
    const path = files.get(urlPath);
    if (!path) return c.notFound();
    // Read on each request (no cache): a rebuilt client is served without a restart.
    const body = readFileSync(path);
    c.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    c.header("Referrer-Policy", "no-referrer");
    c.header("Cache-Control", "no-cache");
    c.header("Content-Type", MEDIA_TYPES[extname(path)]!);
    return c.body(new Uint8Array(body));
  };
  app.get("/", (c) => send(c, "/index.html"));
  app.get("*", (c) => send(c, c.req.path));
}
