// Test support: a KbArticle built by hand from a sentence or two, so the graph and claims are
// tested without the pipeline's entity, event and figure stages. Entities get local ids e0, e1…
// (as the entities stage gives them) and, as global id, their name — or the one given in
// `globals` — so expectations read naturally.
import type { EventItem, Figure } from "../../model.js";
import { type Fixture, layersOf } from "../../stages/events/fixture.js";
import type { KbArticle } from "../types.js";

export interface EventSpec {
  kind: string;
  /** As written; the event is cited to the sentence of its first occurrence. */
  trigger: string;
  /** Entity names. */
  actors: string[];
  place?: string;
  time?: string;
  rule?: string;
}

export interface FigureSpec {
  /** As written: its first occurrence after `after` (if given). */
  text: string;
  value: number;
  unit: string | null;
  qualifier?: string;
  after?: string;
}

export interface ArticleSpec extends Fixture {
  id?: string;
  outlet?: string | null;
  published?: string | null;
  events?: EventSpec[];
  figures?: FigureSpec[];
  /** Entity name → global id, where it is not the name. */
  globals?: Record<string, string>;
}

export function kbArticle(spec: ArticleSpec): KbArticle {
  const { text } = spec;
  const layers = layersOf(spec);
  const local = new Map<string, string>();
  const entityIds = layers.entities.map((entity, i) => {
    const name = entity.id;
    local.set(name, `e${i}`);
    entity.id = `e${i}`;
    return spec.globals?.[name] ?? name;
  });
  const localId = (name: string) => {
    const id = local.get(name);
    if (id === undefined) throw new Error(`fixture: no entity "${name}"`);
    return id;
  };
  for (const quote of layers.quotes)
    if (quote.speaker !== null) quote.speaker = local.get(quote.speaker) ?? quote.speaker;
  const sentenceOf = (offset: number) => {
    const s = layers.sentences.find((span) => span.start <= offset && offset < span.end);
    if (!s) throw new Error(`fixture: offset ${offset} in no sentence`);
    return s;
  };
  layers.events = (spec.events ?? []).map((e): EventItem => {
    const at = text.indexOf(e.trigger);
    if (at === -1) throw new Error(`fixture: trigger "${e.trigger}" not in the text`);
    const { start, end } = sentenceOf(at);
    return {
      kind: e.kind,
      cameo: "",
      actors: e.actors.map(localId),
      time: e.time ?? null,
      place: e.place === undefined ? null : localId(e.place),
      start,
      end,
      trigger: e.trigger,
      rule: e.rule ?? `trigger:${e.kind}:${e.trigger}`,
    };
  });
  layers.figures = (spec.figures ?? []).map((f): Figure => {
    const from = f.after === undefined ? 0 : text.indexOf(f.after);
    const start = text.indexOf(f.text, Math.max(0, from));
    if (from === -1 || start === -1) throw new Error(`fixture: figure "${f.text}" not in the text`);
    return {
      start,
      end: start + f.text.length,
      text: f.text,
      value: f.value,
      unit: f.unit,
      about: null,
      qualifier: f.qualifier ?? null,
      rule: "test",
    };
  });
  return {
    id: spec.id ?? "a1",
    title: "",
    outlet: spec.outlet ?? null,
    published: spec.published ?? null,
    text,
    layers,
    entityIds,
  };
}
