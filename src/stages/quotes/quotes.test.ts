import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import type { Entity, EntityType, Quote } from "../../model.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokenize.js";
import { findQuotes } from "./extract.js";

interface Given {
  name: string;
  type: EntityType;
  /** Other surface forms to mark as mentions (the name itself always is). */
  also?: string[];
  roles?: string[];
}

/** Entities built by hand: every occurrence of the name or another surface form is a mention. */
function entitiesOf(text: string, given: Given[]): Entity[] {
  return given.map((g, i) => {
    const mentions = [];
    for (const surface of [g.name, ...(g.also ?? [])]) {
      for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
        mentions.push({ start: at, end: at + surface.length });
      }
    }
    return { id: `e${i}`, name: g.name, type: g.type, aliases: g.also ?? [], roles: g.roles ?? [], mentions };
  });
}

function quotesOf(text: string, given: Given[] = []): { quotes: Quote[]; entities: Entity[] } {
  const entities = entitiesOf(text, given);
  const quotes = findQuotes({ text, tokens: tokenize(text), sentences: splitSentences(text), entities });
  return { quotes, entities };
}

interface Expected {
  /** The entity's name when the speaker is an entity, else the speaker as written. */
  speaker: string;
  speakerText: string;
  starts: string;
  direct: boolean;
  verb: string | null;
}

type Row = [name: string, text: string, given: Given[], expected: Expected[]];

function check([, text, given, expected]: Row): void {
  const { quotes, entities } = quotesOf(text, given);
  const shown = quotes.map((q) => ({
    speaker: entities.find((e) => e.id === q.speaker)?.name ?? q.speaker ?? "",
    speakerText: q.speakerText ?? "",
    starts: q.text.slice(0, expected[quotes.indexOf(q)]?.starts.length ?? 0),
    direct: q.direct,
    verb: q.verb,
  }));
  assert.deepEqual(shown, expected);
  for (const q of quotes) {
    assert.equal(text.slice(q.start, q.end), q.text, "offsets cite the text");
    assert.ok(q.rule.length > 0, "every quote says which rule found it");
  }
}

const PER = (name: string, also: string[] = [], roles: string[] = []): Given => ({ name, type: "PER", also, roles });
const ORG = (name: string, also: string[] = []): Given => ({ name, type: "ORG", also });
const LOC = (name: string): Given => ({ name, type: "LOC" });
const q = (speaker: string, speakerText: string, starts: string, direct: boolean, verb: string | null): Expected => ({
  speaker,
  speakerText,
  starts,
  direct,
  verb,
});

