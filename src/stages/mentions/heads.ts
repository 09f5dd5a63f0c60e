// Why: most bodies and many places in the news are named by a head noun and what follows it:
// لجنة التنسيق العليا، جهاز الأمن الفيدرالي الروسي، وكالة الأنباء العراقية الرسمية، قاعدة التنف.
// No lexicon can hold a committee formed last week, so the name is read off its grammar: the
// head (lexicon/org-heads.tsv), then what may follow it, up to the first word that cannot:
//   - a known place or body (قوات التحالف، إقليم كردستان), a quoted name (حركة «حماس»,
//     تنظيم (داعش)), Latin letters (شبكة CBS);
//   - definite nouns and adjectives (وزارة الصحة الفلسطينية), construct chains through an
//     indefinite noun (جهاز مكافحة الإرهاب، هيئة تحرير الشام), و + a definite noun inside a
//     chain (وكالة الأنباء والمعلومات), ل + a linking noun or a title (التحالف الدولي لمحاربة
//     داعش، المكتب الإعلامي لرئيس الوزراء);
//   - after an indefinite head, up to two unknown words: a proper name (مستشفى كمال عدوان,
//     مخيم جباليا) unless shaped like an adjective or a common feminine noun (لجنة ثنائية،
//     قاعدة عسكرية، مطار دولي، مركز معارضة);
//   - heads marked "proper" take only names, never common nouns (قوات البيشمركة, not قوات الأمن);
//     LOC heads never take a body (قاعدة التحالف is no place name).
// A definite head (اللجنة، الجيش) names something only with an adjective after it (اللجنة
// المشتركة، الجيش العراقي), and not when it is itself an adjective of a noun before it
// (السياسة الخارجية الأميركية) or the complement of a title (وزير الخارجية).
import {
  CLITIC,
  COMMON,
  DEF,
  type Doc,
  GIVEN,
  HEAD_START,
  LATIN,
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
import { type Candidate, PRIORITY } from "./types.js";

const MAX_QUOTED = 8;
const INNER = new Set(["-", ".", "–"]);

export function scanHeads(doc: Doc, known: Spans): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < doc.n; i++) {
    if (!(doc.flags[i]! & HEAD_START)) continue;
    const match = doc.k.heads.longest(doc.n, doc.norm, i);
    if (!match) continue;
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

const endsWith = (s: string, suffix: string) => s.endsWith(suffix);
/** A nisba-shaped adjective: العراقي، الأميركية، الفيدرالي. */
export const nisbaShaped = (norm: string) => endsWith(norm, "ي") || endsWith(norm, "يه");

function readHead(doc: Doc, known: Spans, i: number, headEnd: number, e: HeadEntry): Candidate | undefined {
  const { flags, k } = doc;
  const definite = (flags[i]! & DEF) !== 0;
  if (definite) {
    const before = i > 0 ? flags[i - 1]! : 0;
    // السياسة الخارجية الأميركية: an adjective of the noun before; وزير الخارجية: a portfolio.
    if ((before & DEF && !(before & STOP)) || (before & TITLE_START && e.complement === "nisba")) return undefined;
  }
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
  const close = (at: number) => {
    const last = doc.norm(at - 1);
    // After a nisba, or after the object of a link (لمحاربة الإرهاب), only adjectives follow.
    adjectives = ((flags[at - 1]! & DEF) !== 0 && nisbaShaped(last) && at - 1 > i) || afterLink || linked;
    linked = adjectives && (afterLink || linked);
    afterLink = false;
    good = at;
    units++;
    if (coreEnd < 0) coreEnd = at;
  };
  if (knownEnd > headEnd) {
    canonical = known.candidateAt(i)!.canonical;
    j = knownEnd;
    close(j);
  }
  while (j < doc.n) {
    const f = flags[j]!;
    const spanEnd = known.endAt(j);
    if (spanEnd > j && e.complement !== "nisba" && !(adjectives && !afterLink)) {
      const type = known.typeAt(j);
      if ((e.type === "LOC" && type === "ORG") || (type === "PER" && units > 0)) break;
      if (units === 0) canonical = known.candidateAt(j)!.canonical;
      j = spanEnd;
      close(j);
      continue;
    }
    if (f & (QUOTE | PAREN_OPEN)) {
      if (units > 0 && !afterLink) break;
      const end = groupEnd(doc, j);
      if (end < 0) break;
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
    if (f & DEF && (!(f & STOP) || k.adjectives.has(doc.norm(j)))) {
      const norm = doc.norm(j);
      if (e.complement === "nisba") {
        if (units === 0 && endsWith(norm, "يه") && (flags[j]! & NISBA || nisbaShaped(norm))) close(j + 1);
        break;
      }
      if (e.complement === "proper" && (f & (COMMON | HEAD_START) || (units > 0 && !nisbaShaped(norm)))) break;
      const adjective = nisbaShaped(norm) || k.adjectives.has(norm);
      if (definite && units === 0 && !adjective) break;
      if (units > 0 && f & HEAD_START && !adjective) break;
      if (adjectives && !adjective && !afterLink) break; // القيادة المركزية الأميركية | العراق
      j++;
      close(j);
      continue;
    }
    if (definite && units === 0) break; // a definite head takes an adjective first
    if (e.complement !== "any" || units === 0) {
      if (units === 0 && !definite && e.complement !== "nisba") {
        const end = properWords(doc, known, j, e);
        if (end > j) {
          j = end;
          close(j);
          continue;
        }
      }
      if (e.complement !== "any") break;
    }
    // Construct chains and links, inside an "any" name.
    const next = j + 1 < doc.n ? flags[j + 1]! : 0;
    const nextTakes = (next & DEF && !(next & STOP)) || known.endAt(j + 1) > j + 1 || next & (QUOTE | LATIN);
    if (f & CLITIC && doc.norm(j) === "ل" && units > 0) {
      const after = doc.norm(j + 1);
      if ((k.links.has(after) || next & TITLE_START) && !(next & DEF)) {
        j += 1;
        afterLink = true;
        continue;
      }
      break;
    }
    if (f & CLITIC && doc.norm(j) === "و" && units > 0 && next & DEF && !(next & (STOP | HEAD_START))) {
      if (known.endAt(j + 1) > 0) break;
      j += 1;
      continue;
    }
    if (f & WORD && !(f & (STOP | DEF | TANWEEN)) && nextTakes) {
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
  if (good < 0) return undefined;
  return {
    a: i,
    b: good,
    type: e.type,
    rule: `pattern:org-head:${e.head}`,
    priority: PRIORITY.head,
    canonical: e.descriptor ? canonical : undefined,
    // التحالف الوطني: after a definite head the adjective is no name of its own.
    core: e.descriptor && !definite && coreEnd > headEnd ? [headEnd, coreEnd] : undefined,
  };
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
      end = spanEnd; // a place or body named after a person: مستشفى كمال عدوان، مدينة الصدر
      continue;
    }
    if (!(f & WORD) || f & (STOP | COMMON | TANWEEN | HEAD_START | TITLE_START) || spanEnd > 0) break;
    const norm = doc.norm(end);
    if (f & DEF) {
      if (count === 0 && e.complement !== "proper") break; // read by the main loop
      if (count > 0 && (nisbaShaped(norm) || doc.k.adjectives.has(norm))) break; // حماس الفلسطينية
    } else if (!(f & GIVEN)) {
      // An agreeing adjective or a common feminine noun (لجنة ثنائية، مركز معارضة), a plural.
      if (nisbaShaped(norm) || endsWith(norm, "ه") || endsWith(norm, "ات")) break;
      if (endsWith(norm, "ون") || endsWith(norm, "ين")) break;
      // رئيس إقليم كردستان نيجيرفان بارزاني: a second unknown word followed by a third starts a name.
      if (count > 0 && end + 1 < doc.n && (flags[end + 1]! & (WORD | DEF | STOP | COMMON)) === WORD) break;
    }
    end++;
  }
  return end;
}
