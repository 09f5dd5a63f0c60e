// Why: who spoke is named by a noun phrase after the verb (قال الوزير …), before it (العبيدي
// أكد …) or after a frame (بحسب البيان). The phrase is read off the tokens left to right:
//   - an entity mention at its head is the speaker (its title may come first: a person named
//     inside the title phrase or in apposition after a comma wins: «مديرة قسم الرصد …، هند
//     الكيالي»، «قائد الشرطة (محلية)، العقيد ماهر سلوم»);
//   - a document speaks for its issuer (بيان لمجلس المدينة، بيان صادر عن …، تقرير لديوان
//     المحاسبة); a definite document alone (البيان) is the last document's issuer;
//   - an unnamed source (مسؤولون، مصادر، مسعفون) stays as written, unless it is a member of a
//     named organisation (موظفون في وزارة الري، ناشطون من «حركة الغد») or names one in
//     apposition (صحف محلية، بينها صحيفة «الفجر»);
//   - أحدهم and the like point back to the last speaker;
//   - a title or an institution word (وزير الري الأردني، الوكالة) is the entity the article
//     gives that role or name, or stays as written;
//   - any other phrase is a speaker only when the caller allows it (strong frames).
import type { Doc } from "./doc.js";
import { BIT, stripArticle } from "./lexicon.js";

export interface Speaker {
  /** Index into the entities layer, or -1 for a speaker known only as written. */
  entity: number;
  text: string;
  start: number;
  end: number;
  number: "sg" | "du" | "pl";
  feminine: boolean | null;
  unnamed: boolean;
}

export interface NounPhrase {
  /** null: a phrase that names no speaker (unknown head where none is allowed, or a document with no issuer). */
  speaker: Speaker | null;
  /** Token after the phrase, appositions included. */
  end: number;
  via: "entity" | "title" | "source" | "document" | "anaphora" | "pronoun" | "written";
}

export interface Memory {
  lastSpeaker: Speaker | null;
  lastDocument: Speaker | null;
}

const MAX_TITLE = 14;
/** ا and its hamza and wasla forms, which the folded text writes ا. */
const ALIF = new Set([0x627, 0x623, 0x625, 0x622, 0x671]);
const MAX_WRITTEN = 4;

/** Words that head a speaker phrase of their own kind. */
const LISTED = BIT.document | BIT.statement | BIT.head | BIT.source | BIT.pronoun;

interface Head {
  head: string;
  /** Its word kinds (BIT flags). */
  mask: number;
  glued: number;
}

/**
 * The folded head of token k without its article; when only dropping a glued ب/ل makes it a
 * listed word (لرئاسة، بوزارة), that word, with `glued` = 1.
 */
function headOf(doc: Doc, k: number): Head {
  const norm = doc.norm(k);
  const mask = doc.headMask(k);
  if (mask & LISTED) return { head: stripArticle(norm), mask, glued: 0 };
  if (doc.mask(k) & LISTED) return { head: norm, mask: doc.mask(k), glued: 0 };
  if (doc.tokens[k]?.kind === "word" && (norm.startsWith("ل") || norm.startsWith("ب"))) {
    const rest = stripArticle(norm.slice(1));
    const restMask = doc.lex.mask(rest);
    if (restMask & LISTED) return { head: rest, mask: restMask, glued: 1 };
  }
  return { head: stripArticle(norm), mask, glued: 0 };
}

/** Whether token k ends a noun phrase. */
function isBoundary(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind === "punct" || t.kind === "symbol" || t.kind === "number" || t.kind === "clitic") return true;
  if (doc.isPreposition(k) || doc.is("complementizer", k) || doc.is("adverb", k) || doc.is("negation", k)) return true;
  if (doc.is("issued", k)) return true;
  return !!doc.form(k) || doc.is("frame-start", k);
}

/** Skips commas, adverbs, weekdays and «من جانبه/جهته» before a subject. */
export function skipAdjuncts(doc: Doc, k: number, to: number): number {
  while (k < to) {
    if (doc.isComma(k) || doc.is("adverb", k) || doc.isClitic(k, "وف")) k++;
    else if (doc.norm(k) === "من" && doc.is("adverb", k + 1)) k += 2;
    else break;
  }
  return k;
}

