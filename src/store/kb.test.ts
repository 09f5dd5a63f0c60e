import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import Database from "better-sqlite3";
import { articleId } from "../ingest/article.js";
import { openStore, type Store } from "./index.js";
import { MIGRATIONS, SCHEMA_VERSION_TABLE } from "./schema.js";
import { CORPUS, handArticle, saveCorpus } from "./test-helpers/corpus.js";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-kb-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));

let counter = 0;
const dbFile = (): string => join(dir, `kb-${++counter}.db`);

async function corpusStore(): Promise<{ store: Store; ids: string[] }> {
  const store = await openStore(dbFile());
  return { store, ids: await saveCorpus(store) };
}

/** The one entity a name finds. */
async function only(store: Store, name: string) {
  const found = await store.findEntities(name);
  assert.equal(found.length, 1, `«${name}» finds ${found.map((e) => e.name).join(", ")}`);
  return found[0]!;
}

describe("identity in the store", () => {
  test("one prime minister across articles; two people called حسين stay two", async () => {
    const { store, ids } = await corpusStore();
    const [a1, a2, a3, a4] = await Promise.all(ids.map((id) => store.getArticle(id)));
    assert.ok(a1 && a2 && a3 && a4);
    // السوداني alone (article 4) is محمد شياع السوداني of article 1.
    assert.equal(a4.entityIds[0], a1.entityIds[0]);
    // فؤاد حسين of articles 1 and 2 is one; صدام حسين (also «حسين») is another.
    assert.equal(a2.entityIds[0], a1.entityIds[2]);
    assert.notEqual(a3.entityIds[0], a2.entityIds[0]);
    assert.equal((await store.stats()).entities, 7);

    const raw = new Database(join(dir, `kb-${counter}.db`), { readonly: true });
    const rules = raw
      .prepare("SELECT link_rule FROM article_entities WHERE article_id = ? ORDER BY idx")
      .pluck()
      .all(ids[3]);
    raw.close();
    assert.deepEqual(rules, ["identity:sole-word"]);
    await store.close();
  });

  test("a later article naming حسين alone joins neither", async () => {
    const { store } = await corpusStore();
    const alone = handArticle({
      title: "حسين في الأخبار",
      outlet: null,
      published: "2024-10-01",
      paragraphs: ["وصل حسين إلى المدينة."],
      entities: [{ name: "حسين", type: "PER", said: ["حسين"] }],
    });
    await store.savePage("alone", [alone]);
    const found = await store.findEntities("حسين");
    assert.deepEqual(found.map((e) => e.name).sort(), ["حسين", "صدام حسين", "فؤاد حسين"]);
    await store.close();
  });

  test("a new entity whose name another entity was created under gets a key of its own", async () => {
    const store = await openStore(dbFile());
    const said = (title: string, published: string, name: string, aliases: string[] = []) =>
      handArticle({
        title,
        outlet: null,
        published,
        paragraphs: [`تحدث ${name} عن الخطة.`],
        entities: [{ name, type: "PER", aliases, said: [name] }],
      });
    // Created as «السوداني», then named in full; a second السوداني appears; then «السوداني»
    // alone is ambiguous and starts a third entity, under the same folded name as the first.
    await store.savePage("1", [said("أ", "2024-01-01", "السوداني")]);
    await store.savePage("2", [said("ب", "2024-01-02", "محمد شياع السوداني", ["السوداني"])]);
    await store.savePage("3", [said("ج", "2024-01-03", "علي السوداني", ["السوداني"])]);
    await store.savePage("4", [said("د", "2024-01-04", "السوداني")]);
    const found = await store.findEntities("السوداني");
    assert.deepEqual(found.map((e) => [e.name, e.articles]).sort(), [
      ["السوداني", 1],
      ["علي السوداني", 1],
      ["محمد شياع السوداني", 2],
    ]);
    assert.equal(new Set(found.map((e) => e.id)).size, 3);
    await store.close();
  });
});

