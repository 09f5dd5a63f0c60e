// The knowledge-base commands over the demo corpus (examples/, invented by the team): the
// Sanabel crossing opening is reported by four items of three outlets in different words and
// must be one story that nothing unrelated joins; the exports must be what their readers expect.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { GDELT_COLUMNS } from "../../export/index.js";
import { all, parseCsv, parseXml } from "../../export/test-helpers/readers.js";
import { repoRoot } from "../../test-helpers/seeds.js";
import { ingestedDb, marsad } from "../test-helpers.js";

let db: string;
let dir: string;
let cleanup: () => void;
before(async () => ({ db, dir, cleanup } = await ingestedDb(join(repoRoot, "examples"))));
after(() => cleanup());

const json = async (command: string, ...argv: string[]) => {
  const run = await marsad(db, command, ...argv, "--json");
  assert.equal(run.code, 0, run.err);
  return JSON.parse(run.out);
};

describe("marsad stories / story", () => {
  test("one happening told by three outlets in different words is one story; nothing else joins one", async () => {
    const stories = await json("stories", "--min-articles", "2");
    assert.equal(stories.length, 1, JSON.stringify(stories.map((s: { label: string }) => s.label)));
    const [sanabel] = stories;
    assert.equal(sanabel.articles, 4);
    assert.ok(sanabel.outlets.length >= 3, sanabel.outlets.join(", "));
    assert.match(sanabel.label, /السنابل/);
    assert.equal(sanabel.day, "2025-03-11");
    const every = await json("stories", "--limit", "100");
    const articles = await json("articles", "--limit", "100");
    assert.equal(
      every.reduce((n: number, s: { articles: number }) => n + s.articles, 0),
      articles.length,
      "every article is in exactly one story",
    );
  });

  test("a story side by side by outlet, each member with why it joined", async () => {
    const [sanabel] = await json("stories", "--min-articles", "2");
    const run = await marsad(db, "story", sanabel.id);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /coverage by outlet:/);
    for (const outlet of sanabel.outlets) assert.ok(run.out.includes(outlet), outlet);
    assert.equal((run.out.match(/joined: (same happening|near-duplicate)/g) ?? []).length, 3);
    const detail = await json("story", sanabel.id);
    assert.equal(detail.members.length, 4);
    // An article id leads to its story too.
    assert.equal((await json("story", detail.members[2].id)).id, sanabel.id);
    assert.equal((await marsad(db, "story", "s000000000000")).code, 1);
    assert.equal((await marsad(db, "stories", "--sort", "oldest")).code, 2);
  });
});

describe("marsad graph / claims", () => {
  test("an entity's edges, each with the sentences behind it", async () => {
    const run = await marsad(db, "graph", "--entity", "عبد الستار الحديثي", "--citations", "1");
    assert.equal(run.code, 0, run.err);
    const lines = run.out.split("\n");
    assert.match(lines[0]!, /^عبد الستار الحديثي: \d+ edges, \d+ neighbours$/);
    const edge = lines.findIndex((l) => /^\d+(\.\d+)?\s.+—(co-occurs|met)—/.test(l));
    assert.ok(edge > 0, run.out);
    assert.match(lines[edge + 1]!, /^ {4}\S+\s+[0-9a-f]{12}\s+«.+»$/, "the edge's first citation");
    const view = await json("graph", "--entity", "عبد الستار الحديثي", "--depth", "2");
    assert.ok(view.nodes.some((n: { depth: number }) => n.depth === 2));
    assert.equal((await marsad(db, "graph", "--depth", "3")).code, 2);
  });

  test("claims: JSON has every field; text says when nothing is shared", async () => {
    const groups = await json("claims", "--min-articles", "1", "--limit", "5");
    assert.ok(groups.length > 0);
    for (const g of groups) {
      assert.ok(g.subject && Array.isArray(g.claims) && typeof g.disagreement === "boolean");
      for (const c of g.claims) assert.ok(c.sentence.length > 0 && c.article.id);
    }
  });
});

describe("marsad export", () => {
  const exported = async (format: string, ...extra: string[]) => {
    const out = join(dir, `export.${format}`);
    const run = await marsad(db, "export", "--format", format, "--out", out, ...extra);
    assert.equal(run.code, 0, run.err);
    return readFileSync(out, "utf8");
  };

  test("graphml and gexf parse as XML with the right root and as many nodes and edges as the store", async () => {
    const stats = await json("graph", "--limit", "100000");
    const store = { nodes: new Set<string>(), edges: stats.edges.length };
    for (const e of stats.edges) store.nodes.add(e.source).add(e.target);
    const graphml = parseXml(await exported("graphml"));
    assert.equal(graphml.name, "graphml");
    assert.equal(all(graphml, "node").length, store.nodes.size);
    assert.equal(all(graphml, "edge").length, store.edges);
    const gexf = parseXml(await exported("gexf"));
    assert.equal(gexf.name, "gexf");
    assert.equal(all(gexf, "node").length, store.nodes.size);
    assert.equal(all(gexf, "edge").length, store.edges);
  });

  test("csv round-trips; gdelt has the documented 61 columns; jsonl has every article", async () => {
    const csv = parseCsv(await exported("csv"));
    const events = (await json("articles", "--limit", "1000")).length;
    assert.ok(events > 0);
    const [header, ...rows] = csv;
    assert.equal(header![0], "article_id");
    assert.ok(rows.length > 0 && rows.every((r) => r.length === header!.length));
    const gdelt = (await exported("gdelt")).split("\n").filter(Boolean);
    assert.equal(gdelt.length, rows.length, "one GDELT row per event");
    for (const line of gdelt) assert.equal(line.split("\t").length, GDELT_COLUMNS.length);
    assert.equal(GDELT_COLUMNS.length, 61);
    const lines = (await exported("jsonl"))
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l));
    assert.equal(lines.length, events);
    for (const a of lines) for (const e of a.entities) assert.match(e.globalId, /^(per|org|loc)-[0-9a-f]{12}$/);
  });

  test("a bad format is refused; standard output gets the same bytes as a file", async () => {
    assert.equal((await marsad(db, "export", "--format", "pdf")).code, 2);
    const toStdout = await marsad(db, "export", "--format", "gexf");
    assert.equal(toStdout.out, await exported("gexf"));
  });
});