const frames: Row[] = [
  [
    "verb first, title then name, إن",
    "وقال وزير الطاقة الأردني صالح الخرابشة إن الحكومة ستطرح مناقصة جديدة الشهر المقبل.",
    [PER("صالح الخرابشة")],
    [q("صالح الخرابشة", "صالح الخرابشة", "الحكومة ستطرح", false, "قال")],
  ],
  [
    "verb first, title with باسم, أن",
    "أكدت الناطقة باسم البلدية هالة المومني أن أعمال الصيانة ستنتهي قبل الشتاء.",
    [PER("هالة المومني")],
    [q("هالة المومني", "هالة المومني", "أعمال الصيانة", false, "أكدت")],
  ],
  [
    "verb first, adjuncts before a direct quote",
    'وقال كريم الدباغ قبيل دخوله قاعة المحكمة في العاصمة "لم أرتكب أي مخالفة ولدي ما يثبت ذلك".',
    [PER("كريم الدباغ")],
    [q("كريم الدباغ", "كريم الدباغ", "لم أرتكب", true, "قال")],
  ],
  [
    "verb first, a name no entity covers stays as written",
    "قال المهندس نبيل عواد إن الجسر آمن تماما.",
    [],
    [q("المهندس نبيل عواد", "المهندس نبيل عواد", "الجسر آمن", false, "قال")],
  ],
  [
    "subject first",
    "الزبيدي أكد أن اللجنة لم تتلق أي طلب رسمي.",
    [PER("كمال الزبيدي", ["الزبيدي"])],
    [q("كمال الزبيدي", "الزبيدي", "اللجنة لم تتلق", false, "أكد")],
  ],
  [
    "subject first after كان, with بينها naming the source",
    "وكانت منظمات حقوقية، بينها منظمة العفو الدولية، قد أعلنت أن السجناء يتعرضون لسوء المعاملة.",
    [ORG("منظمة العفو الدولية")],
    [q("منظمة العفو الدولية", "منظمة العفو الدولية", "السجناء يتعرضون", false, "أعلنت")],
  ],
  [
    "كان inside a relative clause opens the subject; the verb carries its object as a pronoun",
    "وهي خطة كان وزير التخطيط كريم الساعدي قد وصفها بأنها «واقعية وقابلة للتنفيذ».",
    [PER("كريم الساعدي")],
    [q("كريم الساعدي", "كريم الساعدي", "واقعية وقابلة", true, "وصفها")],
  ],
  [
    "speaker after the quote",
    "«لن نقبل بأي تسوية على حساب الضحايا»، قالت رنا السامرائي.",
    [PER("رنا السامرائي")],
    [q("رنا السامرائي", "رنا السامرائي", "لن نقبل", true, "قالت")],
  ],
  [
    "colon and guillemets",
    "وقال رئيس النادي عادل الفهد: «الفريق سيعود أقوى في الموسم المقبل».",
    [PER("عادل الفهد")],
    [q("عادل الفهد", "عادل الفهد", "الفريق سيعود", true, "قال")],
  ],
  [
    "colon without quote marks",
    "وأضاف الفهد: المدرب باق في منصبه حتى نهاية العقد.",
    [PER("عادل الفهد", ["الفهد"])],
    [q("عادل الفهد", "الفهد", "المدرب باق", true, "أضاف")],
  ],
  [
    "apposition with وهو before a colon",
    'وقال سامر الحلبي، وهو باحث في مركز دراسات الطاقة، خلال ندوة في عمّان: "الأسعار لن تنخفض قبل نهاية العام".',
    [PER("سامر الحلبي"), LOC("عمّان")],
    [q("سامر الحلبي", "سامر الحلبي", "الأسعار لن", true, "قال")],
  ],
  [
    "title, comma, then the name",
    "وأوضحت مديرة الصندوق، لينا حداد: «نعمل على تمويل مئتي مشروع صغير هذا العام».",
    [PER("لينا حداد")],
    [q("لينا حداد", "لينا حداد", "نعمل على", true, "أوضحت")],
  ],
  [
    "a name in apposition that no entity covers",
    "وذكر بيان نشره مدير المرفأ (الرسمي)، العقيد وليد شمعون، أن الرصيف الثالث أغلق للصيانة.",
    [],
    [q("وليد شمعون", "وليد شمعون", "الرصيف الثالث", false, "ذكر")],
  ],
  [
    "continuation verbs take the last speaker",
    'قال وزير الزراعة سمير العلي إن الموسم جيد. وأضاف أن الصادرات سترتفع. وتابع "سنواصل دعم المزارعين في كل المحافظات". ولفت إلى أن الأمطار كانت أقل من المعدل.',
    [PER("سمير العلي")],
    [
      q("سمير العلي", "سمير العلي", "الموسم جيد", false, "قال"),
      q("سمير العلي", "سمير العلي", "الصادرات سترتفع", false, "أضاف"),
      q("سمير العلي", "سمير العلي", "سنواصل دعم", true, "تابع"),
      q("سمير العلي", "سمير العلي", "الأمطار كانت", false, "لفت"),
    ],
  ],
  [
    "participle after a quote in the same sentence",
    "قالت المتحدثة عبير النجار إن الوزارة تدرس الطلب، مشيرة إلى أن القرار سيصدر خلال أيام.",
    [PER("عبير النجار")],
    [
      q("عبير النجار", "عبير النجار", "الوزارة تدرس الطلب", false, "قالت"),
      q("عبير النجار", "عبير النجار", "القرار سيصدر", false, "مشيرة"),
    ],
  ],
  [
    "pronoun subjects: وأكد أنه، مؤكداً، لافتاً",
    "وتحدث النائب فارس الكعبي عن الموازنة. وأكد أنه لن يترشح مجددا، لافتا إلى أن حزبه سيختار مرشحا آخر.",
    [PER("فارس الكعبي")],
    [
      q("فارس الكعبي", "فارس الكعبي", "لن يترشح", false, "أكد"),
      q("فارس الكعبي", "فارس الكعبي", "حزبه سيختار", false, "لافتا"),
    ],
  ],
  [
    "لكنه: the subject of the clause before",
    "ولم تصدر الشركة الوطنية للكهرباء أي تعليق جديد، لكنها قالت أمس إن الانقطاع سببه عطل فني.",
    [ORG("الشركة الوطنية للكهرباء")],
    [q("الشركة الوطنية للكهرباء", "الشركة الوطنية للكهرباء", "الانقطاع سببه", false, "قالت")],
  ],
  [
    "بحسب opening the sentence, then فإن",
    "وبحسب وزارة الصحة، فإن عدد الإصابات بلغ مئة وعشرين حالة.",
    [ORG("وزارة الصحة")],
    [q("وزارة الصحة", "وزارة الصحة", "عدد الإصابات", false, "وبحسب")],
  ],
  [
    "بحسب ما after quote marks",
    "«الوضع تحت السيطرة الكاملة»، بحسب ما نشرت مديرية الدفاع المدني.",
    [ORG("مديرية الدفاع المدني")],
    [q("مديرية الدفاع المدني", "مديرية الدفاع المدني", "الوضع تحت", true, "بحسب")],
  ],
  [
    "a statement speaks for its issuer; البيان refers back to it",
    "وقال بيان لوزارة الداخلية إن قوات الأمن أوقفت ثلاثة مطلوبين. وأضاف البيان أن التحقيق مستمر.",
    [ORG("وزارة الداخلية")],
    [
      q("وزارة الداخلية", "وزارة الداخلية", "قوات الأمن", false, "قال"),
      q("وزارة الداخلية", "وزارة الداخلية", "التحقيق مستمر", false, "أضاف"),
    ],
  ],
  [
    "a nominal report is not a quote, but a coordinated وأن after it is",
    "وأفادت هيئة الموانئ في بيان، باستئناف الملاحة في الرصيف الشمالي، وأن السفن المحتجزة غادرت فجرا.",
    [ORG("هيئة الموانئ")],
    [q("هيئة الموانئ", "هيئة الموانئ", "السفن المحتجزة", false, "أفادت")],
  ],
  [
    "sources inside a named organisation speak for it",
    "وقالت مصادر في حركة التجديد إن المفاوضات متعثرة.",
    [ORG("حركة التجديد")],
    [q("حركة التجديد", "حركة التجديد", "المفاوضات متعثرة", false, "قالت")],
  ],
  [
    "نقل X عن unnamed sources: the outlet",
    "نقلت وكالة الأنباء الوطنية عن مصادر مطلعة قولها إن الاتفاق بات وشيكا.",
    [ORG("وكالة الأنباء الوطنية")],
    [q("وكالة الأنباء الوطنية", "وكالة الأنباء الوطنية", "الاتفاق بات", false, "نقلت")],
  ],
  [
    "نقل X عن a named person: the person",
    'ونقلت صحيفة "الميدان" عن الوزيرة نادية العلوي قولها إن الميزانية ستقر قريبا.',
    [ORG("الميدان"), PER("نادية العلوي")],
    [q("نادية العلوي", "نادية العلوي", "الميزانية ستقر", false, "نقلت")],
  ],
  [
    "على لسان + أن",
    "وجاء على لسان رئيس الغرفة التجارية مهند الساعدي أن الأسواق تعاني من الركود.",
    [PER("مهند الساعدي")],
    [q("مهند الساعدي", "مهند الساعدي", "الأسواق تعاني", false, "على لسان")],
  ],
  [
    "أعرب عن أمله في أن",
    "وأعرب السفير ماجد الطائي عن أمله في أن تستأنف الرحلات الجوية قريبا.",
    [PER("ماجد الطائي")],
    [q("ماجد الطائي", "ماجد الطائي", "تستأنف الرحلات", false, "أعرب")],
  ],
  [
    "a long title with في before the name",
    "ويرى الباحث في الشؤون الاقتصادية وسام الجبوري أن التضخم «سيتراجع تدريجيا».",
    [PER("وسام الجبوري")],
    [q("وسام الجبوري", "وسام الجبوري", "التضخم", false, "يرى")],
  ],
  [
    "plural verbs continue a plural source",
    "وقال متظاهرون إنهم سيواصلون الاعتصام. وأضافوا أن الشرطة فرقت تجمعا قرب الوزارة.",
    [],
    [
      q("متظاهرون", "متظاهرون", "سيواصلون الاعتصام", false, "قال"),
      q("متظاهرون", "متظاهرون", "الشرطة فرقت", false, "أضافوا"),
    ],
  ],
  [
    "a verbal noun with its subject",
    "جاء ذلك بعد إعلان الشركة الوطنية للنفط أنها ستخفض الإنتاج.",
    [ORG("الشركة الوطنية للنفط")],
    [q("الشركة الوطنية للنفط", "الشركة الوطنية للنفط", "ستخفض الإنتاج", false, "إعلان")],
  ],
  [
    "a title alone is the entity the article gives that role",
    "التقى عماد الربيعي نظيره الفرنسي. وقال وزير الخارجية العراقي إن المحادثات كانت مثمرة.",
    [PER("عماد الربيعي", [], ["وزير الخارجية العراقي"])],
    [q("عماد الربيعي", "وزير الخارجية العراقي", "المحادثات كانت", false, "قال")],
  ],
  [
    "an object verb: اتهم + object + quoted ب-phrase",
    "واتهم رئيس البلدية جواد الناصر الشركة «بالتلاعب بأسعار المياه منذ سنوات».",
    [PER("جواد الناصر")],
    [q("جواد الناصر", "جواد الناصر", "بالتلاعب", true, "اتهم")],
  ],
  [
    "nested quotes belong to the outer quote",
    'وقال المخرج ياسر الخطيب: «سمعت الجمهور يردد "نريد المزيد" بعد العرض».',
    [PER("ياسر الخطيب")],
    [q("ياسر الخطيب", "ياسر الخطيب", 'سمعت الجمهور يردد "نريد', true, "قال")],
  ],
  [
    "a quote running over two paragraphs",
    "وقال المدرب حسام البدري: «الطريق ما زال طويلا أمامنا.\n\n«لكننا سنصل في النهاية».",
    [PER("حسام البدري")],
    [q("حسام البدري", "حسام البدري", "الطريق ما زال", true, "قال")],
  ],
];

