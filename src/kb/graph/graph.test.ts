import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { articleEdges, type Edge, globalEdges } from "./edges.js";
import { type ArticleSpec, kbArticle } from "./fixture.js";
import { type MergedEdge, mergeEdges, neighbourhood } from "./merge.js";

/** "A -type-> B w3 date s0" (undirected: "A -type- B" with A < B), s = cited sentence index. */
function seen(spec: ArticleSpec): string[] {
  const article = kbArticle(spec);
  const sentence = (e: Edge) => article.layers.sentences.findIndex((s) => s.start === e.citation.start);
  return articleEdges(article)
    .map((e) => `${e.source} -${e.type}-${e.directed ? ">" : ""} ${e.target} w${e.weight} ${e.date} s${sentence(e)}`)
    .sort();
}

/** An expected line with the ends of an undirected edge put in the order the graph stores them. */
function canonical(line: string): string {
  const m = /^(.+?) -([^ ]+)- (.+?) (w\d.*)$/.exec(line);
  if (!m) return line;
  const [, a = "", type, b = "", rest] = m;
  return a < b ? line : `${b} -${type}- ${a} ${rest}`;
}

type Case = [name: string, spec: ArticleSpec, expected: string[]];

const EDGES: Case[] = [
  [
    "a meeting: mutual, dated by the event; every pair of the sentence co-occurs",
    {
      text: "استقبل الرئيس سليم داود المبعوثة كارين لوند في قرطاج يوم الاثنين.",
      entities: ["سليم داود:PER", "كارين لوند:PER", "قرطاج:LOC"],
      published: "2024-05-15",
      events: [
        { kind: "meet", trigger: "استقبل", actors: ["سليم داود", "كارين لوند"], place: "قرطاج", time: "2024-05-13" },
      ],
    },
    [
      "سليم داود -co-occurs- قرطاج w1 2024-05-15 s0",
      "كارين لوند -co-occurs- سليم داود w1 2024-05-15 s0",
      "كارين لوند -co-occurs- قرطاج w1 2024-05-15 s0",
      "كارين لوند -met- سليم داود w3 2024-05-13 s0",
    ],
  ],
  [
    "criticism runs from the agent, whatever the order of the ids",
    {
      text: "انتقد النائب يوسف عبيد وزير المالية أنور بدري بشدة.",
      entities: ["يوسف عبيد:PER", "أنور بدري:PER"],
      published: "2024-02-01",
      events: [{ kind: "criticise", trigger: "انتقد", actors: ["يوسف عبيد", "أنور بدري"] }],
    },
    ["أنور بدري -co-occurs- يوسف عبيد w1 2024-02-01 s0", "يوسف عبيد -criticised-> أنور بدري w3 2024-02-01 s0"],
  ],
  [
    "the agent to each other actor, not the others among themselves",
    {
      text: "التقى الوزير رامي حنا السفيرين بيتر كول وماريا سانز.",
      entities: ["رامي حنا:PER", "بيتر كول:PER", "ماريا سانز:PER"],
      events: [{ kind: "meet", trigger: "التقى", actors: ["رامي حنا", "بيتر كول", "ماريا سانز"] }],
    },
    [
      "بيتر كول -co-occurs- رامي حنا w1 null s0",
      "بيتر كول -co-occurs- ماريا سانز w1 null s0",
      "بيتر كول -met- رامي حنا w3 null s0",
      "رامي حنا -co-occurs- ماريا سانز w1 null s0",
      "رامي حنا -met- ماريا سانز w3 null s0",
    ],
  ],
  [
    "a deployment's place is its target; one actor is enough",
    {
      text: "وأرسلت بلجيكا نحو 300 جندي إلى النيجر.",
      entities: ["بلجيكا:LOC", "النيجر:LOC"],
      events: [{ kind: "deploy", trigger: "وأرسلت", actors: ["بلجيكا"], place: "النيجر" }],
    },
    ["النيجر -co-occurs- بلجيكا w1 null s0", "بلجيكا -deployed-to-> النيجر w3 null s0"],
  ],
  [
    "a quote links its speaker to what it names",
    {
      text: "وقال المتحدث سامي نجار إن «الحكومة لن تفاوض حركة الأحرار في بلدة الصفا». وغادر القاعة.",
      entities: ["سامي نجار:PER", "حركة الأحرار:ORG", "بلدة الصفا:LOC"],
      published: "2024-07-07",
      quotes: [{ text: "الحكومة لن تفاوض حركة الأحرار في بلدة الصفا", speaker: "سامي نجار", verb: "وقال" }],
      events: [{ kind: "statement", trigger: "وقال", actors: ["سامي نجار"], rule: "quote:statement" }],
    },
    [
      "حركة الأحرار -co-occurs- سامي نجار w1 2024-07-07 s0",
      "بلدة الصفا -co-occurs- سامي نجار w1 2024-07-07 s0",
      "بلدة الصفا -co-occurs- حركة الأحرار w1 2024-07-07 s0",
      "سامي نجار -stated-about-> بلدة الصفا w2 2024-07-07 s0",
      "سامي نجار -stated-about-> حركة الأحرار w2 2024-07-07 s0",
    ],
  ],
  [
    "a quote reported with نفى draws denied edges",
    {
      text: "ونفت الوزيرة ليلى عثمان أن «تكون شركة نوفا قد غادرت».",
      entities: ["ليلى عثمان:PER", "شركة نوفا:ORG"],
      quotes: [{ text: "تكون شركة نوفا قد غادرت", speaker: "ليلى عثمان", verb: "ونفت" }],
      events: [{ kind: "deny", trigger: "ونفت", actors: ["ليلى عثمان"], rule: "quote:deny" }],
    },
    ["شركة نوفا -co-occurs- ليلى عثمان w1 null s0", "ليلى عثمان -denied-> شركة نوفا w2 null s0"],
  ],
  [
    "two local entities of one global entity: no edge to itself, one pair with the other",
    {
      text: "وأكد الرئيس عادل منصور أن منصور سيزور أثينا.",
      entities: ["عادل منصور:PER", "منصور:PER", "أثينا:LOC"],
      globals: { منصور: "عادل منصور" },
    },
    ["أثينا -co-occurs- عادل منصور w1 null s0"],
  ],
  [
    "a name mid-sentence in brackets still co-occurs",
    {
      text: "وحذر القائد مراد سالم من عودة (جماعة النور) إلى المنطقة.",
      entities: ["مراد سالم:PER", "جماعة النور:ORG"],
    },
    ["جماعة النور -co-occurs- مراد سالم w1 null s0"],
  ],
];

