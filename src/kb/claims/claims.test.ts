import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { type Entity, emptyLayers } from "../../model.js";
import { type ArticleSpec, kbArticle } from "../graph/fixture.js";
import { overLocalIds } from "../graph/local.js";
import { articleClaims, globalClaims } from "./extract.js";
import { groupClaims, periodRange, valueRange } from "./group.js";
import { type Claim, type ClaimSubject, subjectKey } from "./types.js";

/** "kind subject | value qualifier | period/source | src source" for each claim. */
const line = (c: Claim) =>
  `${c.kind} ${c.subject} | ${c.value ?? "-"} ${c.qualifier ?? "-"} | ${c.period ?? "-"}/${c.periodSource ?? "-"} | src ${c.source ?? "-"}`;
const seen = (spec: ArticleSpec) => articleClaims(kbArticle(spec)).map(line);

type Case = [name: string, spec: ArticleSpec, expected: string[]];

const CLAIMS: Case[] = [
  [
    "a count: agent from the event before it, place after في",
    {
      text: "ونشرت بريطانيا قرابة 400 جندي في إستونيا.",
      entities: ["بريطانيا:LOC", "إستونيا:LOC"],
      published: "2024-06-01",
      events: [{ kind: "deploy", trigger: "ونشرت", actors: ["بريطانيا"], place: "إستونيا" }],
      figures: [{ text: "قرابة 400 جندي", value: 400, unit: "جندي", qualifier: "قرابة" }],
    },
    ["figure جندي — بريطانيا — إستونيا | 400 قرابة | 2024-06-01/published | src -"],
  ],
  [
    "two counts of one clause: each its own place, the second with the unit it inherits",
    {
      text: "وتنشر كندا 900 جندي في لاتفيا و300 في ليتوانيا.",
      entities: ["كندا:LOC", "لاتفيا:LOC", "ليتوانيا:LOC"],
      events: [{ kind: "deploy", trigger: "وتنشر", actors: ["كندا"], place: "لاتفيا" }],
      figures: [
        { text: "900 جندي", value: 900, unit: "جندي" },
        { text: "300", value: 300, unit: "جندي" },
      ],
    },
    ["figure جندي — كندا — لاتفيا | 900 - | -/- | src -", "figure جندي — كندا — ليتوانيا | 300 - | -/- | src -"],
  ],
  [
    "places joined by و are all the count's places",
    {
      text: "أرسلت ألمانيا 500 جندي إلى قواعدها في بولندا ورومانيا.",
      entities: ["ألمانيا:LOC", "بولندا:LOC", "رومانيا:LOC"],
      events: [{ kind: "deploy", trigger: "أرسلت", actors: ["ألمانيا"], place: "بولندا" }],
      figures: [{ text: "500 جندي", value: 500, unit: "جندي" }],
    },
    ["figure جندي — ألمانيا — بولندا، رومانيا | 500 - | -/- | src -"],
  ],
  [
    "no actor on the event: the name before the count with no preposition is its agent",
    {
      text: "وتحدثت تقارير عن استعداد الجيش النرويجي لإرسال 200 جندي إلى السويد.",
      entities: ["الجيش النرويجي:ORG", "السويد:LOC"],
      events: [{ kind: "deploy", trigger: "لإرسال", actors: [], place: "السويد" }],
      figures: [{ text: "200 جندي", value: 200, unit: "جندي" }],
    },
    ["figure جندي — الجيش النرويجي — السويد | 200 - | -/- | src -"],
  ],
  [
    "a time of the clause is the period; violence in the clause is the aspect; the reporter is the source",
    {
      text: "وقال المرصد الليبي إن 35 شخصاً قتلوا في مدينة سرت يوم الجمعة.",
      entities: ["المرصد الليبي:ORG", "سرت:LOC"],
      times: [["يوم الجمعة", "2024-04-12"]],
      published: "2024-04-14",
      events: [
        { kind: "statement", trigger: "وقال", actors: ["المرصد الليبي"] },
        { kind: "kill", trigger: "قتلوا", actors: [], place: "سرت" },
      ],
      figures: [{ text: "35 شخصاً", value: 35, unit: "شخصاً" }],
    },
    ["figure شخص — violence — سرت | 35 - | 2024-04-12/sentence | src المرصد الليبي"],
  ],
  [
    "a relative clause's time is not the count's",
    {
      text: "وتحتفظ اليابان بنحو 50 جنديا في جيبوتي التي افتتحت فيها قاعدة عام 2011.",
      entities: ["اليابان:LOC", "جيبوتي:LOC"],
      times: [["عام 2011", "2011"]],
      published: "2024-08-20",
      figures: [{ text: "بنحو 50 جنديا", value: 50, unit: "جنديا", qualifier: "نحو" }],
    },
    ["figure جندي — اليابان — جيبوتي | 50 نحو | 2024-08-20/published | src -"],
  ],
  [
    "a count in a quote: its speaker is the source",
    {
      text: "وقال الوزير هادي سعيد: «خسرت الكتيبة 12 جنديا في الكمين».",
      entities: ["هادي سعيد:PER"],
      quotes: [{ text: "خسرت الكتيبة 12 جنديا في الكمين", speaker: "هادي سعيد", verb: "وقال" }],
      events: [{ kind: "statement", trigger: "وقال", actors: ["هادي سعيد"], rule: "quote:statement" }],
      figures: [{ text: "12 جنديا", value: 12, unit: "جنديا" }],
    },
    ["figure جندي | 12 - | -/- | src هادي سعيد"],
  ],
  [
    "a percentage is of the noun after it",
    {
      text: "وسجلت تونس تراجعا بنسبة 12 في المائة في صادرات الزيت.",
      entities: ["تونس:LOC"],
      figures: [{ text: "12 في المائة", value: 12, unit: "في المائة" }],
    },
    ["figure % صادرات — تونس | 12 - | -/- | src -"],
  ],
  [
    "a denial of forces entering its own territory: the denier is the place",
    {
      text: "ونفت ليتوانيا دخول قوات أجنبية إضافية إلى أراضيها.",
      entities: ["ليتوانيا:LOC"],
      published: "2024-06-03",
      events: [{ kind: "deny", trigger: "ونفت", actors: ["ليتوانيا"] }],
    },
    ["denial جندي — ليتوانيا | - - | 2024-06-03/published | src ليتوانيا"],
  ],
  [
    "a denial naming the place",
    {
      text: "ونفت وزارة الدفاع وجود مستشارين أجانب في كركوك.",
      entities: ["وزارة الدفاع:ORG", "كركوك:LOC"],
      events: [{ kind: "deny", trigger: "ونفت", actors: ["وزارة الدفاع"] }],
    },
    ["denial مستشار — كركوك | - - | -/- | src وزارة الدفاع"],
  ],
];

