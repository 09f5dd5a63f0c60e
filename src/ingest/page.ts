// One page (a file's bytes) → its articles, whatever the container: plain text, HTML or JSON
// Lines. Problems with parts of a page (a bad JSONL record) are returned beside the articles.
import { extname } from "node:path";
import { ErrorCodes, MarsadError, type Problem } from "../errors.js";
import type { Article, Page, PageFormat } from "../model.js";
import { decode, type Encoding } from "./decode.js";
import { htmlToBlocks } from "./html.js";
import { jsonlToArticles } from "./jsonl.js";
import { segmentPage } from "./segment.js";

export interface ReadPage {
  source: string;
  format: PageFormat;
  encoding: Encoding;
  articles: Article[];
  problems: Problem[];
}

const FORMAT_BY_EXTENSION: Record<string, PageFormat> = {
  ".txt": "txt",
  ".text": "txt",
  ".html": "html",
  ".htm": "html",
  ".xhtml": "html",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
};

export const isPageFile = (path: string) => extname(path).toLowerCase() in FORMAT_BY_EXTENSION;

function formatOf(source: string, text: string): PageFormat {
  const byName = FORMAT_BY_EXTENSION[extname(source).toLowerCase()];
  if (byName) return byName;
  const head = text.trimStart().slice(0, 200).toLowerCase();
  if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<")) return "html";
  if (head.startsWith("{")) return "jsonl";
  return "txt";
}

export function readPage(page: Page): ReadPage {
  const { text, encoding, truncated } = decode(page.bytes);
  const format = formatOf(page.source, text);
  let articles: Article[];
  let problems: Problem[] = [];
  if (format === "jsonl") {
    ({ articles, problems } = jsonlToArticles(text, page.source));
  } else if (format === "html") {
    const { blocks, captions, hints, headline } = htmlToBlocks(text);
    articles = segmentPage({ source: page.source, lines: blocks, captions, hints, headline });
  } else {
    articles = segmentPage({ source: page.source, lines: text.split(/\r\n|\r|\n|\u2028|\u2029/) });
  }
  if (articles.length === 0 && problems.length === 0) {
    throw new MarsadError("NO_ARTICLE", "no title followed by body text", page.source);
  }
  if (truncated) {
    const detail = `the file ends inside a character (cut off?): its last ${truncated} byte(s) were left out`;
    problems.push({ source: page.source, code: "TRUNCATED", message: `${ErrorCodes.TRUNCATED}: ${detail}` });
  }
  return { source: page.source, format, encoding, articles, problems };
}
