// Claims over the seed pages: two articles (pages 001 and 004) put US troops in Iraq at 2500;
// the analyst sees it once, citing both, with no disagreement between them. Page 003 reports
// Baghdad's denial that extra coalition troops entered Iraq against reports of 1500 more.
import assert from "node:assert/strict";
import { test } from "node:test";
import { seedsMissing } from "../../test-helpers/seeds.js";
import { pageOf, seedArticles, standInId } from "../graph/seed-articles.js";
import { articleClaims } from "./extract.js";
import { groupClaims } from "./group.js";
import { unitLemma } from "./nouns.js";

test("seed claims: 2500 US troops in Iraq once, citing pages 001 and 004", { skip: seedsMissing }, () => {
  const articles = seedArticles();
  const groups = groupClaims(articles.flatMap(articleClaims));
  const troops = unitLemma("جندي")!.key;
  const iraq = standInId("LOC", "العراق");
  const us = standInId("LOC", "الولايات المتحدة");
  const shown = groups.filter(
    (g) => g.parts.noun === troops && g.parts.places.includes(iraq) && g.parts.agent === us && g.values.includes(2500),
  );
  assert.equal(shown.length, 1, shown.map((g) => g.subject).join(" / "));
  const [group] = shown as [(typeof shown)[0]];
  const pages = group.claims.filter((c) => c.value === 2500).map((c) => pageOf(c.article));
  assert.deepEqual([...new Set(pages)].sort(), ["001", "004"]);
  assert.equal(group.disagreement, false);

  const texts = new Map(articles.map((a) => [a.id, a.text]));
  for (const claim of group.claims) {
    assert.match(texts.get(claim.article)?.slice(claim.citation.start, claim.citation.end) ?? "", /2500/);
  }
});

test("seed claims: the denial of extra troops in Iraq is set against the report of 1500", {
  skip: seedsMissing,
}, () => {
  const groups = groupClaims(seedArticles().flatMap(articleClaims));
  const iraq = standInId("LOC", "العراق");
  const denials = groups.filter((g) => g.claims.some((c) => c.kind === "denial") && g.parts.places.includes(iraq));
  assert.ok(denials.length > 0, "no denial about Iraq");
  const against = denials.flatMap((g) => g.disagreements.filter((d) => d.kind === "denial").map((d) => d.b.value));
  assert.ok(against.includes(1500), `denial set against: ${against.join(", ")}`);
});
