import { createHash } from "node:crypto";
import type { Article, ArticleMeta, Span } from "../model.js";

/** A block of an article body as a reader found it: a paragraph, subhead, deck or caption. */
export interface Block {
  text: string;
  caption?: boolean;
}

/** Joins body blocks with one blank line between them, recording where captions landed. */
export function buildArticle(source: string, index: number, meta: ArticleMeta, blocks: readonly Block[]): Article {
  const parts: string[] = [];
  const captions: Span[] = [];
  let offset = 0;
  for (const block of blocks) {
    const text = block.text.trim();
    if (!text) continue;
    if (parts.length > 0) offset += 2;
    if (block.caption) captions.push({ start: offset, end: offset + text.length });
    parts.push(text);
    offset += text.length;
  }
  const text = parts.join("\n\n");
  return { ...meta, source, index, text, captions, hash: articleHash(meta.title, text) };
}

export function articleHash(title: string, text: string): string {
  return createHash("sha256").update(title.trim()).update("\n").update(text).digest("hex");
}

/** The short public id of an article: stable across stores because it comes from the content. */
export const articleId = (article: Pick<Article, "hash">): string => article.hash.slice(0, 12);

/** An article whose body is `text` exactly as given (plain mode, JSONL bodies kept verbatim). */
export function buildArticleFromText(source: string, title: string, text: string): Article {
  const meta: ArticleMeta = { title, outlet: null, published: null, author: null, dateline: null };
  return { ...meta, source, index: 0, text, captions: [], hash: articleHash(title, text) };
}
