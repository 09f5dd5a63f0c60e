// npm start: ingests the demo corpus (examples/) into the store ($MARSAD_DB, else ./marsad.db)
// and opens the workbench on it. On a terminal it serves on 127.0.0.1 (port 8787, or the next
// free one) until Ctrl-C. Anywhere else — CI runs `npm install && npm start` with no terminal and
// must not hang — it starts the server, checks that the workbench and the API answer, prints
// "workbench ok" and stops.
import { once } from "node:events";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const FIRST_PORT = 8787;
const PORTS_TRIED = 20;

const dist = (path) => pathToFileURL(join(root, "dist", "src", path)).href;
if (!existsSync(join(root, "dist", "src", "cli", "main.js")) || !existsSync(join(root, "dist", "web", "main.js"))) {
  console.error("marsad is not built: run `npm run build` (npm install does it) first");
  process.exit(1);
}
const { main } = await import(dist("cli/main.js"));
const { startServer } = await import(dist("http/server.js"));
const { defaultDbPath, openStore } = await import(dist("store/index.js"));
const { registerWeb } = await import(dist("web/server.js"));

const db = defaultDbPath();
const ingested = await main(["ingest", join(root, "examples"), "--db", db]);
// 1 means some file was skipped (reported above); the rest is stored and worth serving.
if (ingested > 1) process.exit(ingested);

async function listen(store) {
  for (let port = FIRST_PORT; port < FIRST_PORT + PORTS_TRIED; port++) {
    try {
      return await startServer({
        store,
        port,
        host: "127.0.0.1",
        token: process.env.MARSAD_TOKEN?.trim() || undefined,
        extend: (app) => registerWeb(app),
        onBug: (error) =>
          console.error(`unexpected error (a bug in Marsad: please report it)\n${error?.stack ?? error}`),
      });
    } catch (error) {
      if (error?.code !== "EADDRINUSE") throw error;
    }
  }
  throw new Error(`ports ${FIRST_PORT}–${FIRST_PORT + PORTS_TRIED - 1} are all taken`);
}

/** The page shell and the store's counts, as a browser opening the URL would get them. */
async function check(url) {
  const page = await fetch(`${url}/`);
  const html = await page.text();
  if (page.status !== 200 || !html.includes('id="main"')) throw new Error(`${url}/ answered ${page.status}`);
  const script = await fetch(`${url}/app/main.js`);
  if (script.status !== 200) throw new Error(`${url}/app/main.js answered ${script.status}`);
  const stats = await fetch(`${url}/api/stats`);
  const body = await stats.json();
  if (stats.status !== 200 || !(body.articles > 0)) throw new Error(`${url}/api/stats: ${JSON.stringify(body)}`);
  return body;
}

const store = await openStore(db);
let server;
try {
  server = await listen(store);
  const stats = await check(server.url);
  console.log(
    `\nMarsad workbench on ${db}: ${server.url}/  (${stats.articles} articles, ${stats.entities} actors, ${stats.stories} stories)`,
  );
  if (process.stdout.isTTY) {
    console.log("Open the URL in a browser; Ctrl-C stops the server.");
    await Promise.race([once(process, "SIGINT"), once(process, "SIGTERM")]);
  } else {
    console.log("workbench ok");
  }
} catch (error) {
  console.error(`npm start: ${error?.message ?? error}`);
  process.exitCode = 1;
} finally {
  await server?.close();
  await store.close();
}
