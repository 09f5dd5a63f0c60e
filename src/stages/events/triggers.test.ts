import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadTsv } from "../../lexicon/load.js";
import { normalizeWord } from "../../text/normalize.js";
import { tokenize } from "../../text/tokenize.js";
import { knownWords } from "../../text/words.js";
import { CLAUSE_BREAK, DIRECTION, LIGHT, matchTrigger, PLACE_NOUN, placeHead, triggerTable } from "./triggers.js";

/** The first trigger in `text` as [kind, trigger text], or null. */
function firstTrigger(text: string): [string, string] | null {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const match = matchTrigger(tokens, i, tokens.length);
    if (match && match.row.kind !== LIGHT) {
      return [match.row.kind, text.slice(tokens[match.first]!.start, tokens[match.end - 1]!.end)];
    }
  }
  return null;
}

// [text, kind, trigger as written]
const matches: Array<[string, string, string]> = [
  ["التقى الوزيران", "meet", "التقى"],
  ["والتقت الرئيسة", "meet", "التقت"], // the tokenizer splits و off a known word
  ["وسيلتقي الرئيس", "meet", "وسيلتقي"],
  ["ليلتقيا في الرياض", "meet", "ليلتقيا"],
  ["استقبله الملك", "meet", "استقبله"],
  ["خلال لقائه بالسفير", "meet", "لقائه"],
  ["بعد لقاءٍ قصير", "meet", "لقاءٍ"],
  ["في الاجتماعات الدورية", "meet", "الاجتماعات"],
  ["وللاجتماع أهمية", "meet", "لاجتماع"], // و | ل | (ا)لاجتماع
  ["وأجرى اتصالاً هاتفياً", "meet", "اتصالاً"],
  ["بحث الوزير مع نظيره", "meet", "بحث"],
  ["يبحثان ملف المياه", "meet", "يبحثان"],
  ["جولة مفاوضات جديدة", "negotiate", "مفاوضات"],
  ["وزارها مرتين", "visit", "وزارها"],
  ["بزيارته الأولى", "visit", "بزيارته"],
  ["زيارتين رسميتين", "visit", "زيارتين"],
  ["وصل الوفد إلى المطار", "visit", "وصل"],
  ["شن هجوماً واسعاً", "attack", "هجوماً"],
  ["قصفت المدفعية", "attack", "قصفت"],
  ["استهدفت القواعد", "attack", "استهدفت"],
  ["في غارة جوية", "strike", "غارة"],
  ["الضربات الجوية الأخيرة", "strike", "الضربات الجوية"],
  ["شنت ضربات على المواقع", "strike", "شنت"],
  ["أعلن مقتل القائد", "announce", "أعلن"],
  ["عن مقتل القائد", "kill", "مقتل"],
  ["لقي ثلاثة أشخاص حتفهم", "kill", "لقي"],
  ["أودى بحياة العشرات", "kill", "أودى"],
  ["ألقت الشرطة القبض على المشتبه", "arrest", "القبض"],
  ["واعتقلت القوات", "arrest", "واعتقلت"],
  ["وقع الطرفان اتفاقية", "agreement", "وقع"],
  ["مذكرة تفاهم للتعاون", "agreement", "مذكرة تفاهم"],
  ["ونفت الوزارة", "deny", "نفت"], // و comes off a known reporting verb
  ["انتقد الرئيس", "criticise", "انتقد"],
  ["تدين الحكومة", "criticise", "تدين"],
  ["هددت الجماعة", "threaten", "هددت"],
  ["نشرت الولايات المتحدة ألفي جندي", "deploy", "نشرت"],
  ["سحب قواته من البلاد", "withdraw", "سحب"],
  ["بانسحاب القوات", "withdraw", "بانسحاب"],
  ["إنهاء مهمة البعثة", "withdraw", "إنهاء"],
  ["وقف إطلاق النار", "ceasefire", "وقف إطلاق النار"],
  ["طالبت الحكومة", "demand", "طالبت"],
  ["رحب المجلس", "support", "رحب"],
  ["مظاهرات حاشدة", "protest", "مظاهرات"],
];

// Words that look like triggers but are not, with why.
const nonMatches: Array<[string, string]> = [
  ["بحث الباحثون في الأمر", "بحث without مع is research"],
  ["خرج بحثاً عن الماء", "بحثاً عن: in search of"],
  ["وقع هجوم", "وقع without an agreement word is 'occurred' (هجوم itself is matched, not وقع)"],
  ["نشرت الصحيفة بياناً", "نشر without troops is 'published'"],
  ["سحب الثقة من الحكومة", "سحب without troops"],
  ["الشؤون الاجتماعية", "اجتماعية is 'social'"],
  ["المعتقل السابق", "a detainee, not an arrest"],
  ["قاعدة عين الأسد", "عين is not listed"],
  ["وزارة الخارجية", "وزارة is not و + زار + ه"],
  ["الأمير فيصل", "فيصل is not ف + يصل"],
  ["مع فجر اليوم", "فجر is 'dawn'"],
  ["لقي معاملة حسنة", "لقي without حتف/مصرع"],
  ["في مدينة الموصل", "a place noun is no event"],
  ["تحقيق الأهداف", "تحقيق without فتح"],
];

describe("event trigger lexicon", () => {
  for (const [text, kind, written] of matches) {
    test(`${text} → ${kind}`, () => {
      assert.deepEqual(firstTrigger(text), [kind, written]);
    });
  }
  for (const [text, why] of nonMatches) {
    test(`no event trigger: ${text} (${why})`, () => {
      const found = firstTrigger(text);
      assert.ok(found === null || (text === "وقع هجوم" && found[0] === "attack"), `${text}: ${found}`);
    });
  }

  test("rows are well formed", () => {
    for (const row of loadTsv("event-triggers")) {
      const reserved = [LIGHT, PLACE_NOUN, CLAUSE_BREAK, DIRECTION].includes(row.kind ?? "");
      assert.match(row.cameo ?? "", reserved ? /^$/ : /^(0[1-9]|1\d|20)$/, `${row.kind}: cameo`);
      assert.ok(["verb", "noun", "word"].includes(row.pos ?? ""), `${row.kind}: pos`);
      assert.ok(["", "place", "actor", "destination"].includes(row.needs ?? ""), `${row.kind}: needs`);
      assert.ok(row.needs !== "destination" || row.places !== "", `${row.kind}: destination needs places`);
      assert.ok((row.forms ?? "") !== "", `${row.kind}: forms`);
    }
  });

  test("generated clitic forms never shadow a listed whole word", () => {
    // words.tsv lists whole words that begin with a clitic letter (وزير، بيان): a generated
    // و/ف/ب/ل/ك/س + trigger form equal to one of them would misread that word.
    const listed = new Set<string>();
    for (const row of loadTsv("event-triggers")) {
      for (const form of (row.forms ?? "").split("|")) {
        const head = normalizeWord(form.split(/\s+/)[0] ?? "");
        listed.add(head).add(`ال${head}`);
      }
    }
    const clashes = [...triggerTable().index.keys()].filter((key) => knownWords().has(key) && !listed.has(key));
    assert.deepEqual(clashes, []);
  });

  test("place nouns and directions carry their preposition", () => {
    assert.deepEqual(placeHead(normalizeWord("بمحافظة")), { prefix: "ب", direction: false });
    assert.deepEqual(placeHead(normalizeWord("مدينة")), { prefix: "", direction: false });
    assert.deepEqual(placeHead(normalizeWord("غرب")), { prefix: "", direction: true });
    assert.equal(placeHead(normalizeWord("زيارة")), null);
  });
});
