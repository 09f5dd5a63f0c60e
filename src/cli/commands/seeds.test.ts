// The knowledge base over the seed pages (../shared/seeds), as the issue states it: after
// `marsad ingest`, the 2500 US troops in Iraq is one claim citing pages 001 and 004; السوداني
// has an edge to بلينكن citing sentences of at least two of pages 000, 002 and 004; his timeline
// lists dated items in order.
import assert from "node:assert/strict";
import { basename } from "node:path";
import { after, before, describe, test } from "node:test";
import { seedsDir, seedsMissing } from "../../test-helpers/seeds.js";
import { ingestedDb, marsad } from "../test-helpers.js";

let db = "";
let cleanup = () => {};
let pageOf = new Map<string, string>();

const json = async (command: string, ...argv: string[]) => {
  const run = await marsad(db, command, ...argv, "--json");
  assert.equal(run.code, 0, run.err);
  return JSON.parse(run.out);
};

describe("the knowledge base over the seed pages", { skip: seedsMissing }, () => {
  before(async () => {
    ({ db, cleanup } = await ingestedDb(seedsDir));
    const articles = await json("articles");
    pageOf = new Map(articles.map((a: { id: string; source: string }) => [a.id, basename(a.source).slice(0, 3)]));
  });
  after(() => cleanup());

  test("claims: 2500 US troops in Iraq once, citing pages 001 and 004", async () => {
    const groups = await json("claims");
    const troops = groups.filter(
      (g: { agent: { name: string } | null; places: { name: string }[]; values: number[] }) =>
        g.values.includes(2500) && g.agent?.name === "الولايات المتحدة" && g.places.some((p) => p.name === "العراق"),
    );
    assert.equal(troops.length, 1, JSON.stringify(groups.map((g: { subject: string }) => g.subject)));
    const pages = troops[0].claims
      .filter((c: { value: number }) => c.value === 2500)
      .map((c: { article: { id: string } }) => pageOf.get(c.article.id));
    assert.deepEqual([...new Set(pages)].sort(), ["001", "004"]);
    const run = await marsad(db, "claims");
    assert.equal((run.out.match(/جندي — الولايات المتحدة — العراق: 2,500/g) ?? []).length, 1, run.out);
  });

  test("graph: السوداني — بلينكن cites sentences of at least two of pages 000, 002, 004", async () => {
    const view = await json("graph", "--entity", "السوداني", "--citations", "50");
    const blinken = view.nodes.find((n: { name: string }) => n.name.includes("بلينكن"));
    assert.ok(blinken, view.nodes.map((n: { name: string }) => n.name).join(", "));
    const between = view.edges.filter(
      (e: { source: string; target: string }) => e.source === blinken.id || e.target === blinken.id,
    );
    const pages = new Set(
      between.flatMap((e: { sentences: { article: { id: string } }[] }) =>
        e.sentences.map((c) => pageOf.get(c.article.id)),
      ),
    );
    const wanted = ["000", "002", "004"].filter((p) => pages.has(p));
    assert.ok(wanted.length >= 2, `cited pages: ${[...pages].join(", ")}`);
    const text = await marsad(db, "graph", "--entity", "السوداني");
    assert.match(text.out, /بلينكن/);
  });

  test("timeline: السوداني's dated items in order", async () => {
    const items = await json("timeline", "--entity", "السوداني");
    assert.ok(items.length >= 3, `${items.length} items`);
    const values = items.map((i: { value: string }) => i.value);
    assert.deepEqual(values, [...values].sort());
    for (const i of items) assert.ok(i.sentence.text.includes("السوداني") || i.entities.length > 0);
    const text = await marsad(db, "timeline", "--entity", "السوداني");
    assert.equal(text.code, 0);
    assert.equal(text.out.trim().split("\n").length, items.length);
  });
});
