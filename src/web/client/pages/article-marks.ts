// The marks of an article's text, layer by layer: names by type (linked to their dossiers),
// quotes with their speakers, event triggers, times and figures, each with its tooltip and rule.
import type { Mark } from "../annotate.js";
import { href, num } from "../dom.js";
import { EVENT_KIND, GRANULARITY, named, TYPE_NAME, TYPE_PLURAL, TYPES } from "../labels.js";
import type { Article, EntityType } from "../types.js";

export type Layer = EntityType | "quote" | "event" | "time" | "figure";

/** The layers a reader can show or hide, with their names. */
export const LAYERS: [Layer, string][] = [
  ...TYPES.map((type): [Layer, string] => [type, TYPE_PLURAL[type]]),
  ["quote", "اقتباسات"],
  ["event", "أحداث"],
  ["time", "تواريخ"],
  ["figure", "أرقام"],
];

const parts = (...values: (string | null | undefined)[]) => values.filter((v): v is string => Boolean(v));

/** The name of an entity of the article (by its local id), or of the speaker of a quote. */
export function namer(article: Article) {
  const byId = new Map(article.layers.entities.map((entity) => [entity.id, entity.name]));
  const nameOf = (localId: string | null) => (localId ? (byId.get(localId) ?? localId) : null);
  const speakerOf = (q: Article["layers"]["quotes"][number]) => nameOf(q.speaker) ?? q.speakerText ?? "مصدر غير مسمّى";
  return { nameOf, speakerOf };
}

export function articleMarks(article: Article): Record<Layer | "caption", Mark[]> {
  const { layers } = article;
  const { nameOf, speakerOf } = namer(article);
  const mentions = (type: EntityType): Mark[] =>
    layers.mentions
      .filter((m) => m.type === type)
      .map((m) => {
        const global = m.entity === undefined ? undefined : article.entityIds[m.entity];
        return {
          start: m.start,
          end: m.end,
          rank: 3,
          className: `mention type-${type}`,
          href: global ? href(`entity/${global}`) : undefined,
          tip: parts(TYPE_NAME[type], m.entity === undefined ? null : layers.entities[m.entity]?.name),
          rule: m.rule,
        };
      });
  return {
    caption: article.captions.map((c) => ({ ...c, rank: 0, className: "caption" })),
    quote: layers.quotes.map((q, i) => ({
      start: q.start,
      end: q.end,
      rank: 1,
      className: `quote ${q.direct ? "direct" : "indirect"} q-${i}`,
      label: speakerOf(q),
      tip: parts(
        q.direct ? "اقتباس مباشر" : "اقتباس غير مباشر",
        `المتحدث: ${speakerOf(q)}`,
        q.verb && `الفعل: ${q.verb}`,
      ),
      rule: q.rule,
    })),
    // An event spans its sentence: its trigger word is what gets marked.
    event: layers.events.flatMap((e) => {
      const at = article.text.indexOf(e.trigger, e.start);
      if (!e.trigger || at < 0 || at + e.trigger.length > e.end) return [];
      const actors = e.actors.map(nameOf).join("، ");
      const tip = parts(
        `حدث: ${named(EVENT_KIND, e.kind)}`,
        actors && `الأطراف: ${actors}`,
        e.place && `المكان: ${nameOf(e.place)}`,
      );
      return [{ start: at, end: at + e.trigger.length, rank: 2, className: "event", tip, rule: e.rule }];
    }),
    PER: mentions("PER"),
    ORG: mentions("ORG"),
    LOC: mentions("LOC"),
    time: layers.times.map((t) => ({
      start: t.start,
      end: t.end,
      rank: 4,
      className: "time",
      tip: parts("تاريخ", t.value ?? "لم يُحدَّد", t.granularity && GRANULARITY[t.granularity]),
      rule: t.rule,
    })),
    figure: layers.figures.map((f) => ({
      start: f.start,
      end: f.end,
      rank: 5,
      className: "figure",
      tip: parts("رقم", `${num(f.value)}${f.unit ? ` ${f.unit}` : ""}`, f.about),
      rule: f.rule,
    })),
  };
}
