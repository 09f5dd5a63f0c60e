// Why: saving an article runs on one thread for the whole ingest, and most of what the
// knowledge base derives from an article depends on the article alone: its graph edges and
// claims up to the global ids of its entities, the word sketch of its story signature, its
// search terms. prepareKnowledge computes that part where the article is annotated (an ingest
// worker, while it still holds the tokens), over local entity ids; the save maps it to global
// ids once identity has linked the entities (linkKnowledge), which gives what reading the
// article over global ids gives. Plain arrays and objects, so it crosses to the saving thread
// by structured clone.
import { type DocumentTerms, documentTerms } from "../search/analyze.js";
import { tokenize } from "../text/tokenize.js";
import { articleClaims, type Claim, globalClaims } from "./claims/index.js";
import { articleEdges, type Edge, globalEdges } from "./graph/index.js";
import { globalIds, overLocalIds } from "./graph/local.js";
import { type StorySketch, sketchOf } from "./stories/index.js";
import type { KbArticle, LocalArticle } from "./types.js";

export interface PreparedKnowledge {
  /** Edges over local entity ids (articleEdges of overLocalIds). */
  edges: Edge[];
  /** Claims over local entity ids (articleClaims of overLocalIds). */
  claims: Claim[];
  sketch: StorySketch;
  terms: DocumentTerms;
}

/** The article with its tokens: the store does not keep them, and claims and sketches read them. */
function withTokens<T extends LocalArticle>(article: T): T {
  if (article.layers.tokens.length > 0 || article.text === "") return article;
  return { ...article, layers: { ...article.layers, tokens: tokenize(article.text) } };
}

export function prepareKnowledge(article: LocalArticle): PreparedKnowledge {
  const local = overLocalIds(withTokens(article));
  return {
    edges: articleEdges(local),
    claims: articleClaims(local),
    sketch: sketchOf(local),
    terms: documentTerms(article.title, article.text),
  };
}

/** The article's edges (each citation once) and claims over global ids, from what was prepared over local ids. */
export function linkKnowledge(article: KbArticle, prepared: PreparedKnowledge): { edges: Edge[]; claims: Claim[] } {
  const globalOf = globalIds(article);
  return {
    edges: globalEdges(prepared.edges, (id) => globalOf.get(id)),
    claims: globalClaims(prepared.claims, article) ?? articleClaims(withTokens(article)),
  };
}
