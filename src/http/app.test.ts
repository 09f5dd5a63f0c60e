// The HTTP API in-process (Hono's app.request) over the demo corpus: each route's answer, the
// errors, paging, uploads behind the token, and a walk through the OpenAPI document that calls
// every operation it lists.
import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { all, parseXml } from "../export/test-helpers/readers.js";
import type { Store } from "../store/index.js";
import { createApp, ROUTES } from "./app.js";
import { bodyOf, demoStore, documentedOperations, type Fetch, getJson } from "./test-helpers.js";

const TOKEN = "s3cret-token";
let store: Store;
let cleanup: () => Promise<void>;
let fetch: Fetch;

before(async () => {
  ({ store, cleanup } = await demoStore());
  const app = createApp({ store, token: TOKEN, maxBodyBytes: 64 * 1024 });
  fetch = async (path, init) => app.request(path, init);
});
after(() => cleanup());

const UPLOAD = [
  "وكالة الاختبار: مجلس المحافظة يقر موازنة المشاريع",
  "",
  "أقر مجلس محافظة البصرة، اليوم الأحد، موازنة مشاريع العام المقبل بعد جلسة استمرت ساعتين.",
  "",
  "وقال رئيس المجلس إن الموازنة تركز على الماء والكهرباء.",
].join("\n");

describe("the API, in-process", () => {
  test("articles page by page with an opaque cursor; one article with its layers and its story", async () => {
    const first = await getJson(fetch, "/api/articles?limit=4");
    assert.equal(first.status, 200);
    assert.equal(first.body.items.length, 4);
    assert.equal(typeof first.body.next, "string");
    const second = await getJson(fetch, `/api/articles?limit=4&cursor=${first.body.next}`);
    const ids = [...first.body.items, ...second.body.items].map((a: { id: string }) => a.id);
    assert.equal(new Set(ids).size, 8, "pages do not overlap");
    const everything = await getJson(fetch, "/api/articles?limit=500");
    assert.equal(everything.body.next, null);
    const article = await getJson(fetch, `/api/articles/${ids[0]}`);
    assert.equal(article.status, 200);
    assert.ok(article.body.layers.entities.length > 0);
    assert.match(article.body.story, /^s[0-9a-f]{12}$/);
  });

  test("entities by name, a dossier, quotes, events, timeline plans", async () => {
    const found = await getJson(fetch, `/api/entities?name=${encodeURIComponent("الحديثي")}`);
    assert.equal(found.body.items[0].name, "عبد الستار الحديثي");
    const id = found.body.items[0].id;
    const dossier = await getJson(fetch, `/api/entities/${id}`);
    assert.equal(dossier.body.entity.id, id);
    const quotes = await getJson(fetch, `/api/quotes?entity=${id}`);
    assert.ok(quotes.body.items.every((q: { speaker: { id: string } }) => q.speaker.id === id));
    const events = await getJson(fetch, `/api/events?entity=${id}&limit=3`);
    assert.ok(events.body.items.length > 0);
    const plans = await getJson(fetch, "/api/timeline?plan=true");
    assert.ok(plans.body.items.every((i: { plan: boolean }) => i.plan));
  });

  test("stories, a story, the graph and an edge's sentences, claims", async () => {
    const stories = await getJson(fetch, "/api/stories?minArticles=2");
    assert.equal(stories.body.items.length, 1);
    const story = await getJson(fetch, `/api/stories/${stories.body.items[0].id}`);
    assert.equal(story.body.members.length, 4);
    const [actor] = stories.body.items[0].actors;
    const graph = await getJson(fetch, `/api/graph?entity=${actor.id}&type=co-occurs&type=met`);
    assert.ok(graph.body.edges.length > 0);
    assert.ok(graph.body.edges.every((e: { type: string }) => e.type === "co-occurs" || e.type === "met"));
    const edge = graph.body.edges[0];
    const cited = await getJson(
      fetch,
      `/api/graph/citations?source=${edge.source}&target=${edge.target}&type=${edge.type}`,
    );
    assert.equal(cited.body.items.length, Math.min(edge.citations, 50));
    const claims = await getJson(fetch, "/api/claims?minArticles=1&limit=2");
    assert.equal(claims.body.items.length, 2);
  });

  test("an export streams a file of the format's type", async () => {
    const response = await fetch("/api/export/graphml");
    assert.equal(response.status, 200);
    assert.match(response.headers.get("content-type") ?? "", /graphml/);
    const xml = parseXml(await response.text());
    assert.equal(xml.name, "graphml");
    assert.ok(all(xml, "edge").length > 0);
  });
});

