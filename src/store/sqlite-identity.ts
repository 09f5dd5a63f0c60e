// Why: linking an article's entities asks, for each name form, which global entities carry it
// and what forms they have, then records the forms and brings the name and counts up to date.
// Asked of SQL every time, these reads and small updates were a third of the save path. The
// writer keeps in memory what it has read or written of entities and entity_forms, and writes
// each entity's name and counts once per article. The copy is trusted only while no other
// connection has committed (PRAGMA data_version), is dropped when a save fails (its
// transaction rolled back), and is emptied between saves once it holds more than a bound, so
// memory does not grow with the corpus. The rules themselves live in kb/identity.
//
// Statements here use only schema version 2, as the version-2 backfill runs them.
import { createHash } from "node:crypto";
import {
  type EntityNames,
  formsOf,
  type GlobalForm,
  type IdentityLookup,
  type Link,
  rankForms,
  resolveEntity,
} from "../kb/identity.js";
import { nameKey } from "../kb/names.js";
import type { EntityType } from "../model.js";
import type { Db, Stmt } from "./sqlite-util.js";

/** Entities and form keys held before the copy is emptied at the next save. */
const MAX_ENTITIES = 20_000;
const MAX_KEYS = 50_000;

/** A global entity id that depends only on the key it was created under. */
function globalEntityId(type: EntityType, key: string): string {
  const digest = createHash("sha256").update(`${type}\u0000${key}`).digest("hex");
  return `${type.toLowerCase()}-${digest.slice(0, 12)}`;
}

/** A global entity as the database will hold it once this article's writes are flushed. */
interface EntityState {
  id: string;
  type: EntityType;
  name: string;
  articles: number;
  /** Every form, read on first need. */
  forms: GlobalForm[] | null;
  /** The name the database holds, and counts not yet written. */
  storedName: string;
  newArticles: number;
  newMentions: number;
}

interface EntityRow {
  id: string;
  type: EntityType;
  name: string;
  articles: number;
}

const byId = (a: EntityState, b: EntityState) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function prepare(db: Db) {
  const p = (sql: string): Stmt => db.prepare(sql);
  return {
    dataVersion: p("PRAGMA data_version").pluck(),
    carriers: p(
      `SELECT DISTINCT e.id, e.type, e.name, e.articles FROM entity_forms f JOIN entities e ON e.id = f.entity_id
       WHERE f.form_key = ? AND e.type = ? ORDER BY e.id`,
    ),
    entity: p("SELECT id, type, name, articles FROM entities WHERE id = ?"),
    forms: p(
      `SELECT form AS text, form_key AS key, words, as_name AS asName, as_alias AS asAlias
       FROM entity_forms WHERE entity_id = ? ORDER BY form`,
    ),
    keyTaken: p("SELECT 1 FROM entities WHERE type = ? AND norm_key = ?"),
    insertEntity: p("INSERT INTO entities (id, type, name, norm_key, created_at) VALUES (?, ?, ?, ?, ?)"),
    addForm: p(
      `INSERT INTO entity_forms (entity_id, form, form_key, words, as_name, as_alias) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (entity_id, form) DO UPDATE SET as_name = entity_forms.as_name + excluded.as_name,
         as_alias = entity_forms.as_alias + excluded.as_alias`,
    ),
    update: p("UPDATE entities SET name = ?, articles = articles + ?, mentions = mentions + ? WHERE id = ?"),
  };
}

/** Links saved articles' entities to global entities and keeps their forms, names and counts. */
export class IdentityWriter {
  readonly #sql: ReturnType<typeof prepare>;
  readonly #lookup: IdentityLookup;
  readonly #states = new Map<string, EntityState>();
  /** Carriers by `type NUL key`, sorted by id. */
  readonly #carriers = new Map<string, EntityState[]>();
  readonly #pending = new Set<EntityState>();
  #version: unknown = null;

