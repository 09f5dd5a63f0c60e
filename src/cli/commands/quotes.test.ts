import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { corpusDb, runCommand } from "../../store/test-helpers/cli.js";
import { quotesCommand } from "./quotes.js";

let db: string;
let ids: string[];
let cleanup: () => void;
before(async () => ({ db, ids, cleanup } = await corpusDb()));
after(() => cleanup());

describe("marsad quotes", () => {
  test("every quote, newest first: date, article, speaker, verb, words", async () => {
    const { code, out } = await runCommand(quotesCommand, "--db", db);
    assert.equal(code, 0);
    const lines = out.trimEnd().split("\n");
    assert.equal(lines.length, 4);
    assert.match(
      lines[0]!,
      new RegExp(`^2024-09-24\\s+${ids[3]}\\s+محمد شياع السوداني\\s+قال\\s+«الموازنة ستركز على الاستثمار»$`),
    );
    assert.match(lines[1]!, /^2024-04-02\s+[0-9a-f]{12}\s+المؤلف\s+يقول\s+حسين حكم البلاد بقبضة أمنية مشددة$/);
  });

  test("--speaker by entity name or alias, or as written when no entity has it", async () => {
    const pm = JSON.parse((await runCommand(quotesCommand, "--db", db, "--speaker", "السوداني", "--json")).out);
    assert.deepEqual(
      pm.map((q: { text: string }) => q.text),
      ["الموازنة ستركز على الاستثمار", "العلاقات مع أنقرة تمضي نحو شراكة اقتصادية أوسع"],
    );
    const author = JSON.parse((await runCommand(quotesCommand, "--db", db, "--speaker", "المؤلف", "--json")).out);
    assert.deepEqual(
      author.map((q: { article: { id: string } }) => q.article.id),
      [ids[2]],
    );
    const limited = JSON.parse((await runCommand(quotesCommand, "--db", db, "--limit", "1", "--json")).out);
    assert.equal(limited.length, 1);
  });

  test("nobody by that name: a message, not an error; an ambiguous name is AMBIGUOUS", async () => {
    const none = await runCommand(quotesCommand, "--db", db, "--speaker", "مصدر أمني");
    assert.equal(none.code, 0);
    assert.equal(none.out, "no quotes by «مصدر أمني»\n");
    assert.equal((await runCommand(quotesCommand, "--db", db, "--speaker", "حسين")).error?.code, "AMBIGUOUS");
  });
});
