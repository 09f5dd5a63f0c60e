// Why: a report often relays another's words — «وقال بيان للرئاسة إن الرئيس جوزيف عون «أكد
// ضرورة …»» — and the words in quote marks are the named person's as well as the statement's
// report of them. When what a report says opens with a person (at most a few title words
// before the name) and his words follow in quote marks, they are also his quote.
import type { Entity, Quote, Span } from "../../model.js";

/** Words (titles: الرئيس، وزير الخارجية الأردني) that may stand before the name. */
const MAX_TITLE_WORDS = 4;
const OPENERS = new Map([
  ["«", "»"],
  ['"', '"'],
  ["“", "”"],
]);
const TITLE_WORDS = /^[\s\u0621-\u064a\u0640\u064b-\u0652]*$/;
/** A relative clause before the name makes him its object, not the one speaking (التي يرأسها …). */
const RELATIVE = /(^|\s)(الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(\s|$)/;

interface PersonMention extends Span {
  entity: Entity;
}

function personMentions(entities: readonly Entity[]): PersonMention[] {
  const out: PersonMention[] = [];
  for (const entity of entities) {
    if (entity.type !== "PER") continue;
    for (const m of entity.mentions) out.push({ start: m.start, end: m.end, entity });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words of a person a report relays (see the header), as his own quote; null when it relays none. */
export function relayedQuote(text: string, quote: Quote, persons: readonly PersonMention[]): Quote | null {
  if (quote.direct) return null;
  const person = persons.find((p) => p.start >= quote.start && p.start < quote.end);
  if (!person || person.end > quote.end) return null;
  const lead = text.slice(quote.start, person.start);
  if (!TITLE_WORDS.test(lead) || RELATIVE.test(lead)) return null;
  if (lead.trim().split(/\s+/).filter(Boolean).length > MAX_TITLE_WORDS) return null;
  let open = person.end;
  while (open < quote.end && /[\s،,]/.test(text[open]!)) open++;
  const closer = OPENERS.get(text[open] ?? "");
  if (!closer) return null;
  const close = text.indexOf(closer, open + 1);
  if (close === -1 || close > quote.end || close - open < 4) return null;
  return {
    ...quote,
    start: open + 1,
    end: close,
    speaker: person.entity.id,
    speakerText: text.slice(person.start, person.end),
    text: text.slice(open + 1, close),
    direct: true,
    rule: `${quote.rule}>relayed`,
  };
}

/** The quotes, each followed by the words of a person it relays, if any. */
export function withRelayedQuotes(text: string, quotes: readonly Quote[], entities: readonly Entity[]): Quote[] {
  if (quotes.length === 0) return [];
  const persons = personMentions(entities);
  return quotes.flatMap((quote) => {
    const relayed = relayedQuote(text, quote, persons);
    return relayed ? [quote, relayed] : [quote];
  });
}
