// Why: a person no lexicon holds is found by context, and the name's extent by the words
// themselves. Contexts, strongest first:
//   - after a title phrase (titles.ts): وزير الزراعة الأردني سامر الحلو; after the phrase and a
//     comma only a name that starts with a given name (… لشؤون المياه، نادية فارس);
//   - after a counterpart or a coordinated country adjective: … ونظيره المصري نبيل شكري,
//     وزيري الري الأردني سامر الحلو والمصري نبيل شكري; after a dual title, و + a name;
//   - after a reporting verb, هو/هي or يدعى: قال جون ماركس، هو سعيد حمدان العتابي;
//   - anywhere, a given name (lexicon/person-names.tsv) or a kunya (أبو ياسر …) followed by
//     name-like words; an ambiguous given name (أمل، حسن) needs one of the contexts above,
//     another given name or a known family name after it;
//   - a name particle between two name-like words after هو/هي or a reporting verb (ناجي أبو سرحان).
// A kunya after في/إلى/قرب names a place (في أبي صيدا); a title word with nothing after it may
// end a name (حنين السيد إن).
// Name-like: a word that is not a stop word, a common word, a title, a head noun, a known place
// or body, and not written with tanween. The first word must also not be definite, nor shaped
// like a verb agreeing with the title (ي…, or ت… after a feminine title), nor a plural (…ون
// …ين …ات). A name is at most four words plus بن/بنت particles; an unknown name needs two words.
import { scratch } from "./arena.js";
import {
  CLITIC,
  COMMA,
  COMMON,
  DEF,
  type Doc,
  GIVEN,
  GIVEN_AMBIGUOUS,
  HEAD_START,
  KUNYA_WORD,
  LATIN,
  LINE_START,
  LOCATIVE,
  NISBA,
  PAREN_OPEN,
  PARTICLE,
  PERSON_WORD,
  POSSESSIVE,
  PRONOUN,
  SPEECH,
  STOP,
  TANWEEN,
  TITLE_START,
  WORD,
} from "./doc.js";
import { groupEnd, nisbaShaped } from "./heads.js";
import type { Spans } from "./spans.js";
import type { TitlePhrase } from "./titles.js";
import { type Candidate, candidate, PRIORITY } from "./types.js";

type Mode = "title" | "feminine-title" | "comma" | "speech" | "free";
const HE = new Set(["هو", "هي"]);
const MAX_WORDS = 4;

function nameLike(doc: Doc, known: Spans, i: number): boolean {
  if (i >= doc.n) return false;
  const f = doc.flags[i]!;
  if (!(f & WORD)) return false;
  if (known.endAt(i) > 0 && known.typeAt(i) !== "PER") return false;
  if (f & (GIVEN | PERSON_WORD)) return true;
  if (f & (STOP | COMMON | TITLE_START | HEAD_START | TANWEEN | POSSESSIVE)) return false;
  return !gluedNoun(doc.norm(i));
}

/**
 * بتعويضات، لحصة: ب or ل left glued on a feminine or plural noun (the tokenizer splits only
 * words it knows); a name word hardly starts with ب/ل and ends in ة or ات at once.
 */
function gluedNoun(norm: string): boolean {
  const c = norm.charAt(0);
  return (c === "ب" || c === "ل") && norm.length >= 5 && (norm.endsWith("ات") || norm.endsWith("ه"));
}

/**
 * A family name's shape: definite, not a country adjective, ending in ي (الزبيدي، الكعبي) or of
 * the pattern الفعالِلة (الطراونة، المجالية).
 */
function familyShaped(doc: Doc, known: Spans, i: number): boolean {
  if (i >= doc.n || !nameLike(doc, known, i)) return false;
  const f = doc.flags[i]!;
  if ((f & (DEF | NISBA)) !== DEF) return false;
  const norm = doc.norm(i);
  return norm.endsWith("ي") || (norm.length === 8 && norm.charCodeAt(4) === ALEF && norm.endsWith("ه"));
}
const ALEF = 0x0627;

