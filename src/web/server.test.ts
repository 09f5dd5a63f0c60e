// The interface's files as the server hands them out: the page shell, the compiled client, the
// stylesheet, the font and cytoscape, all from this server with a strict CSP, nothing else.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { after, before, describe, test } from "node:test";
import type { RunningServer } from "../http/server.js";
import { demoStore } from "../http/test-helpers.js";
import type { Store } from "../store/index.js";
import { CONTENT_SECURITY_POLICY, webFiles } from "./server.js";
import { assertClientBuilt, serveWorkbench } from "./test-helpers/browser.js";

let store: Store;
let cleanup: () => Promise<void>;
let server: RunningServer;

before(async () => {
  assertClientBuilt();
  ({ store, cleanup } = await demoStore());
  server = await serveWorkbench(store);
});
after(async () => {
  await server.close();
  await cleanup();
});

const get = (path: string) => fetch(`${server.url}${path}`);

/** A GET with the path sent exactly as written (fetch would resolve the dots). */
function rawGet(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(`${server.url}${path}`, { path }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    })
      .on("error", reject)
      .end();
  });
}

describe("the workbench's files", () => {
  test("/ is the page shell: Arabic, right to left, with a strict Content-Security-Policy", async () => {
    const response = await get("/");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /^text\/html/);
    assert.equal(response.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY);
    assert.equal(response.headers.get("x-content-type-options"), "nosniff");
    const html = await response.text();
    assert.match(html, /<html lang="ar" dir="rtl">/);
    assert.doesNotMatch(html, /<script>|<style|\sstyle=|\son[a-z]+=/i, "no inline script, style or handler");
  });

  test("everything the shell and the stylesheet name is served, with its media type and the CSP", async () => {
    const html = await (await get("/")).text();
    const css = await (await get("/style.css")).text();
    const named = [
      ...[...html.matchAll(/(?:src|href)="(\/[^"]*)"/g)].map((m) => m[1]!),
      ...[...css.matchAll(/url\((\/[^)]+)\)/g)].map((m) => m[1]!),
      "/vendor/cytoscape.mjs",
    ];
    assert.ok(
      named.some((path) => path.startsWith("/fonts/")),
      "the stylesheet names the font",
    );
    for (const path of named.filter((p) => !p.startsWith("/api/"))) {
      const response = await get(path);
      assert.equal(response.status, 200, path);
      assert.equal(response.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY, path);
      const type = response.headers.get("content-type") ?? "";
      const expected = path.endsWith(".woff2")
        ? "font/woff2"
        : path.endsWith(".css")
          ? "text/css"
          : /\.m?js$/.test(path)
            ? "text/javascript"
            : "image/svg+xml";
      assert.ok(type.startsWith(expected), `${path}: ${type}`);
      await response.arrayBuffer();
    }
  });

  test("nothing is loaded from another origin", () => {
    for (const [path, file] of webFiles()) {
      if (path.startsWith("/fonts/") || path.startsWith("/vendor/")) continue;
      const text = readFileSync(file, "utf8").replaceAll('xmlns="http://www.w3.org/2000/svg"', "");
      assert.doesNotMatch(text, /https?:\/\/|\/\/[a-z0-9-]+\.[a-z]{2,}\//i, `${path} names another origin`);
    }
  });

  test("only the listed files: unknown paths and path tricks are 404, the API is untouched", async () => {
    for (const path of [
      "/nope.js",
      "/app/../package.json",
      "/../package.json",
      "/app/%2e%2e/package.json",
      "/src/web/server.ts",
    ]) {
      assert.equal(await rawGet(path), 404, path);
    }
    assert.equal((await get("/api/stats")).status, 200);
    const missing = await get("/api/nope");
    assert.equal(missing.status, 404);
    assert.equal(((await missing.json()) as { error: { code: string } }).error.code, "NOT_FOUND");
  });
});
