// Why: a quote is a reporting frame (a verb of speech, its participle or verbal noun, or an
// attribution frame such as بحسب/وفقاً لـ) plus what was said (complement.ts) plus who said it.
// Sentences are read in order, and each reporting verb is tried in turn:
//   verb-subject   the subject follows the verb (قال الوزير إن …، وقال نادر سليم، وهو …: "…");
//   subject-verb   the sentence opens with the subject (العبيدي أكد أن …، وكانت صحف محلية،
//                  منها صحيفة «الفجر»، قد أوردت أن …);
//   verb-pronoun   no subject is named (وأضاف أن …، لكنه قال إن …) and participle (مشيراً إلى
//                  أن …): the speaker is, in order, the issuer of a document named earlier in
//                  the sentence (وفي التقرير الصادر عن …، لفت إلى أن), the speaker of the
//                  sentence's previous quote, the first person or organisation named as a
//                  subject earlier in the sentence (not after a preposition), else the most
//                  recent of the last speaker and the last person opening a sentence — always
//                  agreeing in gender and number where these are known; verbs marked
//                  continues=no report nothing in this last case (يُذكر أن is impersonal);
//   masdar         a verbal noun with its subject (إعلان شركة الكهرباء أنها …);
//   speaker-after  quote marks, then the verb and its subject («…»، قال العبيدي);
//   frame          بحسب/وفقاً لـ/نقلاً عن … in a sentence with no reporting verb; its text is
//                  what follows the frame when the frame opens the sentence, else the quote
//                  marks in the sentence;
//   continued-quote a paragraph that is one quote, right after a direct quote;
//   coordinated «…، وأن …» after a report: a second statement of the same speaker (أضاف أن
//                  …، وأن …), also after a nominal report, which is not a quote itself
//                  (أفادت الشرطة بضبط …، وأن …).
// A voice frame between the verb and what was said names the speaker (أكدت الوزارة على لسان
// مديرها أن …). A named subject the stage cannot resolve silences the participles and
// pronoun verbs after it in the sentence: they are that subject's, not an earlier speaker's.
// What anonymous sources say (مسؤولون، مصادر) and trailing attributions of a whole sentence
// (…، بحسب أرقام رسمية) are not reported: they state facts, not someone's words.
// نقل X عن Y gives the quote to Y when Y is a named person or organisation, else to X (the
// outlet relaying unnamed sources); a report whose content is a named person and his words in
// quote marks gives them to him as well (nested.ts); in an interview printed as «س:» / «ج:» every
// answer is a quote of the guest (interview.ts). Indirect speech runs to the end of the sentence, or to the
// next reporting clause in it (…، مضيفاً أن …).
import type { Entity, Quote, Span, Token } from "../../model.js";
import { type Complement, type ComplementType, findComplement, isComplementizer, startsReport } from "./complement.js";
import { Doc } from "./doc.js";
import { withInterviewAnswers } from "./interview.js";
import { stripArticle, type VerbForm } from "./lexicon.js";
import { withRelayedQuotes } from "./nested.js";
import { type Memory, resolvePhrase, type Speaker, skipAdjuncts } from "./subject.js";

export interface QuoteInput {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Span[];
  entities: readonly Entity[];
  captions?: readonly Span[];
  /** Time expressions: adjuncts between a verb and its subject (قال يوم الأحد …). */
  times?: readonly Span[];
}

interface Draft {
  speaker: Speaker;
  start: number;
  end: number;
  direct: boolean;
  verb: string | null;
  rule: string;
  sentence: number;
  /** Token from which the scan goes on. */
  resume: number;
  /** Offset where the reporting clause begins: an earlier open quote in the sentence ends there. */
  cut: number;
  region: number;
  /** Token of the reporting word. */
  verbTok: number;
  complement: ComplementType | null;
}

const TRAILING = new Set([..." \n\t.،,:؛;…"].map((c) => c.charCodeAt(0)));
const POSSESSIVES = ["ه", "ها", "هم"];
const POSSESSIVE_END = new Set(POSSESSIVES.map((s) => s.charCodeAt(s.length - 1)));
const MAX_TRAILING_WORDS = 2;
const MASDAR_REACH = 8;

