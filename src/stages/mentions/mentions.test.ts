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
    { name: "الأردن", aliases: [], kind: "country" },
    { name: "سوريا", aliases: ["سورية"], kind: "country" },
    { name: "الولايات المتحدة", aliases: ["أميركا", "الولايات المتحدة الأميركية"], kind: "country" },
    { name: "بغداد", aliases: [], kind: "capital" },
    { name: "دمشق", aliases: [], kind: "capital" },
    { name: "واشنطن", aliases: [], kind: "capital" },
    { name: "الموصل", aliases: [], kind: "city" },
    { name: "الحويجة", aliases: [], kind: "district" },
    { name: "الفلوجة", aliases: [], kind: "city" },
    { name: "الرمادي", aliases: [], kind: "city" },
    { name: "العقبة", aliases: [], kind: "city" },
    { name: "حديثة", aliases: [], kind: "city" },
    { name: "سلوان", aliases: [], kind: "district" },
    { name: "أبو غريب", aliases: [], kind: "district" },
    { name: "مالي", aliases: [], kind: "country" },
    { name: "الشرق الأوسط", aliases: [], kind: "region" },
    { name: "قاعدة الحرير", aliases: ["الحرير"], kind: "site" },
  ],
  organisations: [
    { name: "تنظيم الدولة الإسلامية", aliases: ["داعش", "تنظيم داعش", "تنظيم الدولة"], kind: "armed-group" },
    { name: "التحالف الدولي", aliases: [], kind: "military" },
    { name: "صحيفة الشرق الأوسط", aliases: ["الشرق الأوسط"], kind: "media" },
    { name: "حزب تقدم", aliases: ["تقدم"], kind: "party" },
  ],
  people: [
    { name: "جو بايدن", aliases: ["بايدن"], kind: "person" },
    { name: "حيدر العبادي", aliases: ["العبادي"], kind: "person" },
  ],
  demonyms: new Map([
    ["العراقي", "العراق"],
    ["العراقية", "العراق"],
    ["الأميركي", "الولايات المتحدة"],
    ["الأميركية", "الولايات المتحدة"],
    ["الأردني", "الأردن"],
    ["الأردنية", "الأردن"],
    ["السوداني", "السودان"],
    ["السودانية", "السودان"],
    ["المصري", "مصر"],
  ]),
  ambiguous: ["مالي", "تقدم", "الرمادي", "العقبة"],
});

type Found = [EntityType, string];
function found(text: string): Found[] {
  return findMentions(text, tokenize(text), k).map((m) => [m.type, text.slice(m.start, m.end)]);
}
function roles(text: string, name: string): string[] {
  const mention = findMentions(text, tokenize(text), k).find((m) => text.slice(m.start, m.end) === name);
  return mention?.roles ?? [];
}
/** Every role of every mention of `name` (the full name and its later short forms). */
function allRoles(text: string, ...names: string[]): string[] {
  return findMentions(text, tokenize(text), k)
    .filter((m) => names.includes(text.slice(m.start, m.end)))
    .flatMap((m) => m.roles ?? []);
}
const has = (text: string, type: EntityType, name: string) => found(text).some(([t, n]) => t === type && n === name);
const people = (text: string) => found(text).filter(([type]) => type === "PER");

