import assert from "node:assert/strict";
import { test } from "node:test";
import { A1, B } from "./corpus.js";
import { globalId, kbArticle } from "./fixture.js";
import { storyScore } from "./score.js";
import { dayNumber, MAX_ACTORS, signature } from "./signature.js";
import { BANDS, PERMUTATIONS } from "./sketch.js";

const weights = (article: Parameters<typeof signature>[0], entityWeight?: (id: string) => number) =>
  Object.fromEntries(signature(article, { entityWeight }).actors.map((a) => [a.name, a.weight]));

test("actor weight = type prior × salience (mentions, title, lead, event) × entity weight", () => {
  const article = kbArticle({
    id: "w",
    title: "وصول وفد من نقابة الصيادلة إلى الكوت",
    published: "2025-05-02",
    text: [
      "وصل إلى الكوت وفد من نقابة الصيادلة برئاسة نادر الحسني.",
      "وقال الحسني إن الزيارة تستمر يومين.",
      "وأضاف أن النقابة ستعقد لقاء مع الأطباء في المدينة، بحضور ممثل عن جمعية الهلال.",
      "ومن المقرر أن يزور الوفد لاحقا مدينة العمارة.",
    ].join(" "),
    entities: [
      ["LOC", "الكوت"],
      ["ORG", "نقابة الصيادلة", "النقابة"],
      ["PER", "نادر الحسني", "الحسني"],
      ["ORG", "جمعية الهلال"],
      ["LOC", "العمارة"],
    ],
    events: [["visit", null, ["نقابة الصيادلة"]]],
  });
  assert.deepEqual(weights(article), {
    الكوت: 0.6, // title + 1 mention (in the lead): full salience, place prior
    "نقابة الصيادلة": 0.9, // title + 2 mentions + lead + event: full salience, organisation prior
    "نادر الحسني": 1, // 2 mentions + lead
    "جمعية الهلال": 0.3, // one mention outside the lead: a third
    العمارة: 0.2,
  });
  assert.deepEqual(
    signature(article).keys,
    [globalId("PER", "نادر الحسني"), globalId("ORG", "نقابة الصيادلة"), globalId("LOC", "الكوت")],
    "index keys: actors of weight ≥ 0.5, heaviest first",
  );
  assert.deepEqual(
    weights(article, (id) => (id.startsWith("LOC:") ? 0.5 : 1)),
    { "نقابة الصيادلة": 0.9, "نادر الحسني": 1, الكوت: 0.3, "جمعية الهلال": 0.3, العمارة: 0.1 },
    "the store's entity weight scales each actor",
  );
});

test("actors: one per global id, at most MAX_ACTORS, a name in the title found after a clitic", () => {
  const names = ["أحمد", "بشير", "جمال", "داود", "هاني", "وليد", "زياد", "حسام", "طارق", "كامل"];
  const article = kbArticle({
    id: "many",
    title: "اجتماع في مدينة وبعقوبة",
    published: null,
    text: `${names.map((n) => `حضر ${n} الاجتماع.`).join(" ")} وكانت بعقوبة هادئة.`,
    entities: [...names.map((n): ["PER", string] => ["PER", n]), ["LOC", "بعقوبة"]],
  });
  article.entityIds[1] = article.entityIds[0]!; // two article entities linked to one global entity
  const sig = signature(article);
  assert.equal(sig.actors.length, MAX_ACTORS);
  assert.equal(sig.actors.filter((a) => a.id === article.entityIds[0]).length, 1);
  assert.equal(sig.actors.find((a) => a.name === "بعقوبة")?.weight, 0.6, "title (after و) + a mention");
});

test("dates: days named by times and events, in order of first mention; events without statements", () => {
  const sig = signature(kbArticle(B));
  assert.deepEqual(sig.dates, ["2025-04-08"]);
  assert.deepEqual(sig.events, [{ kind: "announce", time: "2025-04-08" }]);
  const sig2 = signature(
    kbArticle({
      id: "d",
      title: "عنوان",
      published: "2025-06-12",
      text: "أعلنت الشركة اليوم الخميس أنها ستبدأ الأحد المقبل بعد تعثر أمس الأربعاء.",
      times: [
        ["اليوم الخميس", "2025-06-12"],
        ["الأحد المقبل", "2025-06-15"],
        ["أمس الأربعاء", "2025-06-11"],
        ["عنوان", "2025-06"],
      ],
    }),
  );
  assert.deepEqual(sig2.dates, ["2025-06-12", "2025-06-15", "2025-06-11"]);
});

test("publication day: a day, a timestamp's day, or null for a month or nothing", () => {
  const table: Array<[string | null, number | null]> = [
    ["2025-03-11", 20158],
    ["2025-03-11T19:40:00+03:00", 20158],
    ["1970-01-01", 0],
    ["2025-03", null],
    [null, null],
  ];
  for (const [date, day] of table) assert.equal(dayNumber(date), day, String(date));
});

test("a signature is plain JSON, deterministic, and sized as documented", () => {
  const sig = signature(kbArticle(A1));
  const stored = JSON.parse(JSON.stringify(sig));
  assert.deepEqual(stored, sig);
  assert.deepEqual(signature(kbArticle(A1)), sig);
  assert.equal(storyScore(stored, sig).score, 1);
  assert.equal(sig.minhash.length, PERMUTATIONS);
  assert.equal(sig.bands.length, BANDS);
  assert.ok(JSON.stringify(sig).length < 4000);
});

test("clitics glued onto words barely move the shingle sketch", () => {
  const glued = A1.text.replace(/ (الجسر|المدينة|سامر|نهر|مدينة|الفرات|الطريق) /g, " و$1 ");
  assert.notEqual(glued, A1.text);
  const score = storyScore(signature(kbArticle(A1)), signature(kbArticle({ ...A1, id: "glued", text: glued })));
  assert.ok(score.jaccard >= 0.9, String(score.jaccard));
});

test("an article without words has no band keys and matches nothing by text", () => {
  const sig = signature(kbArticle({ id: "empty", title: "", published: "2025-01-01", text: "" }));
  assert.deepEqual(sig.bands, []);
  assert.deepEqual(sig.content, []);
  assert.equal(storyScore(sig, sig).kind, "different");
});
