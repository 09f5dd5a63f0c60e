import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { eventsOf, type Fixture, type Seen, seen } from "./fixture.js";

type Case = [name: string, fixture: Fixture, expected: Seen[]];

const ev = (
  kind: string,
  cameo: string,
  actors: string[],
  place: string | null = null,
  time: string | null = null,
): Seen => ({
  kind,
  cameo,
  actors,
  time,
  place,
});

const tables: Record<string, Case[]> = {
  meet: [
    [
      "verb first, subject then object, place after في, time in the sentence",
      {
        text: "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمّان يوم الأحد.",
        entities: ["سامح شكري:PER", "أيمن الصفدي:PER", "عمّان:LOC"],
        times: [["يوم الأحد", "2024-05-12"]],
      },
      [ev("meet", "04", ["سامح شكري", "أيمن الصفدي"], "عمّان", "2024-05-12")],
    ],
    [
      "host verb with an organisation as guest",
      {
        text: "استقبل الرئيس التونسي قيس سعيد وفدا من البنك الدولي.",
        entities: ["قيس سعيد:PER", "البنك الدولي:ORG"],
      },
      [ev("meet", "04", ["قيس سعيد", "البنك الدولي"])],
    ],
    [
      "subject before an imperfect verb",
      {
        text: "المستشار الألماني أولاف شولتس يلتقي اليوم في باريس بالرئيس إيمانويل ماكرون.",
        entities: ["أولاف شولتس:PER", "إيمانويل ماكرون:PER", "باريس:LOC"],
      },
      [ev("meet", "04", ["أولاف شولتس", "إيمانويل ماكرون"], "باريس")],
    ],
    [
      "noun with بين",
      {
        text: "وعُقد لقاء بين رئيس البرلمان نزار الحسيني والسفيرة كارلا فيلدمان في البصرة.",
        entities: ["نزار الحسيني:PER", "كارلا فيلدمان:PER", "البصرة:LOC"],
      },
      [ev("meet", "04", ["نزار الحسيني", "كارلا فيلدمان"], "البصرة")],
    ],
    [
      "noun with a possessive pronoun takes the person named before it",
      {
        text: "وشدد الوزير خالد العمري خلال لقائه وفدا من شركة سيمنس على أهمية الطاقة.",
        entities: ["خالد العمري:PER", "شركة سيمنس:ORG"],
      },
      [ev("meet", "04", ["خالد العمري", "شركة سيمنس"])],
    ],
    [
      "بحث … مع",
      {
        text: "بحث وزير الداخلية سعد العنزي مع السفير البريطاني جون ويلكس ملف الهجرة.",
        entities: ["سعد العنزي:PER", "جون ويلكس:PER"],
      },
      [ev("meet", "04", ["سعد العنزي", "جون ويلكس"])],
    ],
    [
      "a dual verb needs no مع; a place alone is enough",
      {
        text: "ويبحث الجانبان في الرياض ملف الطاقة المتجددة.",
        entities: ["الرياض:LOC"],
      },
      [ev("meet", "04", [], "الرياض")],
    ],
    [
      "verb and noun of one meeting in one sentence are one event",
      {
        text: "التقى رئيس الحكومة مراد بن سالم السفيرة هيلين مور، وجرى خلال اللقاء بحث ملف الاستثمار.",
        entities: ["مراد بن سالم:PER", "هيلين مور:PER"],
      },
      [ev("meet", "04", ["مراد بن سالم", "هيلين مور"])],
    ],
    [
      "support verb: the names between it and the noun are the agent",
      {
        text: "وأجرى الرئيس سليم داود محادثات مع رئيس الوزراء الهندي في نيودلهي.",
        entities: ["سليم داود:PER", "نيودلهي:LOC"],
      },
      [ev("meet", "04", ["سليم داود"], "نيودلهي")],
    ],
    [
      "a telephone call",
      {
        text: "وتلقى الملك اتصالا هاتفيا من الرئيس رجب طيب أردوغان.",
        entities: ["رجب طيب أردوغان:PER"],
      },
      [ev("meet", "04", ["رجب طيب أردوغان"])],
    ],
  ],
  visit: [
    [
      "visit verb: a country as direct object is an actor",
      {
        text: "زارت رئيسة الوزراء الإيطالية جورجيا ميلوني لبنان الأسبوع الماضي.",
        entities: ["جورجيا ميلوني:PER", "لبنان:LOC"],
        times: [["الأسبوع الماضي", "2024-03"]],
      },
      [ev("visit", "04", ["جورجيا ميلوني", "لبنان"], null, "2024-03")],
    ],
    [
      "arrival at a place after إلى",
      {
        text: "وصل الرئيس الكيني وليام روتو إلى أديس أبابا صباح اليوم.",
        entities: ["وليام روتو:PER", "أديس أبابا:LOC"],
      },
      [ev("visit", "04", ["وليام روتو"], "أديس أبابا")],
    ],
    [
      "visit noun with its visitor and destination",
      {
        text: "وتأتي زيارة الأمير فيصل بن فرحان إلى الدوحة بعد قطيعة طويلة.",
        entities: ["فيصل بن فرحان:PER", "الدوحة:LOC"],
      },
      [ev("visit", "04", ["فيصل بن فرحان"], "الدوحة")],
    ],
    [
      "a planned visit is still an event",
      {
        text: "ومن المقرر أن يزور الرئيس عمر البشير القاهرة بحلول نهاية مارس 2025.",
        entities: ["عمر البشير:PER", "القاهرة:LOC"],
        times: [["مارس 2025", "2025-03"]],
      },
      [ev("visit", "04", ["عمر البشير", "القاهرة"], null, "2025-03")],
    ],
  ],
  attack: [
    [
      "verb and noun of one attack; the target and place",
      {
        text: "استهدف هجوم بطائرة مسيرة قاعدة حرير في أربيل.",
        entities: ["قاعدة حرير:LOC", "أربيل:LOC"],
      },
      [ev("attack", "19", ["قاعدة حرير"], "أربيل")],
    ],
    [
      "support verb شن gives the agent of the attack noun",
      {
        text: "شنت جماعة الحوثي هجوما صاروخيا على سفينة تجارية في البحر الأحمر.",
        entities: ["جماعة الحوثي:ORG", "البحر الأحمر:LOC"],
      },
      [ev("attack", "19", ["جماعة الحوثي"], "البحر الأحمر")],
    ],
    [
      "shelling with a place after في and a place noun",
      {
        text: "قصفت القوات التركية مواقع لحزب العمال الكردستاني في منطقة دهوك.",
        entities: ["حزب العمال الكردستاني:ORG", "دهوك:LOC"],
      },
      [ev("attack", "19", ["حزب العمال الكردستاني"], "دهوك")],
    ],
    [
      "وقع هجوم: occurred, not signed",
      {
        text: "وقع هجوم انتحاري في كابول صباح السبت.",
        entities: ["كابول:LOC"],
        times: [["صباح السبت", "2024-06-01"]],
      },
      [ev("attack", "19", [], "كابول", "2024-06-01")],
    ],
    [
      "claimed by: تبنى is a support verb",
      {
        text: "وتبنى تنظيم داعش الهجوم على الكنيسة في إسطنبول.",
        entities: ["تنظيم داعش:ORG", "إسطنبول:LOC"],
      },
      [ev("attack", "19", ["تنظيم داعش"], "إسطنبول")],
    ],
  ],
  strike: [
    [
      "air strike with support verb",
      {
        text: "شن الجيش الإسرائيلي غارة جوية على مخيم جنين فجر الثلاثاء.",
        entities: ["الجيش الإسرائيلي:ORG", "مخيم جنين:LOC"],
        times: [["فجر الثلاثاء", "2024-01-02"]],
      },
      [ev("strike", "19", ["الجيش الإسرائيلي", "مخيم جنين"], null, "2024-01-02")],
    ],
    [
      "شن ضربات: the verb is the strike",
      {
        text: "وشن التحالف ضربات جوية على مواقع للتنظيم.",
        entities: ["التحالف:ORG"],
      },
      [ev("strike", "19", ["التحالف"])],
    ],
  ],
  kill: [
    [
      "passive verb, place through a place noun with ب",
      {
        text: "قُتل ثلاثة جنود في انفجار عبوة ناسفة بمحافظة ديالى.",
        entities: ["ديالى:LOC"],
      },
      [ev("kill", "18", [], "ديالى")],
    ],
    [
      "announced killing: two events, each with its own actors",
      {
        text: "أعلنت مديرية الشرطة مقتل زعيم عصابة الجبل سامي الدليمي.",
        entities: ["مديرية الشرطة:ORG", "عصابة الجبل:ORG", "سامي الدليمي:PER"],
      },
      [ev("announce", "01", ["مديرية الشرطة"]), ev("kill", "18", ["عصابة الجبل", "سامي الدليمي"])],
    ],
    [
      "لقي … حتفهم; the shelling has no participant of its own",
      {
        text: "لقي ثلاثة مدنيين حتفهم في مدينة رفح جراء القصف.",
        entities: ["رفح:LOC"],
      },
      [ev("kill", "18", [], "رفح")],
    ],
    [
      "assassination noun",
      {
        text: "وأدان المجلس اغتيال الصحفي سمير قصاب في بيروت.",
        entities: ["سمير قصاب:PER", "بيروت:LOC"],
      },
      [ev("kill", "18", ["سمير قصاب"], "بيروت")],
    ],
  ],
  arrest: [
    [
      "arrest verb with a place",
      {
        text: "اعتقلت الشرطة الفرنسية ثلاثة أشخاص في مرسيليا.",
        entities: ["الشرطة الفرنسية:ORG", "مرسيليا:LOC"],
      },
      [ev("arrest", "17", ["الشرطة الفرنسية"], "مرسيليا")],
    ],
    [
      "ألقى القبض على: support verb plus noun",
      {
        text: "ألقت قوات الأمن العام القبض على المتهم كمال سعيد.",
        entities: ["قوات الأمن العام:ORG", "كمال سعيد:PER"],
      },
      [ev("arrest", "17", ["قوات الأمن العام", "كمال سعيد"])],
    ],
  ],
  agreement: [
    [
      "signing verb with the parties before the agreement word",
      {
        text: "وقعت مصر والإمارات اتفاقية لإنشاء محطة رياح.",
        entities: ["مصر:LOC", "الإمارات:LOC"],
      },
      [ev("agreement", "05", ["مصر", "الإمارات"])],
    ],
    [
      "memorandum noun with بين",
      {
        text: "ووقعت مذكرة تفاهم بين وزارة الصحة ومنظمة اليونيسف.",
        entities: ["وزارة الصحة:ORG", "منظمة اليونيسف:ORG"],
      },
      [ev("agreement", "05", ["وزارة الصحة", "منظمة اليونيسف"])],
    ],
    [
      "ceasefire between two parties",
      {
        text: "وتم التوصل إلى هدنة بين إسرائيل وحماس.",
        entities: ["إسرائيل:LOC", "حماس:ORG"],
      },
      [ev("ceasefire", "08", ["إسرائيل", "حماس"])],
    ],
  ],
  statements: [
    [
      "a quote is one statement event with its speaker",
      {
        text: "وقال وزير الخارجية فؤاد حسين: «لن نقبل بأي اعتداء على أراضينا».",
        entities: ["فؤاد حسين:PER"],
        quotes: [{ text: "لن نقبل بأي اعتداء على أراضينا", speaker: "فؤاد حسين", verb: "وقال" }],
      },
      [ev("statement", "01", ["فؤاد حسين"])],
    ],
    [
      "a trigger inside a quote is a reported event",
      {
        text: "وقال المتحدث باسم الحكومة باسم العوادي إن «الحكومة اجتمعت مع وفد صندوق النقد الدولي في بغداد».",
        entities: ["باسم العوادي:PER", "صندوق النقد الدولي:ORG", "بغداد:LOC"],
        quotes: [{ text: "الحكومة اجتمعت مع وفد صندوق النقد الدولي في بغداد", speaker: "باسم العوادي", verb: "وقال" }],
      },
      [ev("statement", "01", ["باسم العوادي"]), ev("meet", "04", ["صندوق النقد الدولي"], "بغداد")],
    ],
    [
      "a quote with نفى is a denial, and the verb makes no second event",
      {
        text: "ونفى المتحدث العسكري سالم الحربي أن «تكون هناك طائرات غريبة في الأجواء».",
        entities: ["سالم الحربي:PER"],
        quotes: [{ text: "تكون هناك طائرات غريبة في الأجواء", speaker: "سالم الحربي", verb: "ونفى" }],
      },
      [ev("deny", "01", ["سالم الحربي"])],
    ],
    [
      "a denial with no quote, subject before the verb",
      {
        text: "الأردن ينفي هبوط طائرات روسية في مطاراته.",
        entities: ["الأردن:LOC"],
      },
      [ev("deny", "01", ["الأردن"])],
    ],
    [
      "a quote whose speaker is no entity has no actor; a multi-sentence quote is one event",
      {
        text: "وقال مصدر أمني: «الوضع هادئ. لا توجد أي تحركات».",
        quotes: [{ text: "الوضع هادئ. لا توجد أي تحركات", speaker: "مصدر أمني", verb: "وقال" }],
      },
      [ev("statement", "01", [])],
    ],
  ],
  stances: [
    [
      "criticism: the title's organisation and the person",
      {
        text: "انتقد الأمين العام للأمم المتحدة أنطونيو غوتيريش الهجوم على المستشفى.",
        entities: ["الأمم المتحدة=لأمم المتحدة:ORG", "أنطونيو غوتيريش:PER"],
      },
      [ev("criticise", "11", ["الأمم المتحدة", "أنطونيو غوتيريش"])],
    ],
    [
      "demand; the withdrawal noun has no participant of its own",
      {
        text: "طالب البرلمان العراقي بانسحاب القوات الأجنبية.",
        entities: ["البرلمان العراقي:ORG"],
      },
      [ev("demand", "10", ["البرلمان العراقي"])],
    ],
    [
      "threat",
      {
        text: "هدد زعيم الجماعة عبد الملك الحوثي باستهداف السفن.",
        entities: ["عبد الملك الحوثي:PER"],
      },
      [ev("threaten", "13", ["عبد الملك الحوثي"])],
    ],
    [
      "support (praise)",
      {
        text: "ورحبت جامعة الدول العربية بالاتفاق.",
        entities: ["جامعة الدول العربية:ORG"],
      },
      [ev("support", "05", ["جامعة الدول العربية"])],
    ],
  ],
  forces: [
    [
      "deployment: نشر with troops",
      {
        text: "وتنشر فرنسا قرابة 1100 جندي في تشاد.",
        entities: ["فرنسا:LOC", "تشاد:LOC"],
      },
      [ev("deploy", "15", ["فرنسا"], "تشاد")],
    ],
    [
      "withdrawal: من introduces its place",
      {
        text: "انسحبت القوات الروسية من مدينة خيرسون.",
        entities: ["خيرسون:LOC"],
      },
      [ev("withdraw", "08", [], "خيرسون")],
    ],
    [
      "ending a foreign mission, tied to the mission",
      {
        text: "وطلبت مالي إنهاء مهمة البعثة الأممية قبل يونيو 2023.",
        entities: ["مالي:LOC", "البعثة الأممية:ORG"],
        times: [["يونيو 2023", "2023-06"]],
      },
      [ev("demand", "10", ["مالي"], null, "2023-06"), ev("withdraw", "08", ["البعثة الأممية"], null, "2023-06")],
    ],
  ],
};

