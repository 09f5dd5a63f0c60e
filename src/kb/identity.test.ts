import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EntityType } from "../model.js";
import {
  type Carrier,
  type EntityNames,
  formsOf,
  type GlobalForm,
  type IdentityLookup,
  rankForms,
  resolveEntity,
} from "./identity.js";

/** An in-memory knowledge base doing what the store does on save, to test the rules alone. */
function resolveCorpus(articles: readonly EntityNames[][]) {
  const globals: { id: string; type: EntityType; members: string[]; articles: Set<number>; forms: GlobalForm[] }[] = [];
  const lookup: IdentityLookup = {
    carriers: (type, key) =>
      globals
        .filter((g) => g.type === type && g.forms.some((f) => f.key === key))
        .map((g): Carrier => ({ id: g.id, name: rankForms(g.forms)[0]!.text, articles: g.articles.size })),
    forms: (id) => globals.find((g) => g.id === id)!.forms,
  };
  const rules: string[] = [];
  articles.forEach((entities, a) => {
    entities.forEach((entity, i) => {
      const link = resolveEntity(entities, i, lookup);
      rules.push(`${a}:${entity.name} ${link.rule}`);
      let global = globals.find((g) => g.id === link.id);
      if (!global) {
        global = { id: `g${globals.length}`, type: entity.type, members: [], articles: new Set(), forms: [] };
        globals.push(global);
      }
      global.members.push(`${a}:${entity.name}`);
      global.articles.add(a);
      for (const form of formsOf(entity)) {
        const known = global.forms.find((f) => f.text === form.text);
        const target = known ?? { text: form.text, key: form.key, words: form.words, asName: 0, asAlias: 0 };
        if (form.asName) target.asName++;
        else target.asAlias++;
        if (!known) global.forms.push(target);
      }
    });
  });
  return { groups: globals.map((g) => g.members), names: globals.map((g) => rankForms(g.forms)[0]!.text), rules };
}

const per = (name: string, ...aliases: string[]): EntityNames => ({ name, type: "PER", aliases });
const org = (name: string, ...aliases: string[]): EntityNames => ({ name, type: "ORG", aliases });
const loc = (name: string, ...aliases: string[]): EntityNames => ({ name, type: "LOC", aliases });

// [what the case shows, the entities of each article in order, the expected global entities
// as "article:name" members]
const GROUPING: [string, EntityNames[][], string[][]][] = [
  [
    "two people sharing a family name stay two",
    [[per("فؤاد حسين", "حسين")], [per("صدام حسين", "حسين")]],
    [["0:فؤاد حسين"], ["1:صدام حسين"]],
  ],
  [
    "the shared family name alone, once two carry it, joins neither",
    [[per("فؤاد حسين", "حسين")], [per("صدام حسين", "حسين")], [per("حسين")]],
    [["0:فؤاد حسين"], ["1:صدام حسين"], ["2:حسين"]],
  ],
  [
    "a family name alone joins its only carrier",
    [[per("محمد شياع السوداني", "السوداني")], [per("السوداني")]],
    [["0:محمد شياع السوداني", "1:السوداني"]],
  ],
  [
    "…but not when the article itself names someone else with it",
    [[per("فؤاد حسين", "حسين")], [per("صدام حسين"), per("حسين")]],
    [["0:فؤاد حسين"], ["1:صدام حسين"], ["1:حسين"]],
  ],
  [
    "a full name joins an entity known so far only by the family name; a different full name does not",
    [[per("السوداني")], [per("محمد شياع السوداني", "السوداني")], [per("علي السوداني", "السوداني")]],
    [["0:السوداني", "1:محمد شياع السوداني"], ["2:علي السوداني"]],
  ],
  [
    "once a second carrier exists, the family name alone starts its own entity, and later ones join it",
    [[per("محمد شياع السوداني", "السوداني")], [per("علي السوداني", "السوداني")], [per("السوداني")], [per("السوداني")]],
    [["0:محمد شياع السوداني"], ["1:علي السوداني"], ["2:السوداني", "3:السوداني"]],
  ],
  [
    "spelling variants of a full name are one person; a place of the same name is another entity",
    [[per("أيمن الصفدي", "الصفدي")], [per("ايمن الصفدى"), loc("أيمن الصفدي")], [per("أَيْمَن الصَّفَدي")]],
    [["0:أيمن الصفدي", "1:ايمن الصفدى", "2:أَيْمَن الصَّفَدي"], ["1:أيمن الصفدي"]],
  ],
  [
    "a name no lexicon knows, then its family name alone",
    [[per("نوار الشمري", "الشمري")], [per("الشمري")], [per("نوار الشمري")]],
    [["0:نوار الشمري", "1:الشمري", "2:نوار الشمري"]],
  ],
  [
    "an organisation's one-word name is evidence (داعش), whatever the full names",
    [[org("تنظيم داعش", "داعش")], [org("داعش")], [org("تنظيم الدولة الإسلامية", "داعش")]],
    [["0:تنظيم داعش", "1:داعش", "2:تنظيم الدولة الإسلامية"]],
  ],
  [
    "a definite one-word description (التحالف) is not, when the full names differ",
    [[org("التحالف الدولي", "التحالف")], [org("التحالف العربي", "التحالف")], [org("التحالف")]],
    [["0:التحالف الدولي"], ["1:التحالف العربي"], ["2:التحالف"]],
  ],
  [
    "…but joins its only carrier when nothing conflicts",
    [[org("الحزب الديمقراطي الكردستاني", "الديمقراطي")], [org("الديمقراطي")]],
    [["0:الحزب الديمقراطي الكردستاني", "1:الديمقراطي"]],
  ],
  [
    "a place's short name joins the place",
    [[loc("إقليم كردستان", "كردستان")], [loc("كردستان")], [loc("كوردستان")]],
    [["0:إقليم كردستان", "1:كردستان"], ["2:كوردستان"]],
  ],
  [
    "a multi-word alias naming an earlier entity joins it",
    [[org("وكالة الأنباء العراقية")], [org("وكالة الأنباء العراقية الرسمية", "وكالة الأنباء العراقية", "واع")]],
    [["0:وكالة الأنباء العراقية", "1:وكالة الأنباء العراقية الرسمية"]],
  ],
  [
    "a name that is an earlier entity's multi-word alias joins it",
    [[org("حركة المقاومة الإسلامية", "حركة حماس")], [org("حركة حماس")]],
    [["0:حركة المقاومة الإسلامية", "1:حركة حماس"]],
  ],
  [
    "two bodies sharing only a multi-word alias stay two",
    [[org("التحالف الدولي لمحاربة داعش", "قوات التحالف")], [org("تحالف دعم الشرعية", "قوات التحالف")]],
    [["0:التحالف الدولي لمحاربة داعش"], ["1:تحالف دعم الشرعية"]],
  ],
  [
    "two entities of one article may land on one global entity when the article split them",
    [[org("حركة حماس", "حماس"), org("حماس")]],
    [["0:حركة حماس", "0:حماس"]],
  ],
];

