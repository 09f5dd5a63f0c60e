// The `marsad extract --json` contract of DESIGN.md: one document per input file, its articles
// with every layer, mentions as offsets into the article's text.
import type { AnnotatedArticle, Timex } from "../model.js";

export interface ContractDocument {
  source: string;
  articles: ReturnType<typeof articleToContract>[];
}

const timeToContract = (time: Timex) => ({
  text: time.text,
  value: time.value,
  granularity: time.granularity,
  anchor: time.anchor,
  rule: time.rule,
  start: time.start,
  end: time.end,
});

export function articleToContract({ article, layers }: AnnotatedArticle) {
  const { text } = article;
  const slice = (start: number, end: number) => ({ start, end, text: text.slice(start, end) });
  // which rule found each mention: the mentions layer says it, the entity keeps the spans
  const rules = new Map(layers.mentions.map((mention) => [mention.start, mention.rule]));
  return {
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    author: article.author,
    dateline: article.dateline,
    text,
    captions: article.captions,
    entities: layers.entities.map((entity) => ({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      aliases: entity.aliases,
      roles: entity.roles,
      mentions: entity.mentions.map((mention) => ({
        ...slice(mention.start, mention.end),
        rule: rules.get(mention.start) ?? null,
      })),
    })),
    quotes: layers.quotes.map((quote) => ({
      speaker: quote.speaker,
      speakerText: quote.speakerText,
      text: quote.text,
      direct: quote.direct,
      verb: quote.verb,
      rule: quote.rule,
      start: quote.start,
      end: quote.end,
    })),
    // `times` holds what resolved to a date (the contract's value is YYYY[-MM[-DD]]); what could
    // not be resolved — no publication date to count from, a vague «قبل أيام» — is kept apart
    // with value null rather than dropped.
    times: layers.times.filter((time) => time.value !== null).map(timeToContract),
    unresolvedTimes: layers.times.filter((time) => time.value === null).map(timeToContract),
    figures: layers.figures.map((figure) => ({
      value: figure.value,
      unit: figure.unit,
      about: figure.about,
      qualifier: figure.qualifier,
      text: figure.text,
      rule: figure.rule,
      start: figure.start,
      end: figure.end,
    })),
    events: layers.events.map((event) => ({
      kind: event.kind,
      cameo: event.cameo,
      actors: event.actors,
      time: event.time,
      place: event.place,
      trigger: event.trigger,
      rule: event.rule,
      start: event.start,
      end: event.end,
    })),
  };
}
