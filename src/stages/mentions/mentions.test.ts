import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { EntityType } from "../../model.js";
import { tokenize } from "../../text/tokenize.js";
import { findMentions } from "./find.js";
import { buildKnowledge, type Knowledge } from "./knowledge.js";

// A small gazetteer of our own, so these tests do not move when the real gazetteers grow.
const k: Knowledge = buildKnowledge({
  places: [
    { name: "العراق", aliases: [], kind: "country" },
    { name: "سوريا", aliases: ["سورية"], kind: "country" },
    { name: "الولايات المتحدة", aliases: ["أميركا", "الولايات المتحدة الأميركية"], kind: "country" },
    { name: "بغداد", aliases: [], kind: "capital" },
    { name: "واشنطن", aliases: [], kind: "capital" },
    { name: "الموصل", aliases: [], kind: "city" },
    { name: "حديثة", aliases: [], kind: "city" },
    { name: "مالي", aliases: [], kind: "country" },
    { name: "الشرق الأوسط", aliases: [], kind: "region" },
  ],
  organisations: [
    { name: "تنظيم الدولة الإسلامية", aliases: ["داعش", "تنظيم داعش", "تنظيم الدولة"], kind: "armed-group" },
    { name: "التحالف الدولي", aliases: [], kind: "military" },
    { name: "صحيفة الشرق الأوسط", aliases: ["الشرق الأوسط"], kind: "media" },
  ],
  people: [{ name: "جو بايدن", aliases: ["بايدن"], kind: "person" }],
  demonyms: new Map([
    ["العراقي", "العراق"],
    ["العراقية", "العراق"],
    ["الأميركي", "الولايات المتحدة"],
    ["الأميركية", "الولايات المتحدة"],
    ["السوداني", "السودان"],
    ["السودانية", "السودان"],
  ]),
  ambiguous: ["مالي"],
});

type Found = [EntityType, string];
function found(text: string): Found[] {
  return findMentions(text, tokenize(text), k).map((m) => [m.type, text.slice(m.start, m.end)]);
}
function roles(text: string, name: string): string[] {
  const mention = findMentions(text, tokenize(text), k).find((m) => text.slice(m.start, m.end) === name);
  return mention?.roles ?? [];
}
const has = (text: string, type: EntityType, name: string) => found(text).some(([t, n]) => t === type && n === name);

describe("title before a name (lexicon/titles.tsv)", () => {
  const cases: Array<[string, string, string[]]> = [
    ["قال وزير الزراعة السوداني فرحان العكيدي إن الموسم جيد.", "فرحان العكيدي", ["وزير الزراعة السوداني"]],
    [
      "وأعلن المتحدث باسم الجيش العراقي العميد زياد الراوندي عن العملية.",
      "زياد الراوندي",
      ["المتحدث باسم الجيش العراقي", "العميد"],
    ],
    [
      "التقى السفير الأميركي لدى العراق كريستوفر دالمان رئيس البرلمان.",
      "كريستوفر دالمان",
      ["السفير الأميركي لدى العراق"],
    ],
    [
      "وقالت نائبة مدير قسم الطوارئ في بغداد، سلوى القيسي: «الوضع صعب».",
      "سلوى القيسي",
      ["نائبة مدير قسم الطوارئ في بغداد"],
    ],
    [
      "ونقلت الوكالة عن القيادي في حركة الأبرار أبو ياسر الكعبي قوله إن",
      "أبو ياسر الكعبي",
      ["القيادي في حركة الأبرار"],
    ],
    ["وشارك الميجور جنرال روبرت غرانتلي في الاجتماع.", "روبرت غرانتلي", ["الميجور جنرال"]],
    ["أكد اللواء حامد الشمري أن القوات جاهزة.", "حامد الشمري", ["اللواء"]],
    ["ويرى أستاذ التاريخ الحديث، نعمان الجبوري، أن الأزمة طويلة.", "نعمان الجبوري", ["أستاذ التاريخ الحديث"]],
    ["وقال أحد قادة كتائب الفجر أبو مهدي الدراجي إن", "أبو مهدي الدراجي", ["أحد قادة كتائب الفجر"]],
    ["ووصل الرئيس بايدن إلى بغداد.", "بايدن", ["الرئيس"]],
  ];
  for (const [text, name, expected] of cases) {
    test(name, () => {
      assert.ok(has(text, "PER", name), JSON.stringify(found(text)));
      assert.deepEqual(roles(text, name), expected);
    });
  }
  const mustNot: Array<[string, string]> = [
    ["a title followed by a verb", "وقال وزير الخارجية العراقي إن بلاده ترفض التدخل."],
    ["a title followed by an indefinite noun", "ويواجه رئيس الحكومة العراقية ضغطا كبيرا من الفصائل."],
    ["a title, comma, then no given name", "حضره وزير شؤون البيشمركة، بحث آخر التطورات."],
    ["a feminine title followed by a verb", "السفيرة الأميركية تذهب إلى التلميح بوجود خطر."],
    ["a title followed by a time word", "استقبل رئيس الوزراء أمس الوفد."],
  ];
  for (const [why, text] of mustNot) {
    test(`no person: ${why}`, () => {
      assert.deepEqual(
        found(text).filter(([type]) => type === "PER"),
        [],
      );
    });
  }
});

