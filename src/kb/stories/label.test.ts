import assert from "node:assert/strict";
import { test } from "node:test";
import { A1, A2, A3 } from "./corpus.js";
import { kbArticle, type Spec } from "./fixture.js";
import { storyLabel, storySummary } from "./label.js";
import { signature } from "./signature.js";

const sig = (spec: Spec) => signature(kbArticle(spec));
const titled = (id: string, title: string, published: string | null = "2025-02-01"): Spec => ({
  id,
  title,
  published,
  text: "نص قصير.",
});

test("label: the title whose words the other titles repeat most", () => {
  const table: Array<[string, string[], string]> = [
    [
      "the title sharing most with the others",
      [
        "عودة الكهرباء إلى أحياء الموصل بعد انقطاع طويل",
        "الموصل: تحسن ساعات تجهيز الكهرباء",
        "انقطاع طويل يرهق سكان الموصل",
      ],
      "عودة الكهرباء إلى أحياء الموصل بعد انقطاع طويل",
    ],
    [
      "length alone does not win",
      [
        "الكهرباء في الموصل",
        "الكهرباء تعود إلى الموصل وسط ترحيب السكان واستعدادات الصيف وخطط الوزارة للعام المقبل",
        "انقطاع الكهرباء في الموصل",
      ],
      "الكهرباء في الموصل",
    ],
    ["one member: its title", ["مهرجان للشعر في الحلة"], "مهرجان للشعر في الحلة"],
    ["an empty title is never the label", ["", "افتتاح سوق جديد"], "افتتاح سوق جديد"],
  ];
  for (const [name, titles, label] of table) {
    assert.equal(storyLabel(titles.map((t, i) => sig(titled(`t${i}`, t)))), label, name);
  }
});

test("label: a tie goes to the earliest published", () => {
  const members = [
    titled("x", "زيارة وفد تجاري إلى أربيل", "2025-02-03"),
    titled("y", "وفد تجاري في أربيل", "2025-02-02"),
  ];
  assert.equal(storyLabel(members.map(sig)), "وفد تجاري في أربيل");
});

test("summary: members by date, outlets, span, happening day and shared actors", () => {
  const summary = storySummary([A1, A2, A3].map(sig));
  assert.deepEqual(summary.articles, ["A2", "A1", "A3"]);
  assert.deepEqual(summary.outlets, ["وكالة المدار", "صحيفة الرصد", "موقع الجنوب"]);
  assert.equal(summary.from, "2025-04-06");
  assert.equal(summary.to, "2025-04-07");
  assert.equal(summary.day, "2025-04-06");
  assert.equal(summary.label, A3.title);
  assert.deepEqual(
    summary.actors.map((a) => [a.name, a.articles]),
    [
      ["سامر العبيدي", 3],
      ["كريم الشمري", 3],
      ["الناصرية", 3],
      ["جسر الشهداء", 3],
      ["ذي قار", 2],
    ],
  );
});

test("summary of undated members", () => {
  const summary = storySummary([sig(titled("u", "خبر", null))]);
  assert.equal(summary.from, null);
  assert.equal(summary.to, null);
  assert.equal(summary.day, null);
  assert.deepEqual(summary.articles, ["u"]);
});
