import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import fc from "fast-check";
import { MarsadError } from "../errors.js";
import { articleId } from "../ingest/article.js";
import { SqliteStore } from "../store/sqlite.js";
import { type HandArticle, handArticle } from "../store/test-helpers/corpus.js";
import { benchSearch } from "./bench.js";
import { indexArticle, indexMissing, type SearchOptions, searchArticles, searchFacets } from "./sqlite.js";

// Articles written for these tests (people and outlets invented), by key. Each says the words
// the tables below look for in one way only, so a hit shows which spelling was matched.
type Spec = Omit<HandArticle, "paragraphs" | "entities"> & { text: string; entities?: HandArticle["entities"] };
const ARTICLES: Record<string, Spec> = {
  "bil-iraq": {
    title: "شركة نقل توسع أعمالها",
    outlet: "الأفق",
    published: "2024-05-02",
    text: "أعلنت شركة للنقل البري توسيع خدماتها بالعراق خلال الصيف، وقال مديرها إن الطلب على الشحن ارتفع.",
    entities: [{ name: "العراق", type: "LOC", said: ["العراق"] }],
    events: [{ kind: "statement", cameo: "01", trigger: "وقال", actors: [] }],
  },
  "wal-iraq": {
    title: "أسعار القمح بعد موسم جاف",
    outlet: "الأفق",
    published: "2024-06-10",
    text: "تتابع الأسواق في الأردن والعراق أسعار القمح بعد موسم جاف أضر بالمزارعين.",
  },
  "lil-iraq": {
    title: "شحنة أدوية تصل عبر العقبة",
    outlet: "النهار",
    published: "2024-06",
    text: "وصلت شحنة جديدة من الأدوية للعراق عبر ميناء العقبة يوم الأحد.",
  },
  "iraqi-adj": {
    title: "تدريبات مشتركة",
    outlet: "النهار",
    published: "2023-11-20",
    text: "أجرى الجيش العراقي تدريبات مشتركة قرب الحدود الغربية.",
  },
  aleppo: {
    title: "حديقة جديدة في حلب",
    outlet: "الأفق",
    published: "2024-05-20",
    text: "افتتحت بلدية حلب حديقة عامة جديدة قرب القلعة، وحضر الافتتاح عشرات الأطفال.",
  },
  "amirka-y": {
    title: "معرض الكتاب",
    outlet: "النهار",
    published: "2024-02-01",
    text: "زار وفد من أميركا معرض الكتاب في الشارقة واشترى مئات العناوين.",
  },
  "amrika-plain": {
    title: "رسوم التأشيرات",
    outlet: "الأفق",
    published: "2024-02-03",
    text: "قالت الصحيفة إن امريكا ستخفض رسوم التأشيرات للطلاب في العام المقبل.",
  },
  "withdraw-def": {
    title: "موعد إخلاء المعسكر",
    outlet: "الأفق",
    published: "2024-07-01",
    text: "أكد المتحدث أن الانسحاب من المعسكر سيكتمل قبل نهاية الشهر.",
  },
  "withdraw-her": {
    title: "المناقصة تتعثر",
    outlet: "النهار",
    published: "2024-07-03",
    text: "أعلنت الشركة انسحابها من المناقصة بسبب ارتفاع التكاليف.",
  },
  "withdraw-bi": {
    title: "تأجيل البطولة",
    outlet: "الأفق",
    published: "2024-07-05",
    text: "هدد النادي بانسحاب فريقه من البطولة إذا لم يتغير موعد المباراة.",
  },
  "committee-seq": {
    title: "الاجتماع الأول للجنة",
    outlet: "الأفق",
    published: "2024-08-01",
    text: "عقدت لجنة التنسيق العليا اجتماعها الأول في مقر المحافظة برئاسة سلمى الراوي.",
    entities: [{ name: "سلمى الراوي", type: "PER", said: ["سلمى الراوي"] }],
    events: [{ kind: "meet", cameo: "04", trigger: "عقدت", actors: [0] }],
  },
  "committee-clitic": {
    title: "شكر وتقدير",
    outlet: "النهار",
    published: "2024-08-05",
    text: "قدم المحافظ شكره للجنة التنسيق العليا على جهودها، والتقى سلمى الراوي بعد الجلسة.",
    entities: [{ name: "سلمى الراوي", type: "PER", said: ["سلمى الراوي"] }],
    events: [{ kind: "meet", cameo: "04", trigger: "والتقى", actors: [0] }],
  },
  "committee-apart": {
    title: "فريق جديد",
    outlet: "الأفق",
    published: "2024-08-09",
    text: "شكلت اللجنة فريقا جديدا، وتولى التنسيق مع الجهات العليا مدير المكتب.",
  },
  lebanon: {
    title: "عودة المغتربين",
    outlet: "الأفق",
    published: "2024-07-15",
    text: "عاد آلاف المغتربين إلى لبنان لقضاء العطلة الصيفية مع عائلاتهم.",
  },
  milk: {
    title: "أسعار الألبان",
    outlet: "النهار",
    published: "2024-07-16",
    text: "ارتفع سعر اللبن في الأسواق المحلية بعد زيادة كلفة الأعلاف.",
  },
  bahrain: {
    title: "نهائي البطولة",
    outlet: "الأفق",
    published: "2024-01-10",
    text: "فازت البحرين بالمباراة النهائية أمام جمهور كبير.",
  },
  sea: {
    title: "طقس عاصف",
    outlet: "النهار",
    published: "2024-01-12",
    text: "ارتفعت أمواج البحر قرب الشاطئ وحذرت السلطات الصيادين.",
  },
  negotiations: {
    title: "جولة مفاوضات جديدة",
    outlet: "الأفق",
    published: "2025-01-04",
    text: "انطلقت المفاوضات بين الطرفين في العاصمة، وقال المفاوضون إن الأجواء إيجابية.",
  },
};

