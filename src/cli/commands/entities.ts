import { MarsadError } from "../../errors.js";
import type { EntityType } from "../../model.js";
import { type EntityDossier, type EntitySummary, openStore, type Store } from "../../store/index.js";
import { dbPath, parse, positiveInt } from "../args.js";
import type { Command } from "../command.js";
import { type Io, printJson, table } from "../io.js";

const TYPES: readonly EntityType[] = ["PER", "ORG", "LOC"];

function entityType(value: string | boolean | undefined): EntityType | undefined {
  if (value === undefined) return undefined;
  const type = String(value).toUpperCase();
  if (!(TYPES as readonly string[]).includes(type))
    throw new MarsadError("BAD_ARGUMENT", "--type takes PER, ORG or LOC");
  return type as EntityType;
}

const indent = (text: string) => text.replace(/^/gm, "  ");

function entityRows(entities: readonly EntitySummary[]): string[][] {
  return entities.map((e) => [e.id, e.type, String(e.articles), e.name, e.aliases.join("، ") || "—"]);
}

/**
 * The one entity NAME (a name, an alias or an id) designates, or null when none does. Several
 * fitting is an AMBIGUOUS error listing them (with --json, the candidates go to stdout too).
 */
export async function entityNamed(
  store: Store,
  name: string,
  io: Io,
  json: boolean | undefined,
  type?: EntityType,
): Promise<EntitySummary | null> {
  const found = (await store.findEntities(name)).filter((e) => type === undefined || e.type === type);
  if (found.length > 1) {
    if (json) printJson(io, { ambiguous: name, candidates: found });
    throw new MarsadError(
      "AMBIGUOUS",
      `«${name}» may be any of ${found.length}; name one by its id:\n${indent(table(entityRows(found)))}`,
    );
  }
  return found[0] ?? null;
}

export const entitiesCommand: Command = {
  name: "entities",
  usage: "marsad entities [--type PER|ORG|LOC] [--limit N] [--db PATH] [--json]",
  summary: "list actors, places and organisations across articles, most reported first",
  async run(argv, io) {
    const { values } = parse(argv, { type: { type: "string" }, limit: { type: "string" } });
    const type = entityType(values.type);
    const limit = positiveInt(values.limit, "limit", 50);
    const store = await openStore(dbPath(values));
    try {
      const rows = await store.listEntities({ type, limit });
      if (values.json) printJson(io, rows);
      else if (rows.length === 0) io.out("no entities stored yet: run `marsad ingest PATH`");
      else io.out(table([["id", "type", "articles", "name", "aliases"], ...entityRows(rows)]));
      return 0;
    } finally {
      await store.close();
    }
  },
};

const span = (first: string | null, last: string | null) =>
  first === null ? "—" : first === last ? first : `${first} … ${last}`;

function dossierText(d: EntityDossier): string {
  const { entity } = d;
  const parts = [
    `${entity.name}  (${entity.type}, ${entity.id})`,
    `${entity.articles} articles, ${entity.mentions} mentions`,
    "",
    "names (times given as name / as alias):",
    indent(table(d.names.map((n) => [n.text, `${n.asName} / ${n.asAlias}`]))),
  ];
  if (d.roles.length > 0) {
    parts.push(
      "",
      "roles over time (first … last article date):",
      indent(table(d.roles.map((r) => [span(r.first, r.last), `${r.articles.length} art.`, r.role]))),
    );
  }
  parts.push(
    "",
    `articles (newest ${d.articles.length}):`,
    indent(table(d.articles.map((a) => [a.published ?? "—", a.id, a.outlet ?? "—", a.title]))),
  );
  if (d.related.length > 0) {
    parts.push(
      "",
      "seen with (score = shared articles + shared sentences):",
      indent(
        table([
          ["score", "articles", "sentences", "type", "name"],
          ...d.related.map((r) => [String(r.score), String(r.articles), String(r.sentences), r.type, r.name]),
        ]),
      ),
    );
  }
  if (d.quotes.length > 0) {
    parts.push(
      "",
      `quotes (newest ${d.quotes.length}):`,
      indent(table(d.quotes.map((q) => [q.article.published ?? "—", q.article.id, q.direct ? `«${q.text}»` : q.text]))),
    );
  }
  return parts.join("\n");
}

export const entityCommand: Command = {
  name: "entity",
  usage: "marsad entity NAME|ID [--type PER|ORG|LOC] [--limit N] [--db PATH] [--json]",
  summary: "one actor's dossier: names, roles over time, articles, who appears with it, quotes",
  async run(argv, io) {
    const { values, positionals } = parse(argv, { type: { type: "string" }, limit: { type: "string" } });
    const name = positionals.join(" ").trim();
    if (!name) throw new MarsadError("BAD_ARGUMENT", "name an entity (see `marsad entities`)");
    const type = entityType(values.type);
    const limit = positiveInt(values.limit, "limit", 20);
    const store = await openStore(dbPath(values));
    try {
      const entity = await entityNamed(store, name, io, values.json, type);
      const dossier = entity && (await store.entityDossier(entity.id, { limit }));
      if (!dossier) throw new MarsadError("NOT_FOUND", `no entity is called «${name}» (see \`marsad entities\`)`);
      if (values.json) printJson(io, dossier);
      else io.out(dossierText(dossier));
      return 0;
    } finally {
      await store.close();
    }
  },
};
