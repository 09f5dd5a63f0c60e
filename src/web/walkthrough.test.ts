// An analyst's morning in the workbench, in Chromium: search, read an article, follow a
// highlighted name to its dossier, the actor's timeline and graph, then a story covered by
// several outlets. Each step asserts on what the page shows and leaves a screenshot in
// test-artifacts/web/. The demo corpus never names السوداني, so the seed pages are ingested
// too; without them the walk starts from an actor of the demo corpus instead.
import assert from "node:assert/strict";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import type { Browser, Page } from "playwright-core";
import { ingestedDb } from "../cli/test-helpers.js";
import type { RunningServer } from "../http/server.js";
import { openStore, type Store } from "../store/index.js";
import { repoRoot, seedsDir, seedsMissing } from "../test-helpers/seeds.js";
import {
  assertClientBuilt,
  browserMissing,
  launch,
  screenshot,
  serveWorkbench,
  watch,
} from "./test-helpers/browser.js";

const ACTOR = seedsMissing
  ? { query: "الحديثي", name: "عبد الستار الحديثي" }
  : { query: "السوداني", name: "محمد شياع السوداني" };

describe("the workbench walkthrough", { skip: browserMissing }, () => {
  let store: Store;
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let seen: ReturnType<typeof watch>;
  let cleanup: () => void;

  before(async () => {
    assertClientBuilt();
    if (seedsMissing) console.log(`${seedsMissing}; searching «${ACTOR.query}» of the demo corpus instead`);
    const paths = [join(repoRoot, "examples"), ...(seedsMissing ? [] : [seedsDir])];
    const ingested = await ingestedDb(...paths);
    cleanup = ingested.cleanup;
    store = await openStore(ingested.db);
    server = await serveWorkbench(store);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    seen = watch(page);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    await store?.close();
    cleanup?.();
  });

  test(`search for «${ACTOR.query}»: hits with the word highlighted, facets`, async () => {
    await page.goto(`${server.url}/`);
    await page.getByLabel("ابحث في الأخبار").fill(ACTOR.query);
    await page.keyboard.press("Enter");
    await page.locator(".hit").first().waitFor();
    assert.match(await page.title(), new RegExp(`بحث: ${ACTOR.query}`));
    assert.match((await page.locator("#results-heading").textContent()) ?? "", /نتيج|نتائج/);
    const marks = await page.locator(".hit mark").allTextContents();
    assert.ok(
      marks.some((m) => m.includes(ACTOR.query)),
      `highlighted: ${marks.join(", ")}`,
    );
    assert.ok((await page.locator(".facets .facet").count()) > 0, "facets listed");
    await screenshot(page, "01-search");
  });

  test("open an article: text with annotations marked, metadata, a story link", async () => {
    const first = page.locator(".hit h3 a").first();
    const title = (await first.textContent()) ?? "";
    await first.click();
    await page.locator(".article-text").waitFor();
    assert.equal((await page.locator("h1").textContent()) ?? "", title);
    assert.equal(await page.title(), `${title} — مرصد`);
    assert.ok((await page.locator(".article-text .mark.mention").count()) > 5, "names marked");
    assert.ok((await page.locator(".article-text .mark.quote").count()) > 0, "quotes marked");
    assert.ok((await page.locator(".article-text .mark.time").count()) > 0, "times marked");
    const speaker = await page.locator(".article-text .mark.quote[data-label]").first().getAttribute("data-label");
    assert.ok(speaker, "a quote carries its speaker");
    assert.match((await page.locator(".meta-grid").textContent()) ?? "", /المنفذ.+تاريخ النشر.+المصدر/);
    assert.match((await page.locator(".story-link").getAttribute("href")) ?? "", /^#\/story\/s/);
    // Focusing a name shows what it is and which rule found it.
    const name = page.locator(".article-text a.mark.mention", { hasText: ACTOR.query }).first();
    await name.focus();
    const tip = page.locator(`#${await name.getAttribute("aria-describedby")}`);
    assert.equal(await tip.getAttribute("role"), "tooltip");
    assert.ok(await tip.isVisible(), "the tooltip shows on focus");
    assert.match((await tip.textContent()) ?? "", /شخص · .* · (lexicon|pattern|context|alias)[\w:-]*/);
    await screenshot(page, "02-article");
  });

  test("follow the highlighted name to the dossier", async () => {
    await page.locator(".article-text a.mark.mention", { hasText: ACTOR.query }).first().click();
    await page.locator("h1.entity-title").waitFor();
    assert.match((await page.locator("h1").textContent()) ?? "", new RegExp(ACTOR.name));
    assert.ok((await page.locator("table.roles tbody tr").count()) > 0, "roles over time");
    const sections = await page.locator("section.panel h2").allTextContents();
    for (const heading of ["الأدوار عبر الزمن", "الجيران في شبكة الفاعلين", "أقواله", "خطه الزمني", "المقالات"]) {
      assert.ok(sections.includes(heading), `section ${heading}`);
    }
    // An edge of the neighbourhood opens the sentences behind it.
    await page.locator("button.toggle").first().click();
    await page.locator(".disclosure .citations li").first().waitFor();
    await screenshot(page, "03-entity");
  });

  test("the actor's timeline: dated sentences on an axis, scrubbable", async () => {
    await page.getByRole("link", { name: "الخط الزمني للفاعل" }).click();
    // The dossier lists timeline items too: wait for the timeline page's own axis.
    await page.locator("h1", { hasText: "الخط الزمني" }).waitFor();
    await page.locator(".tl-mark").first().waitFor();
    assert.match((await page.locator("h1").textContent()) ?? "", new RegExp(ACTOR.name));
    const items = await page.locator(".tl-item").count();
    assert.equal(await page.locator(".tl-mark").count(), items, "one mark on the axis per item");
    for (const plan of await page.locator(".tl-item.plan").all()) assert.match((await plan.textContent()) ?? "", /خطة/);
    const scrubber = page.getByRole("slider", { name: "تنقّل على محور الزمن" });
    await scrubber.focus();
    await page.keyboard.press("ArrowLeft");
    if (items > 1) assert.equal(await page.locator(".tl-item").nth(1).getAttribute("class"), "tl-item current");
    assert.match((await page.locator(".readout").textContent()) ?? "", /\d{4}/);
    await screenshot(page, "04-timeline");
  });

  test("the actor's graph: drawn, filterable, every edge opens its sentences", async () => {
    await page.goBack();
    await page.getByRole("link", { name: "شبكة الفاعل" }).click();
    await page.locator(".graph-canvas canvas").first().waitFor();
    assert.ok((await page.locator(".node-list li").count()) > 1, "nodes listed");
    assert.ok(await page.locator(".node-list").getByText(ACTOR.name).isVisible());
    await page.locator(".edge-list button").first().click();
    await page.locator(".edge-panel .citations li").first().waitFor();
    assert.ok(((await page.locator(".edge-panel blockquote").first().textContent()) ?? "").length > 10, "a sentence");
    // Hiding places hides them from the lists too.
    await page.getByRole("checkbox", { name: "أماكن" }).uncheck();
    assert.equal(await page.locator('.node-list li[data-type="LOC"]:visible').count(), 0);
    await page.getByRole("checkbox", { name: "أماكن" }).check();
    await screenshot(page, "05-graph");
    // The actor sits at the centre of its neighbourhood: clicking its node opens its dossier.
    const box = (await page.locator(".graph-canvas").boundingBox())!;
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    for (let step = 0; step < 40 && !page.url().includes("#/entity/"); step++) {
      const [dx, dy] = [((step % 9) - 4) * 10, (Math.floor(step / 9) - 2) * 10];
      await page.mouse.click(centre.x + dx, centre.y + dy);
    }
    await page.locator("h1.entity-title").waitFor();
    assert.match((await page.locator("h1").textContent()) ?? "", new RegExp(ACTOR.name));
  });

  test("a story: its articles side by side by outlet, claims compared", async () => {
    await page.getByRole("link", { name: "القصص" }).click();
    await page.getByRole("link", { name: "الأكبر" }).click();
    await page.waitForURL(/sort=size/);
    await page.locator(".story-item h2 a").first().click();
    await page.locator(".outlet-column").first().waitFor();
    assert.ok((await page.locator(".outlet-column").count()) >= 3, "three outlets or more");
    assert.ok((await page.locator(".member").count()) >= 4);
    assert.ok((await page.locator("table.compare tbody tr").count()) > 0, "claims compared");
    assert.ok((await page.locator("table.compare .badge.differ, table.compare .badge.dispute").count()) > 0);
    await screenshot(page, "06-story");
    assert.deepEqual(seen.errors, [], "no script errors or CSP violations");
  });
});
