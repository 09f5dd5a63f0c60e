import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { buildArticleFromText } from "../../ingest/article.js";
import { emptyLayers, type Figure, type Timex } from "../../model.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokenize.js";
import { findFigures } from "./find.js";
import { figuresStage } from "./index.js";

interface Expected {
  value: number;
  unit: string | null;
  qualifier: string | null;
}

function figuresOf(text: string, times: Timex[] = []): Figure[] {
  return findFigures(text, tokenize(text), splitSentences(text), times);
}

const found: Array<[sentence: string, expected: Expected[]]> = [
  // ranges: the lower bound counts what the upper one counts, and takes its scale word
  [
    "رفعت البلدية رسوم النظافة من 500 إلى 750 ديناراً شهرياً.",
    [
      { value: 500, unit: "ديناراً", qualifier: null },
      { value: 750, unit: "ديناراً", qualifier: null },
    ],
  ],
  [
    "وتؤوي المخيمات ما بين 12 و15 ألف نازح في المحافظة.",
    [
      { value: 12000, unit: "نازح", qualifier: null },
      { value: 15000, unit: "نازح", qualifier: null },
    ],
  ],
  [
    "وسكن بين 20 و22 ألف عائلة في الخيام طوال الشتاء.",
    [
      { value: 20000, unit: "عائلة", qualifier: null },
      { value: 22000, unit: "عائلة", qualifier: null },
    ],
  ],
  [
    "وانخفض الحرق من 120 إلى نحو 70 مليون قدم مكعب يومياً.",
    [
      { value: 120000000, unit: "قدم مكعب", qualifier: null },
      { value: 70000000, unit: "قدم مكعب", qualifier: "نحو" },
    ],
  ],
  // a scale and a fraction of it
  ["زرعت الوزارة نحو مليون ونصف المليون دونم.", [{ value: 1500000, unit: "دونم", qualifier: "نحو" }]],
  ["وبلغت الخسائر مليار ونصف دولار.", [{ value: 1500000000, unit: "دولار", qualifier: null }]],
  ["وصرفت البلدية ألفين وربع الألف دينار.", [{ value: 2250, unit: "دينار", qualifier: null }]],
  // a year-like number is a count with a household noun
  ["وعادت 2000 أسرة إلى القرى المحررة.", [{ value: 2000, unit: "أسرة", qualifier: null }]],
  // digits, separators, Arabic-Indic digits
  ["أرسلت الحكومة 1200 شرطي إلى مدينة الرمادي.", [{ value: 1200, unit: "شرطي", qualifier: null }]],
  ["شارك في المسيرة 2,500 متظاهر.", [{ value: 2500, unit: "متظاهر", qualifier: null }]],
  ["وصل إلى الميناء 1.500 طن من القمح.", [{ value: 1500, unit: "طن", qualifier: null }]],
  ["حصدت القائمة 1,250,000 صوت في الجولة الأولى.", [{ value: 1250000, unit: "صوت", qualifier: null }]],
  ["قُتل ١٢ شخصاً في انفجار سيارة.", [{ value: 12, unit: "شخصاً", qualifier: null }]],
  ["سقط 1900 قتيل في المعارك.", [{ value: 1900, unit: "قتيل", qualifier: null }]],
  // scales
  ["قدّرت المنظمة عدد النازحين بنحو 35 ألف شخص.", [{ value: 35000, unit: "شخص", qualifier: "نحو" }]],
  ["تسلمت البلدية منحة قدرها 4.5 مليون يورو.", [{ value: 4500000, unit: "يورو", qualifier: null }]],
  ["بلغت الخسائر ٢٫٥ مليار دولار.", [{ value: 2500000000, unit: "دولار", qualifier: null }]],
  ["رصدت الخطة 1.250 مليار دينار للطرق.", [{ value: 1250000000, unit: "دينار", qualifier: null }]],
  ["نزح ما يزيد على 12 ألفا و500 مدني من القرى.", [{ value: 12500, unit: "مدني", qualifier: "ما يزيد على" }]],
  ["يعيش في المدينة مليون و200 ألف نسمة.", [{ value: 1200000, unit: "نسمة", qualifier: null }]],
  ["باعت المكتبة أكثر من (12) ألف نسخة.", [{ value: 12000, unit: "نسخة", qualifier: "أكثر من" }]],
  // words
  [
    "قتل ثلاثة جنود وأصيب سبعة آخرون.",
    [
      { value: 3, unit: "جنود", qualifier: null },
      { value: 7, unit: "آخرون", qualifier: null },
    ],
  ],
  ["أمضى الأسير عشر سنوات في السجن.", [{ value: 10, unit: "سنوات", qualifier: null }]],
  ["فاز الحزب بأحد عشر مقعداً.", [{ value: 11, unit: "مقعداً", qualifier: null }]],
  ["أعلنت الشركة توظيف خمسة وعشرين مهندسا.", [{ value: 25, unit: "مهندسا", qualifier: null }]],
  ["تضم المحافظة ثلاثمئة وخمسين قرية.", [{ value: 350, unit: "قرية", qualifier: null }]],
  ["أصيب ثلاث مئة متظاهر.", [{ value: 300, unit: "متظاهر", qualifier: null }]],
  ["يقيم في المخيم قرابة مئتي ألف لاجئ.", [{ value: 200000, unit: "لاجئ", qualifier: "قرابة" }]],
  ["جمعت الحملة نصف مليون توقيع.", [{ value: 500000, unit: "توقيع", qualifier: null }]],
  ["بلغ عدد سكان الولاية مليونين ومئتي ألف نسمة.", [{ value: 2200000, unit: "نسمة", qualifier: null }]],
  ["أفرجت السلطات عن ثلاثة آلاف معتقل.", [{ value: 3000, unit: "معتقل", qualifier: null }]],
  ["تضم الفرقة اثني عشر لاعبا.", [{ value: 12, unit: "لاعبا", qualifier: null }]],
  ["تراجع عدد الموظفين فصار أقل من ألف موظف.", [{ value: 1000, unit: "موظف", qualifier: "أقل من" }]],
  ["تجاوز عدد الزوار مئة ألف زائر.", [{ value: 100000, unit: "زائر", qualifier: null }]],
  // the noun before the number word
  ["ارتفعت الأسعار خلال الأيام الخمسة الماضية.", [{ value: 5, unit: "الأيام", qualifier: null }]],
  ["زار الوفد البلدات الثلاث في الجنوب.", [{ value: 3, unit: "البلدات", qualifier: null }]],
  ["يعد أحد السجون الأربعة في الإقليم.", [{ value: 4, unit: "السجون", qualifier: null }]],
  ["أغلقت مدارس القرى العشر أبوابها.", [{ value: 10, unit: "مدارس القرى", qualifier: null }]],
  ["انتظر المسافرون الساعات الست والثلاثين الماضية.", [{ value: 36, unit: "الساعات", qualifier: null }]],
  ["توقف القطار يوما واحدا فقط.", [{ value: 1, unit: "يوما", qualifier: "فقط" }]],
  ["عاد التيار بعد ساعة واحدة من الانقطاع.", [{ value: 1, unit: "ساعة", qualifier: null }]],
  ["تأخرت الرواتب لخمسة أشهر متتالية.", [{ value: 5, unit: "أشهر", qualifier: null }]],
  ["قتل جنديان اثنان في الكمين.", [{ value: 2, unit: "جنديان", qualifier: null }]],
  // percentages
  ["تراجعت البطالة بنسبة 12 في المئة خلال العام.", [{ value: 12, unit: "في المئة", qualifier: null }]],
  ["ارتفعت الأسعار 7% في يونيو.", [{ value: 7, unit: "%", qualifier: null }]],
  ["ارتفع التضخم إلى ٣٫٧٥٪ الشهر الماضي.", [{ value: 3.75, unit: "٪", qualifier: null }]],
  ["٪8 هي نسبة النمو المتوقعة.", [{ value: 8, unit: "٪", qualifier: null }]],
  ["صوّت للقرار 90 بالمائة من النواب.", [{ value: 90, unit: "بالمائة", qualifier: null }]],
  ["بلغت المشاركة نحو 41 في المائة.", [{ value: 41, unit: "في المائة", qualifier: "نحو" }]],
  // qualifiers before and after
  ["أصيب ما لا يقل عن 15 عاملا في الحريق.", [{ value: 15, unit: "عاملا", qualifier: "ما لا يقل عن" }]],
  ["أصيب 6 أشخاص على الأقل.", [{ value: 6, unit: "أشخاص", qualifier: "على الأقل" }]],
  ["اعتقلت الشرطة بحوالي 30 مشتبها.", [{ value: 30, unit: "مشتبها", qualifier: "حوالي" }]],
  ["نقلت الطائرات زهاء 400 حاج.", [{ value: 400, unit: "حاج", qualifier: "زهاء" }]],
  // counted noun after من, unit carried to a second number joined by و
  ["نقل 1300 من الطلاب إلى المدارس الجديدة.", [{ value: 1300, unit: "الطلاب", qualifier: null }]],
  [
    "ينتشر حوالي 300 جندي فرنسي في مالي و450 في النيجر.",
    [
      { value: 300, unit: "جندي", qualifier: "حوالي" },
      { value: 450, unit: "جندي", qualifier: null },
    ],
  ],
  ["شاركت في المناورات وحدات من 17 دولة.", [{ value: 17, unit: "دولة", qualifier: null }]],
  ["فرق تابعة لـ 23 جامعة.", [{ value: 23, unit: "جامعة", qualifier: null }]],
  // bare amounts after a cue
  ["توقفت الرحلات خلال الـ48 ساعة الماضية.", [{ value: 48, unit: "ساعة", qualifier: null }]],
  ["قال المهندس (52 عاما) إن الجسر استقبل 900 سيارة.", [{ value: 900, unit: "سيارة", qualifier: null }]],
  ["ارتفعت حصيلة الضحايا إلى 212 بحلول المساء.", [{ value: 212, unit: null, qualifier: null }]],
  ["تبلغ مساحة المحمية 120 كيلومترا مربعا.", [{ value: 120, unit: "كيلومترا مربعا", qualifier: null }]],
  ["وافق على القرار 75 نائبا.", [{ value: 75, unit: "نائبا", qualifier: null }]],
  // "one of four centres": the four is a count, the one is not
  ["يمثل المستشفى واحدا من أربعة مراكز في المدينة.", [{ value: 4, unit: "مراكز", qualifier: null }]],
];