let dir: string;
let db: Database.Database;
const ids = new Map<string, string>(); // key → article id
const keys = new Map<string, string>(); // article id → key

before(async () => {
  dir = mkdtempSync(join(tmpdir(), "marsad-search-"));
  db = new Database(join(dir, "marsad.db"));
  // The store's migrations create the search tables, and each save indexes its articles.
  const store = new SqliteStore(db);
  for (const [key, { text, entities, ...spec }] of Object.entries(ARTICLES)) {
    const annotated = handArticle({ ...spec, paragraphs: [text], entities: entities ?? [] }, `test/${key}`);
    await store.savePage(annotated.article.source, [annotated]);
    const id = articleId(annotated.article);
    ids.set(key, id);
    keys.set(id, key);
  }
});
after(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const found = (query: string, options: SearchOptions = {}) =>
  searchArticles(db, query, { limit: 100, ...options }).hits.map((hit) => keys.get(hit.articleId)!);

const entityId = (name: string) =>
  db.prepare("SELECT entity_id FROM article_entities WHERE name = ? LIMIT 1").pluck().get(name) as string;

describe("searchArticles", () => {
  // [query, must match (article keys), must not match]
  const TABLE: [string, string[], string[]][] = [
    // A country's nisba adjective (العراقي) shares its light10 stem with the country's name.
    ["العراق", ["bil-iraq", "wal-iraq", "lil-iraq", "iraqi-adj"], ["aleppo", "lebanon"]],
    ["بالعراق", ["bil-iraq", "wal-iraq", "lil-iraq"], ["aleppo"]],
    ["العراقية", ["iraqi-adj", "bil-iraq"], ["aleppo"]],
    ["أمريكا", ["amirka-y", "amrika-plain"], ["aleppo"]],
    ["أميركا", ["amirka-y", "amrika-plain"], []],
    // بانسحاب stays one token (the tokenizer does not know انسحاب): the query asks for it too.
    ["انسحاب", ["withdraw-def", "withdraw-her", "withdraw-bi"], ["negotiations"]],
    ["الانسحاب", ["withdraw-def", "withdraw-her"], []],
    ['"لجنة التنسيق العليا"', ["committee-seq", "committee-clitic"], ["committee-apart"]],
    ["لجنة التنسيق العليا", ["committee-seq", "committee-clitic", "committee-apart"], ["aleppo"]],
    ["«للجنة التنسيق العليا»", ["committee-seq", "committee-clitic"], ["committee-apart"]],
    ["لبنان", ["lebanon"], ["milk"]],
    ["اللبن", ["milk"], ["lebanon"]],
    ["البحرين", ["bahrain"], ["sea"]],
    ["البحر", ["sea"], ["bahrain"]],
    ["مفاوض*", ["negotiations"], ["withdraw-def"]],
    ["انسحا*", ["withdraw-def", "withdraw-her"], ["negotiations"]],
    ["حلب OR لبنان", ["aleppo", "lebanon"], ["milk"]],
    ["العراق -القمح", ["bil-iraq", "lil-iraq"], ["wal-iraq"]],
    ['العراق -"ميناء العقبة"', ["bil-iraq", "wal-iraq"], ["lil-iraq"]],
    ["أسعار القمح", ["wal-iraq"], ["milk"]],
    ["المناقصة", ["withdraw-her"], []], // title words are searched too
    ["غواصة", [], Object.keys(ARTICLES)],
  ];
  for (const [query, must, mustNot] of TABLE) {
    test(query, () => {
      const hits = found(query);
      for (const key of must) assert.ok(hits.includes(key), `${query} must find ${key}; found ${hits}`);
      for (const key of mustNot) assert.ok(!hits.includes(key), `${query} must not find ${key}; found ${hits}`);
    });
  }

  // [query, options, must match exactly (any order)]
  const FACETED: [string, SearchOptions, string[]][] = [
    ["العراق", { outlet: "الأفق" }, ["bil-iraq", "wal-iraq"]],
    ["العراق", { from: "2024-06", to: "2024-06-30" }, ["wal-iraq", "lil-iraq"]],
    ["العراق", { from: "2024-06-15" }, ["lil-iraq"]], // dated by month: June reaches the 15th
    ["العراق", { to: "2024-05" }, ["bil-iraq", "iraqi-adj"]],
    ["العراق", { eventKind: "statement" }, ["bil-iraq"]],
    ["لجنة", { eventKind: "meet" }, ["committee-seq", "committee-clitic"]],
    ["التنسيق", { outlet: "النهار", eventKind: "meet" }, ["committee-clitic"]],
  ];
  for (const [query, options, exactly] of FACETED) {
    test(`${query} ${JSON.stringify(options)}`, () => assert.deepEqual(found(query, options).sort(), exactly.sort()));
  }

  test("entity filter: articles naming the entity", () => {
    assert.deepEqual(found("التنسيق", { entity: entityId("سلمى الراوي") }).sort(), [
      "committee-clitic",
      "committee-seq",
    ]);
    assert.deepEqual(found("التنسيق", { entity: "no-such-entity" }), []);
  });

  test("hits: ranked, counted, with metadata", () => {
    const result = searchArticles(db, "العراق");
    assert.equal(result.total, 4);
    const scores = result.hits.map((hit) => hit.score);
    assert.deepEqual(
      scores,
      [...scores].sort((a, b) => b - a),
    );
    const hit = result.hits.find((h) => keys.get(h.articleId) === "lil-iraq")!;
    assert.deepEqual([hit.outlet, hit.published, hit.title], ["النهار", "2024-06", "شحنة أدوية تصل عبر العقبة"]);
  });

  test("a title match ranks above a body match", () => {
    const hits = found("المفاوضات");
    assert.equal(hits[0], "negotiations");
    const both = searchArticles(db, "أسعار").hits.map((hit) => keys.get(hit.articleId));
    assert.deepEqual(both.sort(), ["milk", "wal-iraq"]);
  });

  test("limit and offset page through the ranking", () => {
    const all = found("العراق OR لبنان OR حلب");
    assert.equal(all.length, 6);
    const pages = [0, 2, 4].flatMap((offset) => found("العراق OR لبنان OR حلب", { limit: 2, offset }));
    assert.deepEqual(pages, all);
  });

  test("highlights: offsets into the clean text and the title, the word without its clitic", async () => {
    const texts = new Map<string, string>();
    for (const [key, id] of ids)
      texts.set(key, db.prepare("SELECT text FROM articles WHERE id = ?").pluck().get(id) as string);
    const shown = (query: string, key: string) => {
      const hit = searchArticles(db, query).hits.find((h) => keys.get(h.articleId) === key)!;
      const text = texts.get(key)!;
      return hit.snippets.flatMap((s) => {
        assert.equal(s.text, text.slice(s.start, s.end));
        return s.highlights.map((h) => text.slice(h.start, h.end));
      });
    };
    assert.deepEqual(shown("العراق", "bil-iraq"), ["العراق"]);
    assert.deepEqual(shown("العراق", "wal-iraq"), ["العراق"]);
    assert.deepEqual(shown("العراق", "lil-iraq"), ["لعراق"]);
    assert.deepEqual(shown("امريكا", "amirka-y"), ["أميركا"]);
    assert.deepEqual(shown('"لجنة التنسيق العليا"', "committee-clitic"), ["لجنة", "التنسيق", "العليا"]);
    assert.deepEqual(shown("انسحا*", "withdraw-her"), ["انسحابها"]);
    const titled = searchArticles(db, "القمح").hits.find((h) => keys.get(h.articleId) === "wal-iraq")!;
    assert.deepEqual(
      titled.titleHighlights.map((h) => titled.title.slice(h.start, h.end)),
      ["القمح"],
    );
  });

  test("bad options are BAD_ARGUMENT", () => {
    for (const options of [{ limit: 0 }, { limit: 101 }, { offset: -1 }, { from: "May 2024" }]) {
      assert.throws(
        () => searchArticles(db, "العراق", options),
        (e: unknown) => e instanceof MarsadError && e.code === "BAD_ARGUMENT",
      );
    }
  });

  test("malformed queries are BAD_QUERY with a message, never another error", () => {
    for (const query of ['"لجنة', "*", "NEAR(العراق)", "title:العراق", "(العراق)", "-العراق", "ا*", ""]) {
      assert.throws(
        () => searchArticles(db, query),
        (e: unknown) => e instanceof MarsadError && e.code === "BAD_QUERY" && e.message.length > 30,
        query,
      );
    }
    const unit = fc.constantFrom(..."العراقلجنةسح *\"«»-()^:+{}ORANDNEAR'،.٢x");
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit }), fc.string({ unit: "binary" })), (query) => {
        try {
          searchArticles(db, query);
          searchFacets(db, query);
        } catch (error) {
          assert.ok(error instanceof MarsadError && error.code === "BAD_QUERY", String(error));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("searchFacets", () => {
  test("counts per outlet, month, event kind and entity over the matches", () => {
    const facets = searchFacets(db, 'العراق OR "لجنة التنسيق العليا"');
    assert.equal(facets.counted, 6);
    assert.equal(facets.partial, false);
    assert.deepEqual(facets.outlets, [
      { value: "الأفق", count: 3 },
      { value: "النهار", count: 3 },
    ]);
    assert.deepEqual(facets.months, [
      { value: "2023-11", count: 1 },
      { value: "2024-05", count: 1 },
      { value: "2024-06", count: 2 },
      { value: "2024-08", count: 2 },
    ]);
    assert.deepEqual(facets.eventKinds, [
      { value: "meet", count: 2 },
      { value: "statement", count: 1 },
    ]);
    assert.deepEqual(
      facets.entities.map((e) => [e.name, e.type, e.count]),
      [
        ["سلمى الراوي", "PER", 2],
        ["العراق", "LOC", 1],
      ],
    );
  });

  test("filters narrow the counted set", () => {
    const facets = searchFacets(db, 'العراق OR "لجنة التنسيق العليا"', { outlet: "النهار" });
    assert.deepEqual(facets.outlets, [{ value: "النهار", count: 3 }]);
    assert.equal(facets.counted, 3);
  });
});

describe("benchSearch", () => {
  test("latencies per query and over all", () => {
    const bench = benchSearch(db, ["العراق", { query: "لجنة", options: { eventKind: "meet" } }], 3);
    assert.deepEqual(
      bench.queries.map((q) => [q.query, q.hits, q.total]),
      [
        ["العراق", 4, 4],
        ["لجنة", 2, 2],
      ],
    );
    assert.ok(bench.p50 >= 0 && bench.p95 >= bench.p50 && bench.max >= bench.p95);
  });
});

describe("indexing", () => {
  test("indexing an article again replaces its row", () => {
    const id = ids.get("aleppo")!;
    indexArticle(db, { id, title: "حديقة جديدة في حلب", text: "نص آخر عن الحدائق." });
    assert.deepEqual(found("القلعة"), []);
    assert.deepEqual(found("الحدائق"), ["aleppo"]);
    indexArticle(db, { id, title: "حديقة جديدة في حلب", text: ARTICLES.aleppo!.text });
    assert.deepEqual(found("القلعة"), ["aleppo"]);
    assert.equal(db.prepare("SELECT COUNT(*) FROM search_docs WHERE article_id = ?").pluck().get(id), 1);
  });

  test("an article not in the store is NOT_FOUND", () => {
    assert.throws(
      () => indexArticle(db, { id: "000000000000", title: "x", text: "y" }),
      (e: unknown) => e instanceof MarsadError && e.code === "NOT_FOUND",
    );
  });

  test("indexMissing indexes the stored articles the index lacks; dropping a doc drops its index row", () => {
    const id = ids.get("sea")!;
    db.prepare("DELETE FROM search_docs WHERE article_id = ?").run(id);
    assert.deepEqual(found("البحر"), []);
    assert.equal(indexMissing(db), 1);
    assert.deepEqual(found("البحر"), ["sea"]);
    assert.equal(indexMissing(db), 0);
  });
});