describe("store queries", () => {
  test("listEntities: most articles first, filtered by type, paged", async () => {
    const { store } = await corpusStore();
    const all = await store.listEntities();
    assert.equal(all.length, 7);
    assert.deepEqual(all.slice(0, 2), [
      {
        id: all[0]!.id,
        name: "محمد شياع السوداني",
        type: "PER",
        articles: 2,
        mentions: 4,
        aliases: ["السوداني"],
      },
      { id: all[1]!.id, name: "فؤاد حسين", type: "PER", articles: 2, mentions: 3, aliases: ["حسين"] },
    ]);
    assert.deepEqual(
      (await store.listEntities({ type: "LOC" })).map((e) => e.name),
      ["بغداد", "واشنطن", "أنقرة"],
    );
    assert.deepEqual(
      (await store.listEntities({ type: "PER", limit: 2, offset: 2 })).map((e) => e.name),
      ["صدام حسين", "أنتوني بلينكن"],
    );
    await assert.rejects(store.listEntities({ limit: -2 }), { code: "BAD_ARGUMENT" });
    await store.close();
  });

  test("findEntities: by name, alias, spelling, clitic, or id", async () => {
    const { store } = await corpusStore();
    const pm = await only(store, "محمد شياع السوداني");
    assert.equal((await only(store, "السوداني")).id, pm.id);
    assert.equal((await only(store, "والسوداني")).id, pm.id);
    assert.equal((await only(store, "للسوداني")).id, pm.id);
    assert.equal((await only(store, pm.id)).id, pm.id);
    assert.equal((await only(store, "انقره")).name, "أنقرة");
    assert.equal((await only(store, "بواشنطن")).name, "واشنطن");
    assert.equal((await store.findEntities("حسين")).length, 2);
    assert.deepEqual(await store.findEntities("الكاظمي"), []);
    await store.close();
  });

  test("entityDossier: names, roles over time, articles, related entities, quotes", async () => {
    const { store, ids } = await corpusStore();
    const pm = await only(store, "السوداني");
    const dossier = await store.entityDossier(pm.id);
    assert.ok(dossier);
    assert.equal(dossier.entity.name, "محمد شياع السوداني");
    assert.deepEqual(dossier.names, [
      { text: "محمد شياع السوداني", asName: 1, asAlias: 0, count: 1 },
      { text: "السوداني", asName: 1, asAlias: 1, count: 2 },
    ]);
    assert.deepEqual(dossier.roles, [
      { role: "رئيس الوزراء العراقي", count: 1, first: "2023-05-10", last: "2023-05-10", articles: [ids[0]] },
      { role: "رئيس الحكومة", count: 1, first: "2024-09-24", last: "2024-09-24", articles: [ids[3]] },
    ]);
    assert.deepEqual(
      dossier.articles.map((a) => [a.id, a.published, a.outlet]),
      [
        [ids[3], "2024-09-24", "الشرق"],
        [ids[0], "2023-05-10", "الصباح"],
      ],
    );
    // Baghdad and Ankara share a sentence with him; فؤاد حسين only the article.
    assert.deepEqual(
      dossier.related
        .map((r) => [r.name, r.articles, r.sentences, r.score])
        .sort((a, b) => +b[3]! - +a[3]! || (a[0]! < b[0]! ? -1 : 1)),
      [
        ["أنقرة", 1, 1, 2],
        ["بغداد", 1, 1, 2],
        ["فؤاد حسين", 1, 0, 1],
      ],
    );
    assert.equal(dossier.related[2]?.name, "فؤاد حسين");
    assert.deepEqual(
      dossier.quotes.map((q) => [q.article.id, q.text, q.direct, q.verb, q.speaker?.id]),
      [
        [ids[3], "الموازنة ستركز على الاستثمار", true, "قال", pm.id],
        [ids[0], "العلاقات مع أنقرة تمضي نحو شراكة اقتصادية أوسع", true, "قال", pm.id],
      ],
    );
    assert.equal(dossier.quotes[0]?.sentence, "وقال السوداني إن «الموازنة ستركز على الاستثمار».");

    assert.equal((await store.entityDossier(pm.id, { limit: 1 }))?.articles.length, 1);
    assert.equal(await store.entityDossier("per-000000000000"), null);
    await store.close();
  });

  test("listQuotes: newest first, by entity or by the speaker as written", async () => {
    const { store, ids } = await corpusStore();
    const all = await store.listQuotes();
    assert.deepEqual(
      all.map((q) => q.article.published),
      ["2024-09-24", "2024-04-02", "2024-03-27", "2023-05-10"],
    );
    const [author] = await store.listQuotes({ speaker: "المؤلف" });
    assert.deepEqual(author, {
      article: { id: ids[2], title: CORPUS[2]!.title, outlet: "الصباح", published: "2024-04-02" },
      idx: 0,
      start: author!.start,
      end: author!.end,
      speaker: null,
      speakerText: "المؤلف",
      text: "حسين حكم البلاد بقبضة أمنية مشددة",
      direct: false,
      verb: "يقول",
      sentence: "ويقول المؤلف إن حسين حكم البلاد بقبضة أمنية مشددة.",
    });
    const fuad = await only(store, "فؤاد حسين");
    assert.deepEqual(
      (await store.listQuotes({ entity: fuad.id })).map((q) => q.text),
      ["التعاون الأمني بين البلدين تضاعف"],
    );
    assert.equal((await store.listQuotes({ limit: 1 })).length, 1);
    await store.close();
  });

  test("timeline: dated sentences in time order, with their entities and events", async () => {
    const { store, ids } = await corpusStore();
    const items = await store.timeline();
    assert.deepEqual(
      items.map((i) => [i.value, i.granularity, i.text, i.article.id]),
      [
        ["1979", "year", "عام 1979", ids[2]],
        ["2023", "year", "العام الماضي", ids[1]],
        ["2023-05-09", "day", "يوم الثلاثاء 9 أيار 2023", ids[0]],
        ["2024-03", "month", "آذار 2024", ids[1]],
        ["2024-09-23", "day", "أمس الاثنين 23 أيلول 2024", ids[3]],
      ],
    );
    const march = items[3]!;
    assert.equal(
      march.sentence.text,
      "واشنطن – التقى وزير الخارجية العراقي فؤاد حسين نظيره الأميركي أنتوني بلينكن في واشنطن في آذار 2024.",
    );
    assert.deepEqual(
      march.entities.map((e) => e.name),
      ["واشنطن", "فؤاد حسين", "أنتوني بلينكن"],
    );
    assert.deepEqual(march.events, ["meet"]);
    assert.deepEqual(items[0]!.events, []);
    assert.deepEqual(march.article, {
      id: ids[1],
      title: CORPUS[1]!.title,
      outlet: "الشرق",
      published: "2024-03-27",
    });

    const values = async (query: Parameters<Store["timeline"]>[0]) => (await store.timeline(query)).map((i) => i.value);
    assert.deepEqual(await values({ from: "2024" }), ["2024-03", "2024-09-23"]);
    // A year overlaps every range inside it.
    assert.deepEqual(await values({ from: "2023-05", to: "2023-12" }), ["2023", "2023-05-09"]);
    assert.deepEqual(await values({ to: "2023-05-08" }), ["1979", "2023"]);
    assert.deepEqual(await values({ from: "2024-03-15", to: "2024-03-31" }), ["2024-03"]);
    const fuad = await only(store, "فؤاد حسين");
    assert.deepEqual(await values({ entity: fuad.id }), ["2023", "2024-03"]);
    assert.deepEqual(await values({ entity: fuad.id, from: "2024" }), ["2024-03"]);
    assert.deepEqual(await values({ limit: 2, offset: 1 }), ["2023", "2023-05-09"]);
    await assert.rejects(store.timeline({ from: "آذار" }), { code: "BAD_ARGUMENT" });
    await store.close();
  });
});