const none: string[] = [
  "لست طرفا في هذا النزاع.",
  // years and dates
  "وقعت الحادثة عام 1998 في البصرة.",
  "وقعت الحادثة في 2019 وسط المدينة.",
  "صدر البيان في 2023/11/04 بعد الاجتماع.",
  "صدر البيان في ١٢/٣/٢٠٢٥ بعد الاجتماع.",
  "وصل الوفد في 14 فبراير الماضي.",
  "وصل الوفد في 3 من آب الماضي.",
  "تعقد الجلسة يوم 9 تشرين الثاني المقبل.",
  "ولد في عامي 1961 و1962.",
  "ارتفعت الأسعار بين 2019 و2024 بشكل ملحوظ.",
  "تمتد العطلة من 3 إلى 5 آذار المقبل.",
  "تنعقد الدورة في 12 من الشهر المقبل.",
  "تستمر المهلة حتى 15 الجاري.",
  "توفي سنة 1405 هـ في المدينة.",
  // times of day
  "انطلقت المباراة الساعة 9 مساء.",
  "يبدأ البث عند 21:30 بتوقيت مكة.",
  "وصل القطار في تمام 7 صباحا.",
  // ordinals
  "احتفل بعيد ميلاده السابع عشر.",
  "انعقدت القمة في الثالث والعشرين من الشهر.",
  "شهد القرن العشرين حربين عالميتين.",
  "أقيمت الذكرى المئة لتأسيس المدينة.",
  "تحل الذكرى الـ75 للنكبة.",
  "احتفلت البلدة بالذكرى الـ40 لتأسيس المدرسة.",
  "حل الفريق في المرتبة الثالثة.",
  "تراجعت الأرباح في الربع الأول.",
  // phone numbers, scores, codes, names with numbers
  "للاستفسار اتصلوا على 07801234567 مساء.",
  "للاستفسار اتصلوا على +964 780 123 4567 مساء.",
  "خسر الفريق 2-0 أمام منافسه.",
  "حلقت طائرات F-35 فوق المدينة.",
  "نشرت روسيا منظومة إس-400 قرب الحدود.",
  "دعا إلى تطبيق القرار 2254 بشأن سوريا.",
  "استند إلى المادة 140 من الدستور.",
  "قال القيادي المعروف باسم أبو علي 313 إن الهجوم فشل.",
  "عقدت قمة مجموعة العشرين في روما.",
  "انتشر فيروس كوفيد-19 بسرعة.",
  // vague counts
  "قتل عشرات المدنيين في القصف.",
  "نزح آلاف السكان من البلدة.",
  "تظاهر الآلاف في الساحة.",
  "أصيب المئات من المحتجين.",
  "تحتاج البلاد إلى عشرات الآلاف من المعلمين.",
  "وصل بضعة آلاف من الزوار.",
  // number words that are not counts here
  "قال أحد الضباط إن الوضع هادئ.",
  "وصل الرئيس الاثنين إلى عمان.",
  "أعلن الجيش الأحد انتهاء العملية.",
  "اتخذ المجلس القرار بصوت واحد.",
  "وقع الانفجاران في آن واحد.",
  "قال الثلاثة إنهم غادروا.",
  // bare numbers
  "ركب الحافلة رقم 12 إلى المطار.",
  "حمل اللاعب القميص 10 طوال الموسم.",
];

