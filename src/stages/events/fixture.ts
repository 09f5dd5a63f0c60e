// Test support: hand-built layers for a sentence, so the events stage is tested without the
// entity, time and quote stages. Entity ids are their names, so expectations read naturally.
import type { Entity, EntityType, EventItem, Layers, Quote, Timex } from "../../model.js";
import { emptyLayers } from "../../model.js";
import { splitSentences } from "../../text/sentences.js";
import { tokenize } from "../../text/tokenize.js";
import { extractEvents } from "./extract.js";

export interface Fixture {
  text: string;
  /**
   * "name:TYPE" or "name=written:TYPE"; every occurrence of the name (or of the written form)
   * as a word, clitics before it allowed, is a mention.
   */
  entities?: string[];
  /** [text as written, value]. */
  times?: Array<[string, string]>;
  /** The quoted text as written (its first occurrence), the speaker id and the reporting verb. */
  quotes?: Array<{ text: string; speaker: string | null; verb: string | null }>;
}

export interface Seen {
  kind: string;
  cameo: string;
  actors: string[];
  time: string | null;
  place: string | null;
}

const LETTER = /\p{L}/u;
const CLITICS = "وفبلك";

function occurrences(text: string, name: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const end = at + name.length;
    if (end < text.length && LETTER.test(text.charAt(end))) continue;
    let k = at;
    while (k > 0 && at - k < 2 && CLITICS.includes(text.charAt(k - 1))) k--;
    if (k > 0 && LETTER.test(text.charAt(k - 1))) continue;
    out.push({ start: at, end });
  }
  return out;
}

export function layersOf(fixture: Fixture): Layers {
  const { text } = fixture;
  const layers = emptyLayers();
  layers.sentences = splitSentences(text);
  layers.tokens = tokenize(text);
  layers.entities = (fixture.entities ?? []).map((spec): Entity => {
    const [written = "", type = "PER"] = spec.split(":");
    const [name = "", as = name] = written.split("=");
    const mentions = occurrences(text, as);
    if (mentions.length === 0) throw new Error(`fixture: "${as}" not in the text`);
    return { id: name, name, type: type as EntityType, aliases: [], roles: [], mentions };
  });
  layers.times = (fixture.times ?? []).map(([written, value]): Timex => {
    const start = text.indexOf(written);
    if (start === -1) throw new Error(`fixture: "${written}" not in the text`);
    return {
      start,
      end: start + written.length,
      text: written,
      value,
      granularity: "day",
      anchor: "published",
      rule: "test",
    };
  });
  layers.quotes = (fixture.quotes ?? []).map(({ text: quoted, speaker, verb }): Quote => {
    const start = text.indexOf(quoted);
    if (start === -1) throw new Error(`fixture: "${quoted}" not in the text`);
    return {
      start,
      end: start + quoted.length,
      text: quoted,
      speaker,
      speakerText: speaker,
      direct: true,
      verb,
      rule: "test",
    };
  });
  return layers;
}

export function eventsOf(fixture: Fixture): EventItem[] {
  return extractEvents(fixture.text, layersOf(fixture));
}

/** The fields the tables compare. */
export function seen(fixture: Fixture): Seen[] {
  return eventsOf(fixture).map(({ kind, cameo, actors, time, place }) => ({ kind, cameo, actors, time, place }));
}
