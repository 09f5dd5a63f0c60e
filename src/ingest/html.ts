// HTML → the text lines of a page's main content, in document order, so that the line-based
// segmenter can treat an HTML page like a scraped .txt page.
//
// One streaming pass with htmlparser2 (no DOM): every element gets a small record (parent, tag,
// flags, paragraph-text scores) and every line of text is stored with the innermost block-level
// element that owns it. Once the page has been read, the main-content container is chosen and
// only the lines inside it are kept:
//
//   1. an <article> / itemprop=articleBody (the one with the most paragraph text), else a <main> /
//      role=main, when one holds a fair share of the page's paragraph text;
//   2. otherwise the element whose <p> children carry the most text (Readability's density idea:
//      a paragraph credits its parent fully and its grandparent by half), widened to its parent
//      when a sibling carries a comparable score (an article split over several divs).
//
// Chrome (navigation, menus, footers, sidebars, share bars, cookie banners, ads, forms, scripts)
// is skipped while reading, by tag and by class/id/role words. Script text never reaches a line;
// JSON-LD is only read with JSON.parse, never run.

import { Parser } from "htmlparser2";
import type { ArticleMeta } from "../model.js";

export interface HtmlBlocks {
  /** Lines of the main content, whitespace collapsed and entities decoded, in document order. */
  blocks: string[];
  /** Indexes into `blocks` of lines that are photo or table captions. */
  captions: Set<number>;
  /** What the page's <meta>, <title>, JSON-LD, <time> and rel=author say about the article. */
  hints: Partial<ArticleMeta>;
  /** Index into `blocks` of the article's <h1>, when it has one: lines above it are page chrome. */
  headline?: number;
}

/** Characters of a line between an outside <h1> and the content that can be its date or byline. */
const MAX_UNDER_HEADLINE = 160;

/** Elements whose whole subtree is never content. */
const DROP_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "nav",
  "menu",
  "header",
  "footer",
  "aside",
  "form",
  "button",
  "select",
  "textarea",
  "iframe",
  "object",
  "embed",
  "canvas",
  "video",
  "audio",
  "map",
  "dialog",
]);

/** Dropped elements that also end the line before them (the others may sit inside a sentence). */
const DROP_BLOCK_TAGS = new Set(["nav", "menu", "header", "footer", "aside", "form", "dialog"]);

/** Elements that start and end a line. Everything else (span, a, b, em, …) is inline. */
const BLOCK_TAGS = new Set([
  "address",
  "article",
  "blockquote",
  "body",
  "caption",
  "center",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "figcaption",
  "figure",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
]);

/** Block elements whose own text runs count as paragraphs when scoring density. */
const RUN_TAGS = new Set(["div", "section", "article", "main", "td", "blockquote", "body"]);

/** Words in class/id that mark page chrome (matched as whole words after splitting on -, _, case). */
const CHROME_WORDS = new Set([
  "nav",
  "navbar",
  "navigation",
  "menu",
  "menubar",
  "submenu",
  "megamenu",
  "footer",
  "sidebar",
  "breadcrumb",
  "breadcrumbs",
  "share",
  "sharing",
  "sharebar",
  "social",
  "socials",
  "comment",
  "comments",
  "disqus",
  "cookie",
  "cookies",
  "consent",
  "gdpr",
  "ad",
  "ads",
  "advert",
  "adverts",
  "advertisement",
  "advertising",
  "newsletter",
  "popup",
  "modal",
]);

/** ARIA roles of page chrome. */
const CHROME_ROLES = new Set([
  "navigation",
  "menu",
  "menubar",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "dialog",
  "alertdialog",
]);

/** Elements never dropped by their class/id words: a body class such as "has-sidebar" is not chrome. */
const NEVER_CHROME_BY_CLASS = new Set(["html", "body", "main", "article"]);

/** A paragraph shorter than this (characters) is not counted towards density: menus are short. */
const MIN_PARAGRAPH = 25;

