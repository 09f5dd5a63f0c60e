// Test support: KbArticle objects built by hand from Arabic text, with entities, times and
// events named in the spec and located in the text, so story tests do not depend on how well
// the extraction stages do. Global entity ids are TYPE:folded name.
import type { Entity, EntityType, EventItem, Span, Timex } from "../../model.js";
import { emptyLayers } from "../../model.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokenize.js";
import { nameKey } from "../names.js";
import type { KbArticle } from "../types.js";

export interface Spec {
  id: string;
  title: string;
  outlet?: string | null;
  published: string | null;
  text: string;
  /** [type, name, ...aliases]: every occurrence of the name or an alias in the text is a mention. */
  entities?: Array<[EntityType, string, ...string[]]>;
  /** [text as written, value]: at its first occurrence; skipped when absent. */
  times?: Array<[string, string]>;
  /** [kind, time, actor names]: placed at the first mention of its first actor. */
  events?: Array<[string, string | null, string[]]>;
}

export const globalId = (type: EntityType, name: string) => `${type}:${nameKey(name)}`;

function occurrences(text: string, forms: readonly string[]): Span[] {
  const out: Span[] = [];
  for (const form of forms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
      if (!out.some((m) => m.start < at + form.length && at < m.end)) out.push({ start: at, end: at + form.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function kbArticle(spec: Spec): KbArticle {
  const { text } = spec;
  const layers = emptyLayers();
  layers.sentences = splitSentences(text);
  layers.tokens = tokenize(text);
  layers.entities = (spec.entities ?? []).map(
    ([type, name, ...aliases], i): Entity => ({
      id: `e${i}`,
      name,
      type,
      aliases,
      roles: [],
      mentions: occurrences(text, [name, ...aliases]),
    }),
  );
  layers.times = (spec.times ?? []).flatMap(([written, value]): Timex[] => {
    const start = text.indexOf(written);
    if (start < 0) return []; // a perturbed copy may have lost the sentence
    const granularity = value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
    return [
      { start, end: start + written.length, text: written, value, granularity, anchor: "published", rule: "fixture" },
    ];
  });
  layers.events = (spec.events ?? []).map(([kind, time, actors]): EventItem => {
    const ids = actors.map((name) => layers.entities.find((e) => e.name === name)!);
    const start = ids[0]?.mentions[0]?.start ?? 0;
    return {
      start,
      end: start + 1,
      kind,
      cameo: "",
      actors: ids.map((e) => e.id),
      time,
      place: null,
      trigger: kind,
      rule: "fixture",
    };
  });
  return {
    id: spec.id,
    title: spec.title,
    outlet: spec.outlet ?? null,
    published: spec.published,
    text,
    layers,
    entityIds: layers.entities.map((e) => globalId(e.type, e.name)),
  };
}
