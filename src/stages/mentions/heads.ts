// Why: most bodies and many places in the news are named by a head noun and what follows it:
// لجنة المتابعة العليا، جهاز الأمن الوطني الأردني، وكالة الأنباء الليبية الرسمية، مخيم الركبان.
// No lexicon can hold a committee formed last week, so the name is read off its grammar: the
// head (lexicon/org-heads.tsv), then what may follow it, up to the first word that cannot:
//   - a known place or body (قوات التحالف، إقليم كردستان), a quoted name (حركة «الفجر»,
//     تنظيم (النصر)), Latin letters (شبكة NBC);
//   - definite nouns and adjectives (وزارة الصحة الفلسطينية), construct chains through an
//     indefinite noun (جهاز مكافحة الإرهاب، رابطة معلمي الكرخ), و + a definite noun right after
//     a noun of the chain (وكالة الأنباء والمعلومات، لجنة الصحة والبيئة), never after an
//     adjective, where و starts a new phrase (لجنة المتابعة العليا والزيارة المقبلة);
//   - ل + a linking noun or a title (التحالف الدولي لمحاربة الإرهاب، المكتب الإعلامي لرئيس
//     الوزراء), or ل + a sector noun at the end of the name (شركة الواحة للطاقة الشمسية);
//   - after an indefinite head, up to two unknown words: a proper name (مستشفى رفيق الحريري,
//     مخيم الركبان) unless shaped like an adjective or a common feminine noun (لجنة ثنائية،
//     قاعدة عسكرية، مطار دولي، مركز معارضة);
//   - heads marked "proper" take only names, never common nouns (قوات البيشمركة, not قوات الأمن);
//     "people" heads also a definite noun and a plural of people after it (حركة المزارعين
//     الأحرار), but not a plural of things or a sector (حركة الشاحنات، حركة التجارة);
//     "construct" heads start with an indefinite word (تجمع شركات النقل, not تجمع المحتجون);
//     LOC heads never take a body (قاعدة التحالف is no place name), and a place's country
//     adjective after a known place describes it (ميناء العقبة الأردني is ميناء العقبة).
// A definite head (اللجنة، الجيش) names something only with an adjective after it (اللجنة
// المشتركة، الجيش العراقي), and not when it is itself an adjective of a noun before it
// (السياسة الخارجية الأميركية) or the complement of a title (وزير الخارجية). A head whose only
// complement points back (مجلس المحافظة، مركز المدينة) names nothing new. A dual head takes one
// adjective per body (الحزبين الجمهوري والديمقراطي: two parties).
import {
  CLITIC,
  COMMON,
  DASH,
  DEF,
  type Doc,
  GIVEN,
  HEAD_START,
  LATIN,
  LINE_START,
  NISBA,
  PAREN_CLOSE,
  PAREN_OPEN,
  QUOTE,
  STOP,
  TANWEEN,
  TITLE_START,
  WORD,
} from "./doc.js";
import type { HeadEntry } from "./knowledge.js";
import type { Spans } from "./spans.js";
import { type Candidate, candidate, PRIORITY } from "./types.js";

const MAX_QUOTED = 8;
const LAM = 0x0644;
const INNER = new Set(["-", ".", "–"]);

export function scanHeads(doc: Doc, known: Spans): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (!(doc.flags[i]! & HEAD_START)) continue;
    const match = doc.k.heads.longest(doc.n, doc.norm, i);
    if (!match) continue;
    if (match.value.complement === "nisba-dual" || match.value.complement === "dual") continue; // duals.ts
    const candidate = readHead(doc, known, i, match.end, match.value);
    if (candidate) out.push(candidate);
  }
  return out;
}

/** The closing quote or bracket of a group opening at j, or -1. */
export function groupEnd(doc: Doc, j: number): number {
  const open = doc.flags[j]!;
  const closing = open & QUOTE ? QUOTE : open & PAREN_OPEN ? PAREN_CLOSE : 0;
  if (!closing) return -1;
  for (let k = j + 1; k < doc.n && k <= j + MAX_QUOTED; k++) {
    const f = doc.flags[k]!;
    if (f & closing) return k > j + 1 ? k : -1;
    if (!(f & (WORD | CLITIC | LATIN)) && doc.toks[k]!.kind !== "number" && !INNER.has(doc.norm(k))) return -1;
  }
  return -1;
}

/** A nisba-shaped adjective: العراقي، الأميركية، الفيدرالي. */
export const nisbaShaped = (norm: string) => norm.endsWith("ي") || norm.endsWith("يه");
/** A plural country or group adjective: السوريين، العراقيون. */
const pluralNisba = (norm: string) => norm.endsWith("يين") || norm.endsWith("يون");
/** A sound plural of people: المزارعين، المستقلون. */
const peoplePlural = (norm: string) => norm.length >= 6 && (norm.endsWith("ين") || norm.endsWith("ون"));