const MUST_NOT: Case[] = [
  [
    "a country adjective is not an agent",
    {
      text: "ويوجد نحو 2500 جندي فرنسي في تشاد. وتعد فرنسا شريكا قديما.",
      entities: ["تشاد:LOC", "فرنسا:LOC"],
      figures: [{ text: "نحو 2500 جندي", value: 2500, unit: "جندي", qualifier: "نحو" }],
    },
    ["figure جندي — تشاد | 2500 نحو | -/- | src -"],
  ],
  [
    "a figure with no unit makes no claim",
    {
      text: "وارتفع العدد إلى 70 في مدينة حمص.",
      entities: ["حمص:LOC"],
      figures: [{ text: "70", value: 70, unit: null }],
    },
    [],
  ],
  [
    "a denial naming nothing counted is no claim",
    {
      text: "ونفت الشركة الوطنية أي مسؤولية عن الحادث.",
      entities: ["الشركة الوطنية:ORG"],
      events: [{ kind: "deny", trigger: "ونفت", actors: ["الشركة الوطنية"] }],
    },
    [],
  ],
  [
    "a place of a relative clause is not the count's",
    {
      text: "وتحدثت الشرطة عن 6 مفقودين الذين غادروا في قارب إلى جزيرة كريت.",
      entities: ["جزيرة كريت:LOC"],
      figures: [{ text: "6 مفقودين", value: 6, unit: "مفقودين" }],
    },
    ["figure مفقودين | 6 - | -/- | src -"],
  ],
];

