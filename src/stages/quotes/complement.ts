// Why: a reporting verb reports something only when what was said follows it. After the verb,
// its subject and adjuncts, the first of these opens what was said:
//   that    أن/إن (with a glued pronoun, بأن, فإن), or the verb's own preposition + أن
//           (أشار إلى أن، شدد على أن); not after a subordinator (بعد أن، يجب أن، كما أن) or
//           another preposition (لأن، حتى أن);
//   colon   ":" — with quote marks after it, or the words up to the sentence end; a colon
//           ending the sentence takes quote marks opening the next one (a new paragraph);
//   quote   quote marks around speech (≥ 3 words, or ≥ 2 right after the verb or a colon, and
//           not after a naming noun: عملية «…»، قناة "…"). Verbs of saying take them after
//           adjuncts (وقال العبيدي عقب الجلسة "…"); other verbs only right after their
//           preposition or object phrase (تحدثت عن «…»، اتهم المقاول «بالتلاعب …»);
//   bi      ب + a verbal noun, for the verbs that take one (أفادت الشرطة في بيان، بضبط …).
// The search stops at the sentence end, a semicolon or another reporting verb heading a
// clause, and after 30 tokens for verbs of saying (25 for others, 12 for participles). A frame
// inside the subject (شدد المحافظ، طبقاً لبيان لمكتبه، على أن) does not stop it.
import { isKnownWord } from "../../text/words.js";
import type { Doc } from "./doc.js";
import type { VerbForm } from "./lexicon.js";
import type { Region } from "./regions.js";

export type ComplementType = "that" | "colon" | "quote" | "bi";

export interface Complement {
  type: ComplementType;
  /** First token of the complement (its preposition or mark): the subject lies before it. */
  at: number;
  /** First token of what was said. */
  start: number;
  region?: Region;
}

/** Whether token k is أن/إن (with a pronoun, or with ب ف و glued on). */
export function isComplementizer(doc: Doc, k: number): boolean {
  return doc.is("that", k);
}

/** Index of the first token of a complementizer phrase ending at k (its ب و ف clitics and the verb's preposition), or -1 when a subordinator or a foreign preposition stands before it. */
function complementizerStart(doc: Doc, k: number, form: VerbForm, from: number): number {
  let p = k;
  while (p - 1 >= from && doc.isClitic(p - 1, "بوف")) p--;
  const before = p - 1;
  if (before < from) return p;
  if (doc.is("blocker", before)) return -1;
  if (doc.isPreposition(before)) return form.verb.preps.has(doc.norm(before)) ? before : -1;
  return p;
}

/** ب + a verbal noun: the clitic ب before a word, or an unknown word glued to ب. */
function isBiMasdar(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || doc.ents.at(k)) return false;
  if (doc.isClitic(k, "ب")) {
    const next = doc.tokens[k + 1];
    return next?.kind === "word" && !isComplementizer(doc, k + 1) && !doc.ents.at(k + 1);
  }
  return (
    t.kind === "word" &&
    t.norm.startsWith("ب") &&
    t.norm.length >= 5 &&
    !isKnownWord(t.norm) &&
    !isComplementizer(doc, k)
  );
}

/** Whether token k starts another report: a reporting verb at the head of a clause, or a frame. */
export function startsReport(doc: Doc, k: number): boolean {
  return (!!doc.form(k) && doc.clauseInitial(k)) || doc.is("frame-start", k);
}

/** «وقال الوزير:» ending a paragraph, and the next one opening with quote marks: what he said. */
function quoteAfterBreak(doc: Doc, colon: number, next: number, claimed: ReadonlySet<number>): Complement | undefined {
  const region = doc.speechRegionAt(next, 2);
  if (!region || claimed.has(doc.regionIndex(next))) return undefined;
  return { type: "colon", at: colon, start: next, region };
}

export function findComplement(
  doc: Doc,
  from: number,
  form: VerbForm,
  claimed: ReadonlySet<number>,
): Complement | undefined {
  const end = doc.sentenceEnd(from - 1);
  const reach = form.tense === "participle" ? 12 : form.verb.direct ? 30 : 25;
  const limit = Math.min(end, from + reach);
  let colon = -1;
  let prepSeen = false;
  for (let k = from; k < limit; k++) {
    const region = doc.region(k);
    if (region && region.openTok === k) {
      const right = k === from || colon >= 0;
      const speech = doc.speechRegionAt(k, right ? 2 : 3);
      if (speech && !claimed.has(doc.regionIndex(k)) && (right || form.verb.direct || form.verb.object || prepSeen)) {
        return { type: colon >= 0 ? "colon" : "quote", at: colon >= 0 ? colon : k, start: k, region: speech };
      }
      k = Math.max(k, region.closeTok);
      continue;
    }
    const norm = doc.norm(k);
    if (norm === "؛" || norm === ";") return undefined;
    if (doc.isColon(k)) {
      colon = k;
      if (!doc.region(k + 1) && k + 1 < end) return { type: "colon", at: k, start: k + 1 };
      if (k + 1 === end) return quoteAfterBreak(doc, k, end, claimed);
      continue;
    }
    if (doc.isComma(k)) prepSeen = false;
    // أشار إلى «…»; هددت بـ«…» (a verb whose content follows ب takes quoted words there too).
    if (doc.isPreposition(k) && (form.verb.preps.has(norm) || (form.verb.bi && doc.isClitic(k, "ب")))) prepSeen = true;
    if (isComplementizer(doc, k)) {
      const at = complementizerStart(doc, k, form, from);
      if (at >= 0 && k + 1 < end) return { type: "that", at, start: k + 1 };
      continue;
    }
    if (form.verb.bi && isBiMasdar(doc, k)) return { type: "bi", at: k, start: k };
    if (k > from && doc.form(k) && doc.clauseInitial(k)) return undefined;
  }
  return undefined;
}
