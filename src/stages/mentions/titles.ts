// Why: a title before a name is the strongest evidence that a person is named, and the title
// itself is the role the article gives that person. A title phrase (lexicon/titles.tsv) is the
// title and its complements, read like this:
//   - office chains: نائبة مساعد وزير …; a quantifier before a plural: أحد قادة …, and after
//     ل: المدير المالي لإحدى شركات النقل;
//   - definite nouns and adjectives: وزير الزراعة الأردني، أستاذ التاريخ الحديث، الرئيس السابق;
//     after a known place or body only its adjectives (لقائد قوات الفجر | الجيشَ: the object);
//   - construct chains through an indefinite noun: رئيس قسم الطوارئ، وزير شؤون …,
//     but never after a definite or proper unit (… في كتائب الفجر أبوعلي: the name starts);
//   - a known place or body: رئيس إقليم كردستان، زعيم «جبهة الفجر»;
//   - ل + a definite noun or a linking noun: المنسق العام للحملة الجديدة، … لشؤون المياه;
//   - في/لدى/عن + a known place or body (and و + more): السفيرة الأميركية لدى العراق، النائب
//     عن كتلة الفجر، قائد القوات في الأردن ومصر; باسم + the body after a spokesman, and
//     باسمه/باسمها (the body named before, as for رئيسها);
//   - في + a definite noun (or a construct: في اقتصاديات الطاقة) when a name follows: عضو
//     المكتب السياسي في الحركة كاوان صالح;
//   - a counterpart takes one country adjective: ونظيره المصري.
// A rank, an honorific or a definite office after the phrase (… العقيد جون ماركس، الناطق باسم
// الوزارة السفير …), even after a parenthesis and a comma (رئيس خلية الإعلام في الوزارة (رسمية)،
// اللواء …), starts a second segment: each segment is one role. A known person's name ends the
// phrase. A profession shaped like an adjective after a definite noun is that noun's adjective
// (المكتب الإعلامي), and مديره "his director" is told from مديرة by the written ه.
import {
  CLITIC,
  COMMA,
  COMMON,
  DEF,
  type Doc,
  finalLetter,
  GIVEN,
  LINE_START,
  NISBA,
  PAREN_OPEN,
  PARTICLE,
  POSSESSIVE,
  QUOTE,
  STOP,
  TANWEEN,
  TITLE_START,
  WORD,
} from "./doc.js";
import { groupEnd, nisbaShaped } from "./heads.js";
import type { TitleEntry } from "./knowledge.js";
import type { Spans } from "./spans.js";

export interface Segment {
  start: number;
  end: number;
  entry: TitleEntry;
}

export interface TitlePhrase {
  start: number;
  end: number;
  segments: Segment[];
}

const TAKES_COMPLEMENTS = new Set(["office", "profession", "spokesman"]);
const IN_ITS_NAME = new Set(["باسمه", "باسمها", "باسمهم"]);
const SEPARATE = new Set(["rank", "honorific"]);

export function scanTitles(doc: Doc, known: Spans): TitlePhrase[] {
  const out: TitlePhrase[] = [];
  let i = 0;
  while (i < doc.n) {
    if (doc.flags[i]! & TITLE_START && known.typeAt(i) !== "PER") {
      const phrase = readTitle(doc, known, i);
      if (phrase) {
        out.push(phrase);
        i = phrase.end;
        continue;
      }
    }
    i++;
  }
  return out;
}

function titleAt(doc: Doc, i: number): { value: TitleEntry; end: number } | undefined {
  if (i >= doc.n || !(doc.flags[i]! & TITLE_START)) return undefined;
  const match = doc.k.titles.longest(doc.n, doc.norm, i);
  // مديره "his director" folds like مديرة: the written ه decides.
  const possessive = match?.end === i + 1 ? doc.k.possessiveTitles.get(doc.norm(i)) : undefined;
  if (possessive && finalLetter(doc.text, doc.toks[i]!) === HEH) return { value: possessive, end: i + 1 };
  return match;
}
const HEH = 0x0647;