export function findQuotes(input: QuoteInput): Quote[] {
  const found = withRelayedQuotes(input.text, new Finder(input).run(), input.entities);
  return withInterviewAnswers(input.text, found, input.entities);
}

class Finder {
  private readonly doc: Doc;
  private readonly memory: Memory = { lastSpeaker: null, lastDocument: null };
  private lastAt = -1;
  private topic: Speaker | null = null;
  private topicAt = -1;
  private readonly drafts: Draft[] = [];
  private readonly claimed = new Set<number>();
  private sentence = -1;
  /** Token of the last reporting verb whose named subject resolved to no speaker. */
  private mutedAt = -1;

  constructor(private readonly input: QuoteInput) {
    this.doc = new Doc(input.text, input.tokens, input.sentences, input.entities, input.times ?? []);
  }

  run(): Quote[] {
    this.doc.sentenceTokens.forEach(([a, b], s) => {
      if (a >= b || this.inCaption(a)) return;
      this.sentence = s;
      this.scanSentence(a, b);
    });
    return this.drafts.filter(reported).map((d) => ({
      start: d.start,
      end: d.end,
      speaker: d.speaker.entity >= 0 ? (this.input.entities[d.speaker.entity]?.id ?? d.speaker.text) : d.speaker.text,
      speakerText: d.speaker.text,
      text: this.input.text.slice(d.start, d.end),
      direct: d.direct,
      verb: d.verb,
      rule: d.rule,
    }));
  }

  private inCaption(k: number): boolean {
    const at = this.doc.tokens[k]!.start;
    return (this.input.captions ?? []).some((c) => at >= c.start && at < c.end);
  }

  private scanSentence(a: number, b: number): void {
    const doc = this.doc;
    const before = this.drafts.length;
    let open: Draft | undefined;
    // The last report whose complement a coordinated «وأن» may repeat.
    let anchor: Draft | undefined;
    let k = a;
    while (k < b) {
      const region = doc.region(k);
      if (region) {
        k = region.closeTok + 1;
        continue;
      }
      let draft: Draft | undefined;
      let nested = false;
      // «، وأن» with nothing after it (a cut-off text) coordinates nothing.
      if (anchor && k + 1 < b && this.coordinated(k)) draft = this.coordinate(anchor, k, b);
      else {
        const form = doc.form(k);
        nested = form !== undefined && open !== undefined && this.nestedReport(k, open);
        if (form && (!open || doc.clauseInitial(k) || nested)) draft = this.verb(k, form, a, b);
      }
      if (!draft) {
        // A participle heading a clause (…، مطالباً بخفض …) belongs to the reporting clause even
        // when it reports nothing: what was said ends before it.
        if (open && doc.form(k)?.tense === "participle" && doc.clauseInitial(k)) {
          this.truncate(open, this.clauseStart(k));
          open = undefined;
        }
        k++;
        continue;
      }
      // A report nested in what was said (إن ماكغورك أبلغ … بأن …) is part of it, and its own.
      if (open && !nested) this.truncate(open, draft.cut);
      this.push(draft);
      open = draft.direct ? undefined : draft;
      anchor = draft.complement === "that" || draft.complement === "bi" ? draft : undefined;
      k = draft.resume;
    }
    if (this.drafts.length === before) this.frame(a, b);
    if (this.drafts.length === before) this.continued(a, b);
    this.updateTopic(a, b);
  }

  /** What `open` says opens with a named person or body and then the verb at k. */
  private nestedReport(k: number, open: Draft): boolean {
    const m = this.doc.ents.at(k - 1);
    const type = m && this.input.entities[m.entity]?.type;
    return m !== undefined && m.start === open.start && m.lastTok === k - 1 && (type === "PER" || type === "ORG");
  }