describe("the newest schema over a version-1 database", () => {
  test("forms, names, counts, sentences, speaker keys and the knowledge base are filled in", async () => {
    const path = dbFile();
    const raw = new Database(path);
    raw.exec(SCHEMA_VERSION_TABLE);
    raw.exec(MIGRATIONS[0]!.sql);
    raw.prepare("INSERT INTO schema_version VALUES (1, 'v1', '2024-01-01T00:00:00Z')").run();
    const text = "أكد باسم العوادي في 5 شباط 2024 أن الحكومة ماضية في الإصلاح. وقال العوادي إن «الإصلاح لا يتوقف».";
    const cut = text.indexOf(" وقال");
    const span = (needle: string, from = 0) => {
      const start = text.indexOf(needle, from);
      return [start, start + needle.length] as const;
    };
    const id = "abcdefabcdef";
    raw.prepare("INSERT INTO pages VALUES ('old', '2024-02-06T00:00:00Z')").run();
    raw
      .prepare(
        `INSERT INTO articles VALUES (?, ?, 'old', 'old', 0, 'خبر قديم', 'الصباح', '2024-02-06', NULL, NULL, ?, '[]',
         '2024-02-06T00:00:00Z')`,
      )
      .run(id, `${id}${"0".repeat(52)}`, text);
    raw.prepare("INSERT INTO sentences VALUES (?, 0, 0, ?), (?, 1, ?, ?)").run(id, cut, id, cut + 1, text.length);
    raw.prepare("INSERT INTO entities VALUES ('per-old', 'PER', 'باسم العوادي', 'باسم العوادي', 't')").run();
    raw.prepare("INSERT INTO article_entities VALUES (?, 0, 'e0', 'per-old', 'باسم العوادي', 'PER', '[]')").run(id);
    raw.prepare("INSERT INTO entity_aliases VALUES (?, 0, 0, 'per-old', 'العوادي')").run(id);
    const mention = raw.prepare("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, 'PER', 'test', 0, 'per-old')");
    mention.run(id, 0, ...span("باسم العوادي"), "باسم العوادي");
    mention.run(id, 1, ...span("العوادي", cut), "العوادي");
    raw
      .prepare("INSERT INTO times VALUES (?, 0, ?, ?, '5 شباط 2024', '2024-02-05', 'day', 'absolute', 'test')")
      .run(id, ...span("5 شباط 2024"));
    raw
      .prepare(
        "INSERT INTO quotes VALUES (?, 0, ?, ?, 'e0', 'per-old', 'العوادي', 'الإصلاح لا يتوقف', 1, 'قال', 'test')",
      )
      .run(id, ...span("«الإصلاح لا يتوقف»"));
    raw.close();

    const store = await openStore(path);
    const [found] = await store.findEntities("العوادي");
    assert.deepEqual(found, {
      id: "per-old",
      name: "باسم العوادي",
      type: "PER",
      articles: 1,
      mentions: 2,
      aliases: ["العوادي"],
    });
    assert.equal((await store.listQuotes({ speaker: "العوادي" })).length, 1);
    const [item] = await store.timeline({ entity: "per-old" });
    assert.equal(item?.sentence.text, "أكد باسم العوادي في 5 شباط 2024 أن الحكومة ماضية في الإصلاح.");
    assert.deepEqual(item?.entities, [{ id: "per-old", name: "باسم العوادي", type: "PER" }]);

    // The knowledge base (version 4) is built for articles saved before it.
    assert.equal(await store.storyOf(id), `s${id}`);
    assert.equal((await store.stats()).stories, 1);

    // A new article naming him by family name alone joins the old entity.
    const later = handArticle({
      title: "العوادي يرد",
      outlet: null,
      published: "2024-03-01",
      paragraphs: ["رد العوادي على الانتقادات."],
      entities: [{ name: "العوادي", type: "PER", said: ["العوادي"] }],
    });
    await store.savePage("later", [later]);
    assert.deepEqual((await store.getArticle(articleId(later.article)))?.entityIds, ["per-old"]);
    await store.close();

    const check = new Database(path, { readonly: true });
    assert.deepEqual(
      check.prepare("SELECT version FROM schema_version ORDER BY version").pluck().all(),
      MIGRATIONS.map((m) => m.version),
    );
    check.close();
  });
});