/** Phenomena found on the demo corpus: one row each, in invented sentences. */
const clauses: Row[] = [
  [
    "each coordinated «، وأن» is a statement of its own",
    "وأضاف المدير أيمن الشريف أن المصنع يعمل بنصف طاقته، وأن الإدارة ستعيد تشغيل الخط الثاني، وأنه لن يسرح أي عامل.",
    [PER("أيمن الشريف")],
    [
      q("أيمن الشريف", "أيمن الشريف", "المصنع يعمل", false, "أضاف"),
      q("أيمن الشريف", "أيمن الشريف", "الإدارة ستعيد", false, "أضاف"),
      q("أيمن الشريف", "أيمن الشريف", "لن يسرح", false, "أضاف"),
    ],
  ],
  [
    "a coordinated «، وإن» before quote marks is a direct quote",
    'وقالت نقابة الأطباء إن عشرات العيادات أغلقت، وإن "المرضى في القرى يدفعون الثمن الأكبر".',
    [ORG("نقابة الأطباء")],
    [
      q("نقابة الأطباء", "نقابة الأطباء", "عشرات العيادات", false, "قالت"),
      q("نقابة الأطباء", "نقابة الأطباء", "المرضى في القرى", true, "قالت"),
    ],
  ],
  [
    "«وأن» inside quote marks, or with no comma before it, does not split",
    "قالت الكاتبة سلمى عيسى: «أريد أن أكتب وأن أنشر بحرية، وأن أسافر». وأكدت أنها تريد أن تزور البصرة وأن تلتقي قراءها.",
    [PER("سلمى عيسى")],
    [
      q("سلمى عيسى", "سلمى عيسى", "أريد أن أكتب وأن أنشر بحرية، وأن أسافر", true, "قالت"),
      q("سلمى عيسى", "سلمى عيسى", "تريد أن تزور البصرة وأن تلتقي", false, "أكدت"),
    ],
  ],
  [
    "فيما opens a second report inside indirect speech",
    "وقال العميد نزار الحسو إن الطريق فتح أمام الشاحنات، فيما أعلن المحافظ جلال عبدي أن الدوام سيستأنف غدا.",
    [PER("نزار الحسو"), PER("جلال عبدي")],
    [
      q("نزار الحسو", "نزار الحسو", "الطريق فتح أمام الشاحنات", false, "قال"),
      q("جلال عبدي", "جلال عبدي", "الدوام سيستأنف", false, "أعلن"),
    ],
  ],
  [
    "لكنه + a verb: the same speaker, a second statement",
    'وقال المتحدث مراد الساعدي إن الشركة "تحترم العقد"، لكنه أكد أن الأسعار سترتفع في الصيف.',
    [PER("مراد الساعدي")],
    [
      q("مراد الساعدي", "مراد الساعدي", "الشركة", false, "قال"),
      q("مراد الساعدي", "مراد الساعدي", "الأسعار سترتفع", false, "أكد"),
    ],
  ],
  [
    "على لسان between the verb and أن names the speaker",
    "أما البلدية، فأكدت على لسان مديرها العام سلمان الدوري أن أعمال التنظيف ستكتمل الأسبوع المقبل.",
    [PER("سلمان الدوري")],
    [q("سلمان الدوري", "سلمان الدوري", "أعمال التنظيف", false, "أكدت")],
  ],
  [
    "an unresolved named subject keeps its participle from an earlier speaker",
    "قال الوزير حازم الربيعي إن الموازنة جاهزة. وأكد الحمداني أن المشروع متأخر، مشيرا إلى أن المقاول انسحب.",
    [PER("حازم الربيعي")],
    [q("حازم الربيعي", "حازم الربيعي", "الموازنة جاهزة", false, "قال")],
  ],
  [
    "a subject at the head of a clause: anonymous sources are not reported",
    "قالت المديرة رنا الخياط إن المياه عادت. غير أن سكانا محليين يقولون إن الضخ ضعيف منذ أسبوع.",
    [PER("رنا الخياط")],
    [q("رنا الخياط", "رنا الخياط", "المياه عادت", false, "قالت")],
  ],
  [
    "a report inside parentheses ends with them",
    "وتشهد المدينة ازدحاما خانقا (يقول المحافظ رعد الجنابي إنه سيحل قريبا) منذ إغلاق الجسر القديم.",
    [PER("رعد الجنابي")],
    [q("رعد الجنابي", "رعد الجنابي", "سيحل قريبا", false, "يقول")],
  ],
  [
    "a subject before the verb outranks an unknown phrase after it",
    "وكانت نقابة المحامين قد حذرت أواخر الموسم من أن المحاكم ستغلق أبوابها.",
    [ORG("نقابة المحامين")],
    [q("نقابة المحامين", "نقابة المحامين", "المحاكم ستغلق", false, "حذرت")],
  ],
  [
    "a colon ending a paragraph, and quote marks opening the next",
    "وقال المدير العام للشركة هشام البزاز في ختام الاجتماع:\n\n«سنفتح فرعين جديدين قبل الصيف».",
    [PER("هشام البزاز")],
    [q("هشام البزاز", "هشام البزاز", "سنفتح فرعين", true, "قال")],
  ],
  [
    "a colon ending a paragraph, and no quote marks after it",
    "وقال المدير العام للشركة هشام البزاز في ختام الاجتماع:\n\nسنفتح فرعين جديدين قبل الصيف.",
    [PER("هشام البزاز")],
    [],
  ],
  [
    "a title that issues a document is an office, and speaks",
    "وكشف تقرير لرئيس ديوان الرقابة في وزارة النقل أن عقود الصيانة لم تنفذ.",
    [ORG("وزارة النقل")],
    [q("رئيس ديوان الرقابة في وزارة النقل", "رئيس ديوان الرقابة في وزارة النقل", "عقود الصيانة", false, "كشف")],
  ],
  [
    "a title across إلى before a named place, then the name",
    "وحذر المبعوث الأممي الخاص إلى اليمن يوهان بيرغ، أمس، من أن الحصار يهدد الملاحة.",
    [LOC("اليمن"), PER("يوهان بيرغ")],
    [q("يوهان بيرغ", "يوهان بيرغ", "الحصار يهدد", false, "حذر")],
  ],
  [
    "a reminding participle (مذكّراً بأن) after a report",
    "وقال سامر الحلو إن الطريق مقطوع، مذكراً بأن الاتفاق يمنع إغلاقه.",
    [PER("سامر الحلو")],
    [
      q("سامر الحلو", "سامر الحلو", "الطريق مقطوع", false, "قال"),
      q("سامر الحلو", "سامر الحلو", "الاتفاق يمنع", false, "مذكراً"),
    ],
  ],
  [
    "a leader of a movement named in apposition speaks, not the movement",
    "وقال القيادي في حركة الفجر، ماهر سلوم، إن الهدنة صامدة.",
    [ORG("حركة الفجر"), PER("ماهر سلوم")],
    [q("ماهر سلوم", "ماهر سلوم", "الهدنة صامدة", false, "قال")],
  ],
  [
    "a title across في + a construct, a comma, an honorific and the name",
    "ويرى الخبير في شؤون المياه، الدكتور ماهر سلوم، أن السدود ممتلئة.",
    [PER("ماهر سلوم")],
    [q("ماهر سلوم", "ماهر سلوم", "السدود ممتلئة", false, "يرى")],
  ],
  [
    "an accusing participle with its object and quoted words after بـ",
    "وقال سامر الحلو إن الخطة فشلت، متهماً الوزارة بـ«التقصير المتعمد في صيانة السدود».",
    [PER("سامر الحلو")],
    [
      q("سامر الحلو", "سامر الحلو", "الخطة فشلت", false, "قال"),
      q("سامر الحلو", "سامر الحلو", "التقصير المتعمد", true, "متهماً"),
    ],
  ],
  [
    "a named person's report nested in what an unnamed source said",
    "وقال مصدر حكومي إن سامر الحلو أبلغ المسؤولين بأن الوزارة «لن تتراجع عن قرارها الأخير».",
    [PER("سامر الحلو")],
    [q("سامر الحلو", "سامر الحلو", "الوزارة", false, "أبلغ")],
  ],
  [
    "a nested report stays whole in the named speaker's words",
    "وقال هاني شكري إن سامر الحلو أبلغ المسؤولين بأن الوزارة لن تتراجع.",
    [PER("هاني شكري"), PER("سامر الحلو")],
    [
      q("هاني شكري", "هاني شكري", "سامر الحلو أبلغ", false, "قال"),
      q("سامر الحلو", "سامر الحلو", "الوزارة لن تتراجع", false, "أبلغ"),
    ],
  ],
  [
    "a coordinated portfolio in the title, then the foreign minister's name, not the local one's",
    "وكان وزير النقل سامر الحلو قد زار أنقرة. وأكد وزير النقل والبنية التحتية التركي هاني شكري أن الطريق جاهز.",
    [PER("سامر الحلو"), LOC("أنقرة"), PER("هاني شكري")],
    [q("هاني شكري", "هاني شكري", "الطريق جاهز", false, "أكد")],
  ],
  [
    "those called on are no speaker: the one named earlier calls",
    "وأدلى الرئيس هاني شكري بصوته في الموصل، ودعا المواطنين إلى «المشاركة الواسعة في الانتخابات المقبلة».",
    [PER("هاني شكري"), LOC("الموصل")],
    [q("هاني شكري", "هاني شكري", "المشاركة الواسعة", true, "دعا")],
  ],
  [
    "ردّ … بالقول إن: a reply",
    "وهو ما ردّ عليه الأمين العام لحركة الفجر سامر الحلو بالقول إن «القرار شأن داخلي خالص».",
    [ORG("حركة الفجر"), PER("سامر الحلو")],
    [q("سامر الحلو", "سامر الحلو", "القرار شأن داخلي", true, "ردّ")],
  ],
  [
    "the attributing participle عازياً with quoted words after إلى",
    "وأوضح سامر الحلو أن السعر تراجع، عازياً التراجع إلى «المخاوف من تباطؤ الطلب العالمي».",
    [PER("سامر الحلو")],
    [
      q("سامر الحلو", "سامر الحلو", "السعر تراجع", false, "أوضح"),
      q("سامر الحلو", "سامر الحلو", "المخاوف من تباطؤ", true, "عازياً"),
    ],
  ],
  [
    "a threat in quote marks after بـ",
    "وهددت حركة الفجر، في بيان، بـ«إسقاط أي تسوية» مع الحكومة.",
    [ORG("حركة الفجر")],
    [q("حركة الفجر", "حركة الفجر", "إسقاط أي تسوية", true, "هددت")],
  ],
  [
    "a relayed speaker after two titles joined by و",
    "ونقلت وسائل إعلام عن المبعوث الخاص إلى سوريا والسفير لدى تركيا جون ماركس قوله إن الحوار مستمر.",
    [LOC("سوريا"), LOC("تركيا"), PER("جون ماركس")],
    [q("جون ماركس", "جون ماركس", "الحوار مستمر", false, "نقلت")],
  ],
  [
    "a title across عن before a named place",
    "وقال النائب عن محافظة نينوى سالم الجبوري إن الطريق مقطوع.",
    [LOC("محافظة نينوى"), PER("سالم الجبوري")],
    [q("سالم الجبوري", "سالم الجبوري", "الطريق مقطوع", false, "قال")],
  ],
];

