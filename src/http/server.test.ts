// The API on a real socket: a server on a free loopback port (in this process), and `marsad
// serve` as its own process, started and stopped as a user would.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Store } from "../store/index.js";
import { repoRoot } from "../test-helpers/seeds.js";
import { type RunningServer, startServer } from "./server.js";
import { bodyOf, demoStore, documentedOperations, getJson } from "./test-helpers.js";

let store: Store;
let db: string;
let cleanup: () => Promise<void>;
let server: RunningServer;
const TOKEN = "another-token";

before(async () => {
  ({ store, db, cleanup } = await demoStore());
  server = await startServer({ store, port: 0, host: "127.0.0.1", token: TOKEN });
});
after(async () => {
  await server.close();
  await cleanup();
});

const http = (path: string, init?: RequestInit) => fetch(`${server.url}${path}`, init);

describe("a real server on a free port", () => {
  test("every operation of its OpenAPI document answers 200 over the socket", async () => {
    const upload =
      "خبر للاختبار: افتتاح مكتبة\n\nافتتحت بلدية الموصل مكتبة عامة جديدة في الجانب الأيسر من المدينة اليوم.";
    const { calls } = await documentedOperations(http, TOKEN, upload, "jsonl");
    for (const [method, path, init] of calls) {
      const response = await http(path, init);
      assert.equal(response.status, 200, `${method} ${path}`);
      await response.arrayBuffer();
    }
  });

  test("concurrent requests all succeed and agree", async () => {
    const answers = await Promise.all(Array.from({ length: 24 }, () => getJson(http, "/api/stories?limit=3")));
    for (const a of answers) {
      assert.equal(a.status, 200);
      assert.deepEqual(a.body, answers[0]!.body);
    }
  });
});

test("`marsad serve` prints its URL, serves, and stops cleanly on SIGTERM", async () => {
  const child = spawn(process.execPath, [join(repoRoot, "bin", "marsad.js"), "serve", "--port", "0", "--db", db], {
    env: { ...process.env, MARSAD_TOKEN: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (chunk) => {
    out += chunk;
  });
  child.stderr.on("data", (chunk) => {
    err += chunk;
  });
  const started = Date.now();
  while (!/http:\/\/\S+?:\d+/.test(out) && Date.now() - started < 15_000) await new Promise((r) => setTimeout(r, 50));
  const url = /(http:\/\/\S+?:\d+)/.exec(out)?.[1];
  assert.ok(url, `no URL printed: ${out} ${err}`);
  const stats = await bodyOf(await fetch(`${url}/api/stats`));
  assert.ok(stats.articles > 0);
  assert.match(err, /uploads \(POST \/api\/ingest\) are disabled/);
  const refused = await fetch(`${url}/api/ingest`, {
    method: "POST",
    body: "x",
    headers: { "content-type": "text/plain" },
  });
  assert.equal(refused.status, 401);
  child.kill("SIGTERM");
  const [code] = await once(child, "exit");
  assert.equal(code, 0, err);
});
