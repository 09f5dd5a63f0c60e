import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadTsv } from "../../lexicon/load.js";
import { edgeKind, edgeKinds, SENTENCE } from "./kinds.js";

// [event kind, edge type, directed, weight, place is a target, claim aspect, statement kind]
const ROWS: [string, string, boolean, number, boolean, string | null, boolean][] = [
  [SENTENCE, "co-occurs", false, 1, false, null, false],
  ["meet", "met", false, 3, false, null, false],
  ["visit", "visited", true, 3, true, null, false],
  ["deploy", "deployed-to", true, 3, true, null, false],
  ["withdraw", "withdrew-from", true, 3, true, null, false],
  ["criticise", "criticised", true, 3, false, null, false],
  ["agreement", "agreed", false, 3, false, null, false],
  ["kill", "killed", true, 3, false, "violence", false],
  ["arrest", "arrested", true, 3, false, "detention", false],
  ["deny", "denied", true, 2, false, null, true],
  ["statement", "stated-about", true, 2, false, null, true],
];

// Rows of event-triggers.tsv that are not events, and kinds that do not exist: no edge.
const MUST_NOT = ["light", "place-noun", "clause-break", "direction", "appoint", ""];

describe("lexicon/edge-kinds.tsv", () => {
  for (const [kind, edge, directed, weight, place, aspect, about] of ROWS) {
    test(kind, () => assert.deepEqual(edgeKind(kind), { kind, edge, directed, weight, place, aspect, about }));
  }
  for (const kind of MUST_NOT) test(`no row: "${kind}"`, () => assert.equal(edgeKind(kind), undefined));

  test("every event kind of event-triggers.tsv has a row", () => {
    const kinds = new Set(loadTsv("event-triggers").flatMap((row) => (row.cameo ? [row.kind ?? ""] : [])));
    const missing = [...kinds].filter((kind) => !edgeKinds().has(kind));
    assert.deepEqual(missing, []);
  });

  test("co-occurrence weighs less than any event", () => {
    const sentence = edgeKind(SENTENCE)!.weight;
    for (const row of edgeKinds().values()) if (row.kind !== SENTENCE) assert.ok(row.weight > sentence, row.kind);
  });
});