/** Token j cannot continue a phrase: a stop word, punctuation, a new line or the end. */
function endsPhrase(doc: Doc, j: number): boolean {
  if (j >= doc.n) return true;
  const f = doc.flags[j]!;
  return (f & (WORD | LATIN | CLITIC)) === 0 || (f & (STOP | LINE_START)) !== 0;
}

/** A definite name-like word that is no adjective: الحسون, not العسكري. */
function definiteName(doc: Doc, known: Spans, i: number): boolean {
  return i < doc.n && (doc.flags[i]! & (DEF | NISBA)) === DEF && nameLike(doc, known, i) && !nisbaShaped(doc.norm(i));
}

function firstWordOk(doc: Doc, known: Spans, i: number, mode: Mode): boolean {
  const f = doc.flags[i]!;
  if (f & (GIVEN | PERSON_WORD | KUNYA_WORD)) return !(f & GIVEN_AMBIGUOUS) || mode !== "free";
  if (mode === "free" || mode === "speech" || f & (STOP | DEF | NISBA)) return false;
  // Before a family name (الزبيدي، الطراونة) any word is a first name: كفاح is also a noun,
  // and a name after a comma need not be a given name we know.
  if (familyShaped(doc, known, i + 1)) return true;
  if (mode === "comma" || f & COMMON) return false;
  const norm = doc.norm(i);
  if (norm.length >= 4 && (norm[0] === "ي" || (norm[0] === "ت" && mode !== "title"))) return false;
  if (norm.endsWith("ون") || norm.endsWith("ات") || (norm.length >= 5 && norm.endsWith("ين"))) return false;
  // ضغطا كبيرا: an accusative noun and its adjective, both with the alef of tanween.
  if (norm.endsWith("ا") && i + 1 < doc.n && doc.norm(i + 1).endsWith("ا")) return false;
  // مسؤول عسكري: a short word shaped like an adjective, unless a family name follows (ناجي الحسون).
  return !(nisbaShaped(norm) && norm.length <= 5) || definiteName(doc, known, i + 1);
}

/**
 * The word after the particle at token p belongs to the name: a kunya takes a name-like word,
 * but no ل (أم لخمسة أطفال "a mother of five") unless the name starts with it (أبو لؤي); عبد
 * takes a divine name even where it is also a title or a common word (عبد الرقيب، عبد الملك);
 * بن takes any word (بن شريده).
 */
function afterParticle(doc: Doc, known: Spans, p: number): boolean {
  const j = p + 1;
  if (j >= doc.n) return false;
  const f = doc.flags[j]!;
  const kind = doc.k.particles.get(doc.norm(p));
  // أم is also "or" (… أم تبقى مجرد استراحة): it takes a given name only (أم محمد).
  if (kind === "kunya" && doc.norm(p) === "ام") return (f & GIVEN) !== 0;
  if (kind === "kunya") return nameLike(doc, known, j) && ((f & GIVEN) !== 0 || !doc.norm(j).startsWith("ل"));
  const open = (kind === "theophoric" && (f & DEF) !== 0) || (kind === "nasab" && doc.norm(p) === "بن");
  if (!open) return nameLike(doc, known, j);
  if (!(f & WORD) || f & (STOP | TANWEEN)) return false;
  return known.endAt(j) === 0 || known.typeAt(j) === "PER";
}

/** A given name at token i and, at j, a common word that ends the phrase (علي فحص، إن …). */
function familyWord(doc: Doc, i: number, j: number): boolean {
  const first = doc.flags[i]!;
  const f = j < doc.n ? doc.flags[j]! : 0;
  if (!(first & GIVEN) || (f & (WORD | COMMON)) !== (WORD | COMMON)) return false;
  if (f & (STOP | DEF | TANWEEN | TITLE_START | HEAD_START | POSSESSIVE)) return false;
  return endsPhrase(doc, j + 1);
}