function written(doc: Doc, from: number, to: number, unnamed: boolean, number: Speaker["number"] = "sg"): Speaker {
  const { head, mask, glued } = headOf(doc, from);
  const first = doc.tokens[from]!;
  const start = first.start + glued;
  const b = doc.tokens[to - 1]!;
  let text = doc.text.slice(start, b.end);
  // ل + ال written لل leaves "لرواية" in the text; the speaker is named with its article.
  if (!glued && first.norm.startsWith("ال") && !ALIF.has(text.charCodeAt(0))) text = "ا" + text;
  return {
    entity: -1,
    text,
    start,
    end: b.end,
    number,
    feminine: head.endsWith("ه") ? true : mask & BIT.head ? false : null,
    unnamed,
  };
}

function entitySpeaker(doc: Doc, e: number, start: number, end: number): Speaker {
  return {
    entity: e,
    text: doc.text.slice(start, end),
    start,
    end,
    number: "sg",
    feminine: doc.ents.feminine(e),
    unnamed: false,
  };
}

/** An entity mention starting at token k (or inside it, after glued clitics), with the token after it. */
function mentionFrom(doc: Doc, k: number, to: number): { speaker: Speaker; end: number } | undefined {
  let inner = k;
  const region = doc.region(k);
  if (region && region.openTok === k && region.words <= MAX_WRITTEN) inner = k + 1; // «حماس»
  const m = doc.ents.startingAt(inner);
  if (!m || m.firstTok >= to) return undefined;
  let end = Math.min(m.lastTok + 1, to);
  if (inner !== k && region) end = Math.max(end, Math.min(region.closeTok + 1, to));
  return { speaker: entitySpeaker(doc, m.entity, m.start, m.end), end };
}

/** Resolves the noun phrase that starts at token k and ends before `to`; undefined when none starts there. */
export function resolvePhrase(
  doc: Doc,
  k: number,
  to: number,
  memory: Memory,
  allowUnknown: boolean,
): NounPhrase | undefined {
  if (k >= to) return undefined;
  if (isBoundary(doc, k)) {
    const region = doc.region(k);
    if (!region || region.openTok !== k || region.words > MAX_WRITTEN) return undefined;
  }
  const { head, mask } = headOf(doc, k);
  if (mask & BIT.pronoun) {
    // أحدهم: one of the last speakers, whatever they were.
    const last = memory.lastSpeaker;
    return { speaker: last && { ...last, number: "sg", feminine: null }, end: k + 1, via: "pronoun" };
  }

  const mention = mentionFrom(doc, k, to);
  const inTitle = mention && mask & BIT.head ? personIn(doc, k, titleEnd(doc, k, to), to, false) : undefined;
  if (inTitle) return { speaker: inTitle.speaker, end: inTitle.end, via: "entity" };
  if (mention) return { speaker: mention.speaker, end: mention.end, via: "entity" };
  if (mask & BIT.document) return documentIssuer(doc, k, to, memory);
  const number = mask & BIT.source ? doc.lex.sourceNumber.get(head) : undefined;
  if (number) return unnamedSource(doc, k, to, number);

  const end = titleEnd(doc, k, to);
  const person = personIn(doc, k, end, to, true);
  if (person) return { speaker: person.speaker, end: person.end, via: "entity" };
  const named = mask & BIT["name-head"] ? organisationIn(doc, k + 1, end) : undefined;
  if (named) return { speaker: named, end, via: "entity" };
  const isHead = (mask & BIT.head) !== 0;
  if (!isHead && (!allowUnknown || end - k > MAX_WRITTEN)) return { speaker: null, end, via: "written" };
  const e = doc.ents.match(doc.phraseWords(k, end), doc.tokens[k]!.start);
  if (e >= 0) {
    const a = doc.tokens[k]!.start;
    return { speaker: entitySpeaker(doc, e, a, doc.tokens[end - 1]!.end), end, via: "title" };
  }
  // A title no entity answers to (السفير العراقي، السلطات) names nobody the article names.
  return { speaker: written(doc, k, end, isHead), end, via: isHead ? "title" : "written" };
}

/**
 * Where a title phrase ends: at a boundary, except the words that keep a title going across a
 * preposition (المتحدث باسم الجيش، مساعد الوزير لشؤون …) and في/لدى before a named place
 * (القنصلة الفرنسية في البصرة).
 */