interface Line {
  text: string;
  /** The innermost block-level element open when the line ended (-1: none). */
  owner: number;
  caption: boolean;
  /** The <h1> the line belongs to, or -1. */
  h1: number;
}

interface ScopedHint {
  /** The element the hint was read from; it only counts when inside the chosen container. */
  element: number;
  value: string;
}

/** Everything one parse collects; choosing the container happens afterwards. */
interface Collected {
  lines: Line[];
  parent: number[];
  tag: string[];
  /** Paragraph text credited to the element as a direct container (density score). */
  score: number[];
  /** Paragraph text anywhere inside the element. */
  subtree: number[];
  articles: number[];
  mains: number[];
  h1s: number[];
  meta: Map<string, string>;
  jsonLd: string[];
  titleTag: string;
  times: ScopedHint[];
  itemDates: ScopedHint[];
  authorLinks: ScopedHint[];
}

/** Reads the main content of an HTML page as lines, with caption marks and metadata hints. */
export function htmlToBlocks(html: string): HtmlBlocks {
  let collected = collect(html, true);
  let result = assemble(collected);
  // A class word on a page-wide wrapper can hide everything; read again without class words.
  if (result.blocks.length === 0) {
    collected = collect(html, false);
    result = assemble(collected);
  }
  return result;
}

