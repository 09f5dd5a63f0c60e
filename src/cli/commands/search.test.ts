// `marsad search` over the seed pages, as the issue states it, and over the demo corpus with
// [query, must match, must not match] tables written by the team.
import assert from "node:assert/strict";
import { basename, join } from "node:path";
import { after, before, describe, test } from "node:test";
import { repoRoot, seedsDir, seedsMissing } from "../../test-helpers/seeds.js";
import { ingestedDb, marsad } from "../test-helpers.js";

interface Hit {
  articleId: string;
}

/** Article ids of the hits of `query` (JSON). */
async function hits(db: string, query: string, ...options: string[]): Promise<string[]> {
  const run = await marsad(db, "search", query, "--json", "--limit", "100", ...options);
  assert.equal(run.code, 0, run.err);
  return JSON.parse(run.out).hits.map((h: Hit) => h.articleId);
}

/** Article ids whose text or title has one of `words`, with or without و ف ب ل ال before it. */
async function articlesWith(db: string, words: string[]): Promise<string[]> {
  const list = JSON.parse((await marsad(db, "articles", "--json", "--limit", "1000")).out) as { id: string }[];
  const pattern = new RegExp(`(^|[^\\p{L}])[وفبل]{0,2}(ال)?(${words.join("|")})([^\\p{L}]|$)`, "u");
  const out: string[] = [];
  for (const { id } of list) {
    const article = JSON.parse((await marsad(db, "show", id, "--json")).out);
    if (pattern.test(article.text) || pattern.test(article.title)) out.push(id);
  }
  return out.sort();
}

describe("search over the seed pages", { skip: seedsMissing }, () => {
  let db = "";
  let cleanup = () => {};
  before(async () => ({ db, cleanup } = await ingestedDb(seedsDir)));
  after(() => cleanup());

  const table: Array<[query: string, written: string[]]> = [
    ["العراق", ["عراق"]],
    ["أمريكا", ["أمريكا", "أميركا", "امريكا", "اميركا"]],
    ["انسحاب", ["انسحاب", "انسحابها", "انسحابه", "انسحابهم"]],
  ];
  for (const [query, written] of table) {
    test(`«${query}» finds every article writing ${written.join(" / ")} with or without clitics`, async () => {
      const expected = await articlesWith(db, written);
      assert.ok(expected.length > 0);
      const found = await hits(db, query);
      for (const id of expected) assert.ok(found.includes(id), `${id} not found by «${query}»`);
    });
  }

  test('«"لجنة التنسيق العليا"» finds page 004 only', async () => {
    const found = await hits(db, '"لجنة التنسيق العليا"');
    const articles = JSON.parse((await marsad(db, "articles", "--json")).out) as { id: string; source: string }[];
    const pages = found.map((id) => basename(articles.find((a) => a.id === id)!.source).slice(0, 3));
    assert.deepEqual(pages, ["004"]);
  });
});

describe("search over the demo corpus", () => {
  let db = "";
  let cleanup = () => {};
  before(async () => ({ db, cleanup } = await ingestedDb(join(repoRoot, "examples"))));
  after(() => cleanup());

  const titleOf = async (id: string) => JSON.parse((await marsad(db, "show", id, "--json")).out).title as string;
  const table: Array<[query: string, mustMatch: RegExp, mustNotMatch: RegExp]> = [
    ["السنابل", /السنابل/, /البتراء|الصيادون/],
    ["الحاويات -العقبة", /بيروت/, /العقبة/],
    ['"محطة شمسية"', /شمسية/, /السنابل/],
    ["معلم*", /المعلمين/, /السنابل/],
    ["البتراء OR العقبة", /البتراء|العقبة/, /الصيادون|المعلمين/],
  ];
  for (const [query, mustMatch, mustNotMatch] of table) {
    test(`«${query}»`, async () => {
      const found = await hits(db, query);
      assert.ok(found.length > 0, "no hit");
      const titles = await Promise.all(found.map(titleOf));
      assert.ok(
        titles.some((t) => mustMatch.test(t)),
        titles.join(" | "),
      );
      for (const t of titles) assert.doesNotMatch(t, mustNotMatch);
    });
  }

  test("text output marks highlights; facets; malformed queries are refused with a reason", async () => {
    const run = await marsad(db, "search", "السنابل", "--facets", "--limit", "2");
    assert.equal(run.code, 0);
    assert.match(run.out, /\[السنابل\]/);
    assert.match(run.out, /facets over \d+ matching articles/);
    for (const bad of ['"منفذ', "*", "-السنابل", ""]) {
      // A query starting with - goes after -- (else it reads as an option).
      const refused = await marsad(db, "search", "--", bad);
      assert.equal(refused.code, 2, `«${bad}»: ${refused.err}`);
      assert.match(refused.err, /\[BAD_QUERY\]/);
    }
  });
});