function readTitle(doc: Doc, known: Spans, i: number): TitlePhrase | undefined {
  let match = titleAt(doc, i);
  if (!match) return undefined;
  // المكتب الإعلامي: a profession shaped like an adjective, after a definite noun, is one.
  const before = i > 0 ? doc.flags[i - 1]! : 0;
  if (match.value.kind === "profession" && before & DEF && !(before & STOP) && nisbaShaped(doc.norm(i))) {
    return undefined;
  }
  let start = i;
  let entry = match.value;
  let j = match.end;
  if (entry.kind === "quantifier") {
    const plural = titleAt(doc, j);
    if (plural?.value.kind !== "office") return undefined;
    entry = plural.value;
    j = plural.end;
  }
  const segments: Segment[] = [];
  for (;;) {
    if (entry.kind === "spokesman" && IN_ITS_NAME.has(doc.norm(j))) {
      // المتحدثة باسمها: the body is the one named before, as for رئيسها.
      entry = { ...entry, title: `${entry.title} باسم`, possessive: true };
      j++;
    } else if (TAKES_COMPLEMENTS.has(entry.kind) && !entry.possessive) j = complements(doc, known, j, entry);
    else if (entry.kind === "counterpart") j = countryAdjective(doc, j);
    segments.push({ start, end: j, entry });
    let next = j;
    if (next < doc.n && doc.flags[next]! & PAREN_OPEN) {
      const close = groupEnd(doc, next);
      if (close > 0) next = close + 1;
    }
    if (next < doc.n && doc.flags[next]! & COMMA) next++;
    match = titleAt(doc, next);
    // A rank, an honorific or a definite office after the phrase is a role of its own: الناطق
    // باسم الوزارة السفير …، رئيس اللجنة العميد …
    if (!match || !(SEPARATE.has(match.value.kind) || (match.value.kind === "office" && doc.flags[next]! & DEF))) break;
    start = next;
    entry = match.value;
    j = match.end;
  }
  return { start: i, end: j, segments };
}

function countryAdjective(doc: Doc, j: number): number {
  const f = j < doc.n ? doc.flags[j]! : 0;
  return f & DEF && (f & NISBA || nisbaShaped(doc.norm(j))) ? j + 1 : j;
}

// في/لدى/عن/إلى + a known place or body: السفيرة لدى العراق، النائب عن كتلة الفجر، المبعوث إلى اليمن.
const IN = new Set(["في", "لدي", "عن", "الي"]);

