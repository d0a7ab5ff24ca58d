import { join } from "node:path";
import type { DigestStore } from "./digest-store.js";
import { openPostgresDriver } from "./postgres-driver.js";
import { openSqlDigestStore } from "./sql-digest-store.js";
import { openSqliteDriver } from "./sqlite-driver.js";

export interface StoreSettings {
  DATA_DIR: string;
  DATABASE_URL?: string | undefined;
}

/** PostgreSQL when DATABASE_URL is set (several instances), else SQLite in DATA_DIR; migrated on open. */
export async function openDigestStore(
  settings: StoreSettings,
): Promise<{ store: DigestStore; where: string }> {
  if (settings.DATABASE_URL) {
    const store = await openSqlDigestStore(openPostgresDriver(settings.DATABASE_URL));
    return { store, where: "postgresql" };
  }
  const file = join(settings.DATA_DIR, "deskbrief.sqlite");
  return { store: await openSqlDigestStore(openSqliteDriver(file)), where: file };
}