function collect(html: string, dropByClass: boolean): Collected {
  const c: Collected = {
    lines: [],
    parent: [],
    tag: [],
    score: [],
    subtree: [],
    articles: [],
    mains: [],
    h1s: [],
    meta: new Map(),
    jsonLd: [],
    titleTag: "",
    times: [],
    itemDates: [],
    authorLinks: [],
  };

  // The open elements: an element id, or -1 for the elements inside a dropped subtree.
  const stack: number[] = [];
  // Open block-level elements (ids), innermost last: the owner of a line is the last one.
  const blocks: number[] = [];
  let dropDepth = -1; // stack length at which the dropped subtree started
  let inHead = 0;
  // Open <article>/<main>/articleBody elements: a <header> inside one is content (title, byline).
  const markers = new Set<number>();
  let captionDepth = 0;
  let preDepth = 0;
  let h1 = -1;
  let line = "";

  // Which open elements raised captionDepth, so that closing them lowers it again.
  const captionIds = new Set<number>();

  let capture: "title" | "jsonld" | "author" | null = null;
  let captureBuffer = "";
  let captureElement = -1;
  let captureDepth = -1;

  const current = (): number => (stack.length > 0 ? stack[stack.length - 1]! : -1);

  const flush = (): void => {
    const text = collapse(line);
    line = "";
    if (!text) return;
    const owner = blocks.length > 0 ? blocks[blocks.length - 1]! : -1;
    c.lines.push({ text, owner, caption: captionDepth > 0, h1 });
    if (owner < 0 || text.length < MIN_PARAGRAPH || h1 >= 0) return;
    // Density: a paragraph credits its parent fully and its grandparent by half; a text run
    // directly in a div-like element credits that element and, by half, its parent.
    let first = -1;
    if (c.tag[owner] === "p") first = c.parent[owner]!;
    else if (RUN_TAGS.has(c.tag[owner]!)) first = owner;
    if (first >= 0) {
      c.score[first]! += text.length;
      const second = c.parent[first]!;
      if (second >= 0) c.score[second]! += text.length / 2;
    }
    for (let e = owner; e >= 0; e = c.parent[e]!) c.subtree[e]! += text.length;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        // JSON-LD is metadata wherever it sits, even inside a dropped subtree.
        if (name === "script" && isJsonLd(attribs.type) && capture === null) {
          capture = "jsonld";
          captureBuffer = "";
          captureDepth = stack.length;
        }
        if (dropDepth >= 0) {
          stack.push(-1);
          return;
        }
        if (name === "head") inHead++;
        if (name === "meta") readMeta(attribs, c.meta);

        const drop =
          (DROP_TAGS.has(name) && !(name === "header" && markers.size > 0)) ||
          isHidden(attribs) ||
          isChrome(name, attribs, dropByClass);
        if (drop) {
          if (BLOCK_TAGS.has(name) || DROP_BLOCK_TAGS.has(name)) flush();
          dropDepth = stack.length;
          stack.push(-1);
          return;
        }

        const id = c.tag.length;
        c.tag.push(name);
        c.parent.push(current());
        c.score.push(0);
        c.subtree.push(0);
        stack.push(id);

        const role = (attribs.role ?? "").toLowerCase();
        const itemprop = (attribs.itemprop ?? "").toLowerCase();
        if (name === "article" || hasWord(itemprop, "articlebody")) {
          c.articles.push(id);
          markers.add(id);
        } else if (name === "main" || role === "main") {
          c.mains.push(id);
          markers.add(id);
        }

        if (name === "title" && inHead > 0 && !c.titleTag && capture === null) {
          capture = "title";
          captureBuffer = "";
          captureDepth = stack.length - 1;
        }
        if (name === "a" && hasWord((attribs.rel ?? "").toLowerCase(), "author") && capture === null) {
          capture = "author";
          captureBuffer = "";
          captureElement = id;
          captureDepth = stack.length - 1;
        }
        if (name === "time" && attribs.datetime) c.times.push({ element: id, value: attribs.datetime });
        if (hasWord(itemprop, "datepublished")) {
          const value = attribs.content ?? attribs.datetime;
          if (value) c.itemDates.push({ element: id, value });
        }
        if (name === "meta" && hasWord(itemprop, "author") && attribs.content) {
          c.authorLinks.push({ element: id, value: attribs.content });
        }

        if (name === "br") {
          flush();
          return;
        }
        if (BLOCK_TAGS.has(name)) {
          flush();
          blocks.push(id);
          if (name === "h1" && h1 < 0) {
            h1 = id;
            c.h1s.push(id);
          }
          if (name === "pre") preDepth++;
        }
        if (name === "figcaption" || name === "caption" || hasWord(classWords(attribs), "caption")) {
          flush(); // an inline caption (span.caption) is still a line of its own
          captionIds.add(id);
          captionDepth++;
        }
      },

      ontext(data) {
        if (capture === "jsonld") {
          captureBuffer += data;
          return;
        }
        if (dropDepth >= 0) return;
        if (capture === "title" || capture === "author") captureBuffer += data;
        if (inHead > 0) return;
        if (preDepth > 0 && data.includes("\n")) {
          const parts = data.split("\n");
          parts.forEach((part, i) => {
            if (i > 0) flush();
            line += part;
          });
          return;
        }
        line += data;
      },

      onclosetag(name) {
        const id = stack.pop();
        if (id === undefined) return;
        if (capture === "jsonld" && name === "script" && stack.length === captureDepth) {
          c.jsonLd.push(captureBuffer);
          capture = null;
          captureBuffer = "";
        }
        if (name === "head" && inHead > 0) inHead--;
        if (id < 0) {
          if (dropDepth === stack.length) {
            dropDepth = -1;
            if (BLOCK_TAGS.has(name) || DROP_BLOCK_TAGS.has(name)) flush();
          }
          return;
        }

        if (capture !== null && stack.length === captureDepth) {
          if (capture === "title") c.titleTag = collapse(captureBuffer);
          else if (capture === "author") {
            const value = collapse(captureBuffer);
            if (value) c.authorLinks.push({ element: captureElement, value });
          }
          capture = null;
          captureBuffer = "";
        }

        if (name === "br") return;
        if (BLOCK_TAGS.has(name)) {
          flush();
          if (blocks[blocks.length - 1] === id) blocks.pop();
          if (id === h1) h1 = -1;
          if (name === "pre" && preDepth > 0) preDepth--;
        }
        if (captionIds.has(id)) {
          flush();
          captionIds.delete(id);
          captionDepth--;
        }
        markers.delete(id);
      },
    },
    { decodeEntities: true },
  );

  parser.write(html);
  parser.end();
  flush();
  return c;
}

