import assert from "node:assert/strict";
import { describe, test } from "node:test";
import fc from "fast-check";
import { splitSentences } from "./sentences.js";

function sentences(text: string): string[] {
  return splitSentences(text).map((s) => text.slice(s.start, s.end));
}

const splits: Array<[string, string, string[]]> = [
  ["full stops", "وصل الوفد إلى بغداد. وبدأت المحادثات.", ["وصل الوفد إلى بغداد.", "وبدأت المحادثات."]],
  ["Arabic question mark", "هل انتهت الأزمة؟ لا أحد يعرف.", ["هل انتهت الأزمة؟", "لا أحد يعرف."]],
  ["exclamation", "يا له من يوم! عاد الجميع.", ["يا له من يوم!", "عاد الجميع."]],
  ["Latin question mark", "لماذا? لا جواب.", ["لماذا?", "لا جواب."]],
  ["terminators together", "لماذا؟! لا أحد يجيب.", ["لماذا؟!", "لا أحد يجيب."]],
  ["single newline", "عنوان بلا نقطة\nنص الخبر.", ["عنوان بلا نقطة", "نص الخبر."]],
  ["blank line", "الفقرة الأولى\n\nالفقرة الثانية", ["الفقرة الأولى", "الفقرة الثانية"]],
  ["CRLF", "سطر أول\r\nسطر ثان", ["سطر أول", "سطر ثان"]],
  ["closing bracket after the stop", "(انظر الصفحة الثالثة.) ثم عاد.", ["(انظر الصفحة الثالثة.)", "ثم عاد."]],
  ["stop after a closed quote", "قال: «لن نتراجع». وغادر.", ["قال: «لن نتراجع».", "وغادر."]],
  ["year in digits", "انتهت الحرب عام 1991. وبعدها بدأ الإعمار.", ["انتهت الحرب عام 1991.", "وبعدها بدأ الإعمار."]],
  ["year with م", "ولد عام 1948م. ثم هاجر.", ["ولد عام 1948م.", "ثم هاجر."]],
  ["Hijri year", "توفي سنة 1300 هـ. ودفن في المدينة.", ["توفي سنة 1300 هـ.", "ودفن في المدينة."]],
  ["missing space after the stop", "انتهى الاجتماع.وغادر الوفد.", ["انتهى الاجتماع.", "وغادر الوفد."]],
  ["ellipsis at the end of the line", "ثم صمت...\nوعاد.", ["ثم صمت...", "وعاد."]],
  ["ellipsis then a question", "وماذا بعد...؟ لا شيء.", ["وماذا بعد...؟", "لا شيء."]],
  [
    "a quote across a paragraph break",
    "قال: «سنعود.\n\nلن نتراجع.» ثم صمت.",
    ["قال: «سنعود.", "لن نتراجع.»", "ثم صمت."],
  ],
  ["an unclosed quote protects nothing", "قال: «سنعود. ولن نتراجع.", ["قال: «سنعود.", "ولن نتراجع."]],
  ["a quote that opens the next sentence", 'انتهى."قال إنه عائد." ثم غادر.', ["انتهى.", '"قال إنه عائد." ثم غادر.']],
  ["surrounding whitespace trimmed", "  جملة أولى.   جملة ثانية.  \n", ["جملة أولى.", "جملة ثانية."]],
  ["invisible marks trimmed", "\u200fجملة أولى.\u200f جملة ثانية.", ["جملة أولى.", "جملة ثانية."]],
  ["list items", "1. البند الأول\n2. البند الثاني. تم الاتفاق.", ["1. البند الأول", "2. البند الثاني.", "تم الاتفاق."]],
  ["empty text", "", []],
  ["only whitespace", " \n\n \t", []],
];