/** The name starting at token i in this context: [i, end) or undefined. */
export function nameAt(doc: Doc, known: Spans, i: number, mode: Mode): number | undefined {
  if (i >= doc.n) return undefined;
  const f = doc.flags[i]!;
  let end = i;
  let words = 0;
  let particles = 0;
  const particle = f & PARTICLE && !(f & DEF) ? doc.k.particles.get(doc.norm(i)) : undefined;
  if ((particle === "kunya" || particle === "theophoric") && afterParticle(doc, known, i)) {
    end = i + 2; // أبو ياسر، عبد الفتاح
    words = 2;
  } else if (
    (nameLike(doc, known, i) || (mode !== "free" && doc.flags[i]! & COMMON)) &&
    firstWordOk(doc, known, i, mode)
  ) {
    end = i + 1;
    words = 1;
  } else {
    return undefined;
  }
  while (words - particles < MAX_WORDS && end < doc.n) {
    const g = doc.flags[end]!;
    if (g & PARTICLE) {
      if (!afterParticle(doc, known, end)) break; // a name never ends on a particle: سعد بن | …
      end += 2;
      words += 2;
      // بن/بنت chains (محمد بن سعيد بن راشد) run longer than the four words a name has;
      // عبد الله and أبو ياسر are two of them.
      if (doc.k.particles.get(doc.norm(end - 2)) === "nasab") particles++;
      continue;
    }
    if (!nameLike(doc, known, end)) {
      // المهندس علي فحص، …: after a title, a given name and a word that is also a common noun
      // closing the phrase.
      if (words === 1 && mode !== "free" && mode !== "speech" && familyWord(doc, i, end)) {
        end++;
        words++;
        break;
      }
      // حنين السيد إن، نور الدين البابا في: a title word with no name after it ends the name.
      if ((g & (DEF | TITLE_START | WORD)) === (DEF | TITLE_START | WORD) && endsPhrase(doc, end + 1)) {
        end++;
        words++;
      }
      break;
    }
    if (g & NISBA && !(g & DEF)) break;
    // سامر الحلو السد: after a family name, a definite word is the next phrase, unless it is
    // shaped like a family name too (علي الحسن الزبيدي).
    if (g & DEF && doc.flags[end - 1]! & DEF && !familyShaped(doc, known, end)) break;
    // وسيادته، وقبيل: a و-word inside a name is a conjunction, unless it is a known name.
    if (doc.norm(end).startsWith("و") && !(g & (GIVEN | PERSON_WORD))) break;
    end++;
    words++;
  }
  if (words >= 2) return end;
  const single = doc.flags[i]!;
  if (single & PERSON_WORD) return end;
  if (single & GIVEN && !(single & GIVEN_AMBIGUOUS) && mode !== "free" && mode !== "speech") return end;
  return undefined;
}

const knownPerson = (known: Spans, j: number) => (known.typeAt(j) === "PER" ? known.endAt(j) : undefined);

const feminineTitle = (doc: Doc, phrase: TitlePhrase) => {
  const first = phrase.segments[phrase.segments.length - 1]!;
  return doc.norm(first.start).endsWith("ه");
};

function person(a: number, b: number, rule: string, sharedFrom?: TitlePhrase, nisba?: number): Candidate {
  const c = candidate(a, b, "PER", rule, PRIORITY.person);
  c.sharedFrom = sharedFrom;
  c.nisba = nisba;
  return c;
}