// What must never become an edge.
const MUST_NOT: Case[] = [
  [
    "a country adjective is not an actor: only named entities are endpoints",
    {
      text: "التقى وزير الخارجية الفرنسي جان مورو نظيره الإيطالي لوكا برونو. وتجمع فرنسا وإيطاليا علاقات قديمة.",
      entities: ["جان مورو:PER", "لوكا برونو:PER", "فرنسا:LOC", "إيطاليا=وإيطاليا:LOC"],
      events: [{ kind: "meet", trigger: "التقى", actors: ["جان مورو", "لوكا برونو"] }],
    },
    [
      "جان مورو -co-occurs- لوكا برونو w1 null s0",
      "جان مورو -met- لوكا برونو w3 null s0",
      "إيطاليا -co-occurs- فرنسا w1 null s1",
    ],
  ],
  [
    "co-occurrence is not created across sentences",
    {
      text: "زار الكاتب أمين حداد بيروت. ثم عاد إلى دمشق.",
      entities: ["أمين حداد:PER", "بيروت:LOC", "دمشق:LOC"],
    },
    ["أمين حداد -co-occurs- بيروت w1 null s0"],
  ],
  [
    "a credit in the bracket closing a caption co-occurs with no one",
    {
      text: "الرئيس سليم داود يستقبل السفير هانز ميلر (وكالة الأنباء)",
      entities: ["سليم داود:PER", "هانز ميلر:PER", "وكالة الأنباء:ORG"],
    },
    ["سليم داود -co-occurs- هانز ميلر w1 null s0"],
  ],
  [
    "a meeting's place is where it happened, not a participant; one actor draws no event edge",
    {
      text: "وصل الوزير كمال ناصر إلى عمان للاجتماع.",
      entities: ["كمال ناصر:PER", "عمان:LOC"],
      events: [{ kind: "meet", trigger: "للاجتماع", actors: ["كمال ناصر"], place: "عمان" }],
    },
    ["عمان -co-occurs- كمال ناصر w1 null s0"],
  ],
  [
    "an event kind the table does not know draws nothing",
    {
      text: "وعين الرئيس سليم داود السيد رامي حنا.",
      entities: ["سليم داود:PER", "رامي حنا:PER"],
      events: [{ kind: "appoint", trigger: "وعين", actors: ["سليم داود", "رامي حنا"] }],
    },
    ["رامي حنا -co-occurs- سليم داود w1 null s0"],
  ],
];

describe("articleEdges", () => {
  for (const [name, spec, expected] of [...EDGES, ...MUST_NOT]) {
    test(name, () => assert.deepEqual(seen(spec), expected.map(canonical).sort()));
  }

  test("every edge cites a whole sentence of its article", () => {
    for (const [, spec] of EDGES) {
      const article = kbArticle(spec);
      for (const e of articleEdges(article)) {
        assert.equal(e.citation.article, article.id);
        assert.ok(article.layers.sentences.some((s) => s.start === e.citation.start && s.end === e.citation.end));
      }
    }
  });
});