function assemble(c: Collected): HtmlBlocks {
  const container = chooseContainer(c);
  const inside = (element: number): boolean => container < 0 || isWithin(c, element, container);

  const blocks: string[] = [];
  const captions = new Set<number>();
  let headline: number | undefined;

  // The page's h1 outside the container is still the title line of the article, and the short
  // lines between it and the container are its date and photo caption.
  const h1Inside = c.h1s.some((h) => inside(h));
  if (!h1Inside) {
    const h1 = chooseOutsideH1(c, container);
    if (h1 >= 0) {
      const text = c.lines
        .filter((l) => l.h1 === h1)
        .map((l) => l.text)
        .join(" ");
      if (text) {
        headline = 0;
        blocks.push(text);
        const last = c.lines.findLastIndex((l) => l.h1 === h1);
        for (let i = last + 1; i < c.lines.length; i++) {
          const l = c.lines[i]!;
          if (l.owner >= 0 && inside(l.owner)) break;
          // Only a date (a year in it) or a photo caption (a credit in brackets): teaser cards
          // between the two are no part of the article.
          const fits = l.caption || /[\d٠-٩]{4}/.test(l.text) || /\([^()]{2,40}\)$/.test(l.text);
          if (l.text.length > MAX_UNDER_HEADLINE || !fits) continue;
          if (l.caption) captions.add(blocks.length);
          blocks.push(l.text);
        }
      }
    }
  }
  for (const l of c.lines) {
    if (l.owner < 0 ? container >= 0 : !inside(l.owner)) continue;
    if (l.caption) captions.add(blocks.length);
    if (headline === undefined && l.h1 >= 0) headline = blocks.length;
    blocks.push(l.text);
  }

  const hints = readHints(c, inside);
  return headline === undefined ? { blocks, captions, hints } : { blocks, captions, hints, headline };
}

/** The main-content element, or -1 when the whole page is the content. */
function chooseContainer(c: Collected): number {
  const density = densityContainer(c);
  const densityText = density >= 0 ? c.subtree[density]! : 0;

  const best = (ids: number[]): number => {
    let found = -1;
    for (const id of ids) if (found < 0 || c.subtree[id]! > c.subtree[found]!) found = id;
    return found;
  };
  let marked = best(c.articles.filter((id) => c.subtree[id]! > 0));
  const main = best(c.mains.filter((id) => c.subtree[id]! > 0));
  // <article> used only for teaser cards inside <main>: the main element is the content.
  if (marked < 0 || (main >= 0 && c.subtree[marked]! < c.subtree[main]! / 4)) marked = main;
  if (marked >= 0) {
    // A marked element far lighter than the densest text block is a card, not the article.
    if (density < 0 || isWithin(c, density, marked) || c.subtree[marked]! >= densityText / 2) return marked;
  }
  return density;
}

function densityContainer(c: Collected): number {
  let best = -1;
  for (let id = 0; id < c.score.length; id++) {
    if (c.score[id]! > 0 && (best < 0 || c.score[id]! > c.score[best]!)) best = id;
  }
  if (best < 0) return -1;
  // An article split over sibling divs: take their parent when a sibling scores comparably.
  const parent = c.parent[best]!;
  if (parent >= 0 && c.tag[parent] !== "body" && c.tag[parent] !== "html") {
    for (let id = best + 1; id < c.parent.length; id++) {
      if (c.parent[id] === parent && c.score[id]! >= c.score[best]! / 2) return parent;
    }
    for (let id = 0; id < best; id++) {
      if (c.parent[id] === parent && c.score[id]! >= c.score[best]! / 2) return parent;
    }
  }
  const tag = c.tag[best];
  return tag === "body" || tag === "html" ? -1 : best;
}

