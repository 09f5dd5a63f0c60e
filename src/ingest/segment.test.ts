import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { describe, test } from "node:test";
import { gold, seedFiles, seedsMissing } from "../test-helpers/seeds.js";
import { classifyLine } from "./furniture.js";
import { readPage } from "./page.js";
import { segmentPage } from "./segment.js";

const segment = (page: string) => segmentPage({ source: "test.txt", lines: page.split("\n") });

const LONG_A =
  "قال المتحدث باسم وزارة الموارد المائية إن الوزارة أنهت أعمال صيانة السد الشمالي قبل موسم الأمطار، مؤكدا أن الفرق الفنية عملت لثلاثة أسابيع متواصلة.";
const LONG_B =
  "وأضاف أن الأعمال شملت تعزيز البوابات ومراجعة أنظمة الإنذار المبكر، وأن لجنة مشتركة ستتابع منسوب المياه يوميا حتى نهاية الشتاء المقبل.";
const LONG_C =
  "من جهتها، رحبت الإدارة المحلية في المحافظة بإنجاز الأعمال، وقالت في بيان إن السكان القريبين من مجرى النهر لم يعودوا مهددين بالفيضان هذا العام.";

describe("classifyLine", () => {
  const table: [string, string][] = [
    ["TT", "marker"],
    ["مقالات ذات صلة", "teaser"],
    ["إقرأ أيضاً:", "teaser"],
    ["اقرأ ايضا", "teaser"],
    ["مقالات مشابهة", "teaser"],
    ["كلمات دلالية: العراق السدود المياه", "keywords"],
    ["المصدر: صحيفة الأفق", "source"],
    ["تاريخ النشر: 3rd, March 2025 GMT", "published"],
    ["الأربعاء 2025/03/12", "date"],
    ["2025-03-29@01:10:57 GMT", "date"],
    ["الرافد نيوز:", "outlet"],
    ["سارة الحمداني (الموصل)", "byline"],
    ["«الشرق الجديد» (عمّان)", "byline"],
    ["الخميس - 3 رمضان 1446 هـ - 6 مارس 2025 م", "date"],
    ["العراق | سياسة", "marker"],
    ["الرئيسية › أخبار › الأردن", "marker"],
    ["الرئيسية / تقارير / بيئة", "marker"],
    ["نُشر بتاريخ الأحد 23 شباط 2025 - 11:40 ص", "published"],
    ["بغداد - زينب الموسوي - 3 أيلول 2025", "byline"],
    ["الرئيسية", "marker"],
    ["شارك الخبر", "marker"],
    ["شارك: فيسبوك | إكس | واتساب", "marker"],
    ["عربي ودولي", "marker"],
    ["كتب: حسن عبد الكريم", "byline"],
    ["بقلم سلمى الراوي", "byline"],
    ["© 2025 جميع الحقوق محفوظة لموقع الرافد نيوز", "copyright"],
    ["سامر الحلو - مراسل الرافد في بغداد", "reporter"],
    ["بغداد: مصطفى الدوري", "byline"],
    ["مقالات متعلقة", "teaser"],
    ["كاتب وباحث عراقي في الشؤون الإقليمية", "bio"],
    ["مراسل الرافد في الموصل: هند الكيالي", "reporter"],
    ["هند الكيالي مراسلة الرافد في أربيل", "reporter"],
    ["", "blank"],
  ];
  for (const [line, kind] of table)
    test(`${line || "(blank)"} → ${kind}`, () => assert.equal(classifyLine(line).kind, kind));

  const mustBeText: string[] = [
    "الحكومة تعلن خطة جديدة للمياه: التفاصيل الكاملة في المؤتمر الصحافي المقبل",
    "قال الوزير إن المصدر الرئيسي للمياه هو النهر",
    "وصل الوفد إلى بغداد في 12 مارس 2025 لبحث ملف المياه مع المسؤولين في الوزارة",
    "الشعب | يريد الماء والكهرباء قبل أي وعود جديدة من الحكومة المقبلة",
    "حصاد 2024 | أبرز الأحداث",
    "كتب الوزير في تغريدة أن الحل قريب",
    "بقلم الرصاص",
    "تغطية مستمرة: العراقيون يصوتون في الانتخابات",
    "وقال مراسل الرافد في بغداد إن الوضع هادئ.",
    "مراسل الرافد في بغداد",
    "بغداد: الحكومة تعلن خطة جديدة للمياه",
    LONG_A,
  ];
  for (const line of mustBeText)
    test(`text: ${line.slice(0, 30)}…`, () => assert.equal(classifyLine(line).kind, "text"));

  test("a line of both calendars is dated by its Gregorian half", () => {
    assert.deepEqual(classifyLine("السبت - 1 شعبان 1446 هـ - 1 فبراير 2025 م"), {
      kind: "date",
      date: "2025-02-01",
      timestamp: false,
    });
  });

  test("source line names the outlet unless generic", () => {
    assert.deepEqual(classifyLine("المصدر: الرافد نيوز + وكالات"), { kind: "source", outlet: "الرافد نيوز" });
    assert.deepEqual(classifyLine("المصدر: وكالات"), { kind: "source", outlet: null });
  });
  test("an author label gives the name", () => {
    assert.deepEqual(classifyLine("كتب: حسن عبد الكريم"), {
      kind: "byline",
      name: "حسن عبد الكريم",
      place: null,
      quoted: false,
    });
  });
  test("a copyright footer names the site", () => {
    const table: [string, string | null][] = [
      ["© 2025 جميع الحقوق محفوظة لموقع الرافد نيوز", "الرافد نيوز"],
      ["جميع الحقوق محفوظة © 2018-2025 صحيفة الأفق", "صحيفة الأفق"],
      ["حقوق النشر محفوظة لصحيفة الفجر الجديد 2025", "صحيفة الفجر الجديد"],
      ["لبنان 24 © جميع الحقوق محفوظة", "لبنان 24"],
      ["© 2025 جميع الحقوق محفوظة", null],
    ];
    for (const [line, outlet] of table) assert.deepEqual(classifyLine(line), { kind: "copyright", outlet }, line);
  });
  test("published label resolves English dates", () => {
    assert.deepEqual(classifyLine("تاريخ النشر: 3rd, March 2025 GMT"), { kind: "published", date: "2025-03-03" });
  });
});

