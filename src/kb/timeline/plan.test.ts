import assert from "node:assert/strict";
import { test } from "node:test";
import { isPlan } from "./plan.js";

/** [sentence with the time expression between ⟦ ⟧, its value, publication date, plan?] */
type Case = [string, string, string | null, boolean];

const CASES: Case[] = [
  // After the publication date: a plan without any marker.
  ["تنتهي مهمة البعثة في ⟦أيلول 2026⟧ وفق الجدول المعلن.", "2026-09", "2025-11-02", true],
  ["يعقد المؤتمر ⟦الخميس المقبل⟧ في الدوحة.", "2025-11-06", "2025-11-02", true],
  // Before it: a report, even with a plan marker (the plan's date has passed).
  ["كان من المقرر أن يعقد الاجتماع في ⟦آذار 2024⟧ لكنه تأجل.", "2024-03", "2025-11-02", false],
  ["وصل الوفد إلى عمّان ⟦أمس الأحد⟧.", "2025-11-01", "2025-11-02", false],
  // A period holding the publication date: markers decide.
  ["ستنسحب القوات من القاعدة ⟦خلال العام الجاري⟧ بحسب الاتفاق.", "2025", "2025-11-02", true],
  ["وتعتزم الحكومة طرح المناقصة ⟦هذا الشهر⟧.", "2025-11", "2025-11-02", true],
  ["ومن المقرر أن تبدأ المرحلة الثانية ⟦في تشرين الثاني⟧.", "2025-11", "2025-11-02", true],
  ["وشهد ⟦العام الجاري⟧ تراجعاً في عدد الهجمات.", "2025", "2025-11-02", false],
  ["افتتح الوزير المعرض ⟦اليوم⟧.", "2025-11-02", "2025-11-02", false],
  // «بحلول» stands right before its time, a conjunction glued to a marker is read through.
  ["على أن يكتمل الانسحاب بحلول ⟦نهاية 2025⟧.", "2025", "2025-06-10", true],
  ["وسوف تنتقل المسؤولية إلى القوات المحلية ⟦العام الجاري⟧.", "2025", "2025-06-10", true],
  // Without a publication date only markers decide.
  ["ستعقد الجولة المقبلة من المحادثات في ⟦أيار 2025⟧.", "2025-05", null, true],
  ["عقدت الجولة الأولى من المحادثات في ⟦أيار 2025⟧.", "2025-05", null, false],
];

test("plans and deadlines are told from reports", () => {
  for (const [marked, value, published, expected] of CASES) {
    const timeAt = marked.indexOf("⟦");
    const sentence = marked.replace("⟦", "").replace("⟧", "");
    assert.equal(isPlan({ value, published, sentence, timeAt }), expected, marked);
  }
});

test("must not match: marker-like words that are not plans", () => {
  const mustNot: Array<[string, string]> = [
    ["ناقش الطلاب المقرر الدراسي ⟦هذا العام⟧.", "2025"], // المقرر alone is a syllabus
    ["سيطرت القوات على البلدة ⟦هذا الشهر⟧.", "2025-11"], // سيطرت is not a future verb
    ["وبقيت القوات في المدينة حتى ⟦نهاية العام الجاري⟧ تقريباً.", "2025"], // حتى is not a deadline
  ];
  for (const [marked, value] of mustNot) {
    const timeAt = marked.indexOf("⟦");
    const sentence = marked.replace("⟦", "").replace("⟧", "");
    assert.equal(isPlan({ value, published: "2025-11-02", sentence, timeAt }), false, marked);
  }
});
