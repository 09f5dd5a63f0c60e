// Keyboard and zoom: every page is right-to-left Arabic with landmarks, a skip link and a
// title of its own; annotation marks are reached with Tab and describe themselves on focus;
// at 200 % zoom (a 1280-pixel screen is 640 CSS pixels wide) no page scrolls sideways.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import type { RunningServer } from "../http/server.js";
import { demoStore } from "../http/test-helpers.js";
import type { Store } from "../store/index.js";
import { assertClientBuilt, browserMissing, launch, screenshot, serveWorkbench } from "./test-helpers/browser.js";

describe("keyboard, landmarks and 200 % zoom", { skip: browserMissing }, () => {
  let store: Store;
  let cleanup: () => Promise<void>;
  let server: RunningServer;
  let browser: Browser;
  let routes: Record<string, string>;

  before(async () => {
    assertClientBuilt();
    ({ store, cleanup } = await demoStore());
    server = await serveWorkbench(store);
    browser = await launch();
    const [article] = await store.listArticles({ limit: 1 });
    const [entity] = await store.listEntities({ type: "PER", limit: 1 });
    const [story] = await store.listStories({ sort: "size", limit: 1 });
    routes = {
      search: "#/search?q=السنابل",
      article: `#/article/${article!.id}`,
      entity: `#/entity/${entity!.id}`,
      timeline: "#/timeline",
      graph: "#/graph",
      story: `#/story/${story!.id}`,
    };
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await cleanup?.();
  });

  const open = async (page: Page, route: string) => {
    await page.goto(`${server.url}/${route}`);
    await page.locator("main:not([aria-busy]) h1").waitFor();
  };

  test("each page: Arabic, right to left, landmarks, its own title", async () => {
    const page = await browser.newPage();
    const titles = new Set<string>();
    for (const route of Object.values(routes)) {
      await open(page, route);
      assert.equal(await page.getAttribute("html", "lang"), "ar");
      assert.equal(await page.getAttribute("html", "dir"), "rtl");
      for (const landmark of ["banner", "main", "contentinfo"] as const) {
        assert.equal(await page.getByRole(landmark).count(), 1, `${route}: one ${landmark}`);
      }
      assert.equal(await page.getByRole("navigation", { name: "الأقسام" }).count(), 1, `${route}: the site's nav`);
      titles.add(await page.title());
    }
    assert.equal(titles.size, Object.keys(routes).length, "a title per page");
    await page.close();
  });

  test("Tab reaches the skip link first, then the marks, each describing itself", async () => {
    const page = await browser.newPage();
    await open(page, routes.article!);
    await page.keyboard.press("Tab");
    assert.equal(await page.locator(":focus").getAttribute("class"), "skip");
    assert.ok(await page.locator(".skip").isVisible(), "the skip link shows when focused");
    await page.keyboard.press("Enter");
    assert.equal(await page.locator(":focus").getAttribute("id"), "main");
    let found = false;
    for (let i = 0; i < 60 && !found; i++) {
      await page.keyboard.press("Tab");
      found = (await page.locator(".article-text :focus").count()) > 0;
    }
    assert.ok(found, "a mark of the text takes focus");
    const mark = page.locator(":focus");
    const tip = page.locator(`#${await mark.getAttribute("aria-describedby")}`);
    assert.equal(await tip.getAttribute("role"), "tooltip");
    assert.ok(await tip.isVisible(), "shown on focus");
    assert.match((await tip.textContent()) ?? "", /[a-z]+:/, "names the rule");
    // A string, run in the page: this file is compiled without the DOM's types.
    assert.notEqual(await mark.evaluate("(el) => getComputedStyle(el).outlineStyle"), "none", "focus is visible");
    await page.keyboard.press("Escape");
    assert.equal(await page.locator(".tip:not([hidden])").count(), 0, "Escape hides it");
    await page.close();
  });

  test("at 200 % zoom no page scrolls sideways", async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
    for (const [name, route] of Object.entries(routes)) {
      await open(page, route);
      const [scroll, client] = (await page.evaluate(
        "[document.documentElement.scrollWidth, document.documentElement.clientWidth]",
      )) as [number, number];
      assert.ok(scroll <= client, `${name}: ${scroll} px wide in a ${client} px window`);
      await screenshot(page, `zoom200-${name}`, false);
    }
    await page.close();
  });
});