function chooseOutsideH1(c: Collected, container: number): number {
  if (c.h1s.length === 0) return -1;
  // Prefer the last h1 before the container (the article's title), else the first one.
  let chosen = -1;
  for (const h of c.h1s) if (container < 0 || h < container) chosen = h;
  return chosen >= 0 ? chosen : c.h1s[0]!;
}

function isWithin(c: Collected, element: number, ancestor: number): boolean {
  for (let e = element; e >= 0; e = c.parent[e]!) if (e === ancestor) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------
// Hints

function readHints(c: Collected, inside: (element: number) => boolean): Partial<ArticleMeta> {
  const ld = readJsonLd(c.jsonLd);
  const hints: Partial<ArticleMeta> = {};

  const outlet = firstOf(
    c.meta.get("og:site_name"),
    ld.publisher,
    c.meta.get("application-name"),
    notUrl(c.meta.get("publisher")),
    notUrl(c.meta.get("article:publisher")),
  );
  if (outlet) hints.outlet = outlet;

  const title = firstOf(
    c.meta.get("og:title"),
    c.meta.get("twitter:title"),
    ld.headline,
    stripSiteName(c.titleTag, outlet),
  );
  if (title) hints.title = title;

  const scoped = (list: ScopedHint[]): string | undefined => list.find((h) => inside(h.element))?.value;
  const published = firstDate(
    c.meta.get("article:published_time"),
    ld.datePublished,
    scoped(c.itemDates),
    scoped(c.times),
    c.meta.get("pubdate"),
    c.meta.get("date"),
  );
  if (published) hints.published = published;

  const author = firstOf(
    notUrl(c.meta.get("author")),
    notUrl(c.meta.get("article:author")),
    ld.author,
    scoped(c.authorLinks),
  );
  if (author) hints.author = author;

  return hints;
}

function readMeta(attribs: Record<string, string>, meta: Map<string, string>): void {
  // property/name only: itemprop metas belong to an item (maybe a teaser card), read in scope.
  const key = (attribs.property ?? attribs.name ?? "").trim().toLowerCase();
  const value = collapse(attribs.content ?? "");
  if (!key || !value || meta.has(key)) return;
  meta.set(key, value);
}

interface LdHints {
  headline?: string;
  datePublished?: string;
  author?: string;
  publisher?: string;
}

const ARTICLE_TYPE = /(article|blogposting|report|newsarticle)$/i;

/** Reads headline, date, author and publisher from JSON-LD blocks; malformed blocks are skipped. */
function readJsonLd(sources: string[]): LdHints {
  const nodes: Record<string, unknown>[] = [];
  for (const source of sources) {
    const text = source
      .trim()
      .replace(/^<!--|-->$/g, "")
      .replace(/^\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>$/g, "")
      .trim();
    if (!text) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      continue;
    }
    gatherNodes(data, nodes, 0);
  }
  const isArticle = (node: Record<string, unknown>): boolean => {
    const type = node["@type"];
    const types = Array.isArray(type) ? type : [type];
    return types.some((t) => typeof t === "string" && ARTICLE_TYPE.test(t));
  };
  const ordered = [...nodes.filter(isArticle), ...nodes.filter((n) => !isArticle(n))];
  const hints: LdHints = {};
  for (const node of ordered) {
    hints.headline ??= stringOf(node.headline);
    hints.datePublished ??= stringOf(node.datePublished);
    hints.author ??= nameOf(node.author);
    hints.publisher ??= nameOf(node.publisher);
  }
  return hints;
}

function gatherNodes(data: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || data === null || typeof data !== "object") return;
  if (Array.isArray(data)) {
    for (const item of data) gatherNodes(item, out, depth + 1);
    return;
  }
  const node = data as Record<string, unknown>;
  out.push(node);
  if (Array.isArray(node["@graph"])) gatherNodes(node["@graph"], out, depth + 1);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value !== "string") return undefined;
  return collapse(value) || undefined;
}