  private push(draft: Draft): void {
    this.drafts.push(draft);
    if (draft.region >= 0) this.claimed.add(draft.region);
    this.memory.lastSpeaker = draft.speaker;
    this.lastAt = draft.start;
  }

  private verb(k: number, form: VerbForm, a: number, b: number): Draft | undefined {
    const doc = this.doc;
    if (form.clauseOnly && !doc.clauseInitial(k)) return undefined;
    const p = doc.previousWord(k);
    if (p >= a && doc.is("negation", p)) return undefined;
    if (form.tense === "masdar") return this.masdar(k, form, b);

    const comp = findComplement(doc, k + 1, form, this.claimed);
    if (!comp) {
      if (form.tense === "participle") return undefined;
      const after = this.speakerAfter(k, form, a, b);
      if (!after) this.noteSubject(k, b);
      return after;
    }

    if (form.tense === "participle") {
      const speaker = this.pronoun(k, form, a);
      return speaker && this.build(comp, speaker, k, verbText(this.input.text, this.doc, k, form), "participle", b);
    }
    const voice = this.voice(k + 1, comp.at);
    if (voice) return this.build(comp, voice, k, verbText(this.input.text, doc, k, form), "voice", b);
    const allowUnknown = form.verb.direct || comp.type !== "that";
    let np = resolvePhrase(doc, skipAdjuncts(doc, k + 1, comp.at), comp.at, this.memory, allowUnknown);
    if (np && form.verb.object && !this.secondPhrase(np.end, comp.at)) np = undefined;
    // A named subject before the verb outranks words after it that name nobody (وكانت الرابطة
    // قد حذرت أواخر الموسم من أن …).
    if (np && !np.speaker && this.subjectBefore(k, a)) np = undefined;
    // ودعا المواطنين إلى «…»: plain words before the verb's preposition and quoted words are
    // whom it calls on, when someone named earlier in the sentence is calling.
    if (np?.via === "written" && comp.type === "quote" && form.verb.preps.size > 0 && this.pronoun(k, form, a))
      np = undefined;
    let speaker: Speaker | undefined;
    let rule: string;
    if (np) {
      if (!np.speaker) {
        this.mutedAt = k;
        return undefined;
      }
      speaker = np.speaker;
      rule = "verb-subject";
      this.noteDocument(np.end, comp.at, speaker);
    } else {
      speaker = this.subjectBefore(k, a);
      rule = speaker ? "subject-verb" : "verb-pronoun";
      speaker ??= this.pronoun(k, form, a);
    }
    if (!speaker) return undefined;
    if (form.verb.kind === "relay") {
      const source = this.relaySource(np ? np.end : k + 1, comp.at);
      if (source) [speaker, rule] = [source, "relay"];
    }
    return this.build(comp, speaker, k, verbText(this.input.text, doc, k, form), rule, b);
  }

  /** أكد … على لسان X أن: the phrase after a voice frame between the verb and what was said. */
  private voice(from: number, to: number): Speaker | undefined {
    const doc = this.doc;
    for (let j = from; j < to; j++) {
      if (!doc.is("frame-start", j)) continue;
      for (const frame of doc.lex.frames.get(doc.norm(j)) ?? []) {
        if (!frame.voice) continue;
        const after = this.matchFrame(j, frame.pieces, to);
        const np = after < 0 ? undefined : resolvePhrase(doc, after, to, this.memory, true);
        if (np?.speaker) return np.speaker;
      }
    }
    return undefined;
  }

  /** «، وأن» (or «، وإن») outside quote marks: a further complement of the last report. */
  private coordinated(k: number): boolean {
    const doc = this.doc;
    if (!isComplementizer(doc, k)) return false;
    let j = k - 1;
    if (!doc.norm(k).startsWith("و") || doc.is("complementizer", k)) {
      if (!doc.isClitic(j, "و")) return false;
      j--;
    }
    return doc.isComma(j) && !doc.region(j);
  }

  private coordinate(anchor: Draft, k: number, b: number): Draft {
    const comp: Complement = { type: "that", at: k, start: k + 1 };
    return this.build(comp, anchor.speaker, k, anchor.verb, "coordinated", b);
  }