describe("findFigures: what counts", () => {
  for (const [sentence, expected] of found) {
    test(sentence, () => {
      const figures = figuresOf(sentence);
      assert.deepEqual(
        figures.map(({ value, unit, qualifier }) => ({ value, unit, qualifier })),
        expected,
      );
    });
  }
});

describe("findFigures: not figures", () => {
  for (const sentence of none) {
    test(sentence, () =>
      assert.deepEqual(
        figuresOf(sentence).map((f) => f.text),
        [],
      ),
    );
  }
});

describe("findFigures: spans, context and repeats", () => {
  test("text is the slice; the span covers qualifier, number and noun", () => {
    const text = "قال المتحدث إن نحو 27 ألفاً و600 زائر حضروا، وإن يوما واحدا على الأقل يكفي.";
    const figures = figuresOf(text);
    for (const figure of figures) assert.equal(text.slice(figure.start, figure.end), figure.text);
    assert.deepEqual(
      figures.map((f) => f.text),
      ["نحو 27 ألفاً و600 زائر", "يوما واحدا على الأقل"],
    );
  });
  test("a glued ب stays outside the span", () => {
    const [figure] = figuresOf("قدرت الخسائر بحوالي 40 مليون دولار.");
    assert.equal(figure?.text, "حوالي 40 مليون دولار");
    assert.equal(figure?.qualifier, "حوالي");
  });
  test("about: the counted noun and its complement", () => {
    const [figure] = figuresOf("تنشر فرنسا نحو 600 جندي في تشاد منذ سنوات.");
    assert.equal(figure?.about, "جندي في تشاد");
  });
  test("about: what precedes a bare amount", () => {
    const [figure] = figuresOf("ارتفعت حصيلة القتلى إلى 91.");
    assert.equal(figure?.about, "ارتفعت حصيلة القتلى");
  });
  test("the rule says how the figure was read", () => {
    const [figure] = figuresOf("قتل ثلاثة آلاف مقاتل.");
    assert.equal(figure?.rule, "figure:words[ثلاثة آلاف]+noun-after");
  });
  test("a repeated figure is kept once", () => {
    const text = "تعتزم الوزارة إرسال 800 جندي. وأكد المصدر أن الـ800 جندي سيصلون قريبا، وأن 800 جندي إضافي سيتبعونهم.";
    assert.deepEqual(
      figuresOf(text).map((f) => [f.value, f.unit]),
      [[800, "جندي"]],
    );
  });
});