describe("segmentPage", () => {
  test("a site menu above the headline, an author label under it, the outlet in the footer", () => {
    const page = [
      "الرئيسية",
      "محليات",
      "عربي ودولي",
      "",
      "انتهاء صيانة السد الشمالي قبل موسم الأمطار",
      "الخميس 13 آذار 2025 - 09:30 ص",
      "كتب: حسن عبد الكريم",
      "",
      LONG_A,
      "",
      LONG_B,
      "",
      "شارك الخبر",
      "الوسوم: السدود، المياه",
      "© 2025 جميع الحقوق محفوظة لموقع الرافد نيوز",
    ].join("\n");
    const [article, ...more] = segment(page);
    assert.equal(more.length, 0);
    assert.equal(article?.title, "انتهاء صيانة السد الشمالي قبل موسم الأمطار");
    assert.equal(article?.author, "حسن عبد الكريم");
    assert.equal(article?.outlet, "الرافد نيوز");
    assert.equal(article?.published, "2025-03-13");
    assert.equal(article?.text, `${LONG_A}\n\n${LONG_B}`);
  });
  test("page chrome above the headline: site name, tagline, menus, search box, section labels", () => {
    const tops: string[][] = [
      [
        "الرافد نيوز",
        "الرئيسية | محليات | عربي | رياضة | فيديو",
        "البث المباشر   English | Français",
        "الرئيسية > العراق > أمن",
      ],
      ["الرافد نيوز", "صحيفة يومية مستقلة", "الرئيسية ـ سياسة ـ اقتصاد ـ تقارير"],
      ["الرافد نيوز", "أخبار | العراق | تقارير | رأي", "أخبار العراق"],
      ["الرافد نيوز", "الرئيسية | العراق | الخليج", "العالم العربي ، العراق"],
      ["الرئيسية    سياسة    اقتصاد    محليات    آراء", "بحث...", "محليات"],
    ];
    for (const top of tops) {
      const page = [
        ...top,
        "",
        "انتهاء صيانة السد الشمالي قبل موسم الأمطار",
        "",
        "الخميس 13 آذار 2025",
        "",
        LONG_A,
        "",
        LONG_B,
      ];
      const [article, ...more] = segment(page.join("\n"));
      assert.equal(more.length, 0, top[0]);
      assert.equal(article?.title, "انتهاء صيانة السد الشمالي قبل موسم الأمطار", top.join(" / "));
      assert.equal(article?.text, `${LONG_A}\n\n${LONG_B}`, top.join(" / "));
      if (top[0] === "الرافد نيوز") assert.equal(article?.outlet, "الرافد نيوز");
    }
  });
  test("a reporter's credit after the body is the author, not text", () => {
    const page = [
      "انتهاء صيانة السد الشمالي قبل موسم الأمطار",
      "",
      LONG_A,
      "",
      LONG_B,
      "",
      "سامر الحلو - مراسل الرافد في بغداد",
    ];
    const [article] = segment(page.join("\n"));
    assert.equal(article?.author, "سامر الحلو");
    assert.equal(article?.text, `${LONG_A}\n\n${LONG_B}`);
  });
  test("a second article glued after the body: its headline, its date, «place - outlet»", () => {
    const page = [
      "انتهاء صيانة السد الشمالي قبل موسم الأمطار",
      "الخميس 13 آذار 2025",
      LONG_A,
      LONG_B,
      "افتتاح جسر جديد فوق نهر دجلة في الموصل",
      "الجمعة 14 آذار 2025 | 18:30",
      "الموصل - الرافد نيوز",
      LONG_C,
    ];
    const articles = segment(page.join("\n"));
    assert.deepEqual(
      articles.map((a) => [a.title, a.published, a.outlet, a.dateline, a.text]),
      [
        ["انتهاء صيانة السد الشمالي قبل موسم الأمطار", "2025-03-13", null, null, `${LONG_A}\n\n${LONG_B}`],
        ["افتتاح جسر جديد فوق نهر دجلة في الموصل", "2025-03-14", "الرافد نيوز", "الموصل", LONG_C],
      ],
    );
  });
  test("a known headline line (an HTML <h1>): the lines above it are chrome", () => {
    const lines = [
      "العالم العربي",
      "افتتاح جسر جديد فوق نهر دجلة",
      "الموصل - الرافد نيوز نشر في 12 آذار",
      LONG_A,
      LONG_B,
    ];
    const [article] = segmentPage({ source: "test.html", lines, headline: 1 });
    assert.equal(article?.title, "افتتاح جسر جديد فوق نهر دجلة");
  });
  test("an opinion column: the columnist and his description above the headline", () => {
    const page = [
      "الرافد نيوز",
      "سياسة | اقتصاد | آراء",
      "مقالات الرأي",
      "سامر عبد الجليل الحلو",
      "كاتب وباحث عراقي في الشؤون الإقليمية",
      "حياد هش فوق مخزن من السلاح",
      "30 يونيو 2025",
      LONG_A,
      LONG_B,
    ];
    const [article] = segment(page.join("\n"));
    assert.deepEqual(
      [article?.title, article?.author, article?.outlet, article?.published],
      ["حياد هش فوق مخزن من السلاح", "سامر عبد الجليل الحلو", "الرافد نيوز", "2025-06-30"],
    );
  });
  test("the outlet glued after the headline, and place, author and date on one line", () => {
    const page = [
      "العراق يطالب بجدول زمني مكتوب لإخلاء القواعد | الرافد نيوز",
      "بغداد - سلمى الراوي - 3 أيلول 2025",
      LONG_A,
      LONG_B,
    ];
    const [article] = segment(page.join("\n"));
    assert.deepEqual(
      [article?.title, article?.outlet, article?.author, article?.dateline, article?.published],
      ["العراق يطالب بجدول زمني مكتوب لإخلاء القواعد", "الرافد نيوز", "سلمى الراوي", "بغداد", "2025-09-03"],
    );
  });
  test("a title with a dash and a place in it keeps it", () => {
    const [article] = segment(["اتفاق جديد لتشغيل خط بغداد - البصرة", LONG_A, LONG_B].join("\n"));
    assert.equal(article?.title, "اتفاق جديد لتشغيل خط بغداد - البصرة");
  });
  test("a short headline after one section line is still the title", () => {
    for (const section of ["تقارير", "الموصل"]) {
      const [article] = segment([section, "", "السد الشمالي جاهز", "", LONG_A, "", LONG_B].join("\n"));
      assert.equal(article?.title, "السد الشمالي جاهز", section);
    }
  });
  test("title and caption printed twice, TT marker, teaser block, glued second article", () => {
    const page = [
      "افتتاح معبر حدودي جديد بين البلدين",
      "",
      "الخطوة تأتي بعد سنوات من الإغلاق",
      "",
      "شاحنات تنتظر عند المعبر صباح أمس (أ.ف.ب)",
      "شاحنات تنتظر عند المعبر صباح أمس (أ.ف.ب)",
      "TT",
      "",
      "افتتاح معبر حدودي جديد بين البلدين",
      "",
      "شاحنات تنتظر عند المعبر صباح أمس (أ.ف.ب)",
      "شاحنات تنتظر عند المعبر صباح أمس (أ.ف.ب)",
      "",
      LONG_A,
      "",
      LONG_B,
      "",
      "مقالات ذات صلة",
      "",
      "وزير الزراعة يزور الحقول المتضررة",
      "",
      "الشؤون المحلية مزارعون في حقل قمح (رويترز)",
      "",
      "وزير الزراعة يزور الحقول المتضررة",
      "",
      "زار وزير الزراعة الحقول التي تضررت من موجة الجفاف الأخيرة في الجنوب.",
      "",
      "«الشرق الجديد» (عمّان)",
      "",
      "البرلمان يناقش موازنة العام المقبل",
      "",
      "نواب خلال جلسة سابقة (إعلام البرلمان)",
      "نواب خلال جلسة سابقة (إعلام البرلمان)",
      "TT",
      "",
      "البرلمان يناقش موازنة العام المقبل",
      "",
      LONG_C,
      "",
      LONG_B,
    ].join("\n");
    const articles = segment(page);
    assert.deepEqual(
      articles.map((a) => a.title),
      ["افتتاح معبر حدودي جديد بين البلدين", "البرلمان يناقش موازنة العام المقبل"],
    );
    const [first, second] = articles;
    assert.equal(first!.outlet, "الشرق الجديد", "the outlet's own byline names the outlet of the page");
    assert.equal(first!.text.split("\n\n").length, 4, "deck, caption once, two paragraphs");
    assert.equal(first!.captions.length, 1);
    assert.equal(
      first!.text.slice(first!.captions[0]!.start, first!.captions[0]!.end),
      "شاحنات تنتظر عند المعبر صباح أمس (أ.ف.ب)",
    );
    assert.ok(!first!.text.includes("وزير الزراعة"), "teaser items are not body text");
    assert.ok(!first!.text.includes("TT"));
    assert.equal(second!.captions.length, 1);
    assert.ok(second!.text.startsWith("نواب خلال جلسة سابقة"));
  });

  test("outlet line, page clock, publication label, source and tag lines, glued article with its own outlet", () => {
    const page = [
      "الرافد نيوز:",
      "2025-04-02@10:11:12 GMT",
      "",
      "هل تنجح خطة المياه الجديدة؟",
      "",
      "تاريخ النشر: 3rd, March 2025 GMT",
      "",
      "هل تنجح خطة المياه الجديدة؟",
      "",
      LONG_A,
      "",
      LONG_B,
      "",
      "المصدر: الرافد نيوز",
      "",
      "كلمات دلالية: المياه السدود",
      "",
      "إقرأ أيضاً:",
      "",
      "مسؤول: الموسم الزراعي بخير رغم الجفاف",
      "",
      "وكالة النهار -  متابعة",
      "",
      "أكد مدير الزراعة في المحافظة، اليوم الأحد (9 آذار 2025)، أن الموسم الزراعي بخير رغم قلة الأمطار هذا العام مقارنة بالأعوام الماضية، داعيا المزارعين إلى ترشيد الري.",
      "",
      LONG_C,
      "",
      "المصدر: وكالات",
      "",
      "مقالات مشابهة",
      "  • خبر أول قصير",
      "  • خبر ثان قصير",
    ].join("\n");
    const [first, second, ...rest] = segment(page);
    assert.equal(rest.length, 0);
    assert.deepEqual(
      { title: first!.title, outlet: first!.outlet, published: first!.published },
      { title: "هل تنجح خطة المياه الجديدة؟", outlet: "الرافد نيوز", published: "2025-03-03" },
    );
    assert.deepEqual(
      { title: second!.title, outlet: second!.outlet, published: second!.published },
      { title: "مسؤول: الموسم الزراعي بخير رغم الجفاف", outlet: "وكالة النهار", published: "2025-03-09" },
    );
    assert.ok(!second!.text.includes("خبر أول"));
  });

  test("an inline «اقرأ أيضاً» with one headline does not split the article", () => {
    const page = [
      "الحكومة تقر خطة للطاقة",
      "تاريخ النشر: 12th, May 2024 GMT",
      LONG_A,
      "اقرأ أيضاً",
      "وزير النفط يزور حقول الجنوب",
      LONG_B,
      "اقرأ أيضاً",
      "البرلمان يستضيف وزير الكهرباء",
      "المصدر: صحيفة الأفق",
    ].join("\n");
    const articles = segment(page);
    assert.equal(articles.length, 1);
    assert.equal(articles[0]!.outlet, "صحيفة الأفق");
    assert.ok(articles[0]!.text.includes(LONG_B));
    assert.ok(!articles[0]!.text.includes("وزير النفط يزور"));
  });

  test("an inline teaser followed by prose that runs on to the article's source line", () => {
    const page = [
      "الحكومة تقر خطة للطاقة",
      LONG_A,
      "اقرأ أيضاً",
      "وزير النفط يزور حقول الجنوب",
      LONG_C,
      "المصدر: صحيفة الأفق",
    ];
    const articles = segment(page.join("\n"));
    assert.equal(articles.length, 1);
    assert.ok(articles[0]!.text.endsWith(LONG_C));
  });

  test("standalone weekday date line, deck, dateline in the lede, byline", () => {
    const page = [
      "وفد تجاري يصل إلى عمّان",
      "",
      "الزيارة الأولى منذ عامين",
      "الأربعاء 2025/03/12",
      "سارة الحمداني (الموصل)",
      "",
      "عمّان – " + LONG_A,
      "",
      LONG_B,
    ].join("\n");
    const [article] = segment(page);
    assert.deepEqual(
      { published: article!.published, author: article!.author, dateline: article!.dateline, outlet: article!.outlet },
      { published: "2025-03-12", author: "سارة الحمداني", dateline: "الموصل", outlet: null },
    );
    assert.ok(article!.text.startsWith("الزيارة الأولى منذ عامين"));
  });

  test("a dateline at the head of the lede", () => {
    const [article] = segment(["عنوان تجريبي للخبر", "", `بغداد – ${LONG_A}`].join("\n"));
    assert.equal(article!.dateline, "بغداد");
  });

  test("must not: a teaser list alone after an article is not an article", () => {
    const page = [
      "عنوان الخبر الرئيسي",
      LONG_A,
      "مقالات ذات صلة",
      "خبر قصير أول عن المياه",
      "زار الوزير المنطقة أمس.",
      "خبر قصير ثان عن الزراعة",
      "أعلنت الوزارة خطة جديدة للري في الجنوب.",
    ].join("\n");
    assert.deepEqual(
      segment(page).map((a) => a.title),
      ["عنوان الخبر الرئيسي"],
    );
  });

  test("the site's name above the date line and the headline is the outlet, not the title", () => {
    const pages: Array<[string[], { title: string; outlet: string; published: string | null }]> = [
      [
        ["وكالة الرصد", "2025-02-10 09:15", "", "افتتاح جسر جديد على نهر دجلة في مدينة الكوت", "", LONG_A, "", LONG_B],
        { title: "افتتاح جسر جديد على نهر دجلة في مدينة الكوت", outlet: "وكالة الرصد", published: "2025-02-10" },
      ],
      [
        ["منبر الشمال", "العراق | خدمات", "", "انقطاع الكهرباء يعود إلى أحياء واسعة في دهوك", "", LONG_A, "", LONG_B],
        { title: "انقطاع الكهرباء يعود إلى أحياء واسعة في دهوك", outlet: "منبر الشمال", published: null },
      ],
      // a known outlet (lexicon/organisations.tsv, kind media) needs nothing between
      [
        ["عنب بلدي", "", "أسعار الخبز ترتفع في أرياف حلب مع بداية الشتاء", "", LONG_A, "", LONG_B],
        { title: "أسعار الخبز ترتفع في أرياف حلب مع بداية الشتاء", outlet: "عنب بلدي", published: null },
      ],
      // an unknown name, with the headline's date line under it
      [
        ["نشرة الجنوب", "", "حملة لتنظيف شط العرب من النفايات في البصرة", "", "12 شباط 2025", "", LONG_A, "", LONG_B],
        { title: "حملة لتنظيف شط العرب من النفايات في البصرة", outlet: "نشرة الجنوب", published: "2025-02-12" },
      ],
    ];
    for (const [lines, expected] of pages) {
      const [article] = segment(lines.join("\n"));
      assert.deepEqual({ title: article?.title, outlet: article?.outlet, published: article?.published }, expected);
    }
  });

  test("must not: a short title followed by its lede, or by a deck and its lede, stays the title", () => {
    for (const lines of [
      ["موسم القمح الجديد", "", LONG_A, "", LONG_B],
      ["موسم القمح الجديد", "", "المزارعون يأملون أسعاراً أفضل بعد عامين من الجفاف", "", LONG_A, "", LONG_B],
    ]) {
      const [article] = segment(lines.join("\n"));
      assert.equal(article?.title, "موسم القمح الجديد");
      assert.equal(article?.outlet, null);
    }
  });

  test("an outlet and its place under a glued article's title, the dash with no space before it", () => {
    const page = [
      "عنوان الخبر الرئيسي عن المياه",
      LONG_A,
      "إقرأ أيضاً:",
      "",
      "افتتاح مستشفى جديد للأطفال في مدينة العمارة",
      "2025-03-02 18:40",
      "",
      "وكالة الرصد- ميسان",
      "",
      LONG_B,
      "",
      LONG_A,
    ].join("\n");
    const articles = segment(page);
    assert.deepEqual(
      articles.map((a) => [a.title, a.outlet, a.dateline]),
      [
        ["عنوان الخبر الرئيسي عن المياه", null, null],
        ["افتتاح مستشفى جديد للأطفال في مدينة العمارة", "وكالة الرصد", "ميسان"],
      ],
    );
  });

  test("a page with no body text has no article", () => {
    assert.deepEqual(segment("عنوان فقط\n\nمقالات ذات صلة\nخبر"), []);
  });
});

describe("seed pages", { skip: seedsMissing }, () => {
  const goldDocuments = seedsMissing ? [] : gold().documents;
  for (const file of seedFiles()) {
    const expected = goldDocuments.find((document) => document.file === basename(file));
    test(basename(file), () => {
      const page = readPage({ source: file, bytes: readFileSync(file) });
      assert.equal(page.articles.length, expected!.articles.length, "one article per gold article");
      page.articles.forEach((article, i) => {
        const want = expected!.articles[i]!;
        if (want.title) assert.equal(article.title, want.title);
        if (want.published) assert.equal(article.published, want.published, `published of ${article.title}`);
        if (want.outlet) assert.equal(article.outlet, want.outlet, `outlet of ${article.title}`);
        assert.ok(!/^TT$/m.test(article.text), "no TT markers left");
        assert.ok(!article.text.includes("كلمات دلالية"), "no keyword lines left");
      });
    });
  }
});