  /** إعلان شركة الكهرباء أنها …: the verbal noun needs a named subject and أن close after it. */
  private masdar(k: number, form: VerbForm, b: number): Draft | undefined {
    const np = resolvePhrase(this.doc, k + 1, b, this.memory, false);
    if (!np?.speaker || np.speaker.entity < 0) return undefined;
    const comp = findComplement(this.doc, np.end, form, this.claimed);
    if (comp?.type !== "that" || comp.at - np.end > MASDAR_REACH) return undefined;
    return this.build(comp, np.speaker, k, verbText(this.input.text, this.doc, k, form), "masdar", b);
  }

  /** «…»، قال العبيدي: the verb has nothing after it but its subject, and quote marks close right before it. */
  private speakerAfter(k: number, form: VerbForm, a: number, b: number): Draft | undefined {
    const doc = this.doc;
    let j = k - 1;
    while (j >= a && (doc.isClitic(j, "وف") || doc.isComma(j))) j--;
    const r = doc.regionIndex(j);
    const region = doc.regions[r];
    if (!region || region.closeTok !== j || this.claimed.has(r) || !doc.speechRegionAt(region.openTok))
      return undefined;
    const np = resolvePhrase(doc, skipAdjuncts(doc, k + 1, b), b, this.memory, true);
    if (!np?.speaker) return undefined;
    const comp: Complement = { type: "quote", at: region.openTok, start: region.openTok, region };
    const verb = verbText(this.input.text, doc, k, form);
    return { ...this.build(comp, np.speaker, k, verb, "speaker-after", b), resume: k + 1 };
  }

  /** وتحدث النائب عن الموازنة: a named subject of a reporting verb with nothing reported is who a later «وأكد أنه» means. */
  private noteSubject(k: number, b: number): void {
    const np = resolvePhrase(this.doc, skipAdjuncts(this.doc, k + 1, b), b, this.memory, false);
    if (np?.speaker && !np.speaker.unnamed) {
      this.topic = np.speaker;
      this.topicAt = this.doc.tokens[k]!.start;
    }
  }

  /** Whether a second noun phrase follows the first before the complement (اتهم الرئيس إسرائيل بـ…). */
  private secondPhrase(from: number, to: number): boolean {
    const j = skipAdjuncts(this.doc, from, to);
    return j < to && resolvePhrase(this.doc, j, to, this.memory, true) !== undefined;
  }

  /** «في بيان» or «في تقريرها» after the subject: later «البيان» refers to this speaker. */
  private noteDocument(from: number, to: number, speaker: Speaker): void {
    const doc = this.doc;
    for (let j = from; j < to; j++) {
      if (doc.headIs("document", j) || this.documentWithPronoun(j)) {
        this.memory.lastDocument = speaker;
        return;
      }
    }
  }

  /** بيانه، تقريرها، رسالتهم: a document with a possessive pronoun. */
  private documentWithPronoun(j: number): boolean {
    const norm = this.doc.norm(j);
    if (!POSSESSIVE_END.has(norm.charCodeAt(norm.length - 1))) return false;
    return POSSESSIVES.some(
      (s) => norm.endsWith(s) && this.doc.lex.is("document", norm.slice(0, norm.length - s.length)),
    );
  }

  /** نقل X عن Y: Y when Y is a named person or organisation. */
  private relaySource(from: number, to: number): Speaker | undefined {
    const doc = this.doc;
    for (let j = from; j < to; j++) {
      if (doc.norm(j) !== "عن") continue;
      const np = resolvePhrase(doc, j + 1, to, this.memory, false);
      const e = np?.speaker?.entity ?? -1;
      const type = this.input.entities[e]?.type;
      return (type === "PER" || type === "ORG") && np?.via !== "source" ? (np?.speaker ?? undefined) : undefined;
    }
    return undefined;
  }