const sorted = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));

describe("identity across articles", () => {
  for (const [what, articles, expected] of GROUPING) {
    test(what, () => {
      assert.deepEqual(sorted(resolveCorpus(articles).groups), sorted(expected));
    });
  }

  test("every link says which rule made it", () => {
    const { rules } = resolveCorpus([
      [per("محمد شياع السوداني", "السوداني"), org("تنظيم داعش", "داعش")],
      [per("محمد شياع السوداني"), per("السوداني"), org("داعش")],
      [per("رئيس الوزراء محمد شياع السوداني", "محمد شياع السوداني")],
      [per("محمد شياع السوداني", "السوداني")],
    ]);
    assert.deepEqual(rules, [
      "0:محمد شياع السوداني identity:new",
      "0:تنظيم داعش identity:new",
      "1:محمد شياع السوداني identity:name",
      "1:السوداني identity:sole-word",
      "1:داعش identity:word",
      "2:رئيس الوزراء محمد شياع السوداني identity:alias-name",
      "3:محمد شياع السوداني identity:name",
    ]);
  });

  test("the global name is the most frequent full form, then the fullest", () => {
    const { names } = resolveCorpus([
      [org("داعش")],
      [org("داعش")],
      [org("تنظيم داعش", "داعش")],
      [per("محمد شياع السوداني", "السوداني")],
      [per("السوداني", "محمد شياع السوداني", "محمد شياع صبار السوداني")],
      [per("السوداني")],
    ]);
    assert.deepEqual(names, ["تنظيم داعش", "محمد شياع السوداني"]);
  });
});

describe("formsOf", () => {
  test("the name first, then aliases, once per folded key, blanks dropped", () => {
    assert.deepEqual(formsOf(per("أيمن الصفدي", "الصفدي", "ايمن الصفدي", " ", "الصَّفدي")), [
      { text: "أيمن الصفدي", key: "ايمن الصفدي", words: 2, asName: true },
      { text: "الصفدي", key: "الصفدي", words: 1, asName: false },
    ]);
  });
});

describe("rankForms", () => {
  const f = (text: string, key: string, asName: number, asAlias: number): GlobalForm => ({
    text,
    key,
    words: key.split(" ").length,
    asName,
    asAlias,
  });
  // [forms, expected texts in rank order]
  const TABLE: [GlobalForm[], string[]][] = [
    [
      [f("السوداني", "السوداني", 9, 4), f("محمد شياع السوداني", "محمد شياع السوداني", 3, 0)],
      ["محمد شياع السوداني", "السوداني"],
    ],
    [
      [
        f("محمد شياع صبار السوداني", "محمد شياع صبار السوداني", 1, 0),
        f("محمد شياع السوداني", "محمد شياع السوداني", 3, 0),
      ],
      ["محمد شياع السوداني", "محمد شياع صبار السوداني"],
    ],
    [
      [f("ايمن الصفدي", "ايمن الصفدي", 1, 0), f("أيمن الصفدي", "ايمن الصفدي", 1, 0), f("الصفدي", "الصفدي", 0, 2)],
      ["أيمن الصفدي", "الصفدي"],
    ],
    [[f("ايمن الصفدي", "ايمن الصفدي", 3, 0), f("أيمن الصفدي", "ايمن الصفدي", 1, 0)], ["ايمن الصفدي"]],
    [
      [f("قوات التحالف", "قوات التحالف", 0, 1), f("التحالف", "التحالف", 2, 0)],
      ["قوات التحالف", "التحالف"],
    ],
  ];
  for (const [forms, expected] of TABLE) {
    test(expected.join(" · "), () => {
      assert.deepEqual(
        rankForms(forms).map((g) => g.text),
        expected,
      );
    });
  }
  test("counts add up over spellings of one key", () => {
    const [first] = rankForms([f("ايمن الصفدي", "ايمن الصفدي", 1, 2), f("أيمن الصفدي", "ايمن الصفدي", 3, 0)]);
    assert.deepEqual(first, { text: "أيمن الصفدي", key: "ايمن الصفدي", words: 2, asName: 4, asAlias: 2 });
  });
});
