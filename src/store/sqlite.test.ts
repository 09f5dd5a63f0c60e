import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { MarsadError } from "../errors.js";
import { articleId, buildArticle } from "../ingest/article.js";
import { type AnnotatedArticle, type ArticleMeta, emptyLayers, type Layers, type Span } from "../model.js";
import { defaultDbPath, openStore, type Store } from "./index.js";
import { MIGRATIONS } from "./schema.js";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-store-"));
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
const dbFile = (): string => join(dir, `case-${++counter}`, "marsad.db");

const fixedClock = () => new Date("2024-02-01T10:00:00.000Z");

/** The span of the `nth` occurrence of `needle` in `text`. */
function at(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    assert.notEqual(start, -1, `«${needle}» not in the sample`);
  }
  return { start, end: start + needle.length };
}

const META: ArticleMeta = {
  title: "وزير الخارجية العراقي يلتقي نظيره الأردني في عمّان",
  outlet: "الصباح",
  published: "2023-03-12",
  author: "سارة الكعبي",
  dateline: "عمّان",
};

const BLOCKS = [
  { text: "عمّان – التقى وزير الخارجية العراقي فؤاد حسين نظيره الأردني أيمن الصفدي في عمّان يوم الأحد 12 آذار 2023." },
  { text: "الوزيران خلال المؤتمر الصحفي في عمّان.", caption: true },
  {
    text: "وقال حسين إن «العلاقات بين البلدين تشهد تطوراً كبيراً»، مضيفاً أن حجم التبادل التجاري بلغ 2500 مليون دولار العام الماضي.",
  },
  { text: "وأكد الصفدي أن الأردن سيواصل دعم العراق، فيما قال مصدر دبلوماسي إن نسبة النمو بلغت 2.5 في المئة." },
];

/** One article with every layer filled, offsets computed from its own text. */
function fullSample(source = "pages/sabah-2023-03-12.html"): AnnotatedArticle {
  const article = buildArticle(source, 0, META, BLOCKS);
  const t = article.text;
  const paragraphs = t.split("\n\n");
  let offset = 0;
  const sentences: Span[] = paragraphs.map((p) => {
    const span = { start: offset, end: offset + p.length };
    offset += p.length + 2;
    return span;
  });
  const hussein = at(t, "فؤاد حسين");
  const safadi = at(t, "أيمن الصفدي");
  const amman = at(t, "عمّان", 1);
  const husseinShort = at(t, "حسين", 1);
  const safadiShort = at(t, "الصفدي", 1);
  const directQuote = at(t, "«العلاقات بين البلدين تشهد تطوراً كبيراً»");
  const indirect = at(t, "الأردن سيواصل دعم العراق");
  const growth = at(t, "نسبة النمو بلغت 2.5 في المئة");
  const layers: Layers = {
    sentences,
    tokens: [
      { start: hussein.start, end: hussein.start + 4, kind: "word", norm: "فواد" },
      { start: hussein.start + 5, end: hussein.end, kind: "word", norm: "حسين" },
    ],
    mentions: [
      { ...at(t, "عمّان"), type: "LOC", rule: "dateline", entity: 2 },
      { ...hussein, type: "PER", rule: "pattern:title-before-name", entity: 0 },
      { ...safadi, type: "PER", rule: "pattern:title-before-name", entity: 1 },
      { ...amman, type: "LOC", rule: "lexicon:places", entity: 2 },
      { ...husseinShort, type: "PER", rule: "alias", entity: 0 },
      { ...safadiShort, type: "PER", rule: "alias", entity: 1 },
      { ...at(t, "العراق", 1), type: "LOC", rule: "lexicon:places" },
    ],
    entities: [
      {
        id: "e0",
        name: "فؤاد حسين",
        type: "PER",
        aliases: ["حسين"],
        roles: ["وزير الخارجية العراقي"],
        mentions: [hussein, husseinShort],
      },
      {
        id: "e1",
        name: "أيمن الصفدي",
        type: "PER",
        aliases: ["الصفدي", "أيمن الصفدي"],
        roles: ["وزير الخارجية الأردني", "نائب رئيس الوزراء"],
        mentions: [safadi, safadiShort],
      },
      { id: "e2", name: "عمّان", type: "LOC", aliases: [], roles: [], mentions: [at(t, "عمّان"), amman] },
    ],
    quotes: [
      {
        ...directQuote,
        speaker: "e0",
        speakerText: "حسين",
        text: "العلاقات بين البلدين تشهد تطوراً كبيراً",
        direct: true,
        verb: "قال",
        rule: "quote:guillemets",
      },
      {
        ...indirect,
        speaker: "e1",
        speakerText: "الصفدي",
        text: "الأردن سيواصل دعم العراق",
        direct: false,
        verb: "أكد",
        rule: "quote:verb-an",
      },
      {
        ...growth,
        speaker: "مصدر دبلوماسي",
        speakerText: "مصدر دبلوماسي",
        text: "نسبة النمو بلغت 2.5 في المئة",
        direct: false,
        verb: null,
        rule: "quote:verb-inna",
      },
    ],
    times: [
      {
        ...at(t, "يوم الأحد 12 آذار 2023"),
        text: "يوم الأحد 12 آذار 2023",
        value: "2023-03-12",
        granularity: "day",
        anchor: "absolute",
        rule: "time:weekday-day-month-year",
      },
      {
        ...at(t, "العام الماضي"),
        text: "العام الماضي",
        value: "2022",
        granularity: "year",
        anchor: "published",
        rule: "time:relative-year",
      },
      {
        ...at(t, "فيما"),
        text: "فيما",
        value: null,
        granularity: null,
        anchor: "none",
        rule: "time:test-unresolved",
      },
    ],
    figures: [
      {
        ...at(t, "2500 مليون دولار"),
        text: "2500 مليون دولار",
        value: 2_500_000_000,
        unit: "دولار",
        about: "حجم التبادل التجاري",
        qualifier: null,
        rule: "figure:number-scale-unit",
      },
      {
        ...at(t, "2.5 في المئة"),
        text: "2.5 في المئة",
        value: 2.5,
        unit: "%",
        about: "نسبة النمو",
        qualifier: "نحو",
        rule: "figure:percent",
      },
    ],
    events: [
      {
        ...sentences[0]!,
        kind: "meet",
        cameo: "04",
        actors: ["e0", "e1"],
        time: "2023-03-12",
        place: "e2",
        trigger: "التقى",
        rule: "event:meet-verb",
      },
      {
        ...sentences[3]!,
        kind: "statement",
        cameo: "01",
        actors: ["e1", "الأردن"],
        time: null,
        place: null,
        trigger: "أكد",
        rule: "event:speech-verb",
      },
    ],
  };
  return { article, layers };
}