function adjectiveAt(doc: Doc, t: number): boolean {
  if (!(doc.flags[t]! & DEF)) return false;
  const norm = doc.norm(t);
  // التنمية، البحرية: a sector noun is no adjective, though shaped like one.
  return (nisbaShaped(norm) && !doc.k.sectors.has(norm)) || doc.k.adjectives.has(norm);
}

/** Words of a name in quote marks after a head (حركة «أنصار الفجر الجديد»). */
const MAX_QUOTED_NAME = 5;

const nisbaAt = (doc: Doc, t: number) =>
  (doc.flags[t]! & DEF) !== 0 && nisbaShaped(doc.norm(t)) && !doc.k.sectors.has(doc.norm(t));

function readHead(doc: Doc, known: Spans, i: number, headEnd: number, e: HeadEntry): Candidate | undefined {
  const { flags, k } = doc;
  const definite = (flags[i]! & DEF) !== 0;
  // إعادة تنظيم الصفوف: the head is a verbal noun after another; برئاسة الوزير: "chaired by".
  if (!definite && i > 0 && k.links.has(doc.norm(i - 1))) return undefined;
  if (!definite && i > 0 && doc.norm(i - 1) === "ب" && flags[headEnd]! & (TITLE_START | GIVEN)) return undefined;
  if (definite) {
    const before = i > 0 ? flags[i - 1]! : 0;
    // السياسة الخارجية الأميركية: an adjective of the noun before; وزير الخارجية: a portfolio.
    if ((before & DEF && !(before & STOP)) || (before & TITLE_START && e.complement === "nisba")) return undefined;
  }
  const anyLike = e.complement === "any" || e.complement === "construct";
  const namesOnly = e.complement === "proper" || e.complement === "people";
  let j = headEnd;
  // A known name that starts with the head (التحالف الدولي، قطاع غزة): read on after it.
  const knownEnd = known.endAt(i);
  let good = -1; // end of the last complement that may close the name
  let units = 0;
  let coreEnd = -1;
  let canonical: string | undefined;
  let afterLink = false;
  let adjectives = false; // the name so far ends on a nisba: only adjectives and links may follow
  let linked = false;
  let sectored = false; // the name ends on ل + a sector (للنفط) or a known body
  let place = false; // the last unit is a known place after a construct noun or a route dash
  const close = (at: number) => {
    const last = doc.norm(at - 1);
    // After a nisba, or after the object of a link (لمحاربة الإرهاب), only adjectives follow.
    adjectives =
      ((flags[at - 1]! & DEF) !== 0 && (nisbaShaped(last) || k.adjectives.has(last)) && at - 1 > i) ||
      afterLink ||
      linked;
    linked = adjectives && (afterLink || linked);
    afterLink = false;
    place = false;
    good = at;
    units++;
    if (coreEnd < 0) coreEnd = at;
  };
  if (knownEnd > headEnd) {
    canonical = known.candidateAt(i)!.canonical;
    j = knownEnd;
    close(j);
  } else if (definite && headEnd - i > 1 && e.complement !== "nisba") {
    good = headEnd; // الدفاع المدني: a head of two words is a name of its own
  }
  while (j < doc.n) {
    const f = flags[j]!;
    if (f & LINE_START) break; // a caption's last word and the next line's first
    const spanEnd = known.endAt(j);
    if (spanEnd > j && e.complement !== "nisba" && !(adjectives && !afterLink)) {
      const type = known.typeAt(j);
      // قوات الاحتلال | مخيم جنين: a known name after a closed name is the next phrase, unless
      // linked; after an indefinite word it completes a construct (حركة أصدقاء الفرات).
      const closedBefore = units > 0 && !afterLink && (flags[j - 1]! & (DEF | QUOTE | LATIN | PAREN_CLOSE)) !== 0;
      if ((e.type === "LOC" && type === "ORG") || (type === "PER" && units > 0) || closedBefore) break;
      // التحالف | قاعدة عين الأسد: a definite head is in no construct with a name.
      if (definite && units === 0) break;
      if (units === 0) canonical = known.candidateAt(j)!.canonical;
      // صندوق إعمار سنجار وسهل نينوى: places listed as the object of a construct noun (not right
      // after a body's head: مستشفى الموصل | والبصرة); خط أنابيب كركوك - جيهان: a route.
      const listed: boolean = type === "LOC" && !(flags[j - 1]! & DEF) && (e.type === "LOC" || j > headEnd || place);
      j = spanEnd;
      close(j);
      place = listed;
      continue;
    }
    if (f & (QUOTE | PAREN_OPEN)) {
      if (units > 0 && !afterLink) break;
      // الجيش «أكملت تأمين الطريق»: a definite head takes no name in quote marks, and a name
      // in quote marks is a few words, not a clause.
      if (definite && units === 0) break;
      const end = groupEnd(doc, j);
      if (end < 0 || end - j - 1 > MAX_QUOTED_NAME) break;
      const inner = known.endAt(j + 1) === end ? known.candidateAt(j + 1) : undefined;
      if (e.type === "LOC" && inner?.type === "ORG") break;
      if (units === 0) canonical = inner?.canonical;
      j = end + 1;
      close(j);
      continue;
    }
    if (f & LATIN) {
      while (j < doc.n && flags[j]! & LATIN) j++;
      close(j);
      continue;
    }
    // صندوق إعمار سنجار وسهل نينوى; خط أنابيب كركوك - جيهان (a route between two places).
    const joined = e.type === "ORG" ? f & CLITIC && doc.norm(j) === "و" : f & DASH;
    if (joined && place && known.typeAt(j + 1) === "LOC") {
      j += 1;
      afterLink = true;
      continue;
    }
    if (f & DEF && (!(f & STOP) || k.adjectives.has(doc.norm(j)))) {
      const norm = doc.norm(j);
      if (e.complement === "nisba") {
        if (units === 0 && norm.endsWith("يه") && (flags[j]! & NISBA || nisbaShaped(norm))) close(j + 1);
        break;
      }
      if (e.complement === "construct" && j === headEnd && !k.sectors.has(norm)) break; // غرفة التجارة
      if (namesOnly) {
        if (f & (COMMON | HEAD_START) || (units === 0 && (k.generic.has(norm) || k.sectors.has(norm)))) break;
        const plural = e.complement === "people" && peoplePlural(norm);
        if (units > 0 && !nisbaShaped(norm) && !k.adjectives.has(norm) && !plural) break;
        // حركة الشاحنات، حركة التجارة: the movement of goods, not a movement.
        if (units === 0 && e.complement === "people" && (norm.endsWith("ات") || k.sectors.has(norm))) break;
      }
      const adjective = nisbaShaped(norm) || k.adjectives.has(norm) || pluralNisba(norm);
      if (definite && units === 0 && !adjective) break;
      // … المشتركة | العميد; but a head word that opens no head here goes on (الأمن والدفاع النيابية).
      const opens = f & TITLE_START || (f & HEAD_START && k.heads.longest(doc.n, doc.norm, j) !== undefined);
      if (units > 0 && opens && !adjective) break;
      if (adjectives && !adjective && !afterLink) break; // القيادة المركزية الأميركية | العراق
      // ميناء العقبة | الأردني: a country adjective after a place describes it.
      if (e.type === "LOC" && f & NISBA && units > 0) break;
      j++;
      close(j);
      continue;
    }
    if (definite && units === 0) break; // a definite head takes an adjective first
    if (!anyLike || units === 0) {
      if (units === 0 && !definite && e.complement !== "nisba") {
        const end = properWords(doc, known, j, e);
        if (end > j) {
          j = end;
          close(j);
          continue;
        }
      }
      if (!anyLike) break;
    }
    // Construct chains and links, inside an "any" name.
    const next = j + 1 < doc.n ? flags[j + 1]! : 0;
    const nextTakes = (next & DEF && !(next & STOP)) || known.endAt(j + 1) > j + 1 || next & (QUOTE | LATIN);
    if (f & CLITIC && doc.norm(j) === "ل" && units > 0) {
      const after = doc.norm(j + 1);
      const linked = k.links.has(after) || (next & DEF && k.links.has(after.slice(2))); // لمحاربة، للدعم
      const body = definite && bodyAt(doc, known, j + 1); // المفوضية السامية للأمم المتحدة
      if (
        ((linked || next & TITLE_START) && !(next & DEF)) ||
        (next & DEF && (k.sectors.has(after) || linked)) ||
        body
      ) {
        j += 1;
        afterLink = true;
        sectored ||= k.sectors.has(after) || body;
        continue;
      }
      break;
    }
    // و + a head word that opens no head here (الأمن والدفاع النيابية, not والدفاع المدني).
    const headNext = (next & HEAD_START) !== 0 && k.heads.longest(doc.n, doc.norm, j + 1) !== undefined;
    if (f & CLITIC && doc.norm(j) === "و" && units > 0 && next & DEF && !(next & STOP) && !headNext) {
      // البرية والبحرية: two adjectives of one name are coordinated, not a new phrase.
      const pair = nisbaAt(doc, j - 1) && nisbaAt(doc, j + 1);
      if (known.endAt(j + 1) > 0 || (!pair && (adjectiveAt(doc, j - 1) || adjectiveAt(doc, j + 1)))) break;
      // مركز البيان للدراسات والتخطيط: a second sector after ل + a sector.
      if (sectored && k.sectors.has(doc.norm(j + 1))) afterLink = true;
      j += 1;
      continue;
    }
    if (f & WORD && !(f & (STOP | DEF | TANWEEN)) && nextTakes) {
      if (e.complement === "construct" && j === headEnd && f & COMMON) break; // تجمع بعض المحتجين
      const norm = doc.norm(j);
      const link = norm.startsWith("ل") && k.links.has(norm.slice(1));
      if (link ? units > 0 : units === 0 || k.links.has(norm) || f & TITLE_START) {
        afterLink ||= link || k.links.has(norm);
        j++;
        continue;
      }
    }
    break;
  }
  if (good < 0 || (e.sectorOnly && definite && !sectored)) return undefined;
  // مجلس المحافظة، مركز المدينة: the complement points back to something named before.
  if (good === headEnd + 1 && k.generic.has(doc.norm(headEnd))) return undefined;
  // حركة المسافرين: a movement of people is named by more than their plural alone.
  if (e.complement === "people" && good === headEnd + 1 && peoplePlural(doc.norm(headEnd))) return undefined;
  // مطار دمشق: the installation and the city are two places; شركة قطر للطاقة, مستشفى الموصل:
  // a body is not the place it is named after, and its own name is the whole complement.
  const ofPlace = (e.site || (e.type === "ORG" && knownEnd <= headEnd)) && gazetteerPlace(doc, headEnd, coreEnd);
  const descriptor = e.descriptor && !ofPlace;
  // التحالف الوطني: after a definite head the adjective is no name of its own.
  let core: [number, number] | undefined =
    descriptor && !definite && coreEnd > headEnd ? [headEnd, coreEnd] : undefined;
  if (e.descriptor && ofPlace && e.type === "ORG" && good > coreEnd) core = [headEnd, good];
  return candidate(
    i,
    good,
    e.type,
    `pattern:org-head:${e.head}`,
    PRIORITY.head,
    descriptor ? canonical : undefined,
    core,
  );
}

