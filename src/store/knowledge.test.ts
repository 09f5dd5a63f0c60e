// The knowledge base in the store, on invented reports run through the real pipeline and saved
// into a real SQLite file: claims compared across outlets, the actor graph with its cited
// sentences, the timeline's filters and plans.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { articleId, buildArticle } from "../ingest/article.js";
import { annotate } from "../pipeline/index.js";
import { openStore, type Store } from "./index.js";

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), "marsad-knowledge-"));
});
after(() => rmSync(dir, { recursive: true, force: true }));
let counter = 0;

type Report = [outlet: string, published: string, title: string, text: string];

const REPORTS: Report[] = [
  [
    "وكالة الأفق",
    "2025-02-10",
    "فرنسا تعزز وجودها العسكري",
    "قالت وزارة الدفاع الفرنسية إن فرنسا تنشر نحو 1200 جندي في تشاد ضمن عملية لمكافحة الإرهاب.",
  ],
  [
    "صحيفة المدى",
    "2025-02-12",
    "باريس تراجع مهمتها في الساحل",
    "وتنشر فرنسا 1200 جندي في تشاد منذ سنوات، بحسب مصادر عسكرية.",
  ],
  ["موقع الساحل", "2025-02-14", "تقرير: قوات فرنسية أكبر مما يعلن", "وتنشر فرنسا 3000 جندي في تشاد وفق تقرير حديث."],
  [
    "إذاعة نجامينا",
    "2025-02-15",
    "تشاد تنفي وصول تعزيزات",
    "ونفت تشاد دخول قوات أجنبية إضافية إلى أراضيها خلال الأسبوع الجاري.",
  ],
];

async function saveReports(store: Store, reports: readonly Report[]): Promise<string[]> {
  const ids: string[] = [];
  for (const [outlet, published, title, text] of reports) {
    const article = buildArticle(`${title}.txt`, 0, { title, outlet, published, author: null, dateline: null }, [
      { text },
    ]);
    await store.savePage(`${title}.txt`, [annotate(article)]);
    ids.push(articleId(article));
  }
  return ids;
}

async function reportStore(reports: readonly Report[] = REPORTS) {
  const store = await openStore(join(dir, `k-${++counter}.db`));
  return { store, ids: await saveReports(store, reports) };
}

describe("claims across articles", () => {
  test("one subject across outlets, its values, and what cannot all hold", async () => {
    const { store, ids } = await reportStore();
    const [troops] = await store.listClaims();
    assert.ok(troops);
    assert.equal(troops.subject, "جندي — فرنسا — تشاد");
    assert.deepEqual(troops.values, [1200, 3000]);
    assert.equal(troops.articles, 3);
    assert.deepEqual([...troops.outlets].sort(), ["صحيفة المدى", "موقع الساحل", "وكالة الأفق"]);
    assert.equal(troops.agent?.name, "فرنسا");
    assert.deepEqual(
      troops.places.map((p) => p.name),
      ["تشاد"],
    );
    for (const claim of troops.claims) {
      assert.match(claim.sentence, new RegExp(String(claim.value)), "each claim cites its sentence");
    }
    // A denial is a against b; two counts have no order.
    const pairs = troops.disagreements
      .map(
        (d) =>
          `${d.kind}:${(d.kind === "values" ? [d.a, d.b].sort((x, y) => (x.article.id < y.article.id ? -1 : 1)) : [d.a, d.b]).map((c) => c.article.id).join("/")}`,
      )
      .sort();
    const [a, b, c, denial] = ids as [string, string, string, string];
    const unordered = (x: string, y: string) => [x, y].sort().join("/");
    assert.deepEqual(
      pairs,
      [
        `denial:${denial}/${a}`,
        `denial:${denial}/${b}`,
        `denial:${denial}/${c}`,
        `values:${unordered(a, c)}`,
        `values:${unordered(b, c)}`,
      ].sort(),
    );
    assert.equal(troops.disagreementCount, 5);
    assert.equal(troops.disagreement, true);
    await store.close();
  });

  test("filters: an entity, disputed only, one-article subjects", async () => {
    const { store } = await reportStore();
    const chad = (await store.findEntities("تشاد"))[0]!;
    assert.deepEqual(
      (await store.listClaims({ entity: chad.id })).map((g) => g.subject),
      ["جندي — فرنسا — تشاد", "جندي — تشاد"],
      "the count, and the denial (a disputed subject of one article)",
    );
    const agreeing = await reportStore(REPORTS.slice(0, 2));
    assert.deepEqual(await agreeing.store.listClaims({ disputed: true }), []);
    assert.equal((await agreeing.store.listClaims())[0]?.disagreement, false);
    assert.deepEqual(await agreeing.store.listClaims({ minArticles: 3 }), []);
    await agreeing.store.close();
    await store.close();
  });

  test("incremental: a later report updates a subject already listed", async () => {
    const { store } = await reportStore(REPORTS.slice(0, 1));
    assert.deepEqual(await store.listClaims(), [], "one article: nothing to compare yet");
    assert.equal((await store.listClaims({ minArticles: 1 }))[0]?.articles, 1);
    await saveReports(store, REPORTS.slice(1, 3));
    const [troops] = await store.listClaims();
    assert.equal(troops?.articles, 3);
    assert.equal(troops?.disagreements.length, 2);
    await store.close();
  });
});