/** A small article for listing tests. */
function small(title: string, meta: Partial<ArticleMeta> = {}, source = "pages/list.html", index = 0) {
  const article = buildArticle(
    source,
    index,
    { title, outlet: "الصباح", published: null, author: null, dateline: null, ...meta },
    [{ text: `${title}. نص الخبر.` }],
  );
  return { article, layers: emptyLayers() } satisfies AnnotatedArticle;
}

const withoutTokens = (layers: Layers): Layers => ({ ...layers, tokens: [] });

describe("SQLite store", () => {
  test("round trip: an article with every layer comes back exactly as saved", async () => {
    const path = dbFile();
    const store = await openStore(path, { now: fixedClock });
    const sample = fullSample();
    const id = articleId(sample.article);

    const result = await store.savePage(sample.article.source, [sample]);
    assert.deepEqual(result, { stored: [id], duplicates: [] });

    const stored = await store.getArticle(id);
    assert.ok(stored);
    const { id: storedId, ingestedAt, layers, entityIds, ...article } = stored;
    assert.equal(storedId, id);
    assert.equal(ingestedAt, "2024-02-01T10:00:00.000Z");
    assert.deepEqual(article, sample.article);
    assert.deepEqual(layers, withoutTokens(sample.layers));
    assert.equal(entityIds.length, 3);
    assert.equal(new Set(entityIds).size, 3);

    // The full hash finds it too; an unknown id finds nothing.
    assert.deepEqual(await store.getArticle(sample.article.hash), stored);
    assert.equal(await store.getArticle("000000000000"), null);

    assert.deepEqual(await store.stats(), {
      articles: 1,
      entities: 3,
      quotes: 3,
      times: 3,
      figures: 2,
      events: 2,
      stories: 1,
      edges: 4,
      claims: 1,
    });
    await store.close();

    // The database really is WAL with the schema recorded once.
    const raw = new Database(path, { readonly: true });
    assert.equal(raw.pragma("journal_mode", { simple: true }), "wal");
    assert.deepEqual(
      raw.prepare("SELECT version FROM schema_version").pluck().all(),
      MIGRATIONS.map((m) => m.version),
    );
    assert.equal(
      raw.prepare("SELECT text FROM mentions WHERE article_id = ? AND idx = 1").pluck().get(id),
      "فؤاد حسين",
    );
    raw.close();
  });

  test("entities are shared across articles by type and folded name", async () => {
    const store = await openStore(dbFile());
    const first = fullSample();
    const second = small("الصفدي يزور بغداد", { published: "2023-04-01" });
    const t = second.article.text;
    second.layers.mentions = [{ ...at(t, "الصفدي"), type: "PER", rule: "alias", entity: 0 }];
    // Same person, written without hamza; same name as a place would be another entity.
    second.layers.entities = [
      { id: "x", name: "ايمن الصفدي", type: "PER", aliases: [], roles: ["وزير الخارجية"], mentions: [] },
      { id: "y", name: "أيمن الصفدي", type: "LOC", aliases: [], roles: [], mentions: [] },
    ];
    await store.savePage("a", [first]);
    await store.savePage("b", [second]);
    const a = await store.getArticle(articleId(first.article));
    const b = await store.getArticle(articleId(second.article));
    assert.equal(b?.entityIds[0], a?.entityIds[1]);
    assert.notEqual(b?.entityIds[1], a?.entityIds[1]);
    assert.equal((await store.stats()).entities, 4);
    assert.equal(b?.layers.entities[0]?.name, "ايمن الصفدي");
    await store.close();
  });

  test("an article already stored is a duplicate, in a later page or the same one", async () => {
    const store = await openStore(dbFile());
    const sample = fullSample();
    const other = small("خبر آخر");
    const id = articleId(sample.article);
    assert.deepEqual(await store.savePage("p1", [sample]), { stored: [id], duplicates: [] });
    const before = await store.stats();

    assert.deepEqual(await store.savePage("p2", [sample, other, other]), {
      stored: [articleId(other.article)],
      duplicates: [id, articleId(other.article)],
    });
    assert.equal(await store.countArticles(), 2);
    const after = await store.stats();
    // The new article is a story of its own.
    assert.deepEqual(after, { ...before, articles: 2, stories: 2 });
    // The first save keeps the article.
    assert.equal((await store.listArticles()).find((a) => a.id === id)?.source, sample.article.source);
    await store.close();
  });

  test("a page that fails halfway leaves the store unchanged", async () => {
    const path = dbFile();
    const store = await openStore(path);
    await store.savePage("existing", [small("خبر قديم", { published: "2022-01-01" })]);
    const before = await store.stats();
    const listed = await store.listArticles();

    const good = fullSample("pages/failing.html");
    const badSpan = small("خبر معطوب", {}, "pages/failing.html", 1);
    badSpan.layers.sentences = [{ start: 5, end: 2 }];
    const outside = small("خبر بموضع خارج النص", {}, "pages/failing.html", 1);
    outside.layers.times = [
      { start: 0, end: 999, text: "x", value: null, granularity: null, anchor: "none", rule: "test" },
    ];
    const badEntity = small("خبر بكيان مفقود", {}, "pages/failing.html", 1);
    badEntity.layers.mentions = [{ start: 0, end: 3, type: "PER", rule: "test", entity: 4 }];

    for (const bad of [badSpan, outside, badEntity]) {
      await assert.rejects(
        store.savePage("pages/failing.html", [good, bad]),
        (error: unknown) =>
          error instanceof MarsadError && error.code === "STORE_FAILED" && error.source === "pages/failing.html",
      );
      assert.deepEqual(await store.stats(), before);
      assert.deepEqual(await store.listArticles(), listed);
      assert.equal(await store.getArticle(articleId(good.article)), null);
    }
    await store.close();

    const raw = new Database(path, { readonly: true });
    assert.deepEqual(raw.prepare("SELECT source FROM pages").pluck().all(), ["existing"]);
    assert.equal(raw.prepare("SELECT COUNT(*) FROM sentences").pluck().get(), 0);
    raw.close();

    // The same good article saves fine on its own afterwards.
    const again = await openStore(path);
    assert.deepEqual((await again.savePage("pages/failing.html", [good])).stored, [articleId(good.article)]);
    await again.close();
  });

  test("a batch of pages: a page that fails is rolled back alone, the others are stored whole", async () => {
    const store = await openStore(dbFile());
    const first = small("خبر أول", { published: "2022-01-01" }, "pages/one.txt");
    const good = fullSample("pages/failing.html");
    const bad = small("خبر معطوب", {}, "pages/failing.html", 1);
    bad.layers.sentences = [{ start: 5, end: 2 }];
    const last = small("خبر أخير", { published: "2022-01-03" }, "pages/three.txt");
    const outcomes = await store.savePages([
      { source: "pages/one.txt", articles: [first] },
      { source: "pages/failing.html", articles: [good, bad] },
      { source: "pages/three.txt", articles: [last] },
    ]);
    assert.deepEqual(
      outcomes.map((o) => (o.ok ? o.stored : o.error.code)),
      [[articleId(first.article)], "STORE_FAILED", [articleId(last.article)]],
    );
    assert.equal(outcomes[1]!.ok ? "" : outcomes[1]!.error.source, "pages/failing.html");
    assert.equal(await store.getArticle(articleId(good.article)), null, "the failing page's good article too");
    assert.equal(await store.countArticles(), 2);
    // What the store counts agrees with what it holds after the rollback.
    const stats = await store.stats();
    assert.equal(stats.stories, 2);
    assert.deepEqual((await store.savePage("pages/failing.html", [good])).stored, [articleId(good.article)]);
    await store.close();
  });

  test("listArticles orders newest first, unknown dates last, then by title, and filters", async () => {
    const store = await openStore(dbFile());
    const rows = [
      small("ب خبر آذار", { published: "2023-03-12" }),
      small("أ خبر آذار", { published: "2023-03-12", author: "كاتب" }),
      small("خبر بلا تاريخ"),
      small("خبر كانون", { published: "2024-01-05", outlet: "الشرق" }),
      small("خبر الشهر", { published: "2023-03" }),
      small("خبر شباط", { published: "2023-02-20", outlet: "الشرق" }),
    ];
    await store.savePage("pages/list.html", rows);
    const titles = async (query = {}) => (await store.listArticles(query)).map((a) => a.title);

    assert.deepEqual(await titles(), [
      "خبر كانون",
      "أ خبر آذار",
      "ب خبر آذار",
      "خبر الشهر",
      "خبر شباط",
      "خبر بلا تاريخ",
    ]);
    const [first] = await store.listArticles({ limit: 1, offset: 1 });
    assert.deepEqual(first, {
      id: articleId(rows[1]!.article),
      title: "أ خبر آذار",
      outlet: "الصباح",
      published: "2023-03-12",
      author: "كاتب",
      source: "pages/list.html",
    });
    assert.deepEqual(await titles({ limit: 2, offset: 4 }), ["خبر شباط", "خبر بلا تاريخ"]);
    assert.deepEqual(await titles({ limit: 0 }), []);
    assert.deepEqual(await titles({ outlet: "الشرق" }), ["خبر كانون", "خبر شباط"]);
    assert.deepEqual(await titles({ from: "2024" }), ["خبر كانون"]);
    // A month-only date overlaps any range that touches its month.
    assert.deepEqual(await titles({ from: "2023-03-13" }), ["خبر كانون", "خبر الشهر"]);
    assert.deepEqual(await titles({ from: "2023-03", to: "2023-03" }), ["أ خبر آذار", "ب خبر آذار", "خبر الشهر"]);
    assert.deepEqual(await titles({ to: "2023-03-01" }), ["خبر الشهر", "خبر شباط"]);
    assert.deepEqual(await titles({ to: "2023-02-28" }), ["خبر شباط"]);
    assert.deepEqual(await titles({ from: "2023-02-01", to: "2023-12-31", outlet: "الشرق" }), ["خبر شباط"]);

    await assert.rejects(store.listArticles({ from: "12/03/2023" }), { code: "BAD_ARGUMENT" });
    await assert.rejects(store.listArticles({ limit: -1 }), { code: "BAD_ARGUMENT" });
    await store.close();
  });

  test("reopening the file keeps the data", async () => {
    const path = dbFile();
    const sample = fullSample();
    const first = await openStore(path);
    await first.savePage(sample.article.source, [sample]);
    const saved = await first.getArticle(articleId(sample.article));
    await first.close();
    await first.close(); // harmless
    await assert.rejects(first.countArticles(), { code: "STORE_FAILED" });

    const second = await openStore(path);
    assert.equal(await second.countArticles(), 1);
    assert.deepEqual(await second.getArticle(articleId(sample.article)), saved);
    assert.deepEqual((await second.savePage("again", [sample])).duplicates, [articleId(sample.article)]);
    await second.close();
  });

  test("two stores on the same file see each other's writes", async () => {
    const path = dbFile();
    const [a, b] = await Promise.all([openStore(path), openStore(path)]);
    const one = small("خبر أول", { published: "2023-01-01" });
    const two = small("خبر ثان", { published: "2023-01-02" });
    await a.savePage("one", [one]);
    assert.equal((await b.getArticle(articleId(one.article)))?.title, "خبر أول");
    await b.savePage("two", [two]);
    assert.deepEqual(
      (await a.listArticles()).map((x) => x.title),
      ["خبر ثان", "خبر أول"],
    );
    // A reader keeps working while the other store writes.
    const [list] = await Promise.all([a.listArticles(), b.savePage("three", [small("خبر ثالث")])]);
    assert.ok(list.length >= 2);
    assert.equal(await a.countArticles(), 3);
    await Promise.all([a.close(), b.close()]);
  });

  test("writers in several threads share one file (WAL, busy timeout)", async () => {
    const path = dbFile();
    const storeUrl = new URL("./index.ts", import.meta.url).href;
    const articleUrl = new URL("../ingest/article.ts", import.meta.url).href;
    const modelUrl = new URL("../model.ts", import.meta.url).href;
    // The worker loads the TypeScript sources through tsx, as the test runner does.
    const tsxUrl = import.meta.resolve("tsx/esm/api");
    const code = `
      const { workerData, parentPort } = require("node:worker_threads");
      (async () => {
        (await import(${JSON.stringify(tsxUrl)})).register();
        const { openStore } = await import(${JSON.stringify(storeUrl)});
        const { buildArticle } = await import(${JSON.stringify(articleUrl)});
        const { emptyLayers } = await import(${JSON.stringify(modelUrl)});
        const store = await openStore(workerData.path);
        for (let i = 0; i < 25; i++) {
          const source = "w" + workerData.n + "/" + i;
          const meta = { title: "خبر " + source, outlet: null, published: null, author: null, dateline: null };
          const article = buildArticle(source, 0, meta, [{ text: "نص " + source }]);
          await store.savePage(source, [{ article, layers: emptyLayers() }]);
        }
        await store.close();
        parentPort.postMessage("done");
      })().catch((error) => { throw error; });
    `;
    const run = (n: number) =>
      new Promise<void>((resolve, reject) => {
        const worker = new Worker(code, { eval: true, workerData: { path, n } });
        worker.once("error", reject);
        worker.once("exit", (exitCode) =>
          exitCode === 0 ? resolve() : reject(new Error(`worker ${n} exited ${exitCode}`)),
        );
      });
    await Promise.all([run(1), run(2), run(3), run(4)]);
    const store = await openStore(path);
    assert.equal(await store.countArticles(), 100);
    await store.close();
  });
});

describe("openStore", () => {
  test("creates parent folders, accepts :memory:, refuses PostgreSQL for now", async () => {
    const path = join(dir, "deep", "er", "still", "marsad.db");
    const store = await openStore(path);
    assert.equal(await store.countArticles(), 0);
    await store.close();

    const memory: Store = await openStore(":memory:");
    await memory.savePage("m", [small("في الذاكرة")]);
    assert.equal(await memory.countArticles(), 1);
    await memory.close();

    await assert.rejects(openStore("postgres://localhost/marsad"), (error: unknown) => {
      return error instanceof MarsadError && error.code === "BAD_ARGUMENT" && /PostgreSQL/.test(error.message);
    });
  });

  test("defaultDbPath honours MARSAD_DB, else ./marsad.db", () => {
    const saved = process.env.MARSAD_DB;
    try {
      process.env.MARSAD_DB = "/var/lib/marsad/news.db";
      assert.equal(defaultDbPath(), "/var/lib/marsad/news.db");
      delete process.env.MARSAD_DB;
      assert.equal(defaultDbPath(), join(process.cwd(), "marsad.db"));
    } finally {
      if (saved === undefined) delete process.env.MARSAD_DB;
      else process.env.MARSAD_DB = saved;
    }
  });
});