// How the clause around a trigger is read: its edges, its subject, brackets, nesting.
const clauses: Case[] = [
  [
    "a comma ends the clause once someone is named",
    {
      text: "وتكررت زيارة مسؤولي البنك الدولي إلى تونس، بعد سقوط حكومة هشام المشيشي.",
      entities: ["البنك الدولي:ORG", "تونس:LOC", "هشام المشيشي:PER"],
    },
    [ev("visit", "04", ["البنك الدولي"], "تونس")],
  ],
  [
    "commas around a time do not",
    {
      text: "التقى رئيس البرلمان نبيه بري، الخميس، السفيرة ليزا جونسون.",
      entities: ["نبيه بري:PER", "ليزا جونسون:PER"],
      times: [["الخميس", "2024-02-15"]],
    },
    [ev("meet", "04", ["نبيه بري", "ليزا جونسون"], null, "2024-02-15")],
  ],
  [
    "names in brackets are credits, not actors",
    {
      text: "الرئيس عبد المجيد تبون يستقبل وزير الخارجية الإيطالي في الجزائر (رويترز)",
      entities: ["عبد المجيد تبون:PER", "الجزائر:LOC", "رويترز:ORG"],
    },
    [ev("meet", "04", ["عبد المجيد تبون"], "الجزائر")],
  ],
  [
    "a clause opener ends the clause",
    {
      text: "وتتعرض القاعدة لهجمات متكررة منذ بدء الحرب على غزة.",
      entities: ["غزة:LOC"],
    },
    [],
  ],
  [
    "two names joined by و before a verb are its subject",
    {
      text: "ماكرون وشولتس يبحثان أزمة الطاقة في برلين.",
      entities: ["ماكرون:PER", "شولتس:PER", "برلين:LOC"],
    },
    [ev("meet", "04", ["ماكرون", "شولتس"], "برلين")],
  ],
  [
    "a relative clause takes only the nearest name of a prepositional phrase",
    {
      text: "واشتد الخلاف بين باريس وباماكو التي طلبت إنهاء مهمة البعثة الأممية.",
      entities: ["باريس:LOC", "باماكو:LOC", "البعثة الأممية:ORG"],
    },
    [ev("demand", "10", ["باماكو"]), ev("withdraw", "08", ["البعثة الأممية"])],
  ],
  [
    "a meeting noun before a meeting verb is another meeting",
    {
      text: "وبعد لقاء مع الوزير نبيل عمرو، التقى الرئيس رامي فارس السفير هانز ميلر.",
      entities: ["نبيل عمرو:PER", "رامي فارس:PER", "هانز ميلر:PER"],
    },
    [ev("meet", "04", ["نبيل عمرو"]), ev("meet", "04", ["رامي فارس", "هانز ميلر"])],
  ],
  [
    "a trigger after في is the circumstance: the clause reads through it",
    {
      text: "وقُتل 30 راكبا في هجوم وقع، السبت، في مدينة كراتشي.",
      entities: ["كراتشي:LOC"],
      times: [["السبت", "2024-06-01"]],
    },
    [ev("kill", "18", [], "كراتشي", "2024-06-01"), ev("attack", "19", [], "كراتشي", "2024-06-01")],
  ],
  [
    "a direction locates the name after it",
    {
      text: "وأعلنت الجماعة تنفيذ هجمات على معسكر الرشيد جنوب بغداد.",
      entities: ["معسكر الرشيد:LOC", "بغداد:LOC"],
    },
    [ev("attack", "19", ["معسكر الرشيد"], "بغداد")],
  ],
  [
    "a quote by the same speaker makes the announcement once",
    {
      text: "وبحسب ما أعلنت وزارة الصحة، فإن «عدد الإصابات ارتفع».",
      entities: ["وزارة الصحة:ORG"],
      quotes: [{ text: "عدد الإصابات ارتفع", speaker: "وزارة الصحة", verb: "بحسب" }],
    },
    [ev("statement", "01", ["وزارة الصحة"])],
  ],
];