describe("title before a name (lexicon/titles.tsv)", () => {
  const cases: Array<[string, string, string[]]> = [
    ["قال وزير الزراعة السوداني فرحان العكيدي إن الموسم جيد.", "فرحان العكيدي", ["وزير الزراعة السوداني"]],
    // A coordinated portfolio before the name.
    ["وقالت وزيرة الهجرة والمهجرين سلمى الراوي إن المخيمات ستغلق.", "سلمى الراوي", ["وزيرة الهجرة والمهجرين"]],
    ["وأكد وزير التخطيط والتعاون الدولي سامر الحلو أن الخطة جاهزة.", "سامر الحلو", ["وزير التخطيط والتعاون الدولي"]],
    // عبد الله is two of a name's four words: a future verb after it is no fifth.
    ["وكان وزير الري سامر نديم عبد الله سيرافق الوفد.", "سامر نديم عبد الله", ["وزير الري"]],
    // في + a construct, a comma, then the name.
    ["ويرى الخبير في اقتصاديات النقل، سامر الحلو، أن الطريق مهم.", "سامر الحلو", ["الخبير في اقتصاديات النقل"]],
    // إلى + a known place completes an envoy's title.
    ["وحذر المبعوث الخاص إلى سوريا جون ماركس من التصعيد.", "جون ماركس", ["المبعوث الخاص إلى سوريا"]],
    // مدير عام (general), قائممقام; a reporting verb with ف glued on ends the name.
    ["وأوضح مدير عام شركة الواحة سامر الحلو أن الكلفة كبيرة.", "سامر الحلو", ["مدير عام شركة الواحة"]],
    ["وأكد قائممقام قضاء الحويجة هاني شكري أن الطريق آمن.", "هاني شكري", ["قائممقام قضاء الحويجة"]],
    ["أما الناشطة البيئية سلمى الراوي فاعتبرت أن الوضع خطير.", "سلمى الراوي", ["الناشطة البيئية"]],
    // A second title after و is its own phrase.
    ["والتقى وزير الخارجية والسفير الأميركي جون ماركس.", "جون ماركس", ["السفير الأميركي"]],
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
    // Honorifics are roles the article gives too.
    ["ورحب الشيخ ياسين الجبوري بالقرار.", "ياسين الجبوري", ["الشيخ"]],
    ["وقالت رئيسة اللجنة الدكتورة نهلة الساعدي إن", "نهلة الساعدي", ["رئيسة اللجنة", "الدكتورة"]],
    // Professions besides the offices.
    ["وقال المزارع ناجي الحسون إن المحصول تلف.", "ناجي الحسون", ["المزارع"]],
    ["وقال سائق الحافلة أبو علي الدليمي إن الطريق مغلق.", "أبو علي الدليمي", ["سائق الحافلة"]],
    // في + a definite noun inside a title, when a name follows it.
    ["وقال عضو المكتب السياسي في الحركة كاوان صالح إن الوفد وصل.", "كاوان صالح", ["عضو المكتب السياسي في الحركة"]],
    ["وقالت الخبيرة في الطاقة المتجددة لمى حداد إن", "لمى حداد", ["الخبيرة في الطاقة المتجددة"]],
    // ل + إحدى + a plural: the whole description.
    [
      "وقال المدير المالي لإحدى شركات النقل البري، فارس العطار، إن",
      "فارس العطار",
      ["المدير المالي لإحدى شركات النقل البري"],
    ],
    // A family name of the pattern الفعالِلة after an unknown first name shaped like an adjective.
    ["وزار وزير الزراعة الأردني راجي الحيارية بغداد.", "راجي الحيارية", ["وزير الزراعة الأردني"]],
    // A one-word place of the gazetteer between a rank and a family name is a given name.
    ["وأعلن العميد سلوان الطائي بدء العملية.", "سلوان الطائي", ["العميد"]],
  ];
  for (const [text, name, expected] of cases) {
    test(name, () => {
      assert.ok(has(text, "PER", name), JSON.stringify(found(text)));
      assert.deepEqual(roles(text, name), expected);
    });
  }
  const mustNot: Array<[string, string]> = [
    ["a title followed by a verb", "وقال وزير الخارجية العراقي إن بلاده ترفض التدخل."],
    ["a title followed by an indefinite noun", "ويواجه رئيس الحكومة الليبية ضغطا متزايدا من النقابات."],
    ["a title, comma, then no given name", "حضر الاجتماع وزير شؤون الزراعة، ناقش خطط الموسم."],
    ["a feminine title followed by a verb", "السفيرة الأميركية تذهب إلى التلميح بوجود خطر."],
    ["a title followed by a time word", "استقبل رئيس الوزراء أمس الوفد."],
    ["في + a definite noun with no name after it", "وقال رئيس الوزراء في المؤتمر الصحافي إن الخطة جاهزة."],
    ["المزارع as 'the farms'", "وتضررت المزارع المحيطة بالنهر."],
    ["a profession shaped like an adjective, after a noun", "وقال المكتب الإعلامي للوزارة إن الوفد وصل."],
    ["the author after بقلم", "بقلم سامر الحلو\nوصل الوفد إلى بغداد."],
  ];
  for (const [why, text] of mustNot) {
    test(`no person: ${why}`, () => assert.deepEqual(people(text), []));
  }
  test("a place between a rank and a name: the place stays a place elsewhere", () => {
    assert.ok(has("وهدمت منازل في سلوان أمس.", "LOC", "سلوان"));
  });
});