/**
 * Tokens [a, b) spell a town or country of the gazetteer, even one that needs context
 * (العقبة); an installation of the gazetteer (عين الأسد, an air base) is no other place.
 */
function gazetteerPlace(doc: Doc, a: number, b: number): boolean {
  const match = doc.k.gazetteer.longest(doc.n, doc.norm, a);
  return (
    match !== undefined && match.end === b && match.value.readings.some((r) => r.type === "LOC" && r.kind !== "site")
  );
}

/** A known body at token t that no outlet is (للأمم المتحدة, not لوكالة الأنباء العراقية: told to it). */
function bodyAt(doc: Doc, known: Spans, t: number): boolean {
  if (known.typeAt(t) !== "ORG") return false;
  const match = doc.k.gazetteer.longest(doc.n, doc.norm, t);
  return match !== undefined && !match.value.readings.some((r) => r.kind === "media");
}

/**
 * Up to two unknown words right after an indefinite head, read as a proper name: not common,
 * not a stop word, not a known name's start, not shaped like an adjective or a common
 * feminine noun (ending in ي، ية، ة) nor a plural, unless it is a given name.
 */
function properWords(doc: Doc, known: Spans, j: number, e: HeadEntry): number {
  const { flags } = doc;
  let end = j;
  for (let count = 0; count < 2 && end < doc.n; count++) {
    const f = flags[end]!;
    const spanEnd = known.endAt(end);
    if (spanEnd > 0 && known.typeAt(end) === "PER" && count === 0) {
      end = spanEnd; // a place or body named after a person: مستشفى رفيق الحريري، مدينة الصدر
      continue;
    }
    if (!(f & WORD) || f & (STOP | COMMON | TANWEEN | HEAD_START | TITLE_START | LINE_START) || spanEnd > 0) break;
    const norm = doc.norm(end);
    if (norm.charCodeAt(0) === LAM && !(f & GIVEN)) break; // محطة لتوليد الكهرباء: ل + a verbal noun
    if (f & DEF) {
      if (count === 0 && e.complement !== "proper") break; // read by the main loop
      if (count === 0 && doc.k.generic.has(norm)) break;
      if (count > 0 && (nisbaShaped(norm) || doc.k.adjectives.has(norm))) break; // الفجر الجديدة
    } else if (!(f & GIVEN)) {
      // An agreeing adjective or a common feminine noun (لجنة ثنائية، مركز معارضة), a plural.
      if (nisbaShaped(norm) || norm.endsWith("ه") || norm.endsWith("ات")) break;
      if (norm.endsWith("ون") || norm.endsWith("ين")) break;
      // رئيس بلدية الميناء سامر الخطيب: a second unknown word followed by a third starts a name.
      if (count > 0 && end + 1 < doc.n && (flags[end + 1]! & (WORD | DEF | STOP | COMMON)) === WORD) break;
    }
    end++;
  }
  return end;
}