const mustNotMatch: Array<[string, string, Given[]]> = [
  ["رد as the noun «reply»", "وجاء رد الوزارة سريعاً على التقرير الأخير.", []],
  ["متهماً as a noun: a suspect", "واعتقلت القوات متهماً بالسرقة في الموصل.", []],
  ["a threat as a verbal noun after ب", "وهددت الوزارة بفرض غرامات على المخالفين.", []],
  ["يهدد as endangers", "وقال إن الجفاف يهدد المحصول في الجنوب.", []],
  ["unnamed sources", "وقال مسؤولون أمنيون إن الهجوم استهدف نقطة تفتيش.", []],
  ["unnamed sources in a place", "وقال مسؤولون في الموصل إن الحملة أوقفت عشرات المطلوبين.", [LOC("الموصل")]],
  ["a title no entity answers to", "وقال السفير الكندي إن بلاده ستزيد المنح الدراسية.", []],
  ["a generic body", "وتقول السلطات إن الطريق آمن.", []],
  [
    "a trailing frame without quote marks sources a fact",
    "ارتفعت الأسعار بنسبة خمسة في المئة، وفقاً لبيان صادر عن البنك المركزي.",
    [ORG("البنك المركزي")],
  ],
  ["a nominal report", "وأفادت هيئة الموانئ في بيان، باستئناف الملاحة في الرصيف الجنوبي.", [ORG("هيئة الموانئ")]],
  ["a coordinated وأن with no report before it", "وافتتح الجسر في الربيع، وأن المرور عليه مجاني.", []],
  ["an operation's name in quotes", "أعلن الجيش بدء عملية «الفجر الجديد» في المنطقة الشرقية.", [ORG("الجيش")]],
  ["a book title in quotes", 'صدر حديثا كتاب "ذاكرة المدن المنسية في الشرق" للباحث علي حسن.', []],
  ["a coalition's name in quotes", "اجتمع قادة «الإطار التنسيقي» في بغداد أمس.", []],
  ["an institution's name in quotes", "ووصل وفد من «البنتاغون» إلى أربيل.", []],
  [
    "an organisation's name in quotes after a verb",
    "وأدانت «هيئة علماء المسلمين في العراق» الهجوم.",
    [ORG("هيئة علماء المسلمين في العراق")],
  ],
  ["scare quotes", 'ووصف المراقبون الخطة بأنها "ذكية" لكنها مكلفة.', []],
  ["impersonal يذكر أن", "يذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.", []],
  ["data is not a speaker", "تشير التقديرات إلى أن عدد السكان تضاعف.", []],
  ["a verb with a noun object", "وأكد الوزير دعم بلاده للمبادرة الإقليمية.", []],
  ["إلى + a noun", "وأشار إلى قرب افتتاح المستشفى الجديد.", []],
  ["negated", "لم يؤكد المتحدث أن الاتفاق وقع.", []],
  ["أن after a subordinator", "وقال الحارس بعد أن أغلق الباب.", []],
  ["فحسب is not a frame", "لم تكن الأزمة اقتصادية فحسب، بل سياسية أيضا.", []],
  ["بين as a preposition", "ووقعت اشتباكات بين الطرفين أن تتوقف.", []],
  ["impersonal يتوقع أن", "ويتوقع أن تنخفض الأسعار في الربيع.", []],
];