function complements(doc: Doc, known: Spans, j: number, entry: TitleEntry): number {
  const { flags, k } = doc;
  if (entry.kind === "spokesman" && doc.norm(j) === "باسم") j++;
  let takesNext = false; // after ل or في: the next unit must be taken or the phrase ends before
  // A definite or proper unit ended the chain (a definite title too: الطبيب سامي …): no
  // construct noun follows.
  let closed = (flags[j - 1]! & DEF) !== 0;
  let afterKnown = false; // the last unit is a known place or body
  let mark = j;
  while (j < doc.n) {
    const f = flags[j]!;
    if (f & LINE_START) break;
    if (!(f & DEF)) afterKnown = false;
    const spanEnd = known.endAt(j);
    if (spanEnd > j) {
      if (known.typeAt(j) === "PER") break;
      j = spanEnd;
      mark = j;
      takesNext = false;
      closed = true;
      afterKnown = true;
      // في الأردن ومصر: a coordinated place or body.
      while (j + 1 < doc.n && flags[j]! & CLITIC && doc.norm(j) === "و" && known.endAt(j + 1) > j + 1) {
        const end = known.endAt(j + 1);
        if (known.typeAt(j + 1) === "PER") break;
        j = end;
        mark = j;
      }
      continue;
    }
    const title = f & TITLE_START ? titleAt(doc, j) : undefined;
    if (title?.value.kind === "quantifier" && !takesNext && !closed) {
      j = title.end; // لإحدى شركات النقل: the plural after it completes the phrase
      takesNext = true;
      continue;
    }
    if (title) {
      if (title.value.kind !== "office" || (closed && f & DEF)) break;
      j = title.end;
      mark = j;
      takesNext = false;
      continue;
    }
    if (f & QUOTE) {
      const close = groupEnd(doc, j);
      if (close < 0) break;
      j = close + 1;
      mark = j;
      takesNext = false;
      closed = true;
      continue;
    }
    if (f & DEF && (!(f & STOP) || k.adjectives.has(doc.norm(j)))) {
      // After a known body only its adjectives: لقائد قوات الفجر | الجيشَ (the object).
      if (afterKnown && !(f & NISBA) && !nisbaShaped(doc.norm(j)) && !k.adjectives.has(doc.norm(j))) break;
      j++;
      mark = j;
      takesNext = false;
      closed = true;
      continue;
    }
    const norm = doc.norm(j);
    const next = j + 1 < doc.n ? flags[j + 1]! : 0;
    const nextTakes = (next & DEF && !(next & STOP)) || known.endAt(j + 1) > j + 1 || (next & TITLE_START) !== 0;
    // A construct chain: an indefinite noun followed by what completes it (قسم العناية),
    // also as the object of a link (لإحدى شركات النقل).
    const construct = (f & (WORD | STOP | TANWEEN | DEF | GIVEN)) === WORD && nextTakes;
    if (takesNext) {
      if (!construct) break;
      j++;
      continue;
    }
    if (f & CLITIC && norm === "ل" && (nextTakes || k.links.has(doc.norm(j + 1)))) {
      j++;
      takesNext = !k.links.has(doc.norm(j));
      closed = false;
      continue;
    }
    if (f & WORD && norm.startsWith("ل") && k.links.has(norm.slice(1))) {
      j++;
      takesNext = true;
      closed = false;
      continue;
    }
    if (IN.has(norm) && known.endAt(j + 1) > j + 1 && known.typeAt(j + 1) !== "PER") {
      j++;
      takesNext = true;
      continue;
    }
    // عضو المكتب السياسي في الحركة سامر …: في + a definite noun, when a name follows it.
    if (IN.has(norm) && mark === j) {
      // … في اقتصاديات الطاقة، صفاء …: an indefinite noun in construct with the definite run.
      const construct = (flags[j + 1]! & (WORD | DEF | STOP | TANWEEN | GIVEN)) === WORD && j + 2 < doc.n;
      const end = definiteRun(doc, construct ? j + 2 : j + 1);
      if (end > j + 1 && nameFollows(doc, known, end)) {
        j = end;
        mark = j;
        closed = true;
        continue;
      }
    }
    // وزيرة الهجرة والمهجرين إيفان …، وزير التخطيط والتعاون الدولي: a coordinated portfolio,
    // when a name follows it (وزير الخارجية والوفد المرافق: the delegation is no portfolio).
    if (f & CLITIC && norm === "و" && closed && mark === j && !afterKnown && (next & (DEF | TITLE_START)) === DEF) {
      const end = definiteRun(doc, j + 1);
      if (end > j + 1 && nameFollows(doc, known, end)) {
        j = end;
        mark = j;
        continue;
      }
    }
    if (norm === "باسم" && nextTakes) {
      j++;
      takesNext = true;
      closed = false;
      continue;
    }
    if (closed) break;
    if (construct) {
      j++;
      takesNext = true;
      continue;
    }
    break;
  }
  return mark;
}

/** The end of definite nouns and adjectives from j (الاقتصاد البحري), at most three. */
function definiteRun(doc: Doc, j: number): number {
  let end = j;
  while (end < doc.n && end < j + 3 && (doc.flags[end]! & (DEF | STOP | LINE_START)) === DEF) end++;
  return end;
}

/** A name starts at j, or after a comma: a given name, a kunya, a known person or an unknown word. */
function nameFollows(doc: Doc, known: Spans, j: number): boolean {
  if (j < doc.n && doc.flags[j]! & COMMA) j++;
  if (j >= doc.n || known.typeAt(j) === "PER") return j < doc.n;
  const f = doc.flags[j]!;
  if (f & (GIVEN | PARTICLE)) return true;
  return (
    (f & (WORD | DEF | STOP | COMMON | TANWEEN | TITLE_START | LINE_START | POSSESSIVE)) === WORD &&
    known.endAt(j) === 0
  );
}
