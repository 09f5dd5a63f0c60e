import assert from "node:assert/strict";
import { test } from "node:test";
import type { Entity, Quote } from "../../model.js";
import { withRelayedQuotes } from "./nested.js";

/** A person entity with every occurrence of its forms as mentions. */
function person(text: string, id: string, ...forms: string[]): Entity {
  const mentions = forms.flatMap((form) => {
    const out = [];
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1))
      out.push({ start: at, end: at + form.length });
    return out;
  });
  return { id, name: forms[0]!, type: "PER", aliases: [], roles: [], mentions };
}

/** An indirect report by the statement `speaker` of everything after `after`. */
function report(text: string, after: string, speaker: string): Quote {
  const start = text.indexOf(after) + after.length;
  const end = text.length - 1;
  return {
    start,
    end,
    speaker,
    speakerText: speaker,
    text: text.slice(start, end),
    direct: false,
    verb: "قال",
    rule: "test",
  };
}

test("a report that relays a named person's words in quote marks gives them to him too", () => {
  const table: Array<[text: string, after: string, forms: string[], words: string]> = [
    [
      "وقال بيان للرئاسة إن الرئيس جوزيف عون «أكد ضرورة حصر السلاح بيد الدولة».",
      "إن ",
      ["جوزيف عون"],
      "أكد ضرورة حصر السلاح بيد الدولة",
    ],
    [
      'وذكرت الوزارة أن وزير الخارجية الأردني أيمن الصفدي، "شدد على رفض أي تهجير للفلسطينيين".',
      "أن ",
      ["أيمن الصفدي"],
      "شدد على رفض أي تهجير للفلسطينيين",
    ],
  ];
  for (const [text, after, forms, words] of table) {
    const quotes = withRelayedQuotes(text, [report(text, after, "البيان")], [person(text, "e1", ...forms)]);
    assert.equal(quotes.length, 2, text);
    assert.deepEqual(
      { speaker: quotes[1]!.speaker, text: quotes[1]!.text, direct: quotes[1]!.direct },
      { speaker: "e1", text: words, direct: true },
    );
    assert.equal(text.slice(quotes[1]!.start, quotes[1]!.end), words);
    assert.equal(quotes[0]!.speaker, "البيان", "the report itself stays");
  }
});

test("must not: the person is not what the report opens with, or no quote marks follow the name", () => {
  const table: Array<[text: string, after: string, forms: string[]]> = [
    ["وقال البيان إن الحكومة التي يرأسها نواف سلام «ماضية في الإصلاح».", "إن ", ["نواف سلام"]],
    ["وقال البيان إن جوزيف عون أكد ضرورة حصر السلاح بيد الدولة.", "إن ", ["جوزيف عون"]],
    ["وقال البيان إن «الرئيس جوزيف عون أكد ضرورة الحوار».", "إن ", ["جوزيف عون"]],
  ];
  for (const [text, after, forms] of table) {
    const quotes = withRelayedQuotes(text, [report(text, after, "البيان")], [person(text, "e1", ...forms)]);
    assert.equal(quotes.length, 1, text);
  }
});