  /**
   * A subject opening the sentence (after و and كان) or the verb's clause (غير أن مسؤولين
   * يقولون …): it must run up to the verb (قد and commas aside).
   */
  private subjectBefore(k: number, a: number): Speaker | undefined {
    const doc = this.doc;
    let s0 = doc.skipConjunction(a);
    if (doc.norm(s0) === "كان" || doc.norm(s0) === "كانت") s0 = doc.skipConjunction(s0 + 1);
    let c = k - 1;
    while (c >= s0 && !doc.isPunct(c) && !isComplementizer(doc, c) && !doc.is("clause-link", c)) c--;
    const clause = doc.skipConjunction(c + 1);
    return (
      this.subjectFrom(s0, k) ??
      (clause > s0 ? this.subjectFrom(clause, k) : undefined) ??
      this.subjectAfterKana(Math.max(clause, s0), k)
    );
  }

  /** «خطة كان الوزير قد وصفها بأنها …»: كان inside the clause opens a subject of its own. */
  private subjectAfterKana(from: number, k: number): Speaker | undefined {
    const doc = this.doc;
    for (let j = k - 2; j > from; j--) {
      const norm = doc.norm(j);
      if (norm === "كان" || norm === "كانت") return this.subjectFrom(j + 1, k);
    }
    return undefined;
  }

  private subjectFrom(s0: number, k: number): Speaker | undefined {
    const doc = this.doc;
    if (s0 >= k) return undefined;
    const np = resolvePhrase(doc, s0, k, this.memory, false);
    if (!np?.speaker) return undefined;
    let e = np.end;
    while (e < k && (doc.isPunct(e) || doc.is("adverb", e) || doc.norm(e) === "قد")) e++;
    return e === k ? np.speaker : undefined;
  }

  private pronoun(k: number, form: VerbForm, a: number): Speaker | undefined {
    const doc = this.doc;
    const agrees = (s: Speaker | null | undefined): s is Speaker => !!s && agree(form, s);
    for (let j = k - 1; j >= a; j--) {
      if (doc.region(j) || !doc.headIs("document", j)) continue;
      const np = resolvePhrase(doc, j, k, this.memory, false);
      if (np?.via === "document" && agrees(np.speaker)) return np.speaker;
    }
    const previous = this.drafts.at(-1);
    const muted = this.mutedAt >= a && this.mutedAt < k;
    if (muted && !(previous && previous.sentence === this.sentence && previous.verbTok > this.mutedAt))
      return undefined;
    if (previous && previous.sentence === this.sentence && agrees(previous.speaker)) return previous.speaker;
    let place: Speaker | undefined;
    for (let j = a; j < k; j++) {
      if (doc.region(j)) continue;
      const m = doc.ents.startingAt(j);
      if (!m || this.guarded(j, a)) continue;
      const speaker: Speaker = {
        entity: m.entity,
        text: this.input.text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        number: "sg",
        feminine: doc.ents.feminine(m.entity),
        unnamed: false,
      };
      // A place speaks (رحبت أنقرة … وطالبت) only when no person or organisation does: the
      // nearest one, and only for a feminine verb, as most place names are feminine.
      if (this.input.entities[m.entity]?.type === "LOC") place = form.agreement === "f" ? speaker : place;
      else if (agrees(speaker)) return speaker;
    }
    if (place) return place;
    if (!form.verb.continues) return undefined;
    const recent = [
      { speaker: this.memory.lastSpeaker, at: this.lastAt },
      { speaker: this.topic, at: this.topicAt },
    ].sort((x, y) => y.at - x.at);
    // Writers do not always agree the verb with an organisation (وقالت الوكالة … وأضاف أن):
    // with no agreeing candidate, the most recent one.
    return (recent.find((r) => agrees(r.speaker)) ?? recent.find((r) => r.speaker))?.speaker ?? undefined;
  }

