import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { rankCooccurrences, rolesOverTime } from "./dossier.js";

describe("rolesOverTime", () => {
  test("groups spellings of a role and dates it by the articles stating it", () => {
    const roles = rolesOverTime([
      { role: "رئيس الوزراء العراقي", published: "2024-03-27", articleId: "c" },
      { role: "رئيس الحكومة", published: "2024-09-24", articleId: "d" },
      { role: "رئيس الوزراء العراقي", published: "2023-01-15", articleId: "a" },
      { role: "رئيس الوزراء العراقى", published: "2024-09-24", articleId: "d" },
      { role: "رئيس الوزراء العراقي", published: null, articleId: "z" },
      { role: "نائب في البرلمان", published: "2014", articleId: "b" },
      { role: "محافظ ميسان", published: null, articleId: "y" },
    ]);
    assert.deepEqual(roles, [
      { role: "نائب في البرلمان", count: 1, first: "2014", last: "2014", articles: ["b"] },
      {
        role: "رئيس الوزراء العراقي",
        count: 4,
        first: "2023-01-15",
        last: "2024-09-24",
        articles: ["a", "c", "d", "z"],
      },
      { role: "رئيس الحكومة", count: 1, first: "2024-09-24", last: "2024-09-24", articles: ["d"] },
      { role: "محافظ ميسان", count: 1, first: null, last: null, articles: ["y"] },
    ]);
  });

  test("no rows, no roles; blank roles are dropped", () => {
    assert.deepEqual(rolesOverTime([]), []);
    assert.deepEqual(rolesOverTime([{ role: " ", published: "2024", articleId: "a" }]), []);
  });
});

describe("rankCooccurrences", () => {
  test("a shared sentence counts on top of the shared article", () => {
    const articles = new Map([
      ["per-a", 3],
      ["loc-b", 4],
      ["org-c", 2],
    ]);
    const sentences = new Map([
      ["per-a", 2],
      ["org-c", 2],
    ]);
    assert.deepEqual(rankCooccurrences(articles, sentences, 2), [
      { id: "per-a", articles: 3, sentences: 2, score: 5 },
      { id: "org-c", articles: 2, sentences: 2, score: 4 },
    ]);
  });
});