  constructor(db: Db) {
    this.#sql = prepare(db);
    this.#lookup = {
      carriers: (type, key) => this.#carriersOf(type, key),
      forms: (id) => this.#formsOf(this.#state(id)),
    };
  }

  /** Called first in every write transaction: drops the copy if it may be stale or too big. */
  begin(): void {
    const version = this.#sql.dataVersion.get();
    if (version !== this.#version || this.#states.size > MAX_ENTITIES || this.#carriers.size > MAX_KEYS) {
      this.forget();
      this.#version = version;
    }
  }

  /** Drops the copy (a transaction rolled back what it described). */
  forget(): void {
    this.#states.clear();
    this.#carriers.clear();
    this.#pending.clear();
    this.#version = null;
  }

  /**
   * The global entity of entity `index` of an article's entities layer: found by the identity
   * rules or created, its forms recorded and its name brought up to date.
   */
  link(entities: readonly EntityNames[], index: number, articleId: string, now: string): Link & { id: string } {
    const entity = entities[index]!;
    const link = resolveEntity(entities, index, this.#lookup);
    let state: EntityState;
    if (link.id === null) {
      // A second actor of the same name (two people called حسين that no evidence joins)
      // gets a key of its own.
      const key = nameKey(entity.name);
      const taken = this.#sql.keyTaken.get(entity.type, key) !== undefined;
      const normKey = taken ? `${key}#${articleId}.${index}` : key;
      const id = globalEntityId(entity.type, normKey);
      this.#sql.insertEntity.run(id, entity.type, entity.name, normKey, now);
      state = this.#remember({ id, type: entity.type, name: entity.name, articles: 0 });
      state.forms = [];
    } else {
      state = this.#state(link.id);
    }
    this.record(state.id, entity);
    return { id: state.id, rule: link.rule };
  }

  /** Records an article entity's forms on global entity `id` and brings its name up to date. */
  record(id: string, entity: EntityNames): void {
    const state = this.#state(id);
    const forms = this.#formsOf(state);
    for (const form of formsOf(entity)) {
      const asName = form.asName ? 1 : 0;
      this.#sql.addForm.run(id, form.text, form.key, form.words, asName, 1 - asName);
      const known = forms.find((f) => f.text === form.text);
      if (known) {
        known.asName += asName;
        known.asAlias += 1 - asName;
        continue;
      }
      forms.push({ text: form.text, key: form.key, words: form.words, asName, asAlias: 1 - asName });
      const carriers = this.#carriers.get(`${state.type}\u0000${form.key}`);
      if (carriers && !carriers.includes(state)) {
        carriers.push(state);
        carriers.sort(byId);
      }
    }
    state.name = rankForms(forms)[0]?.text ?? state.name;
    this.#pending.add(state);
  }

  /** Counts one new article: each global entity it links once, and its linked mentions; then flushes. */
  countArticle(entityIds: readonly string[], mentionEntityIds: readonly (string | null)[]): void {
    for (const id of new Set(entityIds)) {
      const state = this.#state(id);
      state.articles++;
      state.newArticles++;
      this.#pending.add(state);
    }
    for (const id of mentionEntityIds) {
      if (id === null) continue;
      const state = this.#state(id);
      state.newMentions++;
      this.#pending.add(state);
    }
    this.flush();
  }

  /** Articles that name a global entity, this save's included. */
  articles(id: string): number {
    return this.#state(id).articles;
  }

  /** Writes the names and counts changed since the last flush. */
  flush(): void {
    for (const state of this.#pending) {
      if (state.name !== state.storedName || state.newArticles > 0 || state.newMentions > 0) {
        this.#sql.update.run(state.name, state.newArticles, state.newMentions, state.id);
      }
      state.storedName = state.name;
      state.newArticles = 0;
      state.newMentions = 0;
    }
    this.#pending.clear();
  }

  #remember(row: EntityRow): EntityState {
    const state: EntityState = { ...row, forms: null, storedName: row.name, newArticles: 0, newMentions: 0 };
    this.#states.set(row.id, state);
    return state;
  }

  #state(id: string): EntityState {
    const known = this.#states.get(id);
    if (known) return known;
    const row = this.#sql.entity.get(id) as EntityRow | undefined;
    if (!row) throw new Error(`no global entity ${id}`);
    return this.#remember(row);
  }

  #formsOf(state: EntityState): GlobalForm[] {
    state.forms ??= this.#sql.forms.all(state.id) as GlobalForm[];
    return state.forms;
  }

  #carriersOf(type: EntityType, key: string): EntityState[] {
    const slot = `${type}\u0000${key}`;
    let carriers = this.#carriers.get(slot);
    if (!carriers) {
      // A held entity's name and counts may be newer than its row (flushed per article).
      carriers = (this.#sql.carriers.all(key, type) as EntityRow[]).map(
        (row) => this.#states.get(row.id) ?? this.#remember(row),
      );
      this.#carriers.set(slot, carriers);
    }
    return carriers;
  }
}
