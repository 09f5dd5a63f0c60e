import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventRows, eventsOf } from "./rows.js";
import { fixtureArticles } from "./test-helpers/fixture.js";

describe("eventRows", () => {
  const [meeting] = fixtureArticles();

  test("actors and place by name and global id, the sentence cited, the lede marked", () => {
    const rows = eventRows(meeting!);
    assert.deepEqual(
      rows.map((row) => ({
        kind: row.event.kind,
        actors: row.actors.map((a) => `${a.id}:${a.name}:${a.type}`),
        place: row.place?.name ?? null,
        lead: row.lead,
        sentence: row.sentence.slice(0, 12),
      })),
      [
        {
          kind: "meet",
          actors: ["g-sudani:محمد شياع السوداني:PER", "g-blinken:أنتوني بلينكن:PER"],
          place: "بغداد",
          lead: true,
          sentence: "استقبل رئيس ",
        },
        { kind: "statement", actors: ["g-haddad:سليم الحداد:PER"], place: null, lead: false, sentence: "وقال المحلل " },
        {
          kind: "visit",
          actors: ["g-blinken:أنتوني بلينكن:PER"],
          place: "أربيل",
          lead: false,
          sentence: "ثم زار بلينك",
        },
      ],
    );
    assert.deepEqual(rows[0]!.article, {
      id: "a1",
      published: "2024-12-13",
      outlet: "مرصد الأخبار",
      source: "https://example.org/news/1?a=1&b=2",
    });
  });

  test("an actor id with no entity behind it is kept as written; no global id falls back to the local one", () => {
    const article = { ...meeting!, entityIds: [], source: undefined };
    const event = { ...article.layers.events[0]!, actors: ["e0", "مجهول"] };
    const [row] = eventRows({ ...article, layers: { ...article.layers, events: [event] } });
    assert.deepEqual(row!.actors, [
      { id: "e0", name: "محمد شياع السوداني", type: "PER" },
      { id: "مجهول", name: "مجهول", type: null },
    ]);
    assert.equal(row!.article.source, null);
  });

  test("eventsOf flattens articles in order", async () => {
    const kinds: string[] = [];
    for await (const row of eventsOf(fixtureArticles())) kinds.push(row.event.kind);
    assert.deepEqual(kinds, ["meet", "statement", "visit", "criticise"]);
  });
});
