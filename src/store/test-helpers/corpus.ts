// A small hand-annotated corpus for the knowledge-base tests (store queries and CLI): Arabic
// articles written for the tests, every layer filled by hand with offsets computed from the
// text, so the tests do not depend on any stage's output.
import { articleId, buildArticle } from "../../ingest/article.js";
import type {
  AnnotatedArticle,
  Entity,
  EntityType,
  EventItem,
  Granularity,
  Mention,
  Quote,
  Span,
  Timex,
} from "../../model.js";
import { emptyLayers } from "../../model.js";
import type { Store } from "../store.js";

export interface HandEntity {
  name: string;
  type: EntityType;
  aliases?: string[];
  roles?: string[];
  /** Surface forms to mark as its mentions: every occurrence not already taken. */
  said: string[];
}

export interface HandArticle {
  title: string;
  outlet: string | null;
  published: string | null;
  paragraphs: string[];
  entities: HandEntity[];
  /** Speaker: an index into `entities` or the speaker as written. */
  quotes?: { speaker: number | string; speakerText: string; text: string; direct: boolean; verb: string }[];
  times?: { text: string; value: string | null; granularity: Granularity | null }[];
  /** The event's span is the sentence holding its trigger. */
  events?: { kind: string; cameo: string; trigger: string; actors: number[] }[];
}

/** Every occurrence of `needle` in `text`. */
function occurrences(text: string, needle: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    out.push({ start: i, end: i + needle.length });
  }
  return out;
}

function find(text: string, needle: string): Span {
  const [span] = occurrences(text, needle);
  if (!span) throw new Error(`«${needle}» is not in the text`);
  return span;
}

/** Sentences: runs ending in . ! ؟ (or a block end), leading blanks left out. */
function sentencesOf(text: string): Span[] {
  const out: Span[] = [];
  for (const match of text.matchAll(/[^.!؟\n]+[.!؟]?/g)) {
    const lead = match[0].length - match[0].trimStart().length;
    const start = match.index + lead;
    const end = match.index + match[0].trimEnd().length;
    if (end > start) out.push({ start, end });
  }
  return out;
}

export function handArticle(spec: HandArticle, source = `hand/${spec.title}`): AnnotatedArticle {
  const article = buildArticle(
    source,
    0,
    { title: spec.title, outlet: spec.outlet, published: spec.published, author: null, dateline: null },
    spec.paragraphs.map((text) => ({ text })),
  );
  const text = article.text;
  const layers = emptyLayers();
  layers.sentences = sentencesOf(text);

  // Longer forms claim their text first, so «السوداني» inside «محمد شياع السوداني» is not
  // a second mention.
  const claims: { span: Span; entity: number }[] = [];
  const forms = spec.entities.flatMap((e, entity) => e.said.map((form) => ({ form, entity })));
  forms.sort((a, b) => b.form.length - a.form.length);
  for (const { form, entity } of forms) {
    for (const span of occurrences(text, form)) {
      if (claims.some((c) => c.span.start < span.end && span.start < c.span.end)) continue;
      claims.push({ span, entity });
    }
  }
  claims.sort((a, b) => a.span.start - b.span.start);
  layers.mentions = claims.map(
    (c): Mention => ({ ...c.span, type: spec.entities[c.entity]!.type, rule: "test:hand", entity: c.entity }),
  );
  layers.entities = spec.entities.map(
    (e, i): Entity => ({
      id: `e${i}`,
      name: e.name,
      type: e.type,
      aliases: e.aliases ?? [],
      roles: e.roles ?? [],
      mentions: claims.filter((c) => c.entity === i).map((c) => c.span),
    }),
  );
  layers.quotes = (spec.quotes ?? []).map(
    (q): Quote => ({
      ...find(text, q.text),
      speaker: typeof q.speaker === "number" ? `e${q.speaker}` : q.speaker,
      speakerText: q.speakerText,
      text: q.text,
      direct: q.direct,
      verb: q.verb,
      rule: "test:hand",
    }),
  );
  layers.times = (spec.times ?? []).map(
    (t): Timex => ({ ...find(text, t.text), ...t, anchor: "test", rule: "test:hand" }),
  );
  layers.events = (spec.events ?? []).map((e): EventItem => {
    const trigger = find(text, e.trigger);
    const sentence = layers.sentences.find((s) => s.start <= trigger.start && trigger.start < s.end)!;
    return {
      ...sentence,
      kind: e.kind,
      cameo: e.cameo,
      actors: e.actors.map((a) => `e${a}`),
      time: null,
      place: null,
      trigger: e.trigger,
      rule: "test:hand",
    };
  });
  return { article, layers };
}

const PM = "رئيس الوزراء العراقي";

/** Four articles: one prime minister named in full then by family name alone, and two
 * people called حسين who must stay two. */
