// Plain mode: a file is one article body, no page splitting and no metadata, so offsets point
// into the file's text exactly as decoded.
import { basename } from "node:path";
import { buildArticleFromText } from "../ingest/article.js";
import type { Article } from "../model.js";

export function plainArticle(source: string, text: string): Article {
  return buildArticleFromText(source, basename(source), text);
}