// Sentences with trigger-like words that must give no event, with the decision documented.
const none: Array<[string, Fixture]> = [
  ["a visit noun used as a topic, with no participant", { text: "ناقش المجلس برنامج الزيارة." }],
  ["a meeting noun as a topic", { text: "وتستعد القاعة لاستضافة الاجتماعات المقبلة." }],
  [
    "بحث without مع is research",
    { text: "بحث الطلاب في مكتبة الإسكندرية عن المراجع.", entities: ["مكتبة الإسكندرية:ORG"] },
  ],
  ["وصل with a figure, not a place", { text: "وصل عدد المشاركين إلى 50 في الدورة.", entities: [] }],
  ["نشر as published", { text: "نشرت صحيفة واشنطن بوست تقريرا عن الاقتصاد.", entities: ["واشنطن بوست:ORG"] }],
  [
    "a trigger word inside an entity name",
    {
      text: "وتندرج المنحة ضمن اتفاقية الشراكة الشاملة.",
      entities: ["اتفاقية الشراكة الشاملة:ORG"],
    },
  ],
  [
    "a trigger word inside a title in guillemets",
    { text: "عرض فيلم «قتل في القاهرة» في مهرجان برلين.", entities: ["القاهرة:LOC", "برلين:LOC"] },
  ],
  ["a threat verb with no named actor", { text: "وهذا ما يهدد أمن الملاحة في الخليج." }],
  ["a denial with no named actor", { text: "ونفى ذلك جملة وتفصيلا." }],
  [
    "a noun whose only name is far away",
    {
      text: "وكانت الزيارة، كما قال كثيرون في الأوساط السياسية والإعلامية في ذلك الوقت، مفيدة لسوريا.",
      entities: ["سوريا:LOC"],
    },
  ],
  ["وزارة is not و + زار + ه", { text: "وزارة الخارجية الفرنسية.", entities: ["الفرنسية:LOC"] }],
];