describe("counterparts and coordinated titles", () => {
  test("نظيره + country adjective takes the office with that country", () => {
    const text = "التقى وزير الخارجية الأميركي مارك تيرنر ونظيره العراقي فارس الدليمي في بغداد.";
    assert.deepEqual(roles(text, "فارس الدليمي"), ["وزير الخارجية العراقي"]);
  });
  test("a dual title and و + adjective give two people", () => {
    const text = "جرت محادثات بين وزيري الزراعة الأميركي توماس بريدج والعراقي قاسم الحلفي أمس.";
    assert.deepEqual(roles(text, "توماس بريدج"), ["وزير الزراعة الأميركي"]);
    assert.deepEqual(roles(text, "قاسم الحلفي"), ["وزير الزراعة العراقي"]);
  });
  test("a role in apposition after the name", () => {
    const text = "وقال مايكل دورسي، وهو مستشار سابق في البنتاغون، إن الخطة تأخرت.";
    assert.ok(has(text, "PER", "مايكل دورسي"));
    const after = "قتل الطبيب سامي الأحمر، رئيس قسم الجراحة في مستشفى الأمل، أمس.";
    assert.deepEqual(roles(after, "سامي الأحمر"), ["الطبيب", "رئيس قسم الجراحة في مستشفى الأمل"]);
    const object = "التقى وزير الزراعة السوداني فرحان العكيدي رئيس البرلمان أمس.";
    assert.deepEqual(roles(object, "فرحان العكيدي"), ["وزير الزراعة السوداني"]);
  });
});

describe("given names, kunyas, speech verbs (lexicon/person-names.tsv, name-particles.tsv)", () => {
  const cases: Array<[string, string]> = [
    ["وصل محمد كاظم الزبيدي إلى الموصل.", "محمد كاظم الزبيدي"],
    ["وقالت فاطمة الحسناوي إن العائلة غادرت.", "فاطمة الحسناوي"],
    ["وأكد كيفن ماكاليستر أن الاتفاق قريب.", "كيفن ماكاليستر"],
    ["وقتل أبو سجاد الغراوي في غارة.", "أبو سجاد الغراوي"],
    ["ومنح الوزارة لحليف قديم هو سعيد حمدان العتابي.", "سعيد حمدان العتابي"],
    ["وعين في المنصب رجل آخر هو ناجي أبو سرحان.", "ناجي أبو سرحان"],
  ];
  for (const [text, name] of cases) {
    test(name, () => assert.ok(has(text, "PER", name), JSON.stringify(found(text))));
  }
  const mustNot: Array<[string, string]> = [
    ["an ambiguous given name without context (أمل hoped)", "أمل مسؤولون عسكريون التوصل إلى اتفاق."],
    ["حسن as 'good'", "وأشاد بحسن الجوار بين البلدين."],
    ["على folds like علي", "على الرغم من التوتر بقي الاتصال قائما."],
    ["a speech verb before a common noun", "وقال مصدر أمني إن الهجوم فشل."],
    ["a speech verb before a verbal noun phrase", "ورأى استمرار التعاون مفتاحا للأمن."],
    ["a possessive noun after a name-like word", "لحفظ أمنه وسيادته في المنطقة."],
  ];
  for (const [why, text] of mustNot) {
    test(`no person: ${why}`, () =>
      assert.deepEqual(
        found(text).filter(([type]) => type === "PER"),
        [],
      ));
  }
});

