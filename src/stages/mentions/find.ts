// Why: one place that runs the evidence in order and settles overlaps, so each rule stays
// small. Order: gazetteer names, then head-noun names (which may contain gazetteer names),
// then title phrases and people (which step over both), then names known by their place in
// the sentence (context.ts) and datelines; a name after بقلم is the author's and is dropped. Overlaps: the longer
// span wins, then the stronger evidence (lexicon > head pattern > person pattern >
// propagation). Then propagation (propagate.ts) finds later mentions of what was found, and
// roles (roles.ts) are read off the title phrases around each person.
import type { Token } from "../../model.js";
import { scratch } from "./arena.js";
import { scanContext } from "./context.js";
import { BYLINE, buildDoc, COMMON, DASH, type Doc, keyOf, LINE_START, STOP, WORD } from "./doc.js";
import { scanDuals } from "./duals.js";
import { scanHeads } from "./heads.js";
import { type Knowledge, knowledge } from "./knowledge.js";
import { scanGazetteer } from "./lexicon.js";
import { scanPeople } from "./people.js";
import { parentheticalAliases, propagate } from "./propagate.js";
import { assignRoles } from "./roles.js";
import { Spans } from "./spans.js";
import { scanTitles } from "./titles.js";
import { type Candidate, candidate, PRIORITY, type RichMention } from "./types.js";

export function findMentions(text: string, tokens: readonly Token[], k: Knowledge = knowledge()): RichMention[] {
  scratch.reset();
  const doc = buildDoc(text, tokens, k);
  const lexical = scanGazetteer(doc);
  const lexicalSpans = new Spans(doc.n, lexical);
  const heads = scanHeads(doc, lexicalSpans).concat(scanDuals(doc, lexicalSpans));
  const evidence = lexical.concat(heads);
  const known = new Spans(doc.n, evidence);
  const phrases = scanTitles(doc, known);
  const people = scanPeople(doc, known, phrases);
  pushAll(evidence, people);
  pushAll(evidence, scanContext(doc, known));
  pushAll(evidence, datelines(doc, known));
  const found = resolve(doc.n, evidence).filter((c) => !byline(doc, c));
  pushAll(found, parentheticalAliases(doc, found));
  const all = resolve(doc.n, found.concat(propagate(doc, found)));
  const mentions = all.map((c) => toMention(doc, c));
  assignRoles(doc, phrases, people, all, mentions);
  return mentions;
}

function pushAll<T>(to: T[], from: readonly T[]): void {
  for (const x of from) to.push(x);
}

const longestFirst = (x: Candidate, y: Candidate) => y.b - y.a - (x.b - x.a) || y.priority - x.priority || x.a - y.a;
const byStart = (x: Candidate, y: Candidate) => x.a - y.a;

/** Longest first, then the stronger evidence; a token belongs to one mention at most. */
export function resolve(n: number, candidates: readonly Candidate[]): Candidate[] {
  const sorted = candidates.slice().sort(longestFirst);
  const taken = scratch.int32(n);
  const chosen: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let t = c.a; t < c.b && free; t++) if (taken[t]) free = false;
    if (!free) continue;
    for (let t = c.a; t < c.b; t++) taken[t] = 1;
    chosen.push(c);
  }
  return chosen.sort(byStart);
}

/** بقلم سامر الحلو: the author is metadata, no person of the story. */
const byline = (doc: Doc, c: Candidate) => c.type === "PER" && c.a > 0 && (doc.flags[c.a - 1]! & BYLINE) !== 0;

/** «واشنطن – أكد …»: one or two words opening a line, then a dash: the place filed from. */
function datelines(doc: Doc, known: Spans): Candidate[] {
  const out: Candidate[] = [];
  const { flags } = doc;
  const plain = (i: number) => i < doc.n && (flags[i]! & (WORD | STOP | COMMON)) === WORD;
  for (let i = 0; i < doc.n; i++) {
    if (!(flags[i]! & LINE_START)) continue;
    const spanEnd = known.endAt(i);
    let end = spanEnd > i ? spanEnd : plain(i) ? i + 1 : -1;
    if (end < 0) continue;
    if (spanEnd <= i && !(flags[end]! & DASH) && plain(end)) end++;
    if (end >= doc.n || !(flags[end]! & DASH)) continue;
    if (spanEnd === end && known.typeAt(i) !== "LOC") continue;
    out.push(candidate(i, end, "LOC", "pattern:dateline", PRIORITY.pattern));
  }
  return out;
}

/** Every mention has every field (undefined when empty): the entities stage copies them fast. */
function toMention(doc: Doc, c: Candidate): RichMention {
  const core = c.core && {
    start: doc.toks[c.core[0]]!.start,
    end: doc.toks[c.core[1] - 1]!.end,
    key: keyOf(doc, c.core[0], c.core[1]),
  };
  return {
    start: c.start ?? doc.toks[c.a]!.start,
    end: doc.toks[c.b - 1]!.end,
    type: c.type,
    rule: c.rule,
    key: keyOf(doc, c.a, c.b, c.start),
    canonical: c.canonical,
    core,
    roles: undefined,
  };
}