describe("globalEdges: edges read over local ids, mapped to global ids", () => {
  /** "a -type- b @start" (directed: "a -type-> b @start"). */
  const local = (line: string): Edge => {
    const [, source = "", type = "", arrow, target = "", start] = /^(\S+) -(\S+)-(>?) (\S+) @(\d+)$/.exec(line)!;
    const citation = { article: "a1", start: Number(start), end: Number(start) + 10 };
    return { source, target, type, directed: arrow === ">", weight: 1, date: null, citation, rule: "test" };
  };
  const line = (e: Edge) => `${e.source} -${e.type}-${e.directed ? ">" : ""} ${e.target} @${e.citation.start}`;
  const TABLE: [name: string, edges: string[], globals: Record<string, string>, expected: string[]][] = [
    ["two locals linked to one global entity make no edge to themselves", ["e0 -met- e1 @0"], { e0: "A", e1: "A" }, []],
    [
      "an undirected edge has the smaller global id as its source",
      ["e0 -co-occurs- e1 @0", "e1 -met- e2 @0"],
      { e0: "Z", e1: "A", e2: "M" },
      ["A -co-occurs- Z @0", "A -met- M @0"],
    ],
    ["a directed edge keeps its direction", ["e0 -criticised-> e1 @0"], { e0: "Z", e1: "A" }, ["Z -criticised-> A @0"]],
    [
      "a citation given twice once mapped counts once; another sentence counts again",
      ["e0 -co-occurs- e2 @0", "e1 -co-occurs- e2 @0", "e2 -co-occurs- e1 @20", "e0 -met- e2 @0"],
      { e0: "A", e1: "A", e2: "B" },
      ["A -co-occurs- B @0", "A -co-occurs- B @20", "A -met- B @0"],
    ],
    ["an end without a global id drops the edge", ["e0 -met- e1 @0", "e1 -met- e2 @0"], { e0: "A", e2: "B" }, []],
  ];
  for (const [name, edges, globals, expected] of TABLE) {
    test(name, () => assert.deepEqual(globalEdges(edges.map(local), (id) => globals[id]).map(line), expected));
  }
});

const edge = (source: string, target: string, type: string, article: string, start: number, date: string | null) => ({
  source,
  target,
  type,
  directed: type !== "met",
  weight: type === "met" ? 3 : 1,
  date,
  citation: { article, start, end: start + 10 },
  rule: "test",
});

const summary = (m: MergedEdge) =>
  `${m.source} ${m.type} ${m.target} w${m.weight} ${m.first}..${m.last} ${m.citations.map((c) => `${c.article}@${c.start}`).join(",")}`;

describe("mergeEdges", () => {
  test("aggregates by source, target and type: weight, dates, citations", () => {
    const merged = mergeEdges([
      edge("A", "B", "met", "x", 0, "2024-09-23"),
      edge("A", "B", "met", "y", 40, "2024-12-13"),
      edge("A", "B", "co-occurs", "y", 40, "2024-12-13"),
      edge("A", "B", "met", "z", 5, null),
    ]);
    assert.deepEqual(merged.map(summary), [
      "A met B w9 2024-09-23..2024-12-13 x@0,y@40,z@5",
      "A co-occurs B w1 2024-12-13..2024-12-13 y@40",
    ]);
  });

  test("a citation counted once: merging an article again changes nothing", () => {
    const first = mergeEdges([edge("A", "B", "met", "x", 0, "2024-01-01")]);
    const again = mergeEdges([edge("A", "B", "met", "x", 0, "2024-01-01")], first);
    assert.deepEqual(again.map(summary), first.map(summary));
  });

  test("folds new edges into what was merged before, leaving it untouched", () => {
    const prior = mergeEdges([edge("A", "B", "met", "x", 0, "2024-03-01")]);
    const before = prior.map(summary);
    const merged = mergeEdges(
      [edge("A", "B", "met", "y", 0, "2023-01-01"), edge("C", "D", "met", "y", 9, null)],
      prior,
    );
    assert.deepEqual(merged.map(summary), ["A met B w6 2023-01-01..2024-03-01 x@0,y@0", "C met D w3 null..null y@9"]);
    assert.deepEqual(prior.map(summary), before);
  });

  test("directed edges each way stay two", () => {
    const merged = mergeEdges([edge("A", "B", "criticised", "x", 0, null), edge("B", "A", "criticised", "y", 0, null)]);
    assert.equal(merged.length, 2);
  });
});

describe("neighbourhood", () => {
  const chain = [
    { source: "A", target: "B" },
    { source: "B", target: "C" },
    { source: "C", target: "D" },
    { source: "B", target: "E" },
    { source: "C", target: "E" },
  ];
  const ends = (edges: { source: string; target: string }[]) => edges.map((e) => `${e.source}${e.target}`).sort();
  const ids = (nodes: { id: string; depth: number }[]) => nodes.map((n) => `${n.id}${n.depth}`).sort();

  test("depth 1: the entity's own edges; edges between its neighbours left out", () => {
    const around = neighbourhood(chain, "B");
    assert.deepEqual(ids(around.nodes), ["A1", "B0", "C1", "E1"]);
    assert.deepEqual(ends(around.edges), ["AB", "BC", "BE"]);
  });

  test("depth 2 walks through either direction", () => {
    const around = neighbourhood(chain, "A", 2);
    assert.deepEqual(ids(around.nodes), ["A0", "B1", "C2", "E2"]);
    assert.deepEqual(ends(around.edges), ["AB", "BC", "BE"]);
  });

  test("an entity with no edges is alone", () => {
    assert.deepEqual(neighbourhood(chain, "Z"), { nodes: [{ id: "Z", depth: 0 }], edges: [] });
  });
});
