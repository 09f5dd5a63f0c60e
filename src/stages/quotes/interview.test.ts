import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Entity, Quote } from "../../model.js";
import { withInterviewAnswers } from "./interview.js";

// Sentences written for these tests; the people are invented.
const person = (id: string, name: string, text: string): Entity => {
  const mentions = [];
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1))
    mentions.push({ start: i, end: i + name.length });
  return { id, name, type: "PER", aliases: [], roles: [], mentions };
};

const INTERVIEW = [
  "التقى موقع الفجر المتحدث باسم الوزارة سامر الحلو وسأله عن الخطة.",
  "س: متى تنتهي الأعمال؟",
  "ج: ننتظر أن تنتهي الأعمال قبل الصيف المقبل.",
  "س: وماذا عن الكلفة؟",
  "ج - الكلفة أقل مما قدرنا في البداية",
].join("\n\n");

describe("interviews: each answer is a quote of the guest", () => {
  test("answers after ج: and ج -, the guest named in the introduction", () => {
    const entities = [person("e0", "سامر الحلو", INTERVIEW)];
    const quotes = withInterviewAnswers(INTERVIEW, [], entities);
    assert.deepEqual(
      quotes.map((q) => [q.speaker, q.text, q.direct, q.rule]),
      [
        ["e0", "ننتظر أن تنتهي الأعمال قبل الصيف المقبل", true, "interview-answer"],
        ["e0", "الكلفة أقل مما قدرنا في البداية", true, "interview-answer"],
      ],
    );
    for (const q of quotes) assert.equal(INTERVIEW.slice(q.start, q.end), q.text);
  });
  test("a quote already found inside an answer is kept, not doubled", () => {
    const entities = [person("e0", "سامر الحلو", INTERVIEW)];
    const start = INTERVIEW.indexOf("الكلفة أقل");
    const end = INTERVIEW.length;
    const existing: Quote = {
      start,
      end,
      speaker: "e0",
      speakerText: "سامر الحلو",
      text: INTERVIEW.slice(start, end),
      direct: true,
      verb: null,
      rule: "x",
    };
    assert.equal(withInterviewAnswers(INTERVIEW, [existing], entities).length, 2);
  });
  const notInterviews: Array<[string, string]> = [
    ["one answer only", "قال سامر الحلو إن الأعمال مستمرة.\n\nس: متى؟\n\nج: قريباً جداً."],
    ["no question", "قال سامر الحلو إن الأعمال مستمرة.\n\nج: قريباً.\n\nج: بعد الصيف."],
    ["nobody named before the questions", "س: متى؟\n\nج: قريباً.\n\nس: أين؟\n\nج: في الموصل. قال سامر الحلو ذلك."],
  ];
  for (const [why, text] of notInterviews) {
    test(`no answers: ${why}`, () => {
      assert.deepEqual(withInterviewAnswers(text, [], [person("e0", "سامر الحلو", text)]), []);
    });
  }
});
