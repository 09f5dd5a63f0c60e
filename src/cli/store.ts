// What the commands that read the store share: opening it from --db and closing it whatever
// happens, and turning a NAME|ID argument into the one entity it designates.
import { MarsadError } from "../errors.js";
import type { EntityType } from "../model.js";
import { type EntitySummary, openStore, type Store } from "../store/index.js";
import { dbPath } from "./args.js";
import { entityNamed } from "./commands/entities.js";
import type { Io } from "./io.js";

export async function withStore<T>(values: { db?: string | boolean }, run: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(dbPath(values));
  try {
    return await run(store);
  } finally {
    await store.close();
  }
}

/** The entity NAME designates (see entityNamed); NOT_FOUND when none does. */
export async function requireEntity(
  store: Store,
  name: string,
  io: Io,
  json: boolean | undefined,
  type?: EntityType,
): Promise<EntitySummary> {
  const entity = await entityNamed(store, name, io, json, type);
  if (!entity) throw new MarsadError("NOT_FOUND", `no entity is called «${name}» (see \`marsad entities\`)`);
  return entity;
}

/** requireEntity for an optional --entity option. */
export async function optionalEntity(
  store: Store,
  name: string | undefined,
  io: Io,
  json: boolean | undefined,
): Promise<EntitySummary | undefined> {
  const trimmed = name?.trim();
  return trimmed ? requireEntity(store, trimmed, io, json) : undefined;
}