describe("the actor graph", () => {
  test("typed, weighted edges, each citing its sentences", async () => {
    const { store, ids } = await reportStore();
    const france = (await store.findEntities("فرنسا"))[0]!;
    const chad = (await store.findEntities("تشاد"))[0]!;
    const view = await store.graph({ entity: france.id });
    const deployed = view.edges.find((e) => e.type === "deployed-to" && e.target === chad.id);
    assert.ok(deployed, view.edges.map((e) => `${e.sourceName} ${e.type} ${e.targetName}`).join("; "));
    assert.equal(deployed.directed, true);
    assert.equal(deployed.source, france.id);
    assert.equal(deployed.citations, 3);
    assert.equal(deployed.weight, 9);
    assert.equal(deployed.first, "2025-02-10");
    assert.equal(deployed.last, "2025-02-14");
    const cited = await store.edgeCitations({ source: france.id, target: chad.id, type: "deployed-to" });
    assert.deepEqual(
      cited.map((c) => c.article.id),
      ids.slice(0, 3),
    );
    for (const c of cited) assert.match(c.sentence, /جندي في تشاد/);
    assert.deepEqual(
      view.nodes.find((n) => n.id === france.id),
      { ...view.nodes.find((n) => n.id === france.id)!, depth: 0 },
    );
    const onlyCooccurs = await store.graph({ entity: france.id, types: ["co-occurs"] });
    assert.ok(onlyCooccurs.edges.length > 0 && onlyCooccurs.edges.every((e) => e.type === "co-occurs"));
    await store.close();
  });

  test("the whole graph pages through every node and edge for the exports", async () => {
    const { store } = await reportStore();
    const nodes: string[] = [];
    const edges: string[] = [];
    const graph = store.exportGraph();
    for await (const n of graph.nodes) nodes.push(n.id);
    for await (const e of graph.edges) edges.push(`${e.source}|${e.target}|${e.type}`);
    const stats = await store.stats();
    assert.equal(edges.length, stats.edges);
    assert.equal(new Set(edges).size, edges.length);
    const ends = new Set(edges.flatMap((e) => e.split("|").slice(0, 2)));
    assert.deepEqual(new Set(nodes), ends, "nodes are exactly the entities with an edge");
    const heaviest = await store.graph({ limit: 2 });
    assert.equal(heaviest.edges.length, 2);
    assert.ok(heaviest.edges[0]!.weight >= heaviest.edges[1]!.weight);
    await store.close();
  });
});

describe("the timeline", () => {
  const PLANS: Report[] = [
    [
      "وكالة الأفق",
      "2025-03-01",
      "جدول انسحاب القوات",
      "وأعلنت وزارة الدفاع الفرنسية أمس انتهاء المرحلة الأولى. وتنسحب القوات من تشاد بحلول أيلول 2026 وفق الاتفاق.",
    ],
    ["صحيفة المدى", "2025-03-02", "زيارة إلى نجامينا", "زار وزير الدفاع الفرنسي نجامينا اليوم الأحد."],
  ];

  test("plans are marked, and items filter by kind and outlet", async () => {
    const { store } = await reportStore(PLANS);
    const items = await store.timeline();
    const byValue = new Map(items.map((i) => [i.value, i]));
    assert.equal(byValue.get("2026-09")?.plan, true, "بحلول أيلول 2026");
    assert.equal(byValue.get("2025-02-28")?.plan, false, "أمس");
    assert.deepEqual(
      items.map((i) => i.value),
      [...items.map((i) => i.value)].sort(),
    );
    assert.deepEqual(
      (await store.timeline({ plan: true })).map((i) => i.value),
      ["2026-09"],
    );
    const reports = await store.timeline({ plan: false, limit: 1, offset: 1 });
    assert.equal(reports.length, 1);
    assert.equal(reports[0]?.plan, false);
    assert.deepEqual(reports[0], (await store.timeline({ plan: false }))[1]);
    const visits = await store.timeline({ kind: "visit" });
    assert.deepEqual(
      visits.map((i) => i.value),
      ["2025-03-02"],
    );
    assert.deepEqual(
      (await store.timeline({ outlet: "صحيفة المدى" })).map((i) => i.article.outlet),
      ["صحيفة المدى"],
    );
    await store.close();
  });
});

describe("events", () => {
  test("latest first, with actors and place resolved and the sentence cited; filters", async () => {
    const { store, ids } = await reportStore();
    const france = (await store.findEntities("فرنسا"))[0]!;
    const deployments = await store.listEvents({ kind: "deploy" });
    assert.deepEqual(
      deployments.map((e) => e.article.id),
      [ids[2], ids[1], ids[0]],
    );
    for (const e of deployments) {
      assert.equal(e.actors[0]?.id, france.id);
      assert.equal(e.actors[0]?.name, "فرنسا");
      assert.match(e.sentence, /جندي في تشاد/);
    }
    assert.deepEqual(
      (await store.listEvents({ entity: france.id, from: "2025-02-12", to: "2025-02-13" })).map((e) => e.article.id),
      [ids[1]],
    );
    assert.deepEqual(
      (await store.listEvents({ outlet: "إذاعة نجامينا" })).map((e) => e.kind),
      ["deny"],
    );
    await assert.rejects(store.listEvents({ from: "أمس" }), { code: "BAD_ARGUMENT" });
    await store.close();
  });
});