/** A name from a string, a {name} object or a list of either (names joined with "، "). */
function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") return notUrl(collapse(value));
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length > 0 ? names.join("، ") : undefined;
  }
  if (value !== null && typeof value === "object") return stringOf((value as Record<string, unknown>).name);
  return undefined;
}

function firstOf(...values: (string | undefined)[]): string | undefined {
  return values.find((v) => v !== undefined && v !== "");
}

function firstDate(...values: (string | undefined)[]): string | undefined {
  for (const value of values) {
    const date = value ? isoDate(value) : null;
    if (date) return date;
  }
  return undefined;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** YYYY-MM-DD (or YYYY-MM) from an ISO date or datetime, a YYYY/MM/DD date or an RFC 822 date. */
export function isoDate(value: string): string | null {
  const text = value.trim();
  const iso = /^(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?=$|[T\s])/.exec(text);
  if (iso) return validDate(iso[1]!, iso[2]!, iso[3]);
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(text);
  if (rfc) {
    const month = MONTHS.indexOf(rfc[2]!.toLowerCase()) + 1;
    if (month > 0) return validDate(rfc[3]!, String(month), rfc[1]);
  }
  return null;
}

function validDate(year: string, month: string, day: string | undefined): string | null {
  const m = Number(month);
  if (m < 1 || m > 12) return null;
  const mm = String(m).padStart(2, "0");
  if (day === undefined) return `${year}-${mm}`;
  const d = Number(day);
  const days = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return `${year}-${mm}-${String(d).padStart(2, "0")}`;
}

/** "Headline - Outlet" or "Headline | Outlet" → "Headline" when the outlet is known. */
function stripSiteName(title: string, outlet: string | undefined): string | undefined {
  if (!title) return undefined;
  if (outlet) {
    for (const sep of [" - ", " | ", " – ", " — ", " :: "]) {
      if (title.endsWith(sep + outlet)) return title.slice(0, -(sep + outlet).length).trim() || title;
      if (title.startsWith(outlet + sep)) return title.slice((outlet + sep).length).trim() || title;
    }
  }
  return title;
}

function notUrl(value: string | undefined): string | undefined {
  if (!value || /^(https?:)?\/\//i.test(value) || /^www\./i.test(value)) return undefined;
  return value;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Collapses whitespace (NBSP included) to single spaces and drops zero-width no-break marks. */
function collapse(text: string): string {
  return text
    .replace(/[\u200b\ufeff]/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

function isJsonLd(type: string | undefined): boolean {
  return !!type && type.trim().toLowerCase().startsWith("application/ld+json");
}

function isHidden(attribs: Record<string, string>): boolean {
  if (attribs.hidden !== undefined) return true;
  if ((attribs["aria-hidden"] ?? "").toLowerCase() === "true") return true;
  const style = (attribs.style ?? "").toLowerCase().replace(/\s+/g, "");
  return style.includes("display:none") || style.includes("visibility:hidden");
}

function isChrome(name: string, attribs: Record<string, string>, byClass: boolean): boolean {
  const role = (attribs.role ?? "").trim().toLowerCase();
  if (role && CHROME_ROLES.has(role)) return true;
  if (!byClass || NEVER_CHROME_BY_CLASS.has(name) || role === "main") return false;
  if (hasWord((attribs.itemprop ?? "").toLowerCase(), "articlebody")) return false;
  for (const word of splitWords(`${attribs.class ?? ""} ${attribs.id ?? ""}`)) {
    if (CHROME_WORDS.has(word)) return true;
  }
  return false;
}

function classWords(attribs: Record<string, string>): string {
  return splitWords(attribs.class ?? "").join(" ");
}

/** "mainNav site-footer_links" → ["main", "nav", "site", "footer", "links"]. */
function splitWords(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function hasWord(list: string, word: string): boolean {
  return list.split(/\s+/).includes(word);
}
