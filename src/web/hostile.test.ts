// Article text is data, never markup: an article whose title, outlet and text carry <script>,
// <img onerror> and <svg onload> is shown on every page that shows it (article, search, stories,
// story, timeline) as the literal characters, and nothing in it runs, loads or opens a dialog.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../http/server.js";
import { articleId, buildArticle } from "../ingest/article.js";
import { annotate } from "../pipeline/index.js";
import { openStore, type Store } from "../store/index.js";
import {
  assertClientBuilt,
  browserMissing,
  launch,
  screenshot,
  serveWorkbench,
  watch,
} from "./test-helpers/browser.js";

const SCRIPT = `<script>window.__pwned = "script"</script>`;
const IMG = `<img src=x onerror="window.__pwned = 'img'">`;
const SVG = `<svg onload="window.__pwned = 'svg'"></svg>`;
const TITLE = `خبر خبيث ${SCRIPT} ${IMG}`;
const OUTLET = `<img src=y onerror=alert(1)>`;
const BODY = [
  `قال وزير النقل العراقي عبد الستار الحديثي، الثلاثاء 11 آذار 2025، إن ${SCRIPT} المنفذ سيفتح.`,
  `وأضاف الحديثي: "${IMG} سنفتح المنفذ أمام 1200 شاحنة يومياً".`,
  `${SVG} <iframe src="javascript:window.__pwned='iframe'"></iframe> وقالت بغداد إن العمل سينتهي بحلول عام 2026.`,
];

describe("hostile article text", { skip: browserMissing }, () => {
  let dir: string;
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let seen: ReturnType<typeof watch>;
  const loaded: string[] = [];
  let id: string;

  before(async () => {
    assertClientBuilt();
    dir = mkdtempSync(join(tmpdir(), "marsad-web-"));
    store = await openStore(join(dir, "marsad.db"));
    const meta = { title: TITLE, outlet: OUTLET, published: "2025-03-12", author: SCRIPT, dateline: IMG };
    const article = buildArticle(
      "hostile.txt",
      0,
      meta,
      BODY.map((text) => ({ text })),
    );
    id = articleId(article);
    await store.savePage("hostile.txt", [annotate(article)]);
    server = await serveWorkbench(store);
    browser = await launch();
    page = await browser.newPage();
    seen = watch(page);
    page.on("request", (request) => loaded.push(new URL(request.url()).pathname));
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function assertInert(where: string): Promise<void> {
    assert.equal(await page.evaluate("window.__pwned"), undefined, `${where}: a handler ran`);
    const injected = page.locator("main script, main img, main svg, main iframe, [onerror], [onload]");
    assert.equal(await injected.count(), 0, `${where}: an element was made from the data`);
    assert.deepEqual(seen.dialogs, [], `${where}: a dialog opened`);
    assert.ok(!loaded.some((path) => path === "/x" || path === "/y"), `${where}: an image from the data was fetched`);
  }

  test("the article page shows the markup as text", async () => {
    await page.goto(`${server.url}/#/article/${id}`);
    await page.locator(".article-text").waitFor();
    const main = (await page.locator("main").textContent()) ?? "";
    for (const literal of [TITLE, OUTLET, SCRIPT, IMG, SVG]) assert.ok(main.includes(literal), `shows ${literal}`);
    assert.equal(await page.locator(".article-text").textContent(), BODY.join("\n\n"), "the text exactly");
    assert.equal(await page.title(), `${TITLE} — مرصد`);
    assert.ok((await page.locator(".article-text .mark").count()) > 0, "annotations still marked around the markup");
    await assertInert("article");
    await screenshot(page, "hostile-article");
  });

  test("search, stories, story and timeline show it as text too", async () => {
    const pages = ["#/search?q=خبيث", "#/stories", `#/story/s${id}`, "#/timeline", "#/"];
    for (const route of pages) {
      await page.goto(`${server.url}/${route}`);
      await page.locator("main h1").waitFor();
      await page.waitForLoadState("networkidle");
      assert.ok(((await page.locator("main").textContent()) ?? "").includes("<"), `${route}: the markup shows as text`);
      await assertInert(route);
    }
    await screenshot(page, "hostile-home");
  });

  test("the pages are served with a Content-Security-Policy that forbids inline script", async () => {
    const response = await page.goto(`${server.url}/`);
    const policy = response?.headers()["content-security-policy"] ?? "";
    assert.match(policy, /script-src 'self'(;|$)/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval/);
    assert.deepEqual(
      seen.errors.filter((e) => !/Failed to load resource/.test(e)),
      [],
    );
  });
});