  /** Whether the mention at token j sits after a preposition (مع نظيره …، في بيروت), except نقل … عن X and بيان لـX / صادر عن X. */
  private guarded(j: number, a: number): boolean {
    const doc = this.doc;
    if (doc.gluedPreposition(j)) return !this.reportsFrom(j);
    for (let p = j - 1; p >= a && p >= j - 6; p--) {
      if (doc.isPunct(p) || doc.isClitic(p, "وف")) return false;
      if (doc.isPreposition(p)) return !((doc.norm(p) === "عن" || doc.isClitic(p, "ل")) && this.reportsFrom(p));
    }
    return false;
  }

  /** Whether a relaying verb, a document or an «issued» word stands just before token p. */
  private reportsFrom(p: number): boolean {
    const doc = this.doc;
    for (let q = p - 1; q >= 0 && q >= p - 3; q--) {
      if (doc.form(q)?.verb.kind === "relay" || doc.headIs("document", q) || doc.is("issued", q)) return true;
    }
    return false;
  }

  /** Offset where the clause of token k begins: before its و/ف, comma and clause link. */
  private clauseStart(k: number): number {
    const doc = this.doc;
    let c = k;
    while (c - 1 >= 0 && (doc.isClitic(c - 1, "وف") || doc.isComma(c - 1) || doc.is("clause-link", c - 1))) c--;
    return doc.tokens[c]!.start;
  }

  /** A draft for what `comp` opens, said by `speaker`; the reporting clause begins at token k. */
  private build(comp: Complement, speaker: Speaker, k: number, verb: string | null, rule: string, b: number): Draft {
    const doc = this.doc;
    const t = doc.tokens;
    let r = comp.region ? doc.regionIndex(comp.region.openTok) : -1;
    if (comp.type === "that" && this.coversRest(comp.start, b)) r = doc.regionIndex(comp.start);
    const region = doc.regions[r];
    let start: number;
    let end: number;
    let resume: number;
    if (region) {
      start = region.open + 1;
      end = region.close;
      resume = region.closeTok + 1;
    } else {
      start = t[comp.start]!.start;
      end = this.textEnd(comp.start, b);
      resume = comp.start;
    }
    [start, end] = this.trim(start, end);
    return {
      speaker,
      start,
      end,
      direct: !!region || comp.type === "colon",
      verb,
      rule: `${rule}:${comp.type}`,
      sentence: this.sentence,
      resume,
      cut: this.clauseStart(k),
      region: region ? r : -1,
      verbTok: k,
      complement: comp.type,
    };
  }

  /** Whether quote marks open at token k and close with at most a couple of words (or another report) left in the sentence. */
  private coversRest(k: number, b: number): boolean {
    const doc = this.doc;
    const region = doc.speechRegionAt(k, 2);
    if (!region || this.claimed.has(doc.regionIndex(k))) return false;
    let words = 0;
    for (let j = region.closeTok + 1; j < b; j++) {
      if (doc.isPunct(j) || doc.isClitic(j, "وف")) continue;
      if (startsReport(doc, j) || this.coordinated(j)) return true;
      if (++words > MAX_TRAILING_WORDS) return false;
    }
    return true;
  }

  /**
   * End offset of indirect speech from token k: the sentence end, or the close of quote marks
   * opened before it; a report made inside parentheses ends with them.
   */
  private textEnd(k: number, b: number): number {
    const doc = this.doc;
    const close = this.parenthesisClose(k, b);
    if (close >= 0) return doc.tokens[close]!.start;
    let end = doc.tokens[b - 1]!.end;
    for (let j = k; j < b; j++) {
      const region = doc.region(j);
      if (region && region.openTok === j) {
        end = Math.max(end, region.close + 1);
        j = region.closeTok;
      }
    }
    return end;
  }

  /** The «)» closing a parenthesis that is open at token k, or -1. */
  private parenthesisClose(k: number, b: number): number {
    const doc = this.doc;
    let depth = 0;
    for (let j = k - 1; j >= doc.sentenceStart(k) && depth <= 0; j--) {
      const norm = doc.norm(j);
      if (norm === ")") depth--;
      else if (norm === "(") depth++;
    }
    if (depth <= 0) return -1;
    for (let j = k; j < b; j++) {
      const norm = doc.norm(j);
      if (norm === "(") depth++;
      else if (norm === ")" && --depth === 0) return j;
    }
    return -1;
  }

