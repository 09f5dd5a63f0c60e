// Test support: the seed pages through the whole pipeline as KbArticles. The store's identity
// resolution is stood in for by type + folded name: the entities stage names each entity by
// its fullest form, so «محمد شياع السوداني» in one page and the same man in another line up.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readPage } from "../../ingest/page.js";
import { annotate } from "../../pipeline/index.js";
import { seedFiles } from "../../test-helpers/seeds.js";
import { nameKey } from "../names.js";
import type { KbArticle } from "../types.js";

export const standInId = (type: string, name: string) => `${type}:${nameKey(name)}`;

/** Every article of the seed pages, with ids "<page file>#<index>". */
export function seedArticles(): KbArticle[] {
  return seedFiles().flatMap((file) =>
    readPage({ source: file, bytes: readFileSync(file) }).articles.map((article, i): KbArticle => {
      const { layers } = annotate(article);
      return {
        id: `${basename(file)}#${i}`,
        title: article.title,
        outlet: article.outlet,
        published: article.published,
        text: article.text,
        layers,
        entityIds: layers.entities.map((entity) => standInId(entity.type, entity.name)),
      };
    }),
  );
}

/** The seed page number of an article id ("000", "001", …). */
export const pageOf = (articleId: string) => articleId.slice(0, 3);