describe("articleClaims", () => {
  for (const [name, spec, expected] of [...CLAIMS, ...MUST_NOT])
    test(name, () => assert.deepEqual(seen(spec), expected));

  test("every claim cites its sentence, its article and outlet", () => {
    const article = kbArticle({ ...CLAIMS[0]![1], id: "x9", outlet: "صحيفة المساء" });
    const [claim] = articleClaims(article);
    assert.deepEqual(
      [claim?.article, claim?.outlet, claim?.citation],
      ["x9", "صحيفة المساء", { article: "x9", start: 0, end: article.text.length }],
    );
  });

  test("two figures about different subjects never share a key", () => {
    const specs: ArticleSpec[] = [
      ...["إستونيا", "لاتفيا"].map((place) => deployment("بريطانيا", place, 400, "جندي")),
      deployment("كندا", "إستونيا", 400, "جندي"),
      deployment("بريطانيا", "إستونيا", 400, "دبابة"),
      {
        text: "وأدى القصف إلى مقتل 4 جنود في إستونيا.",
        entities: ["إستونيا:LOC"],
        events: [{ kind: "kill", trigger: "مقتل", actors: [], place: "إستونيا" }],
        figures: [{ text: "4 جنود", value: 4, unit: "جنود" }],
      },
      ...["a", "b"].map((id) => ({
        id,
        text: "وقتل 12 شخصاً أمس.",
        figures: [{ text: "12 شخصاً", value: 12, unit: "شخصاً" }],
      })),
    ];
    const keys = specs.flatMap((spec) => articleClaims(kbArticle(spec)).map((c) => c.subjectKey));
    assert.equal(keys.length, specs.length);
    assert.equal(new Set(keys).size, keys.length, keys.join("\n"));
  });
});

function deployment(
  agent: string,
  place: string,
  value: number,
  unit: string,
  more: Partial<ArticleSpec> & { qualifier?: string } = {},
): ArticleSpec {
  const { qualifier, ...rest } = more;
  const figure = `${qualifier ? `${qualifier} ` : ""}${value} ${unit}`;
  return {
    text: `ونشرت ${agent} ${figure} في ${place}.`,
    entities: [`${agent}:LOC`, `${place}:LOC`],
    events: [{ kind: "deploy", trigger: "ونشرت", actors: [agent], place }],
    figures: [{ text: figure, value, unit, ...(qualifier ? { qualifier } : {}) }],
    ...rest,
  };
}

const claimsOf = (...specs: ArticleSpec[]) => specs.flatMap((spec) => articleClaims(kbArticle(spec)));