  private trim(start: number, end: number): [number, number] {
    const text = this.input.text;
    while (start < end && text.charCodeAt(start) <= 0x20) start++;
    while (end > start && TRAILING.has(text.charCodeAt(end - 1))) end--;
    return [start, end];
  }

  private truncate(open: Draft, cut: number): void {
    if (cut < open.end) [open.start, open.end] = this.trim(open.start, Math.max(open.start, cut));
  }

  /** A frame (بحسب، وفقاً لـ، نقلاً عن …) in a sentence where no verb reported anything. */
  private frame(a: number, b: number): void {
    const doc = this.doc;
    for (let j = a; j < b; j++) {
      if (!doc.is("frame-start", j) || doc.region(j)) continue;
      for (const frame of doc.lex.frames.get(doc.norm(j)) ?? []) {
        const after = this.matchFrame(j, frame.pieces, b);
        if (after < 0) continue;
        let src = after;
        if (doc.norm(src) === "ما") src++;
        if (doc.form(src) || (src > after && doc.tokens[src]?.kind === "word")) src++;
        const head = stripArticle(doc.norm(src));
        // بحسب تصريحات الوزير: after a statement noun only a known speaker will do.
        const statement = doc.lex.is("statement", head) && !doc.lex.is("document", head);
        if (statement) src++;
        const np = resolvePhrase(doc, src, b, this.memory, !statement);
        if (!np?.speaker) continue;
        this.frameQuote(j, after, np.end, np.speaker, a, b);
        return;
      }
    }
  }

  /** Index after the frame's words, or -1. A final ل may be glued to the next word (للبيان). */
  private matchFrame(j: number, pieces: readonly string[], b: number): number {
    const doc = this.doc;
    let k = j + 1;
    for (let i = 1; i < pieces.length; i++) {
      if (k >= b) return -1;
      const piece = pieces[i]!;
      if (piece === "ل" && doc.isClitic(k, "ل")) k++;
      else if (piece === "ل" && i === pieces.length - 1 && doc.norm(k).startsWith("ل")) return k;
      else if (doc.norm(k) === piece) k++;
      else if (
        doc.isClitic(k, "بلك") &&
        doc.tokens[k]!.end === doc.tokens[k + 1]?.start &&
        doc.norm(k) + doc.norm(k + 1) === piece
      ) {
        k += 2; // a word the tokenizer split by mistake: لسان → ل + سان
      } else return -1;
    }
    return k;
  }

  private frameQuote(j: number, after: number, npEnd: number, speaker: Speaker, a: number, b: number): void {
    const doc = this.doc;
    const t = doc.tokens;
    const verb = this.input.text.slice(t[j]!.start, t[after - 1]!.end);
    let start = -1;
    let end = -1;
    let region = -1;
    let kind: string;
    let that = npEnd;
    while (that < b && doc.isComma(that)) that++;
    if (isComplementizer(doc, that) && that + 1 < b) {
      // جاء على لسان X أن …: what was said follows أن.
      const c = that + 1;
      const r = this.coversRest(c, b) ? doc.regionIndex(c) : -1;
      const quoted = doc.regions[r];
      if (quoted) [start, end, region] = [quoted.open + 1, quoted.close, r];
      else [start, end] = [t[c]!.start, this.textEnd(c, b)];
      kind = "that";
    } else if (doc.skipConjunction(a) === j) {
      // The frame opens the sentence: what was said follows it, after فإن when there is one.
      let c = npEnd;
      const comma = c;
      while (c < b && c < npEnd + MASDAR_REACH && !isComplementizer(doc, c)) c++;
      if (c < b && c < npEnd + MASDAR_REACH) c++;
      else for (c = comma; c < b && !doc.isComma(c); c++);
      while (c < b && doc.isPunct(c) && !doc.region(c)) c++;
      if (c >= b) return;
      const r = this.coversRest(c, b) ? doc.regionIndex(c) : -1;
      const quoted = doc.regions[r];
      if (quoted) [start, end, region] = [quoted.open + 1, quoted.close, r];
      else [start, end] = [t[c]!.start, this.textEnd(c, b)];
      kind = "initial";
    } else {
      // A frame inside or after a sentence attributes quote marks in it; without them it
      // sources a fact (…، بحسب أرقام رسمية), which is not someone's words.
      region = this.nearestSpeechRegion(j, a, b);
      const quoted = doc.regions[region];
      if (!quoted) return;
      [start, end] = [quoted.open + 1, quoted.close];
      kind = "quote";
    }
    [start, end] = this.trim(start, end);
    if (end <= start) return;
    this.push({
      speaker,
      start,
      end,
      direct: region >= 0,
      verb,
      rule: `frame:${kind}`,
      sentence: this.sentence,
      resume: b,
      cut: t[a]!.start,
      region,
      verbTok: j,
      complement: null,
    });
  }

