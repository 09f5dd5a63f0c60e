import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { corpusDb, runCommand } from "../../store/test-helpers/cli.js";
import { entitiesCommand, entityCommand } from "./entities.js";

let db: string;
let ids: string[];
let cleanup: () => void;
before(async () => ({ db, ids, cleanup } = await corpusDb()));
after(() => cleanup());

describe("marsad entities", () => {
  test("a table of entities, most reported first", async () => {
    const { code, out } = await runCommand(entitiesCommand, "--db", db);
    assert.equal(code, 0);
    const lines = out.trimEnd().split("\n");
    assert.match(lines[0]!, /^id\s+type\s+articles\s+name\s+aliases$/);
    assert.match(lines[1]!, /^per-[0-9a-f]{12}\s+PER\s+2\s+محمد شياع السوداني\s+السوداني$/);
    assert.equal(lines.length, 8);
  });

  test("--type and --limit; --json prints only JSON", async () => {
    const { out } = await runCommand(entitiesCommand, "--db", db, "--type", "loc", "--limit", "2", "--json");
    const rows = JSON.parse(out);
    assert.deepEqual(
      rows.map((r: { name: string; type: string }) => [r.type, r.name]),
      [
        ["LOC", "بغداد"],
        ["LOC", "واشنطن"],
      ],
    );
  });

  test("a bad --type or --limit is a BAD_ARGUMENT", async () => {
    assert.equal((await runCommand(entitiesCommand, "--db", db, "--type", "PERSON")).error?.code, "BAD_ARGUMENT");
    assert.equal((await runCommand(entitiesCommand, "--db", db, "--limit", "0")).error?.code, "BAD_ARGUMENT");
  });
});

describe("marsad entity", () => {
  test("the dossier, readable", async () => {
    const { code, out } = await runCommand(entityCommand, "السوداني", "--db", db);
    assert.equal(code, 0);
    assert.match(out, /^محمد شياع السوداني {2}\(PER, per-[0-9a-f]{12}\)$/m);
    assert.match(out, /^2 articles, 4 mentions$/m);
    assert.match(out, /^ {2}2023-05-10\s+1 art\.\s+رئيس الوزراء العراقي$/m);
    assert.match(out, /^ {2}2024-09-24\s+1 art\.\s+رئيس الحكومة$/m);
    assert.match(out, new RegExp(`^ {2}2024-09-24\\s+${ids[3]}\\s+الشرق\\s+الحكومة تطرح موازنة جديدة$`, "m"));
    assert.match(out, /^ {2}1\s+1\s+0\s+PER\s+فؤاد حسين$/m);
    assert.match(out, /«الموازنة ستركز على الاستثمار»/);
  });

  test("a name in several words needs no quotes; an id works too; --json gives the dossier", async () => {
    const { out } = await runCommand(entityCommand, "فؤاد", "حسين", "--db", db, "--json");
    const dossier = JSON.parse(out);
    assert.equal(dossier.entity.name, "فؤاد حسين");
    assert.deepEqual(
      dossier.roles.map((r: { role: string; first: string; last: string }) => [r.role, r.first, r.last]),
      [["وزير الخارجية العراقي", "2023-05-10", "2024-03-27"]],
    );
    const byId = await runCommand(entityCommand, dossier.entity.id, "--db", db, "--json");
    assert.equal(JSON.parse(byId.out).entity.name, "فؤاد حسين");
  });

  test("an ambiguous name lists the candidates and fails with AMBIGUOUS", async () => {
    const { error, out } = await runCommand(entityCommand, "حسين", "--db", db);
    assert.equal(error?.code, "AMBIGUOUS");
    assert.match(error!.message, /فؤاد حسين/);
    assert.match(error!.message, /صدام حسين/);
    assert.equal(out, "");
    const json = await runCommand(entityCommand, "حسين", "--db", db, "--json");
    assert.equal(json.error?.code, "AMBIGUOUS");
    assert.equal(JSON.parse(json.out).candidates.length, 2);
  });

  test("an unknown name fails with NOT_FOUND and says so", async () => {
    const { error } = await runCommand(entityCommand, "الكاظمي", "--db", db);
    assert.equal(error?.code, "NOT_FOUND");
    assert.match(error!.message, /no entity is called «الكاظمي»/);
    assert.equal((await runCommand(entityCommand, "--db", db)).error?.code, "BAD_ARGUMENT");
  });
});