describe("findFigures: the times layer", () => {
  const timex = (text: string, part: string): Timex => {
    const start = text.indexOf(part);
    return {
      start,
      end: start + part.length,
      text: part,
      value: "2020",
      granularity: "year",
      anchor: "test",
      rule: "test",
    };
  };
  test("a number inside a time expression is not a figure", () => {
    const text = "حدث ذلك منتصف 12 رجب الماضي.";
    assert.deepEqual(figuresOf(text, [timex(text, "12 رجب الماضي")]), []);
  });
  test("a duration inside a time expression stays a figure", () => {
    const text = "انسحبت القوات قبل 4 أعوام من المدينة.";
    assert.deepEqual(
      figuresOf(text, [timex(text, "قبل 4 أعوام")]).map((f) => f.value),
      [4],
    );
  });
  test("without the times layer, a count next to a time expression is found", () => {
    const text = "وصل 40 زائرا صباح الخميس.";
    assert.deepEqual(
      figuresOf(text, [timex(text, "صباح الخميس")]).map((f) => f.value),
      [40],
    );
  });
});

test("figuresStage runs on an article's layers", () => {
  const article = buildArticleFromText("test", "عنوان", "غادر 70 عاملا الموقع.");
  const layers = { ...emptyLayers(), tokens: tokenize(article.text), sentences: splitSentences(article.text) };
  const { figures } = figuresStage.run(article, layers);
  assert.deepEqual(
    figures?.map((f) => [f.value, f.unit]),
    [[70, "عاملا"]],
  );
});
