import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { openSqlDigestStore } from "../../adapters/store/sql-digest-store.js";
import { openSqliteDriver } from "../../adapters/store/sqlite-driver.js";
import { describeStoreContract } from "./store-contract.js";

describeStoreContract("SQLite (better-sqlite3, WAL file)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "deskbrief-store-"));
  const file = join(dir, "nested", "deskbrief.sqlite");
  return {
    open: () => openSqlDigestStore(openSqliteDriver(file)),
    async appliedMigrations() {
      const db = new Database(file, { readonly: true });
      try {
        return (db.prepare("SELECT COUNT(*) AS n FROM migrations").get() as { n: number }).n;
      } finally {
        db.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
