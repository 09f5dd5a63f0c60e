// A scraped page → its full articles. Scrapers print titles and captions twice, leave "TT"
// markers, put lists of teaser headlines between articles and glue further full articles after
// them. The segmenter walks the lines once: inside an article it reads metadata lines and keeps
// text; after a teaser heading or an end-of-article line it skips teaser items until a line
// opens a full article (a title followed by real paragraphs, or by the caption-twice-then-TT
// pattern).

import { parseCalendarDate } from "../dates/calendar.js";
import type { Article, ArticleMeta } from "../model.js";
import { type Block, buildArticle } from "./article.js";
import {
  authorName,
  classifyLine,
  fold,
  isMasthead,
  type LineKind,
  outletDashLine,
  siteName,
  titleOutlet,
  wordCount,
} from "./furniture.js";

export interface SegmentInput {
  source: string;
  lines: readonly string[];
  /** Indexes of lines known to be captions (HTML figcaption). */
  captions?: ReadonlySet<number>;
  /** Metadata the container gave (HTML meta tags): fallbacks for what the lines do not say. */
  hints?: Partial<ArticleMeta>;
  /** The line known to be the headline (an HTML <h1>): text lines above it are page chrome. */
  headline?: number;
}

const MIN_BODY_CHARS = 40;
const LONG_PARAGRAPH = 120;

interface Draft {
  title: string | null;
  titleKey: string;
  outlet: string | null;
  sourceOutlet: string | null;
  published: string | null;
  /** A date with a time of day above the title: a clock or ticker, or the publication stamp. */
  clock: string | null;
  /** The «آخر تحديث» date. */
  updated: string | null;
  author: string | null;
  dateline: string | null;
  blocks: Block[];
  seen: Set<string>;
  /** Lines read since the title that were not body text, to tell metadata under a title. */
  afterTitle: number;
  /** A real paragraph has been read: metadata lines (bylines) no longer follow. */
  bodyStarted: boolean;
}

const newDraft = (): Draft => ({
  title: null,
  titleKey: "",
  outlet: null,
  sourceOutlet: null,
  published: null,
  clock: null,
  updated: null,
  author: null,
  dateline: null,
  blocks: [],
  seen: new Set(),
  afterTitle: 0,
  bodyStarted: false,
});