  /** The quote marks a frame attributes: the last before it, else the first after it. */
  private nearestSpeechRegion(j: number, a: number, b: number): number {
    const doc = this.doc;
    let before = -1;
    for (let k = a; k < b; k++) {
      const region = doc.speechRegionAt(k);
      if (!region) continue;
      const r = doc.regionIndex(k);
      if (!this.claimed.has(r)) {
        if (k > j) return before >= 0 ? before : r;
        before = r;
      }
      k = region.closeTok;
    }
    return before;
  }

  /** A sentence that is one quote, right after a direct quote: the same speaker goes on. */
  private continued(a: number, b: number): void {
    const doc = this.doc;
    const first = doc.skipConjunction(a);
    const region = doc.speechRegionAt(first, 5);
    const previous = this.drafts.at(-1);
    if (!region || region.closeTok < b - 3 || !previous?.direct || previous.sentence < this.sentence - 2) return;
    const r = doc.regionIndex(first);
    if (this.claimed.has(r)) return;
    const [start, end] = this.trim(region.open + 1, region.close);
    this.push({
      speaker: previous.speaker,
      start,
      end,
      direct: true,
      verb: null,
      rule: "continued-quote",
      sentence: this.sentence,
      resume: b,
      cut: doc.tokens[a]!.start,
      region: r,
      verbTok: first,
      complement: null,
    });
  }

  /** A person or organisation opening a sentence is who a later «وأضاف» may refer to. */
  private updateTopic(a: number, b: number): void {
    const doc = this.doc;
    let s0 = doc.skipConjunction(a);
    if (doc.norm(s0) === "كان" || doc.norm(s0) === "كانت") s0 = doc.skipConjunction(s0 + 1);
    if (doc.region(s0) && doc.speechRegionAt(s0)) return;
    const np = resolvePhrase(doc, s0, b, this.memory, false);
    const type = this.input.entities[np?.speaker?.entity ?? -1]?.type;
    if (np?.speaker && (np.via === "entity" || np.via === "title") && (type === "PER" || type === "ORG")) {
      this.topic = np.speaker;
      this.topicAt = doc.tokens[a]!.start;
    }
  }
}

/** Whether a draft is output: not a nominal report (أفادت بضبط …) nor an anonymous source's words. */
function reported(d: Draft): boolean {
  return d.complement !== "bi" && !d.speaker.unnamed;
}

/** The reporting word as written, without a glued conjunction (وأضاف → أضاف). */
function verbText(text: string, doc: Doc, k: number, form: VerbForm): string {
  const t = doc.tokens[k]!;
  return text.slice(t.start + form.conj, t.end);
}

/** Gender and number agreement between a verb form and a speaker, where both are known. */
function agree(form: VerbForm, speaker: Speaker): boolean {
  switch (form.agreement) {
    case "f": // also non-human plurals: وأضافت المصادر
      return speaker.feminine !== false;
    case "m":
      return speaker.feminine !== true && speaker.number !== "pl";
    case "pl":
      return speaker.number === "pl";
    default:
      return true;
  }
}
