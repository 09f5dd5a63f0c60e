// JSON Lines: one article per line with every layer, in the shape of the extraction contract
// (so a reader of `marsad extract --json` reads this too), plus what the knowledge base adds:
// the article's id and, on each entity, the global entity it was linked to.
import { articleToContract } from "../extract/contract.js";
import { TextOut } from "./sink.js";
import type { ExportArticle, Rows, Sink } from "./types.js";

export interface JsonlOptions {
  /** Also write the tokens layer (about ten times the size of the rest). */
  tokens?: boolean;
}

export function articleLine(article: ExportArticle, options: JsonlOptions = {}) {
  const { layers } = article;
  const contract = articleToContract({
    // index and hash are not part of the contract's output
    article: {
      source: article.source ?? "",
      index: 0,
      hash: "",
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      author: article.author ?? null,
      dateline: article.dateline ?? null,
      text: article.text,
      captions: article.captions ?? [],
    },
    layers,
  });
  return {
    id: article.id,
    source: article.source ?? null,
    ...contract,
    entities: contract.entities.map((entity, i) => ({ ...entity, globalId: article.entityIds[i] ?? null })),
    sentences: layers.sentences.map(({ start, end }) => ({ start, end })),
    ...(options.tokens
      ? { tokens: layers.tokens.map(({ start, end, kind, norm }) => ({ start, end, kind, norm })) }
      : {}),
  };
}

// JSON.stringify escapes control characters but writes U+2028/2029 raw, and some line readers
// (Python's splitlines, editors) break lines there.
const LINE_SEPARATORS = /[\u2028\u2029]/g;
const escapeSeparator = (c: string) => (c === "\u2028" ? "\\u2028" : "\\u2029");

export async function writeJsonl(articles: Rows<ExportArticle>, sink: Sink, options: JsonlOptions = {}): Promise<void> {
  const out = new TextOut(sink);
  for await (const article of articles) {
    const json = JSON.stringify(articleLine(article, options));
    const safe =
      json.includes("\u2028") || json.includes("\u2029") ? json.replace(LINE_SEPARATORS, escapeSeparator) : json;
    await out.put(safe + "\n");
  }
  await out.flush();
}