function titleEnd(doc: Doc, k: number, to: number): number {
  let j = k + 1;
  const limit = Math.min(to, k + MAX_TITLE);
  while (j < limit) {
    const region = doc.region(j);
    if (region && region.openTok === j && region.words <= MAX_WRITTEN) {
      j = region.closeTok + 1; // وكالة "الرصد"، قناة «المدى»
    } else if (doc.isClitic(j, "بل") && (doc.norm(j + 1) === "اسم" || doc.headIs("head", j + 1))) {
      j += 2; // المتحدث باسم …، المدقق العام بوزارة …
    } else if (doc.is("title-link", j) && (!doc.isPreposition(j) || doc.ents.startingAt(j + 1))) {
      j++;
    } else if (isBoundary(doc, j) || doc.gluedPreposition(j)) {
      break;
    } else {
      j++;
    }
  }
  return Math.min(j, to);
}

/**
 * A person named inside a title phrase [k, end), or (with `apposition`) right after it
 * («…، هند الكيالي»، «… (محلية)، العقيد ماهر سلوم»).
 */
function personIn(
  doc: Doc,
  k: number,
  end: number,
  to: number,
  apposition: boolean,
): { speaker: Speaker; end: number } | undefined {
  // The person may come after a title that runs on across في/لدى/لـ (الباحثة في شؤون المياه
  // ليلى عساف), but not across a comma, another preposition or a statement (في بيان).
  const reach = Math.min(to, k + MAX_TITLE);
  // Where the title's run stops: a comma there may bring the name in apposition (الخبير في
  // شؤون المياه، الدكتور X).
  let stop = end;
  for (let j = k; j < reach; j++) {
    const m = doc.ents.startingAt(j);
    if (m && doc.ents.entities[m.entity]?.type === "PER" && !doc.gluedPreposition(j)) {
      return { speaker: entitySpeaker(doc, m.entity, m.start, m.end), end: Math.min(m.lastTok + 1, to) };
    }
    if (j >= end && (doc.headIs("statement", j) || !continuesTitle(doc, j))) {
      stop = j;
      break;
    }
  }
  if (!apposition) return undefined;
  let j = doc.isComma(end) || !doc.isComma(stop) ? end : stop;
  if (doc.norm(j) === "(") {
    while (j < to && doc.norm(j) !== ")") j++;
    j++;
  }
  if (!doc.isComma(j)) return undefined;
  j++;
  const first = j;
  for (let titles = 0; titles < 3 && j < to && !doc.ents.startingAt(j) && doc.tokens[j]?.kind === "word"; titles++) j++;
  const m = doc.ents.startingAt(j);
  if (m && j < to && doc.ents.entities[m.entity]?.type === "PER") {
    return { speaker: entitySpeaker(doc, m.entity, m.start, m.end), end: Math.min(m.lastTok + 1, to) };
  }
  return nameInApposition(doc, first, to);
}

/** Whether token j may stand inside a long title: a word, or في/لدى/لـ/بـ. */
function continuesTitle(doc: Doc, j: number): boolean {
  // … إلى سوريا والسفير لدى تركيا X; وزير النقل والبنية التحتية التركي X.
  if (doc.isClitic(j, "و")) return doc.headIs("head", j + 1) || doc.norm(j + 1).startsWith("ال");
  return !isBoundary(doc, j) || doc.is("title-link", j) || doc.isClitic(j, "لب");
}

/**
 * A name no entity covers, in apposition after a title: «…، العقيد ماهر سلوم، أن»
 * gives ماهر سلوم. Titles are skipped; two or three plain words must follow, the first
 * without the article, and then a comma, colon, أن or the end.
 */
function nameInApposition(doc: Doc, j: number, to: number): { speaker: Speaker; end: number } | undefined {
  while (j < to && doc.headIs("head", j)) j++;
  const start = j;
  while (j < to && j < start + 3 && !isBoundary(doc, j) && !(doc.headMask(j) & LISTED)) j++;
  const closed = j >= to || doc.isPunct(j) || doc.is("complementizer", j);
  if (j - start < 2 || !closed || doc.norm(start).startsWith("ال")) return undefined;
  return { speaker: written(doc, start, j, false), end: j };
}