describe("events: per-kind tables", () => {
  for (const [group, cases] of Object.entries(tables)) {
    for (const [name, fixture, expected] of cases) {
      test(`${group}: ${name}`, () => {
        assert.deepEqual(seen(fixture), expected);
      });
    }
  }
});

describe("events: clauses", () => {
  for (const [name, fixture, expected] of clauses) {
    test(name, () => {
      assert.deepEqual(seen(fixture), expected);
    });
  }
});

describe("events: must not match", () => {
  for (const [name, fixture] of none) {
    test(name, () => {
      assert.deepEqual(seen(fixture), []);
    });
  }
});

describe("events: shape", () => {
  test("a reported trigger says so in its rule; spans are the sentence", () => {
    const fixture = tables.statements![1]![1];
    const events = eventsOf(fixture);
    assert.equal(events[1]!.rule, "trigger:meet:اجتمع:reported");
    assert.equal(events[1]!.trigger, "اجتمعت");
    assert.equal(events[0]!.rule, "quote:statement");
    for (const event of events) assert.deepEqual([event.start, event.end], [0, fixture.text.length]);
  });
  test("one event per sentence and kind, in text order", () => {
    const events = eventsOf({
      text: "زار الوزير سامي نور بغداد. ثم زار الوزير سامي نور أربيل.",
      entities: ["سامي نور:PER", "بغداد:LOC", "أربيل:LOC"],
    });
    assert.deepEqual(
      events.map((e) => [e.kind, e.actors, e.start]),
      [
        ["visit", ["سامي نور", "بغداد"], 0],
        ["visit", ["سامي نور", "أربيل"], 27],
      ],
    );
  });
  test("no layers, no events", () => {
    assert.deepEqual(eventsOf({ text: "" }), []);
  });
});
