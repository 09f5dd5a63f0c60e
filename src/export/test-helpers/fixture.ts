// Hand-built stored articles for the export tests: real office holders and places the gazetteer
// knows, a person no lexicon holds, and values hostile to every output format (separators,
// quotes, markup, line breaks, control characters).
import type { Entity, EventItem, Span } from "../../model.js";
import type { ExportArticle } from "../types.js";

function at(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start === -1) throw new Error(`fixture: "${needle}" not in text`);
  return { start, end: start + needle.length };
}

function entity(id: string, name: string, type: Entity["type"], mentions: Span[]): Entity {
  return { id, name, type, aliases: [], roles: [], mentions };
}

const MEETING =
  "استقبل رئيس الوزراء محمد شياع السوداني، أمس، وزير الخارجية أنتوني بلينكن في بغداد، وبحثا «الشراكة» بين البلدين.\n\n" +
  'وقال المحلل سليم الحداد إن اللقاء "مهم جداً"، مضيفاً أن 2500 جندي ما زالوا في البلاد.\n' +
  "ثم زار بلينكن أربيل.";

function meetingArticle(): ExportArticle {
  const text = MEETING;
  const sentences = [at(text, "استقبل"), at(text, "وقال"), at(text, "ثم زار")].map((s, i, all) => ({
    start: s.start,
    end: i + 1 < all.length ? text.lastIndexOf(".", all[i + 1]!.start) + 1 : text.length,
  }));
  const sudani = at(text, "محمد شياع السوداني");
  const blinken1 = at(text, "أنتوني بلينكن");
  const blinken2 = at(text, "بلينكن", at(text, "ثم زار").start);
  const baghdad = at(text, "بغداد");
  const erbil = at(text, "أربيل");
  const haddad = at(text, "سليم الحداد");
  const entities = [
    entity("e0", "محمد شياع السوداني", "PER", [sudani]),
    entity("e1", "أنتوني بلينكن", "PER", [blinken1, blinken2]),
    entity("e2", "بغداد", "LOC", [baghdad]),
    entity("e3", "أربيل", "LOC", [erbil]),
    entity("e4", "سليم الحداد", "PER", [haddad]),
  ];
  const meet: EventItem = {
    ...sentences[0]!,
    kind: "meet",
    cameo: "04",
    actors: ["e0", "e1"],
    time: "2024-12-12",
    place: "e2",
    trigger: "استقبل",
    rule: "trigger:meet:استقبل",
  };
  const statement: EventItem = {
    ...sentences[1]!,
    kind: "statement",
    cameo: "01",
    actors: ["e4"],
    time: null,
    place: null,
    trigger: "قال",
    rule: "quote:statement",
  };
  const visit: EventItem = {
    ...sentences[2]!,
    kind: "visit",
    cameo: "04",
    actors: ["e1"],
    time: "2024-12",
    place: "e3",
    trigger: "زار",
    rule: "trigger:visit:زار",
  };
  const quote = at(text, "مهم جداً");
  const figure = at(text, "2500 جندي");
  return {
    id: "a1",
    title: "السوداني يستقبل بلينكن",
    outlet: "مرصد الأخبار",
    published: "2024-12-13",
    source: "https://example.org/news/1?a=1&b=2",
    text,
    entityIds: ["g-sudani", "g-blinken", "g-baghdad", "g-erbil", "g-haddad"],
    layers: {
      sentences,
      tokens: [{ ...sudani, kind: "word", norm: "محمد شياع السوداني" }],
      mentions: entities.flatMap((e, i) => e.mentions.map((m) => ({ ...m, type: e.type, rule: "test", entity: i }))),
      entities,
      quotes: [
        {
          ...quote,
          speaker: "e4",
          speakerText: "المحلل سليم الحداد",
          text: "مهم جداً",
          direct: true,
          verb: "قال",
          rule: "test",
        },
      ],
      times: [
        { ...at(text, "أمس"), text: "أمس", value: "2024-12-12", granularity: "day", anchor: "published", rule: "test" },
      ],
      figures: [
        { ...figure, text: "2500 جندي", value: 2500, unit: "جندي", about: null, qualifier: null, rule: "test" },
      ],
      events: [meet, statement, visit],
    },
  };
}

/** Names and values that break careless writers. */
export const HOSTILE = [
  '<script>alert("x")</script>',
  "شركة «نور & أبناؤه»",
  "قال: \"نعم\"، و'لا'",
  "سطر أول\nسطر ثانٍ\r\nوثالث\tبعد جدولة",
  "محارف\u0000تحكم\u0001\u0008\u000B\u000C\u001F\uFFFE",
  "فاصلة, وفاصلة عربية، معاً",
] as const;

function hostileArticle(): ExportArticle {
  const names = [...HOSTILE];
  const text = names.join(" — ") + ".";
  const entities = names.map((name, i) => entity(`h${i}`, name, "ORG", [at(text, name)]));
  const sentence = { start: 0, end: text.length };
  return {
    id: 'a2,"x"',
    title: HOSTILE[0],
    outlet: HOSTILE[1],
    published: "2025-03",
    text,
    entityIds: names.map((_, i) => `gh${i}`),
    layers: {
      sentences: [sentence],
      tokens: [],
      mentions: [],
      entities,
      quotes: [],
      times: [],
      figures: [],
      events: [
        {
          ...sentence,
          kind: "criticise",
          cameo: "11",
          // line breaks and control characters first, where the GDELT actor columns read them
          actors: ["h3", "h4", "h0", "h1", "h2"],
          time: null,
          place: "h5",
          trigger: HOSTILE[2],
          rule: HOSTILE[0],
        },
      ],
    },
  };
}

export function fixtureArticles(): ExportArticle[] {
  return [meetingArticle(), hostileArticle()];
}