describe("globalClaims: claims read over local ids, mapped to global ids", () => {
  const ENTITIES = ["e0", "e1", "e2"].map(
    (id): Entity => ({ id, name: id, type: "LOC", aliases: [], roles: [], mentions: [] }),
  );
  const claim = (parts: Omit<ClaimSubject, "noun" | "aspect">, source: string | null, key?: string): Claim => {
    const subject = { noun: "جندي", aspect: null, ...parts };
    return {
      kind: "figure",
      subjectKey: key ?? subjectKey(subject),
      subject: "جندي",
      parts: subject,
      value: 400,
      unit: "جندي",
      qualifier: null,
      period: null,
      periodSource: null,
      source,
      citation: { article: "a1", start: 0, end: 20 },
      article: "a1",
      outlet: null,
      text: "400 جندي",
      rule: "test",
    };
  };
  type Mapped = Pick<Claim, "subjectKey" | "source"> & Pick<ClaimSubject, "agent" | "places">;
  const TABLE: [name: string, local: Claim, globals: string[], expected: Mapped | null][] = [
    [
      "agent, places and source mapped; places sorted by global id; the subject key recomputed",
      claim({ agent: "e0", places: ["e1", "e2"] }, "e0"),
      ["loc-z", "loc-m", "loc-a"],
      {
        subjectKey: JSON.stringify(["جندي", null, "loc-z", ["loc-a", "loc-m"]]),
        source: "loc-z",
        agent: "loc-z",
        places: ["loc-a", "loc-m"],
      },
    ],
    [
      "a thin subject keeps its own key",
      claim({ agent: null, places: [] }, "e1", "~a1@7"),
      ["org-a", "org-b", "loc-c"],
      { subjectKey: "~a1@7", source: "org-b", agent: null, places: [] },
    ],
    [
      "two entities linked to one global entity: read again over global ids",
      claim({ agent: "e0", places: ["e1"] }, null),
      ["loc-a", "loc-b", "loc-a"],
      null,
    ],
    [
      "an entity without a global id: read again",
      claim({ agent: "e0", places: [] }, null),
      ["loc-a", "", "loc-b"],
      null,
    ],
  ];
  for (const [name, local, globals, expected] of TABLE) {
    test(name, () => {
      const mapped = globalClaims([local], { layers: { ...emptyLayers(), entities: ENTITIES }, entityIds: globals });
      const summary = mapped?.map((c) => ({ subjectKey: c.subjectKey, source: c.source, ...c.parts })) ?? null;
      assert.deepEqual(summary, expected && [{ noun: "جندي", aspect: null, ...expected }]);
    });
  }

  test("read over local ids and mapped, every case reads as it does over global ids", () => {
    for (const [, spec] of [...CLAIMS, ...MUST_NOT]) {
      const article = kbArticle(spec);
      const local = articleClaims(overLocalIds(article));
      assert.deepEqual(globalClaims(local, article), articleClaims(article));
    }
  });
});