const whole: Array<[string, string]> = [
  ["a full stop inside a quote", "قال «أ. ب.» ثم غادر."],
  ["a question inside a quote", "تساءل: «إلى متى؟» وأضاف أن الصبر نفد."],
  ["sentences inside a quote", "قال: «سنعود. لن نتراجع!» ثم صمت."],
  ["straight quotes", 'قال: "انتهى الأمر. لا عودة." ثم غادر.'],
  ["curly quotes", "قال: “انتهى الأمر. لا عودة.” ثم غادر."],
  ["swapped curly quotes", "قال: ”انتهى الأمر. لا عودة.“ ثم غادر."],
  ["nested quotes", 'قال: «ردد الجميع "لا. لا." بصوت واحد.» ثم غادر.'],
  ["agency code أ.ف.ب", "وقال مسؤول لوكالة أ.ف.ب إن الوضع هادئ."],
  ["agency code with final stop", "وقال مسؤول لوكالة أ.ف.ب. إن الوضع هادئ."],
  ["agency code د.ب.أ", "ذكرت وكالة د.ب.أ أن الاجتماع انتهى."],
  ["agency code إ.ب.أ", "التقط المصور صورة لوكالة إ.ب.أ. في الميدان."],
  ["agency code أ.ب", "أفادت وكالة أ.ب. بأن المحادثات تعثرت."],
  ["agency code و.م.ع", "نقلت وكالة و.م.ع. عن الوزير قوله إن الاتفاق قريب."],
  ["doctor", "صرح د. محمد الأحمد بأن الوضع مستقر."],
  ["doctor without a space", "صرح د.محمد الأحمد بأن الوضع مستقر."],
  ["initials", "كتب ج. ك. رولينغ رواية جديدة."],
  ["U.S.", "قال مسؤول في U.S. Army إن التدريب انتهى."],
  ["Dr.", "التقى الوزير Dr. Smith أمس."],
  ["Prof.", "حاضر Prof. Jones في الجامعة."],
  ["decimal", "بلغ النمو 4.5 في المئة."],
  ["thousands with stops", "بلغ عدد السكان 1.500.000 نسمة."],
  ["date", "وصل الوفد في 2024/03/27 إلى العاصمة."],
  ["Arabic-Indic decimal", "ارتفع المؤشر ٤٫٥ نقاط."],
  ["ellipsis as a joint", "«العلاقة... من هزيمة إلى أخرى»"],
  ["ellipsis mid-line", "العلاقة... من هزيمة إلى أخرى"],
  ["two dots mid-line", "انتظروا.. ثم عادوا إلى المنازل."],
  ["unicode ellipsis mid-line", "العلاقة… من هزيمة إلى أخرى."],
  ["clause marks", "قال الوزير، إن الاتفاق قريب؛ لكنه لم يحدد موعدا."],
  ["domain", "نشر الموقع marsad.org التقرير كاملا."],
];

describe("splits", () => {
  for (const [name, text, expected] of splits) {
    test(name, () => assert.deepEqual(sentences(text), expected));
  }
});

describe("must not split", () => {
  for (const [name, text] of whole) {
    test(name, () => assert.deepEqual(sentences(text), [text]));
  }
});

test("a paragraph of news text", () => {
  const text =
    "بغداد (أ.ف.ب) - أعلنت الحكومة العراقية الأحد عن اتفاق جديد. وقال المتحدث باسمها: «وقعنا الاتفاق. والتنفيذ يبدأ غدا». ولم يعلق الطرف الآخر؟\n\nوكانت المفاوضات قد تعثرت في 2023/11/02.";
  assert.deepEqual(sentences(text), [
    "بغداد (أ.ف.ب) - أعلنت الحكومة العراقية الأحد عن اتفاق جديد.",
    "وقال المتحدث باسمها: «وقعنا الاتفاق. والتنفيذ يبدأ غدا».",
    "ولم يعلق الطرف الآخر؟",
    "وكانت المفاوضات قد تعثرت في 2023/11/02.",
  ]);
});

const pieces = [..."ابتثجحخدذرزسشصضطظعغفقكلمنهويءأة", ...' \n.!?؟،؛«»"“”…0123456789AbZ', "أ.ف.ب", "..."];
const arabicish = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join(""));
const anyText = fc.oneof(arabicish, fc.string({ unit: "binary", maxLength: 60 }));

describe("properties", () => {
  test("spans are ordered, disjoint, non-empty, trimmed and within bounds", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let last = 0;
        for (const s of splitSentences(text)) {
          if (s.start < last || s.end <= s.start || s.end > text.length) return false;
          const slice = text.slice(s.start, s.end);
          if (slice.trim() !== slice) return false;
          last = s.end;
        }
        return true;
      }),
      { numRuns: 3000 },
    );
  });
  test("no sentence holds a newline, and every visible character is in a sentence", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const covered = new Uint8Array(text.length);
        for (const s of splitSentences(text)) {
          if (/[\n\r\u2028\u2029\u0085]/.test(text.slice(s.start, s.end))) return false;
          covered.fill(1, s.start, s.end);
        }
        // U+0085 (NEL) is a line break to the splitter, though JavaScript's \s leaves it out.
        for (let i = 0; i < text.length; i++) if (!covered[i] && !/[\s\p{Cf}\u0085]/u.test(text[i]!)) return false;
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