/** The organisation a naming noun introduces: وكالة "الرصد"، صحيفة «الفجر». */
function organisationIn(doc: Doc, from: number, end: number): Speaker | undefined {
  for (let j = from; j < end; j++) {
    const m = doc.ents.at(j);
    if (m && doc.ents.entities[m.entity]?.type === "ORG") return entitySpeaker(doc, m.entity, m.start, m.end);
  }
  return undefined;
}

/** بيان لـX، بيان صادر عن X، تقرير X، البيان الذي نشر مساء عن X; a definite document alone is the last one's issuer. */
function documentIssuer(doc: Doc, k: number, to: number, memory: Memory): NounPhrase {
  let j = k + 1;
  while (j < to && !doc.ents.startingAt(j) && !(headOf(doc, j).mask & LISTED)) {
    if (doc.is("issued", j) || doc.is("adverb", j) || doc.isClitic(j, "ل") || doc.norm(j) === "عن") j++;
    else if (j <= k + 2 && isAdjective(doc, j)) j++;
    else break;
  }
  const issuer = j < to ? resolvePhrase(doc, j, to, memory, false) : undefined;
  if (issuer?.speaker && issuer.via !== "document" && issuer.via !== "anaphora") {
    // A title that issues a document is an office (تقرير لرئيس ديوان الرقابة …): it is named.
    const speaker = issuer.via === "title" ? { ...issuer.speaker, unnamed: false } : issuer.speaker;
    memory.lastDocument = speaker;
    return { speaker, end: issuer.end, via: "document" };
  }
  if (doc.norm(k).startsWith("ال")) return { speaker: memory.lastDocument, end: k + 1, via: "anaphora" };
  return { speaker: null, end: k + 1, via: "document" };
}

/** A relational adjective (رسمي، الرسمية، الختامي): it may stand between a document and its issuer. */
function isAdjective(doc: Doc, k: number): boolean {
  const norm = doc.norm(k);
  return doc.tokens[k]?.kind === "word" && !isBoundary(doc, k) && (norm.endsWith("ي") || norm.endsWith("يه"));
}

/** موظفون محليون؛ موظفون في وزارة الري → the ministry; صحف محلية، بينها صحيفة «الفجر» → الفجر. */
function unnamedSource(doc: Doc, k: number, to: number, number: Speaker["number"]): NounPhrase {
  // القيادي في حركة …، علاء الحسناوي، …: one source named after all is that person.
  const person = number === "sg" ? personIn(doc, k, titleEnd(doc, k, to), to, true) : undefined;
  if (person) return { speaker: person.speaker, end: person.end, via: "entity" };
  let end = k + 1;
  while (end < to && end < k + 1 + MAX_WRITTEN && !isBoundary(doc, end) && !doc.is("among", end)) {
    if (doc.ents.startingAt(end)) break;
    end++;
  }
  const organisation = (j: number) => {
    const m = mentionFrom(doc, j, to);
    return m && doc.ents.entities[m.speaker.entity]?.type === "ORG" ? m : undefined;
  };
  // The members speak for the organisation, but a later verb agrees with them, not with it.
  const members = (org: { speaker: Speaker; end: number }): NounPhrase => ({
    speaker: { ...org.speaker, number, feminine: null },
    end: org.end,
    via: "source",
  });
  if (doc.is("member", end) || doc.isClitic(end, "ب")) {
    const org = organisation(end + 1);
    if (org) return members(org);
  } else if (doc.gluedPreposition(end)) {
    const org = organisation(end);
    if (org) return members(org);
  }
  if (doc.is("member", end)) {
    // مسعفون في حمص: a place keeps the source unnamed but belongs to how it is written.
    const place = mentionFrom(doc, end + 1, to);
    if (place && doc.ents.entities[place.speaker.entity]?.type === "LOC") end = place.end;
  }
  let j = doc.isComma(end) ? end + 1 : end;
  if (doc.is("among", j)) {
    j++;
    const named = mentionFrom(doc, j, to);
    if (named) {
      let after = named.end;
      if (doc.isComma(after)) after++;
      return { speaker: named.speaker, end: after, via: "source" };
    }
  }
  return { speaker: written(doc, k, end, true, number), end, via: "source" };
}