describe("head nouns (lexicon/org-heads.tsv)", () => {
  const cases: Array<[string, EntityType, string]> = [
    ["واجتمعت لجنة التنسيق العليا أمس.", "ORG", "لجنة التنسيق العليا"],
    ["أعلن جهاز الأمن الوطني الأردني عن اعتقال خلية.", "ORG", "جهاز الأمن الوطني الأردني"],
    ["ونقلت وكالة الأنباء الليبية الرسمية الخبر.", "ORG", "وكالة الأنباء الليبية الرسمية"],
    ["وقالت وزارة الزراعة السودانية إن المحصول وفير.", "ORG", "وزارة الزراعة السودانية"],
    ["وشكلت اللجنة الوزارية المشتركة فريقا.", "ORG", "اللجنة الوزارية المشتركة"],
    ["أعلنت هيئة تنظيم الاتصالات عن قرار.", "ORG", "هيئة تنظيم الاتصالات"],
    ["ونقل المصابون إلى مستشفى رفيق الحريري في بيروت.", "ORG", "مستشفى رفيق الحريري"],
    ["وتبنت جماعة «أنصار الفجر» الهجوم.", "ORG", "جماعة «أنصار الفجر»"],
    ["وذكرت شبكة NBC أن الرئيس وصل.", "ORG", "شبكة NBC"],
    ["وسقطت قذائف على قاعدة الحرير قرب أربيل.", "LOC", "قاعدة الحرير"],
    ["ويقيم الآلاف في مخيم الركبان منذ سنوات.", "LOC", "مخيم الركبان"],
    ["وعاد النازحون إلى حي الزهور في الموصل.", "LOC", "حي الزهور"],
    ["وأكد الجيش الأردني أن الحدود آمنة.", "ORG", "الجيش الأردني"],
    ["وانتقد التحالف الدولي لمحاربة الإرهاب القرار.", "ORG", "التحالف الدولي لمحاربة الإرهاب"],
    ["وأصدرت الخارجية العراقية بيانا.", "ORG", "الخارجية العراقية"],
  ];
  for (const [text, type, name] of cases) {
    test(name, () => assert.ok(has(text, type, name), JSON.stringify(found(text))));
  }
  const mustNot: Array<[string, string]> = [
    ["an indefinite head with an adjective", "وشكلت الحكومة لجنة ثنائية لمتابعة الملف."],
    ["a head used as a verbal noun", "حرصت بغداد على إعادة تنظيم العلاقة مع جيرانها."],
    ["قوات + a common noun", "وانتشرت قوات الأمن في الشوارع."],
    ["a base with a body after it", "وسقط صاروخ قرب قاعدة التحالف أمس."],
    ["a definite head with a noun, not an adjective", "وناقش المجلس الخطة الجديدة."],
    ["الخارجية as an adjective", "وتغيرت السياسة الخارجية الأميركية كثيرا."],
    ["الخارجية after a title", "وقال وزير الخارجية الأميركي إن"],
    ["قاعدة as 'rule'", "وهذه قاعدة عامة في العمل."],
  ];
  for (const [why, text] of mustNot) {
    test(`no body or place: ${why}`, () =>
      assert.deepEqual(
        found(text).filter(([, name]) => /^(لجنة|تنظيم|قوات|قاعدة|المجلس|الخارجية)/.test(name)),
        [],
      ));
  }
});

describe("gazetteer lookups", () => {
  test("longest match, quotes inside the name", () => {
    assert.ok(has("وتعهد بملاحقة تنظيم «داعش» في كل مكان.", "ORG", "تنظيم «داعش»"));
    assert.ok(has("وصل الوفد إلى الولايات المتحدة الأميركية أمس.", "LOC", "الولايات المتحدة الأميركية"));
  });
  test("a quoted name with two readings is the organisation", () => {
    assert.ok(has("وقال في تصريح لـ«الشرق الأوسط» إن", "ORG", "الشرق الأوسط"));
    assert.ok(has("وتحدث عن التوتر في الشرق الأوسط أمس.", "LOC", "الشرق الأوسط"));
  });
  test("a name declared ambiguous needs context", () => {
    assert.ok(!has("وقدمت الدولة دعم مالي كبير.", "LOC", "مالي"));
    assert.ok(has("وقتل جنديان في مالي أمس.", "LOC", "مالي"));
  });
  test("ة in the name, ه in the text: another word", () => {
    assert.ok(!has("وفي سياق حديثه عن الأزمة قال", "LOC", "حديثه"));
    assert.ok(has("ووقع انفجار في حديثة غرب العراق.", "LOC", "حديثة"));
  });
});

describe("propagation", () => {
  test("a family name after the full name, and clitics off the mention", () => {
    const text =
      "قال وزير الخارجية الأميركي أنتوني كارسون إن الوقت حان. وأضاف كارسون أن المحادثات بدأت. والتقى بغداد وكارسون.";
    const names = found(text)
      .filter(([t]) => t === "PER")
      .map(([, n]) => n);
    assert.deepEqual(names, ["أنتوني كارسون", "كارسون", "كارسون"]);
  });
  test("a family name that is a country adjective, after a definite noun", () => {
    const text = "وقال رئيس الوزراء العراقي محمد نجيب السوداني إن الجيش السوداني لا علاقة له. وأكد السوداني ذلك.";
    const names = found(text)
      .filter(([t]) => t === "PER")
      .map(([, n]) => n);
    assert.deepEqual(names, ["محمد نجيب السوداني", "السوداني"]);
  });
  test("an acronym in parentheses names the body", () => {
    const text = "ونقلت وكالة الأنباء الليبية الرسمية (ولر) الخبر. وأضافت ولر أن الوضع هادئ.";
    assert.equal(found(text).filter(([t, n]) => t === "ORG" && n === "ولر").length, 2);
  });
  test("every mention records the rule that fired", () => {
    const text = "قال الجنرال مايكل هارتلي إن تنظيم داعش يتراجع في سوريا.";
    const rules = findMentions(text, tokenize(text), k).map((m) => m.rule);
    assert.deepEqual(rules, [
      "pattern:title-before-name:الجنرال",
      "lexicon:organisations:تنظيم الدولة الإسلامية",
      "lexicon:places:سوريا",
    ]);
  });
});