describe("roles from around the name", () => {
  test("نظيره + country adjective takes the office with that country", () => {
    const text = "التقى وزير الخارجية الأميركي مارك تيرنر ونظيره العراقي فارس الدليمي في بغداد.";
    assert.deepEqual(roles(text, "فارس الدليمي"), ["وزير الخارجية العراقي"]);
  });
  test("نظيره takes the last office of a chain, and a portfolio is no country", () => {
    const text = "والتقى نائب رئيس الوزراء وزير الخارجية فارس الدليمي نظيره الأردني سامر الحلو.";
    assert.deepEqual(roles(text, "سامر الحلو"), ["وزير الخارجية الأردني"]);
  });
  test("a title, a comma and the name in apposition", () => {
    const text = "وقال الإداري في مخيم الهول، شيار كوجر، إن القافلة وصلت.";
    assert.deepEqual(roles(text, "شيار كوجر"), ["الإداري في مخيم الهول"]);
  });
  test("a dual title and و + adjective give two people", () => {
    const text = "جرت محادثات بين وزيري الزراعة الأميركي توماس بريدج والعراقي قاسم الحلفي أمس.";
    assert.deepEqual(roles(text, "توماس بريدج"), ["وزير الزراعة الأميركي"]);
    assert.deepEqual(roles(text, "قاسم الحلفي"), ["وزير الزراعة العراقي"]);
  });
  test("a dual title, a comma and two names joined by و: both hold the office", () => {
    const text = "وجرى اللقاء بحضور وزيري الري في البلدين، سامر الحلو وهاني شكري، أمس.";
    assert.deepEqual(roles(text, "سامر الحلو"), ["وزير الري في البلدين"]);
    assert.deepEqual(roles(text, "هاني شكري"), ["وزير الري في البلدين"]);
  });
  test("a text that ends on a name (no full stop)", () => {
    assert.deepEqual(roles("والتقى الوزير سامر الحلو", "سامر الحلو"), ["الوزير"]);
  });
  test("a role in apposition after the name", () => {
    const text = "وقال مايكل دورسي، وهو مستشار سابق في البنتاغون، إن الخطة تأخرت.";
    assert.ok(has(text, "PER", "مايكل دورسي"));
    const after = "قتل الطبيب سامي الأحمر، رئيس قسم الجراحة في مستشفى الأمل، أمس.";
    assert.deepEqual(roles(after, "سامي الأحمر"), ["الطبيب", "رئيس قسم الجراحة في مستشفى الأمل"]);
    const object = "التقى وزير الزراعة السوداني فرحان العكيدي رئيس البرلمان أمس.";
    assert.deepEqual(roles(object, "فرحان العكيدي"), ["وزير الزراعة السوداني"]);
  });
  test("a possessive title: the title and the body named just before", () => {
    const text = "ونقل بيان لهيئة الموانئ العامة عن رئيسها فاضل الكعبي قوله إن العمل مستمر.";
    assert.deepEqual(roles(text, "فاضل الكعبي"), ["رئيس هيئة الموانئ العامة"]);
    const feminine = "وذكر بيان للجنة الصحة والبيئة أن رئيستها ندى العلي زارت المستشفى.";
    assert.deepEqual(roles(feminine, "ندى العلي"), ["رئيسة لجنة الصحة والبيئة"]);
  });
  test("no body before a possessive title: no role from it", () => {
    const text = "وقال سامر الحلو إن مديره نبيل شكري غادر.";
    assert.deepEqual(roles(text, "نبيل شكري"), []);
  });
  test("a title that reads a later family name as its adjective", () => {
    const text = "وقال وزير الري سامر الحلو إن السد جاهز. وكان الوزير الحلو قد زار الموقع.";
    assert.ok(allRoles(text, "الحلو").includes("الوزير"), JSON.stringify(found(text)));
  });
  test("a title alone stands for the one person holding it", () => {
    const text = "افتتح وزير الري سامر الحلو السد أمس. وقال الوزير إن العمل انتهى.";
    assert.deepEqual(allRoles(text, "سامر الحلو"), ["وزير الري", "الوزير"]);
    const body = "وقال رئيس هيئة الموانئ اللواء فاضل الكعبي إن الرصيف جاهز. وأضاف رئيس الهيئة أن العمل مستمر.";
    assert.ok(allRoles(body, "فاضل الكعبي").includes("رئيس الهيئة"));
  });
  test("a title alone with two holders stays unattached", () => {
    const text = "التقى وزير الري العراقي سامر الحلو ونظيره الأردني هاني شكري. وقال الوزير إن التعاون مستمر.";
    assert.ok(!allRoles(text, "سامر الحلو").includes("الوزير"));
    assert.ok(!allRoles(text, "هاني شكري").includes("الوزير"));
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
    ["وشارك دلشاد كريم في الوقفة.", "دلشاد كريم"],
    // An ambiguous given name before the family name of a known person: another person.
    ["وكتب سامي العبادي مقالا عن الانتخابات.", "سامي العبادي"],
    // العبد continues a family name; بن chains; a title, a given name and a common noun.
    ["وقال صالح العبد الله إن الوضع هادئ.", "صالح العبد الله"],
    ["واستقبل الأمير محمد بن سعيد بن راشد في قصره.", "محمد بن سعيد بن راشد"],
    ["وقال المهندس علي فحص إن المشروع تأخر.", "علي فحص"],
    ["وقال أبو لؤي إن الطريق مقطوع.", "أبو لؤي"],
    // ب glued on a noun ends the name; a verb after four words is no fifth.
    ["وطالب المزارع سالم الدوري بتعويضات عن المواشي.", "سالم الدوري"],
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
    ["a kunya after في names a place", "ووزعت المساعدات في أبي صيدا أمس."],
    ["أم + ل: a mother of five", "وهي أم لخمسة أطفال فقدت زوجها."],
    ["تركي as the adjective Turkish", "ورفض الوفد أي التزام تركي بحصة ثابتة."],
    ["a memorandum after a title", "وسلم السفير مذكرة احتجاج إلى الخارجية."],
    ["أم as «or»", "هل هي نهاية الأزمة أم تبقى مجرد استراحة قصيرة؟"],
    ["a cable after a title (برقية, not ب + رقية)", "وأرسل الوزير برقية تهنئة إلى نظيره."],
  ];
  for (const [why, text] of mustNot) {
    test(`no person: ${why}`, () => assert.deepEqual(people(text), []));
  }
  test("a kunya after في/إلى is a place", () => {
    assert.ok(has("ووزعت المساعدات في أبي صيدا أمس.", "LOC", "أبي صيدا"));
  });
  test("a gazetteer kunya name in another case: أبي غريب", () => {
    assert.ok(has("وعاد النازحون إلى منازلهم في أبي غريب.", "LOC", "أبي غريب"));
  });
});

describe("head nouns (lexicon/org-heads.tsv)", () => {
  const cases: Array<[string, EntityType, string]> = [
    ["واجتمعت لجنة المتابعة العليا أمس.", "ORG", "لجنة المتابعة العليا"],
    ["أعلن جهاز الأمن الوطني الأردني عن اعتقال خلية.", "ORG", "جهاز الأمن الوطني الأردني"],
    ["ونقلت وكالة الأنباء الليبية الرسمية الخبر.", "ORG", "وكالة الأنباء الليبية الرسمية"],
    ["وقالت وزارة الزراعة السودانية إن المحصول وفير.", "ORG", "وزارة الزراعة السودانية"],
    ["وشكلت اللجنة الوزارية المشتركة فريقا.", "ORG", "اللجنة الوزارية المشتركة"],
    ["أعلنت هيئة تنظيم الاتصالات عن قرار.", "ORG", "هيئة تنظيم الاتصالات"],
    ["ونقل المصابون إلى مستشفى رفيق الحريري في بيروت.", "ORG", "مستشفى رفيق الحريري"],
    ["وتبنت جماعة «أنصار الفجر» الهجوم.", "ORG", "جماعة «أنصار الفجر»"],
    ["وذكرت شبكة NBC أن الرئيس وصل.", "ORG", "شبكة NBC"],
    ["وسقطت قذائف على قاعدة الصقر قرب أربيل.", "LOC", "قاعدة الصقر"],
    ["ويقيم الآلاف في مخيم الركبان منذ سنوات.", "LOC", "مخيم الركبان"],
    ["وعاد النازحون إلى حي الزهور في الموصل.", "LOC", "حي الزهور"],
    ["وأكد الجيش الأردني أن الحدود آمنة.", "ORG", "الجيش الأردني"],
    ["وانتقد التحالف الدولي لمحاربة الإرهاب القرار.", "ORG", "التحالف الدولي لمحاربة الإرهاب"],
    ["وأصدرت الخارجية العراقية بيانا.", "ORG", "الخارجية العراقية"],
    // Heads of offices, unions, forums and installations.
    ["وقالت مديرية الزراعة في كركوك إن الموسم جيد.", "ORG", "مديرية الزراعة"],
    ["وحذرت دائرة الموارد المائية من الجفاف.", "ORG", "دائرة الموارد المائية"],
    ["ودعت رابطة معلمي الكرخ إلى الإضراب.", "ORG", "رابطة معلمي الكرخ"],
    ["ونظم ملتقى رجال الأعمال الشباب ندوة.", "ORG", "ملتقى رجال الأعمال الشباب"],
    ["وقال تجمع شركات النقل البري إن الرسوم ارتفعت.", "ORG", "تجمع شركات النقل البري"],
    ["وعبرت الشاحنات منفذ الصفصاف الحدودي أمس.", "LOC", "منفذ الصفصاف الحدودي"],
    ["وارتفعت الملوحة عند محطة الجزيرة الشمالية.", "LOC", "محطة الجزيرة الشمالية"],
    ["وانتشرت القوات في وادي الغدير.", "LOC", "وادي الغدير"],
    // و + a definite noun inside a construct chain.
    ["وأوصت لجنة الصحة والبيئة بإغلاق المعمل.", "ORG", "لجنة الصحة والبيئة"],
    // لل: ل + the construct form of a head before a definite noun.
    ["وفي بيان للجنة الصحة والبيئة أن المعمل أغلق.", "ORG", "لجنة الصحة والبيئة"],
    // ل + a sector noun at the end of a name.
    ["ووقعت شركة الواحة للطاقة الشمسية العقد.", "ORG", "شركة الواحة للطاقة الشمسية"],
    ["وأفادت وكالة الفجر للأنباء بأن الوفد وصل.", "ORG", "وكالة الفجر للأنباء"],
    // A movement of people and its adjectives.
    ["وقالت حركة المزارعين الأحرار إن الحصة قليلة.", "ORG", "حركة المزارعين الأحرار"],
    // A known place's country adjective describes the place: ميناء العقبة, not … الأردني.
    ["ووصلت الشحنة إلى ميناء العقبة الأردني أمس.", "LOC", "ميناء العقبة"],
    // A known body right before a rank: the rank starts a person, not more of the name.
    ["وقال الناطق باسم التحالف الدولي العقيد جون ماركس إن", "ORG", "التحالف الدولي"],
    // Places of worship and district administrations; an adjective after a mosque's name.
    ["وصلى المصلون في جامع الحسين الكبير.", "LOC", "جامع الحسين الكبير"],
    ["وقال مدير قائممقامية تلعفر إن الطريق مفتوح.", "ORG", "قائممقامية تلعفر"],
    // A construct head whose first word is a sector (غرفة التجارة), and a body after ل.
    ["ودعت غرفة التجارة الأردنية إلى خفض الرسوم.", "ORG", "غرفة التجارة الأردنية"],
    ["وقالت الدائرة الإعلامية للتحالف الدولي إن الجلسة أجلت.", "ORG", "الدائرة الإعلامية للتحالف الدولي"],
    // Places listed as the object of a fund's name.
    ["وخصص صندوق إعمار الموصل والفلوجة مبلغا للمدارس.", "ORG", "صندوق إعمار الموصل والفلوجة"],
    ["وأعلنت الخطوط الجوية الأردنية استئناف رحلاتها.", "ORG", "الخطوط الجوية الأردنية"],
    ["واستؤنف الإنتاج في حقل عكاز الغازي أمس.", "LOC", "حقل عكاز الغازي"],
    ["وذكرت قيادة عمليات الموصل في بيان أن الطريق آمن.", "ORG", "قيادة عمليات الموصل"],
    ["وحذرت السفارة الأميركية من السفر.", "ORG", "السفارة الأميركية"],
    ["وقال مركز الواحة للدراسات والتخطيط إن", "ORG", "مركز الواحة للدراسات والتخطيط"],
    ["وقال عضو لجنة الأمن والدفاع النيابية إن", "ORG", "لجنة الأمن والدفاع النيابية"],
    ["وارتفع منسوب المياه عند سدة الكوت.", "LOC", "سدة الكوت"],
    // Sector nouns shaped like adjectives, coordinated adjectives, a colour after a place.
    ["وأعلن ائتلاف الإعمار والتنمية قائمته.", "ORG", "ائتلاف الإعمار والتنمية"],
    ["وقالت الهيئة العامة للمنافذ البرية والبحرية إن", "ORG", "الهيئة العامة للمنافذ البرية والبحرية"],
    ["وانتقد مرصد الموصل الأخضر الحرق.", "ORG", "مرصد الموصل الأخضر"],
    ["وقال مركز الفجر للسياسات العامة إن", "ORG", "مركز الفجر للسياسات العامة"],
  ];
  for (const [text, type, name] of cases) {
    test(name, () => assert.ok(has(text, type, name), JSON.stringify(found(text))));
  }
  test("a dual head: one body per adjective", () => {
    const text = "وانتقد قادة الحزبين الجمهوري والديمقراطي القرار.";
    assert.deepEqual(
      found(text).filter(([t]) => t === "ORG"),
      [
        ["ORG", "الجمهوري"],
        ["ORG", "الديمقراطي"],
      ],
    );
    const rules = findMentions(text, tokenize(text), k).map((m) => m.canonical);
    assert.deepEqual(rules, ["الحزب الجمهوري", "الحزب الديمقراطي"]);
  });
  test("a dual place head: one place per name, the second with its و", () => {
    const cases: Array<[string, string[]]> = [
      ["وعاد النازحون إلى مخيمي الزيتون وبرقان أمس.", ["الزيتون", "برقان"]],
      ["وأغلقت السلطات مطاري الموصل وبغداد.", ["الموصل", "بغداد"]],
      ["وتوقفت محطتي الزوراء والدورة عن العمل.", ["الزوراء", "الدورة"]],
      ["وتجولنا في حيي الأعظمية والكاظمية ليلا.", ["الأعظمية", "الكاظمية"]],
    ];
    for (const [text, names] of cases) {
      const places = found(text)
        .filter(([t]) => t === "LOC")
        .map(([, name]) => name);
      assert.deepEqual(places, names, text);
    }
  });
  test("no dual place where the dual is a possessive (مدينتي: my city)", () => {
    for (const text of ["هذه مدينتي الجميلة منذ الصغر.", "وعدت إلى قريتي بعد الحرب."])
      assert.deepEqual(
        found(text).filter(([t]) => t === "LOC"),
        [],
        text,
      );
  });
  test("a committee's name stops at و after an adjective", () => {
    const text = "وقررت لجنة المتابعة العليا والزيارة المقبلة ستكون في بغداد.";
    assert.ok(has(text, "ORG", "لجنة المتابعة العليا"), JSON.stringify(found(text)));
  });
  const mustNot: Array<[string, string]> = [
    ["an indefinite head with an adjective", "وشكلت الحكومة لجنة ثنائية لمتابعة الملف."],
    ["a head used as a verbal noun", "حرصت بغداد على إعادة تنظيم صفوف الإدارة."],
    ["قوات + a common noun", "وانتشرت قوات الأمن في الشوارع."],
    ["قوات + a generic body", "وتقدمت قوات الحكومة نحو البلدة."],
    ["a base with a body after it", "وسقط صاروخ قرب قاعدة التحالف أمس."],
    ["a definite head with a noun, not an adjective", "وناقش المجلس الخطة الجديدة."],
    ["الخارجية as an adjective", "وتغيرت السياسة الخارجية الأميركية كثيرا."],
    ["الخارجية after a title", "وقال وزير الخارجية الأميركي إن"],
    ["قاعدة as 'rule'", "وهذه قاعدة عامة في العمل."],
    ["a head whose only complement points back", "واجتمع مجلس المحافظة أمس."],
    ["the centre of the city", "ووصلت المياه المالحة إلى مركز المدينة."],
    ["حركة as the movement of goods", "وارتفعت حركة الشاحنات على الطريق."],
    ["حركة + a plural of people alone", "وارتفعت حركة المسافرين عبر المنفذ."],
    ["تجمع as a verb", "وتجمع المحتجون أمام المبنى."],
    ["a station with a verbal noun after ل", "وتبني الشركة محطة لتوليد الكهرباء."],
    ["جامع as the adjective 'comprehensive'", "وتوصل الطرفان إلى اتفاق جامع للأطراف."],
    ["صندوق الاقتراع is a ballot box", "وتوجه الناخبون إلى صندوق الاقتراع صباحا."],
    ["a council pointing back", "وقالت رئاسة المجلس إن الجلسة أجلت."],
    ["a clause in quote marks after a definite head", "وقال إن قطعات الجيش «أكملت تأمين الطريق» أمس."],
    ["بشكل after a village", "وتم إخلاء قرية بشكل كامل."],
  ];
  for (const [why, text] of mustNot) {
    test(`no body or place: ${why}`, () =>
      assert.deepEqual(
        found(text).filter(([, name]) =>
          /^(لجنة|تنظيم|قوات|قاعدة|المجلس|الخارجية|مجلس|مركز|حركة|تجمع|محطة|جامع|صندوق|رئاسة|قرية|الجيش)/.test(name),
        ),
        [],
      ));
  }
  test("no head across a line break (a caption's last word)", () => {
    const text = "الوزيران عند البوابة الرئيسية للمنفذ\nالرطبة – افتتح الوزيران المنفذ.";
    assert.ok(!found(text).some(([, name]) => name.includes("\n")), JSON.stringify(found(text)));
  });
  test("an outlet after ل is who was told, not part of the name", () => {
    const text = "وقالت وزارة الصحة لصحيفة الشرق الأوسط إن الوضع مستقر.";
    assert.ok(has(text, "ORG", "وزارة الصحة"), JSON.stringify(found(text)));
  });
  test("no ل + any definite noun in a name", () => {
    const text = "وقالت وزارة الصحة للصحافيين إن الوضع مستقر.";
    assert.ok(has(text, "ORG", "وزارة الصحة"), JSON.stringify(found(text)));
  });
});

describe("gazetteer lookups", () => {
  test("longest match, quotes inside the name", () => {
    assert.ok(has("وتعهد بملاحقة تنظيم «داعش» في كل مكان.", "ORG", "تنظيم «داعش»"));
    assert.ok(has("وصل الوفد إلى الولايات المتحدة الأميركية أمس.", "LOC", "الولايات المتحدة الأميركية"));
  });
  test("a quoted name with two readings is the organisation", () => {
    assert.ok(has("وقال في مقابلة مع «الشرق الأوسط» إن", "ORG", "الشرق الأوسط"));
    assert.ok(has("وتحدث عن التوتر في الشرق الأوسط أمس.", "LOC", "الشرق الأوسط"));
  });
  test("a place declared ambiguous needs context", () => {
    assert.ok(!has("وقدمت الدولة دعم مالي كبير.", "LOC", "مالي"));
    assert.ok(has("وقتل جنديان في مالي أمس.", "LOC", "مالي"));
  });
  test("an ambiguous place listed with a place, or named so elsewhere", () => {
    assert.ok(has("وارتفعت الأسعار في أسواق الرمادي والفلوجة.", "LOC", "الرمادي"));
    assert.ok(has("ووصلت الشاحنات إلى الفلوجة والرمادي.", "LOC", "الرمادي"));
    const twice = "ووصل الوفد إلى العقبة أمس. وتشهد العقبة نشاطا كبيرا.";
    assert.equal(found(twice).filter(([t, n]) => t === "LOC" && n === "العقبة").length, 2);
    assert.ok(!has("وتبقى العقبة الكبرى في التمويل.", "LOC", "العقبة"));
  });
  test("a one-word body that is also a common word counts only in quotes", () => {
    assert.ok(!has("وسمح ذلك بتقدم القوات نحو المدينة.", "ORG", "تقدم"));
    assert.ok(!has("وتقدم الجيش نحو البلدة.", "ORG", "تقدم"));
    assert.ok(has("وأعلن حزب «تقدم» ترشيح وزير جديد.", "ORG", "«تقدم»") || has("وأعلن «تقدم» ترشيحه.", "ORG", "تقدم"));
  });
  test("ة in the name, ه in the text: another word", () => {
    assert.ok(!has("وفي سياق حديثه عن الأزمة قال", "LOC", "حديثه"));
    assert.ok(has("ووقع انفجار في حديثة غرب العراق.", "LOC", "حديثة"));
  });
  test("an installation and the town it is named after are two places", () => {
    const text = "وهبطت الطائرة في مطار دمشق الدولي بعد رحلة من دمشق.";
    assert.ok(has(text, "LOC", "مطار دمشق الدولي"), JSON.stringify(found(text)));
    const mention = findMentions(text, tokenize(text), k).find((m) => m.rule.startsWith("pattern:org-head"));
    assert.equal(mention?.canonical, undefined);
    assert.equal(mention?.core, undefined);
  });
});

describe("names known by where they stand (context.ts)", () => {
  const cases: Array<[string, EntityType, string]> = [
    ["مزارعون يتفقدون حقولهم قرب النهر (الواحة نيوز)\nوقال المزارعون إن", "ORG", "الواحة نيوز"],
    ["ألواح شمسية فوق مبنى حكومي (أرشيفية - الفجر)\nووقعت الوزارة العقد.", "ORG", "الفجر"],
    ["وقال في تصريح لـ«صوت الجنوب» إن العمل مستمر.", "ORG", "صوت الجنوب"],
    ['وأكد لـ"الواحة نيوز" أن الطريق مفتوح.', "ORG", "الواحة نيوز"],
    ["وتضررت الحقول في الصبيحة والحويجة أمس.", "LOC", "الصبيحة"],
    ["وتضررت الحقول في الحويجة والصبيحة أمس.", "LOC", "الصبيحة"],
    ["وتضررت الحقول في الحويجة، الصبيحة، والرياض.", "LOC", "الصبيحة"],
    ["وتقدمت القوات جنوب تلكيف أمس.", "LOC", "تلكيف"],
  ];
  for (const [text, type, name] of cases) {
    test(name, () => assert.ok(has(text, type, name), JSON.stringify(found(text))));
  }
  const mustNot: Array<[string, string]> = [
    ["an adjective alone in parentheses", "رئيس خلية الإعلام في الوزارة (رسمية)\nوقال إن"],
    ["an archive credit alone", "جانب من الطريق الدولي (أرشيفية)\nوبدأت الأعمال."],
    ["a parenthesis inside a line", "وارتفع الإنتاج (الأعلى منذ سنوات) هذا العام."],
    ["a quote after ل with no speaking", "ووصف الخطة بأنها تمهيد لـ«مرحلة جديدة» في العلاقات."],
    ["a word pointing back after a compass word", "وتقدمت القوات شمال البلاد أمس."],
    ["a plural listed with a place", "ووصلت المساعدات إلى بغداد والمحافظات أمس."],
    ["a generic noun listed with a place", "وتحدث عن الاستقرار في العراق والمنطقة."],
    ["a participle after a comma opens a clause", "وتأجلت الجولة في بغداد، المقررة في أيار المقبل."],
  ];
  for (const [why, text] of mustNot) {
    test(`nothing new: ${why}`, () => {
      const known = new Set(["بغداد", "العراق"]);
      assert.deepEqual(
        found(text).filter(([, name]) => !known.has(name) && !name.startsWith("خلية")),
        [],
      );
    });
  }
});

describe("propagation", () => {
  test("a family name after the full name, and clitics off the mention", () => {
    const text =
      "قال وزير الخارجية الأميركي أنتوني كارسون إن الوقت حان. وأضاف كارسون أن المحادثات بدأت. والتقى بغداد وكارسون.";
    const names = people(text).map(([, n]) => n);
    assert.deepEqual(names, ["أنتوني كارسون", "كارسون", "كارسون"]);
  });
  test("a family name that is a country adjective, after a definite noun", () => {
    const text = "وقال رئيس الوزراء العراقي محمد نجيب السوداني إن الجيش السوداني لا علاقة له. وأكد السوداني ذلك.";
    const names = people(text).map(([, n]) => n);
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