describe("groupClaims", () => {
  const summary = (claims: Claim[]) =>
    groupClaims(claims).map(
      (g) =>
        `${g.subject}: ${g.values.join("/") || "-"} in ${g.articles.join(",")} by ${g.outlets.join(",") || "-"}` +
        g.disagreements.map((d) => ` !${d.kind}:${d.a.article}/${d.b.article}`).join(""),
    );

  const cases: [string, Claim[], string[]][] = [
    [
      "one subject in two articles and outlets; «قرابة 400» agrees with 400",
      claimsOf(
        deployment("بريطانيا", "إستونيا", 400, "جندي", {
          id: "a",
          outlet: "الأولى",
          published: "2024-06-01",
          qualifier: "قرابة",
        }),
        deployment("بريطانيا", "إستونيا", 400, "جنود", { id: "b", outlet: "الثانية", published: "2024-06-09" }),
      ),
      ["جندي — بريطانيا — إستونيا: 400 in a,b by الأولى,الثانية"],
    ],
    [
      "different counts for one subject and period disagree",
      claimsOf(
        deployment("بريطانيا", "إستونيا", 400, "جندي", { id: "a", published: "2024-06-01" }),
        deployment("بريطانيا", "إستونيا", 1200, "جندي", { id: "b", published: "2024-06-20" }),
      ),
      ["جندي — بريطانيا — إستونيا: 400/1200 in a,b by - !values:a/b"],
    ],
    [
      "a range meets a count inside it; a bound it breaks does not",
      claimsOf(
        deployment("بريطانيا", "إستونيا", 1000, "جندي", { id: "a", published: "2024-06-01", qualifier: "أكثر من" }),
        deployment("بريطانيا", "إستونيا", 1500, "جندي", { id: "b", published: "2024-06-02" }),
        deployment("بريطانيا", "إستونيا", 900, "جندي", { id: "c", published: "2024-06-03", qualifier: "أقل من" }),
      ),
      ["جندي — بريطانيا — إستونيا: 900/1000/1500 in a,b,c by - !values:a/c !values:b/c"],
    ],
    [
      "counts years apart are a change, not a disagreement; an undated one cannot be told",
      claimsOf(
        deployment("بريطانيا", "إستونيا", 400, "جندي", { id: "a", published: "2019-06-01" }),
        deployment("بريطانيا", "إستونيا", 1200, "جندي", { id: "b", published: "2024-06-01" }),
        deployment("بريطانيا", "إستونيا", 800, "جندي", { id: "c" }),
      ),
      ["جندي — بريطانيا — إستونيا: 400/800/1200 in a,b,c by -"],
    ],
    [
      "two counts in one article are its own update",
      claimsOf({
        ...deployment("بريطانيا", "إستونيا", 400, "جندي", { published: "2024-06-01" }),
        text: "ونشرت بريطانيا 400 جندي في إستونيا. ثم نشرت بريطانيا 600 جندي في إستونيا.",
        figures: [
          { text: "400 جندي", value: 400, unit: "جندي" },
          { text: "600 جندي", value: 600, unit: "جندي" },
        ],
        events: [
          { kind: "deploy", trigger: "ونشرت", actors: ["بريطانيا"] },
          { kind: "deploy", trigger: "ثم نشرت", actors: ["بريطانيا"] },
        ],
      }),
      ["جندي — بريطانيا — إستونيا: 400/600 in a1 by -"],
    ],
    [
      "a denial against a report of forces to the same place, in the same weeks",
      claimsOf(
        {
          id: "d",
          text: "ونفت ليتوانيا دخول قوات أجنبية إضافية إلى أراضيها.",
          entities: ["ليتوانيا:LOC"],
          published: "2024-06-03",
          events: [{ kind: "deny", trigger: "ونفت", actors: ["ليتوانيا"] }],
        },
        deployment("بولندا", "ليتوانيا", 800, "جندي", { id: "r", published: "2024-06-01" }),
        deployment("بولندا", "لاتفيا", 800, "جندي", { id: "o", published: "2024-06-01" }),
      ),
      [
        "جندي — ليتوانيا: - in d by - !denial:d/r",
        "جندي — بولندا — ليتوانيا: 800 in r by - !denial:d/r",
        "جندي — بولندا — لاتفيا: 800 in o by -",
      ],
    ],
    [
      "a denial years after the report is not against it",
      claimsOf(
        {
          id: "d",
          text: "ونفت ليتوانيا دخول قوات أجنبية إضافية إلى أراضيها.",
          entities: ["ليتوانيا:LOC"],
          published: "2024-06-03",
          events: [{ kind: "deny", trigger: "ونفت", actors: ["ليتوانيا"] }],
        },
        deployment("بولندا", "ليتوانيا", 800, "جندي", { id: "r", published: "2020-06-01" }),
      ),
      ["جندي — ليتوانيا: - in d by -", "جندي — بولندا — ليتوانيا: 800 in r by -"],
    ],
  ];
  for (const [name, claims, expected] of cases) test(name, () => assert.deepEqual(summary(claims), expected));

  test("value ranges from qualifiers", () => {
    const range = (value: number, qualifier: string | null) => valueRange({ value, qualifier });
    assert.deepEqual(range(2500, null), [2500, 2500]);
    assert.deepEqual(range(2500, "نحو"), [2250, 2750]);
    assert.deepEqual(range(10, "على الأقل"), [10, Number.POSITIVE_INFINITY]);
    assert.deepEqual(range(10, "ما لا يزيد على"), [0, 10]);
  });

  test("periods: a named span as is, a publication date widened", () => {
    const days = (period: string, source: "sentence" | "published") => {
      const r = periodRange({ period, periodSource: source });
      return r && r[1] - r[0] + 1;
    };
    assert.equal(days("2024-02-10", "sentence"), 1);
    assert.equal(days("2024-02", "sentence"), 29);
    assert.equal(days("2024", "sentence"), 366);
    assert.equal(days("2024-02-10", "published"), 63);
    assert.equal(periodRange({ period: "الأحد", periodSource: "sentence" }), null);
  });
});