export const CORPUS: HandArticle[] = [
  {
    title: "السوداني يستقبل وزير الخارجية التركي",
    outlet: "الصباح",
    published: "2023-05-10",
    paragraphs: [
      "بغداد – استقبل رئيس الوزراء العراقي محمد شياع السوداني في بغداد يوم الثلاثاء 9 أيار 2023 وزير الخارجية التركي.",
      "وقال السوداني إن «العلاقات مع أنقرة تمضي نحو شراكة اقتصادية أوسع». وحضر اللقاء وزير الخارجية العراقي فؤاد حسين.",
    ],
    entities: [
      {
        name: "محمد شياع السوداني",
        type: "PER",
        aliases: ["السوداني"],
        roles: [PM],
        said: ["محمد شياع السوداني", "السوداني"],
      },
      { name: "بغداد", type: "LOC", said: ["بغداد"] },
      { name: "فؤاد حسين", type: "PER", roles: ["وزير الخارجية العراقي"], said: ["فؤاد حسين"] },
      { name: "أنقرة", type: "LOC", said: ["أنقرة"] },
    ],
    quotes: [
      {
        speaker: 0,
        speakerText: "السوداني",
        text: "العلاقات مع أنقرة تمضي نحو شراكة اقتصادية أوسع",
        direct: true,
        verb: "قال",
      },
    ],
    times: [{ text: "يوم الثلاثاء 9 أيار 2023", value: "2023-05-09", granularity: "day" }],
    events: [{ kind: "meet", cameo: "04", trigger: "استقبل", actors: [0] }],
  },
  {
    title: "فؤاد حسين يلتقي بلينكن في واشنطن",
    outlet: "الشرق",
    published: "2024-03-27",
    paragraphs: [
      "واشنطن – التقى وزير الخارجية العراقي فؤاد حسين نظيره الأميركي أنتوني بلينكن في واشنطن في آذار 2024.",
      "وأكد حسين أن التعاون الأمني بين البلدين تضاعف منذ العام الماضي.",
    ],
    entities: [
      {
        name: "فؤاد حسين",
        type: "PER",
        aliases: ["حسين"],
        roles: ["وزير الخارجية العراقي"],
        said: ["فؤاد حسين", "حسين"],
      },
      { name: "أنتوني بلينكن", type: "PER", roles: ["وزير الخارجية الأميركي"], said: ["أنتوني بلينكن"] },
      { name: "واشنطن", type: "LOC", said: ["واشنطن"] },
    ],
    quotes: [{ speaker: 0, speakerText: "حسين", text: "التعاون الأمني بين البلدين تضاعف", direct: false, verb: "أكد" }],
    times: [
      { text: "آذار 2024", value: "2024-03", granularity: "month" },
      { text: "العام الماضي", value: "2023", granularity: "year" },
    ],
    events: [
      { kind: "meet", cameo: "04", trigger: "التقى", actors: [0, 1] },
      { kind: "statement", cameo: "01", trigger: "وأكد", actors: [0] },
    ],
  },
  {
    title: "كتاب يستعيد سنوات الحكم",
    outlet: "الصباح",
    published: "2024-04-02",
    paragraphs: [
      "استعاد كتاب جديد سيرة الرئيس العراقي الأسبق صدام حسين منذ عام 1979.",
      "ويقول المؤلف إن حسين حكم البلاد بقبضة أمنية مشددة.",
    ],
    entities: [
      {
        name: "صدام حسين",
        type: "PER",
        aliases: ["حسين"],
        roles: ["الرئيس العراقي الأسبق"],
        said: ["صدام حسين", "حسين"],
      },
    ],
    quotes: [
      {
        speaker: "المؤلف",
        speakerText: "المؤلف",
        text: "حسين حكم البلاد بقبضة أمنية مشددة",
        direct: false,
        verb: "يقول",
      },
    ],
    times: [
      { text: "عام 1979", value: "1979", granularity: "year" },
      { text: "منذ", value: null, granularity: null },
    ],
  },
  {
    title: "الحكومة تطرح موازنة جديدة",
    outlet: "الشرق",
    published: "2024-09-24",
    paragraphs: [
      "أعلن السوداني أمس الاثنين 23 أيلول 2024 أن الحكومة ستطرح موازنة جديدة.",
      "وقال السوداني إن «الموازنة ستركز على الاستثمار».",
    ],
    entities: [{ name: "السوداني", type: "PER", roles: ["رئيس الحكومة"], said: ["السوداني"] }],
    quotes: [{ speaker: 0, speakerText: "السوداني", text: "الموازنة ستركز على الاستثمار", direct: true, verb: "قال" }],
    times: [{ text: "أمس الاثنين 23 أيلول 2024", value: "2024-09-23", granularity: "day" }],
    events: [{ kind: "statement", cameo: "01", trigger: "أعلن", actors: [0] }],
  },
];

/** Saves CORPUS one article per page, in order; returns the article ids. */
export async function saveCorpus(store: Store): Promise<string[]> {
  const ids: string[] = [];
  for (const spec of CORPUS) {
    const annotated = handArticle(spec);
    await store.savePage(annotated.article.source, [annotated]);
    ids.push(articleId(annotated.article));
  }
  return ids;
}