describe("quotes: frames", () => {
  for (const row of frames) test(row[0], () => check(row));
});

describe("quotes: clauses and coordination", () => {
  for (const row of clauses) test(row[0], () => check(row));
});

describe("quotes: the reporting clause and its adjuncts", () => {
  test("a clause link is left out of the quote before it", () => {
    const text = 'وقال المتحدث مراد الساعدي إن الشركة "تحترم العقد"، لكنه أكد أن الأسعار سترتفع.';
    const { quotes } = quotesOf(text, [PER("مراد الساعدي")]);
    assert.deepEqual(
      quotes.map((quote) => quote.text),
      ['الشركة "تحترم العقد"', "الأسعار سترتفع"],
    );
  });
  test("a participle that reports nothing still ends what was said", () => {
    const text = 'واعتبر النائب سنان الحمود أن القرار "يظلم المتقاعدين"، مطالباً بتعديله خلال الدورة المقبلة.';
    const { quotes } = quotesOf(text, [PER("سنان الحمود")]);
    assert.deepEqual(
      quotes.map((quote) => quote.text),
      ['القرار "يظلم المتقاعدين"'],
    );
  });
  test("a time expression after the verb is an adjunct, not its subject", () => {
    const text = "قال النائب فراس الدليمي إن الجلسة تأجلت. وأكد مساء الخميس أن التصويت سيجري الأسبوع المقبل.";
    const entities = entitiesOf(text, [PER("فراس الدليمي")]);
    const at = text.indexOf("مساء الخميس");
    const times = [{ start: at, end: at + "مساء الخميس".length }];
    const quotes = findQuotes({ text, tokens: tokenize(text), sentences: splitSentences(text), entities, times });
    assert.deepEqual(
      quotes.map((quote) => [quote.speaker, quote.text]),
      [
        ["e0", "الجلسة تأجلت"],
        ["e0", "التصويت سيجري الأسبوع المقبل"],
      ],
    );
  });
});