export function scanPeople(doc: Doc, known: Spans, phrases: readonly TitlePhrase[]): Candidate[] {
  const out: Candidate[] = [];
  const { flags, n } = doc;
  const taken = scratch.int32(n + 1);
  const add = (c: Candidate) => {
    out.push(c);
    for (let t = c.a; t < c.b; t++) taken[t] = 1;
  };

  for (const phrase of phrases) {
    for (let t = phrase.start; t < phrase.end; t++) taken[t] = 1;
    let j = phrase.end;
    let mode: Mode = feminineTitle(doc, phrase) ? "feminine-title" : "title";
    if (j < n && flags[j]! & PAREN_OPEN) {
      const close = groupEnd(doc, j);
      if (close > 0) j = close + 1;
    }
    if (j < n && flags[j]! & COMMA) {
      j++;
      mode = "comma";
    }
    // A known person still gets a candidate here: it carries the phrase for the roles.
    const end = knownPerson(known, j) ?? nameAt(doc, known, j, mode);
    if (end === undefined) continue;
    const last = phrase.segments[phrase.segments.length - 1]!;
    const counterpart = last.entry.kind === "counterpart";
    add(
      person(
        j,
        end,
        `pattern:title-before-name:${phrase.segments[0]!.entry.title}`,
        counterpart ? previousOffice(phrases, phrase) : undefined,
        counterpart && last.end > last.start + 1 ? last.end - 1 : undefined,
      ),
    );
    coordinated(doc, known, end, phrase, add);
  }

  for (let i = 0; i < n; i++) {
    if (taken[i]) continue;
    const f = flags[i]!;
    if (known.typeAt(i) === "PER") continue;
    const before = i > 0 ? flags[i - 1]! : 0;
    const he = before & PRONOUN && HE.has(doc.norm(i - 1));
    let c: Candidate | undefined;
    if (before & SPEECH || he) {
      const end = nameAt(doc, known, i, "speech");
      if (end !== undefined) {
        c = person(i, end, before & SPEECH ? "pattern:speech-verb-name" : "pattern:pronoun-name");
      } else if (nameLike(doc, known, i) && f & WORD && flags[i + 1]! & PARTICLE) {
        const particleEnd = nameAt(doc, known, i + 1, "title");
        if (particleEnd !== undefined && particleEnd > i + 2) c = person(i, particleEnd, "pattern:name-particle");
      }
    } else if (f & (GIVEN | KUNYA_WORD | PARTICLE)) {
      const end = nameAt(doc, known, i, "free");
      if (end !== undefined && f & PARTICLE && before & LOCATIVE && doc.norm(i - 1) !== "من") {
        // في أبي الخصيب، إلى أبو غريب: a kunya after في/إلى/قرب names a place.
        c = candidate(i, end, "LOC", "pattern:kunya-place", PRIORITY.pattern);
      } else if (end !== undefined) c = person(i, end, f & PARTICLE ? "pattern:kunya" : "pattern:given-name");
      else if (f & GIVEN_AMBIGUOUS && (flags[i + 1]! & GIVEN || known.typeAt(i + 1) === "PER")) {
        // أمل حسن الراوي; سامي العبادي (a known family name: another person of that family)
        const longer = flags[i + 1]! & GIVEN ? nameAt(doc, known, i, "speech") : known.endAt(i + 1);
        if (longer !== undefined && longer - i >= (flags[i + 1]! & GIVEN ? 3 : 2)) {
          c = person(i, longer, "pattern:given-names");
        }
      }
    }
    if (c) {
      add(c);
      i = c.b - 1;
    }
  }
  return out;
}

/**
 * After a titled name, a second person holding the same office: و + a country adjective + a
 * name (وزيري الزراعة الأردني سامر الحلو والمصري نبيل شكري: the office for another country),
 * or, after a dual title, و + a name (وزيرا النقل في البلدين، سامر الحلو ونبيل شكري).
 */
function coordinated(doc: Doc, known: Spans, after: number, phrase: TitlePhrase, add: (c: Candidate) => void): void {
  const { flags } = doc;
  if (after + 2 >= doc.n || doc.norm(after) !== "و") return;
  if (!phrase.segments.some((s) => s.entry.kind === "office")) return;
  const adjective = flags[after + 1]!;
  if (adjective & DEF && (adjective & NISBA || nisbaShaped(doc.norm(after + 1)))) {
    const end = knownPerson(known, after + 2) ?? nameAt(doc, known, after + 2, "title");
    if (end !== undefined) add(person(after + 2, end, "pattern:coordinated-title", phrase, after + 1));
    return;
  }
  if (!phrase.segments[0]!.entry.lemma) return;
  const end = knownPerson(known, after + 1) ?? nameAt(doc, known, after + 1, "title");
  if (end !== undefined) add(person(after + 1, end, "pattern:coordinated-title", phrase));
}

/** The nearest office phrase before a counterpart (… الحلو ونظيره المصري). */
function previousOffice(phrases: readonly TitlePhrase[], phrase: TitlePhrase): TitlePhrase | undefined {
  const at = phrases.indexOf(phrase);
  for (let p = at - 1; p >= 0 && p >= at - 3; p--) {
    if (phrases[p]!.segments.some((s) => s.entry.kind === "office")) return phrases[p];
  }
  return undefined;
}