describe("errors are JSON with a code and a message", () => {
  const cases: Array<[string, number, string]> = [
    ["/api/articles/000000000000", 404, "NOT_FOUND"],
    ["/api/nothing-here", 404, "NOT_FOUND"],
    ["/api/articles?limt=5", 400, "BAD_ARGUMENT"],
    ["/api/articles?limit=0", 400, "BAD_ARGUMENT"],
    ["/api/articles?limit=five", 400, "BAD_ARGUMENT"],
    ["/api/articles?cursor=not-a-cursor", 400, "BAD_ARGUMENT"],
    ["/api/articles?from=9/5/2023", 400, "BAD_ARGUMENT"],
    ["/api/entities?type=PERSON", 400, "BAD_ARGUMENT"],
    ["/api/graph?depth=3", 400, "BAD_ARGUMENT"],
    ["/api/graph/citations?source=x", 400, "BAD_ARGUMENT"],
    ["/api/export/pdf", 404, "NOT_FOUND"],
    ["/api/stories/s000000000000", 404, "NOT_FOUND"],
  ];
  for (const [path, status, code] of cases) {
    test(`${path} → ${status} ${code}`, async () => {
      const { status: got, body } = await getJson(fetch, path);
      assert.equal(got, status);
      assert.equal(body.error.code, code);
      assert.ok(body.error.message.length > 0);
    });
  }
});

describe("uploads need the bearer token", () => {
  const post = (body: string | Uint8Array, headers: Record<string, string>) =>
    fetch("/api/ingest?name=budget", { method: "POST", headers, body });
  const typed = { "content-type": "text/plain; charset=utf-8" };

  test("401 without a token or with a wrong one; stored with it", async () => {
    assert.equal((await post(UPLOAD, typed)).status, 401);
    const wrong = await post(UPLOAD, { ...typed, authorization: "Bearer nope" });
    assert.equal(wrong.status, 401);
    assert.equal((await bodyOf(wrong)).error.code, "UNAUTHORIZED");
    const before = (await store.stats()).articles;
    const ok = await post(UPLOAD, { ...typed, authorization: `Bearer ${TOKEN}` });
    assert.equal(ok.status, 200);
    const result = await bodyOf(ok);
    assert.equal(result.source, "upload:budget.txt");
    assert.equal(result.stored.length, 1);
    assert.equal((await store.stats()).articles, before + 1);
    const again = await bodyOf(await post(UPLOAD, { ...typed, authorization: `Bearer ${TOKEN}` }));
    assert.deepEqual(again.duplicates, result.stored);
  });

  test("a body too large, of the wrong type, empty or with no article is refused with its reason", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const cases: Array<[string | Uint8Array, Record<string, string>, number, string]> = [
      ["ا".repeat(70 * 1024), { ...typed, ...auth }, 413, "TOO_LARGE"],
      [UPLOAD, { "content-type": "application/pdf", ...auth }, 415, "UNSUPPORTED_FORMAT"],
      ["", { ...typed, ...auth }, 422, "EMPTY_FILE"],
      [new Uint8Array([0, 159, 146, 150, 0, 1, 2]), { ...typed, ...auth }, 422, "BINARY_FILE"],
    ];
    for (const [body, headers, status, code] of cases) {
      const response = await post(body, headers);
      assert.equal(response.status, status, code);
      assert.equal((await bodyOf(response)).error.code, code);
    }
  });
});

describe("the OpenAPI document", () => {
  test("lists every route, and each operation it lists answers 200", async () => {
    const { document, calls } = await documentedOperations(fetch, TOKEN, `${UPLOAD}\n\nفقرة إضافية لنسخة مختلفة.`);
    assert.equal(document.openapi, "3.1.0");
    for (const route of ROUTES) assert.ok(document.paths[route.path]?.[route.method], `${route.method} ${route.path}`);
    assert.equal(calls.length, ROUTES.length + 1, "every route and the document itself");
    for (const [method, path, init] of calls) {
      const response = await fetch(path, init);
      assert.equal(response.status, 200, `${method.toUpperCase()} ${path}: ${response.status}`);
      await response.arrayBuffer();
    }
  });
});