const endsSentence = (line: string) => /[.!؟?»"”:]$/.test(line.trim());
const isLongParagraph = (line: string) => line.length >= LONG_PARAGRAPH && /[.!؟?،]/.test(line);
/** "… (أ.ف.ب)": a photo caption ends with a short credit in parentheses. */
const CAPTION_CREDIT = /\(([^()]{2,40})\)$/;
const looksLikeCaption = (line: string) =>
  line.length <= 250 && CAPTION_CREDIT.test(line) && !/[.!؟?]\s*\([^()]*\)$/.test(line);
/** A continuation paragraph opens with a conjunction clitic: "وكانت …", "فيما …". */
const CONTINUATION = /^[وف][\u0621-\u064a]{2,}/;

export function segmentPage(input: SegmentInput): Article[] {
  const lines = input.lines.map((line) => line.trim());
  const kinds = lines.map(classifyLine);
  const pageOutlet = quotedBylineOutlet(kinds);
  const footer = footerOutlet(kinds);
  const articles: Article[] = [];
  let draft = newDraft();
  let inArticle = true;
  const nonBlank = (from: number) => nextNonBlank(kinds, from);

  const close = () => {
    const article = finish(draft, input, articles.length, pageOutlet, footer);
    if (article) articles.push(article);
    draft = newDraft();
  };

  for (let i = 0; i < lines.length; i++) {
    const kind = kinds[i]!;
    const line = lines[i]!;
    if (kind.kind === "blank") continue;

    if (!inArticle) {
      if (kind.kind === "text" && opensArticle(lines, kinds, i)) {
        inArticle = true;
        i--;
      }
      continue;
    }

    switch (kind.kind) {
      case "marker":
        continue;
      case "updated":
        // A live page may give only its last update: a date when nothing else dates it.
        draft.updated ??= kind.date;
        continue;
      case "teaser": {
        const skip = inlineTeaser(lines, kinds, i, draft);
        if (skip > i) {
          i = skip;
          continue;
        }
        close();
        inArticle = false;
        continue;
      }
      case "keywords":
      case "copyright":
      case "source":
        if (kind.kind === "source") draft.sourceOutlet ??= kind.outlet;
        if (draft.title !== null && draft.blocks.length > 0) {
          close();
          inArticle = false;
        }
        continue;
      case "published":
        draft.published ??= kind.date;
        continue;
      case "date":
        // A timestamp before the title may be the page's clock or ticker: it dates the article
        // only when nothing else does.
        if (draft.title !== null || !kind.timestamp) draft.published ??= kind.date;
        else draft.clock ??= kind.date;
        continue;
      case "outlet":
        if (draft.title === null || draft.blocks.length === 0) {
          draft.outlet ??= kind.outlet;
          continue;
        }
        break;
      case "bio":
        // Above the body it describes the columnist; inside it, it is text.
        if (!draft.bodyStarted) continue;
        break;
      case "reporter":
        // A reporter's credit, under the title or after the body: the author, never text.
        if (draft.title !== null) {
          draft.author ??= kind.name;
          continue;
        }
        break;
      case "byline": {
        // a caption printed twice can look like a byline; a byline is printed once
        const repeated = fold(lines[nonBlank(i + 1)] ?? "") === fold(line);
        if (draft.title === null || draft.bodyStarted || repeated) break;
        if (kind.quoted) draft.outlet ??= kind.name;
        else draft.author ??= kind.name;
        draft.dateline ??= kind.place;
        if (kind.date) draft.published ??= kind.date;
        continue;
      }
    }

    // A headline and its date line after a body: the next article, glued on with no heading.
    if (draft.bodyStarted && kind.kind === "text" && gluedHeadline(lines, kinds, i)) {
      close();
      draft.title = line;
      draft.titleKey = fold(line);
      continue;
    }
    if (draft.title === null) {
      if (input.headline !== undefined && i < input.headline) continue;
      // A columnist's name, then a line describing him (كاتب وباحث …): the author.
      if (kinds[nextNonBlank(kinds, i + 1)]?.kind === "bio" && authorName(line)) {
        draft.author ??= line;
        continue;
      }
      if (draft.blocks.length === 0 && isMasthead(lines, kinds, i)) {
        draft.outlet ??= line;
        continue;
      }
      if (draft.blocks.length === 0 && chromeAt(lines, kinds, i)) {
        if (i === nextNonBlank(kinds, 0) && siteName(line)) draft.outlet ??= line;
        continue;
      }
      draft.title = line;
      draft.titleKey = fold(line);
      continue;
    }
    const key = fold(line);
    if (key === draft.titleKey) continue;
    if (draft.blocks.length === 0 && draft.afterTitle < 3) {
      const dash = outletDashLine(line);
      if (dash) {
        draft.outlet ??= dash.outlet;
        draft.dateline ??= dash.place;
        draft.afterTitle++;
        continue;
      }
    }
    if (draft.seen.has(key)) {
      // printed twice: a caption when the copy follows directly
      const previous = draft.blocks[draft.blocks.length - 1];
      if (previous && fold(previous.text) === key) previous.caption = true;
      continue;
    }
    draft.seen.add(key);
    const caption =
      input.captions?.has(i) ||
      looksLikeCaption(line) ||
      (fold(lines[nonBlank(i + 1)] ?? "") === key && !isLongParagraph(line));
    draft.blocks.push({ text: line, caption });
    if (!caption && isLongParagraph(line)) draft.bodyStarted = true;
  }
  if (inArticle) close();
  return articles;
}

function nextNonBlank(kinds: readonly LineKind[], from: number): number {
  let j = from;
  while (j < kinds.length && kinds[j]!.kind === "blank") j++;
  return j;
}

/**
 * "اقرأ أيضاً" with a single headline inside an article, after which the article goes on: a
 * paragraph opening with و/ف, or prose that runs on to the article's own source or tags line.
 * Returns the index of the headline to skip to, or -1 when the heading closes the article.
 */
function inlineTeaser(lines: readonly string[], kinds: readonly LineKind[], at: number, draft: Draft): number {
  if (draft.title === null || draft.blocks.length === 0) return -1;
  const headline = nextNonBlank(kinds, at + 1);
  const after = nextNonBlank(kinds, headline + 1);
  if (headline >= lines.length || kinds[headline]!.kind !== "text") return -1;
  const next = kinds[after];
  if (!next) return -1;
  if (next.kind === "source" || next.kind === "keywords") return headline;
  const paragraph = lines[after] ?? "";
  if (next.kind !== "text" || !isLongParagraph(paragraph) || outletDashLine(paragraph)) return -1;
  return CONTINUATION.test(paragraph) || endsBeforeNextTeaser(kinds, after) ? headline : -1;
}

/** Does an end-of-article line (source, tags) come before the next teaser heading? */
function endsBeforeNextTeaser(kinds: readonly LineKind[], from: number): boolean {
  for (let j = from; j < kinds.length; j++) {
    const kind = kinds[j]!.kind;
    if (kind === "source" || kind === "keywords") return true;
    if (kind === "teaser" || kind === "marker" || kind === "date" || kind === "byline") return false;
  }
  return false;
}

/** Does line `at`, met after a teaser heading or an article's end, open a full article? */
function opensArticle(lines: readonly string[], kinds: readonly LineKind[], at: number): boolean {
  const title = lines[at]!;
  if (title.length < 10 || title.length > 220 || (endsSentence(title) && !/[؟?]$/.test(title))) return false;
  // title, [deck], caption, the caption again, TT
  const following: number[] = [];
  for (let j = nextNonBlank(kinds, at + 1); j < lines.length && following.length < 4; j = nextNonBlank(kinds, j + 1)) {
    following.push(j);
  }
  for (const pairAt of [0, 1]) {
    const a = following[pairAt];
    const b = following[pairAt + 1];
    const marker = following[pairAt + 2];
    if (a === undefined || b === undefined || marker === undefined) continue;
    if (fold(lines[a]!) === fold(lines[b]!) && kinds[marker]!.kind === "marker") return true;
  }
  // title, optional metadata lines, then a real paragraph and at least one more among the
  // next four; a teaser item instead has one summary line and then a byline or a headline
  let long = 0;
  let seen = 0;
  for (let j = nextNonBlank(kinds, at + 1); j < lines.length && seen < 4; j = nextNonBlank(kinds, j + 1)) {
    const kind = kinds[j]!.kind;
    if (kind === "teaser" || kind === "source" || kind === "keywords") break;
    if (kind === "byline" && seen > 0) return false;
    if (kind !== "text" || outletDashLine(lines[j]!) || looksLikeCaption(lines[j]!)) continue;
    seen++;
    if (isLongParagraph(lines[j]!)) long++;
    else if (seen === 1) return false;
  }
  return long >= 2;
}

/**
 * Page chrome above the headline: a menu line (names between separators: «الرئيسية | سياسة |
 * اقتصاد», «العالم العربي ، العراق») before a headline-shaped line; a short line (a site or
 * section name, a tagline, «بحث...») before a headline that a date, byline or outlet line
 * follows; or one of two short lines in a row that are not the last before the body. A short
 * title followed by a deck and the lede stays the title.
 */
function chromeAt(lines: readonly string[], kinds: readonly LineKind[], at: number): boolean {
  const line = lines[at]!;
  const menu = menuLine(line);
  if (wordCount(line) > CHROME_WORDS && !menu) return false;
  const next = nextNonBlank(kinds, at + 1);
  const short = (j: number) => j >= 0 && kinds[j]?.kind === "text" && siteName(lines[j]!);
  let before = at - 1;
  while (before >= 0 && kinds[before]!.kind === "blank") before--;
  if (short(at) && (short(before) || short(next)) && !beforeBody(lines, kinds, next)) return true;
  // A date above the headline (a page's clock, or the date printed first) is passed over.
  let dated = false;
  for (let j = next, seen = 0; j < lines.length && seen < CHROME_REACH; j = nextNonBlank(kinds, j + 1)) {
    const kind = kinds[j]!.kind;
    if (kind === "date" || kind === "published" || kind === "updated") {
      dated = true;
      continue;
    }
    if (beforeBody(lines, kinds, j)) return false;
    if (kind !== "text") continue;
    if (headlineShaped(lines[j]!)) return menu || dated || metadataAfter(lines, kinds, j);
    seen++;
  }
  return false;
}

/** A headline-shaped line right above a date line (the same layout as the page's first article). */
function gluedHeadline(lines: readonly string[], kinds: readonly LineKind[], at: number): boolean {
  const line = lines[at]!;
  if (!headlineShaped(line) || endsSentence(line) || isLongParagraph(line) || looksLikeCaption(line)) return false;
  const kind = kinds[nextNonBlank(kinds, at + 1)]?.kind;
  return kind === "date" || kind === "published";
}

/** Line j opens the article's metadata or body: a date, byline, teaser, outlet line or paragraph. */
function beforeBody(lines: readonly string[], kinds: readonly LineKind[], j: number): boolean {
  const kind = kinds[j]?.kind;
  if (kind === "date" || kind === "published" || kind === "updated" || kind === "byline" || kind === "teaser") {
    return true;
  }
  return kind === "text" && (isLongParagraph(lines[j]!) || outletDashLine(lines[j]!) !== null);
}

const MAX_DECKS = 2;

/** A date, byline or outlet line under the headline at `at` (after a deck or two), before the body. */
function metadataAfter(lines: readonly string[], kinds: readonly LineKind[], at: number): boolean {
  let decks = 0;
  for (let j = nextNonBlank(kinds, at + 1); j < lines.length; j = nextNonBlank(kinds, j + 1)) {
    if (beforeBody(lines, kinds, j)) return kinds[j]!.kind !== "teaser" && !isLongParagraph(lines[j]!);
    if (kinds[j]!.kind === "text" && !looksLikeCaption(lines[j]!) && ++decks > MAX_DECKS) return false;
  }
  return false;
}

const CHROME_WORDS = 3;
const CHROME_REACH = 6;
const headlineShaped = (line: string) =>
  wordCount(line) > CHROME_WORDS && line.length <= 220 && !menuLine(line) && !/[.:]$/.test(line);

/** Three or more short names between separators (| › > ـ • ، or wide gaps). */
function menuLine(line: string): boolean {
  const parts = line.split(/\s*[|›>»•·]\s*|\s+[ـ\-–—]\s+|\s*،\s*|\s{3,}/).filter((part) => part.trim());
  return parts.length >= 2 && parts.every((part) => wordCount(part) <= 3) && (parts.length >= 3 || /،/.test(line));
}

/** The site named by the page's copyright footer. */
function footerOutlet(kinds: readonly LineKind[]): string | null {
  for (const kind of kinds) if (kind.kind === "copyright" && kind.outlet) return kind.outlet;
  return null;
}

/** «الشرق الأوسط» (بغداد): the outlet's own byline, wherever on the page it appears. */
function quotedBylineOutlet(kinds: readonly LineKind[]): string | null {
  for (const kind of kinds) if (kind.kind === "byline" && kind.quoted) return kind.name;
  return null;
}

const DATELINE = /^([\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?)\s*[-–—]\s+\S/;
/** "بغداد (رويترز) -": an agency's dateline names the place and the agency. */
const AGENCY_DATELINE = /^([\u0621-\u064a]+(?:\s[\u0621-\u064a]+)?)\s*\(([^()\d]{2,30})\)\s*[-–—:]/;
/** "اليوم الأربعاء (26 آذار 2025)": a lede that dates itself. */
const TODAY_DATE = /اليوم\s+(?:[\u0621-\u064a]+\s+)?\(([^()]{6,30})\)/;

function finish(
  draft: Draft,
  input: SegmentInput,
  index: number,
  pageOutlet: string | null,
  footer: string | null,
): Article | null {
  const hints = input.hints ?? {};
  const written = draft.title ?? hints.title ?? null;
  const glued = written ? titleOutlet(written) : null;
  const title = glued?.title ?? written;
  const bodyChars = draft.blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (!title || bodyChars < MIN_BODY_CHARS) return null;
  const firstText = draft.blocks.find((block) => !block.caption)?.text ?? "";
  const lede = draft.blocks
    .filter((block) => !block.caption)
    .slice(0, 2)
    .map((block) => block.text)
    .join(" ");
  const todayDate = TODAY_DATE.exec(lede)?.[1];
  const agency = AGENCY_DATELINE.exec(firstText);
  const meta: ArticleMeta = {
    title,
    outlet:
      draft.outlet ??
      draft.sourceOutlet ??
      pageOutlet ??
      hints.outlet ??
      glued?.outlet ??
      agency?.[2]?.trim() ??
      footer ??
      null,
    published:
      draft.published ??
      (todayDate ? parseCalendarDate(todayDate)?.value : null) ??
      hints.published ??
      draft.clock ??
      draft.updated ??
      null,
    author: draft.author ?? hints.author ?? null,
    dateline: draft.dateline ?? DATELINE.exec(firstText)?.[1] ?? agency?.[1] ?? hints.dateline ?? null,
  };
  return buildArticle(input.source, index, meta, draft.blocks);
}
