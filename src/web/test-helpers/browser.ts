// For the browser tests: Debian's chromium driven by playwright-core (no browser download),
// the workbench served over a real socket, screenshots kept under test-artifacts/web/.
import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { type RunningServer, startServer } from "../../http/server.js";
import type { Store } from "../../store/index.js";
import { repoRoot } from "../../test-helpers/seeds.js";
import { registerWeb } from "../server.js";

export const CHROMIUM = "/usr/bin/chromium";

export const browserMissing: string | false = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} not found: browser tests skipped (CI installs Debian's chromium package)`;

/** Flags for this closed network: without them Chromium's own background connections are refused en masse. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: CHROMIUM, args: FLAGS });

/** Fails when the compiled client (dist/web) is missing or older than its source: the tests would test stale code. */
export function assertClientBuilt(): void {
  const source = join(repoRoot, "src", "web", "client");
  const built = join(repoRoot, "dist", "web");
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  for (const file of walk(source)) {
    const js = join(built, file.slice(source.length + 1).replace(/\.ts$/, ".js"));
    if (!existsSync(js) || statSync(js).mtimeMs < statSync(file).mtimeMs) {
      throw new Error(`the web client is not built or out of date (${js}): run \`npm run build\``);
    }
  }
}

export function serveWorkbench(store: Store): Promise<RunningServer> {
  return startServer({ store, port: 0, host: "127.0.0.1", extend: (app) => registerWeb(app) });
}

const artifacts = join(repoRoot, "test-artifacts", "web");

/** Saves a screenshot of the page (or of the window only) as test-artifacts/web/NAME.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: join(artifacts, `${name}.png`), fullPage });
}

/** Script errors, failed console messages (CSP violations among them) and dialogs the page opened. */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { errors, dialogs };
}