describe("quotes: must not match", () => {
  for (const [name, text, given] of mustNotMatch) {
    test(name, () => assert.deepEqual(quotesOf(text, given).quotes, []));
  }
});

test("an empty article has no quotes", () => {
  assert.deepEqual(findQuotes({ text: "", tokens: [], sentences: [], entities: [] }), []);
});

describe("quotes: properties", () => {
  const pieces = [
    "قال",
    "وقال",
    "وأضاف",
    "مشيرا",
    "إلى",
    "أن",
    "إن",
    "بأن",
    "وأن",
    "وإن",
    "بحسب",
    "وفقاً",
    "لـ",
    "للبيان",
    "بيان",
    "البيان",
    "مسؤولون",
    "في",
    "وزير",
    "الخارجية",
    "سامر الحلبي",
    "وزارة الصحة",
    "«",
    "»",
    '"',
    "“",
    "”",
    ":",
    "،",
    ".",
    "\n\n",
    "(",
    ")",
    "الحكومة",
    "ستعمل",
  ];
  const article = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(" "));
  test("a text cut off after «، وإن» (a coordinated report with nothing after it)", () => {
    const text = "وقال سامر الحلبي إن الطريق مقطوع، وإن";
    const { quotes } = quotesOf(text, [PER("سامر الحلبي")]);
    assert.equal(quotes.length, 1);
    assert.ok(quotes[0]!.text.startsWith("الطريق مقطوع"), quotes[0]!.text);
  });
  test("offsets always cite the text, whatever the input", () => {
    fc.assert(
      fc.property(article, (text) => {
        const { quotes } = quotesOf(text, [PER("سامر الحلبي"), ORG("وزارة الصحة")]);
        return quotes.every(
          (quote) =>
            quote.start >= 0 &&
            quote.start <= quote.end &&
            quote.end <= text.length &&
            text.slice(quote.start, quote.end) === quote.text,
        );
      }),
      { numRuns: 2000 },
    );
  });
});
