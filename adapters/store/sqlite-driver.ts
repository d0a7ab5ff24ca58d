import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Migration, SqlDriver, SqlRow } from "./sql-driver.js";

/** One SQLite file (WAL, so readers never block the writer); the default store for one host. */
export function openSqliteDriver(file: string): SqlDriver {
  if (file !== ":memory:") mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  // Several processes may share the file: wait for the write lock instead of failing at once.
  db.pragma("busy_timeout = 10000");
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");

  return {
    dialect: "sqlite",
    all: async (sql, params = []) => db.prepare(sql).all(...params) as SqlRow[],
    run: async (sql, params = []) => db.prepare(sql).run(...params).changes,
    async migrate(migrations: readonly Migration[]) {
      db.exec(
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
      );
      // BEGIN IMMEDIATE takes the file's write lock: a second process waits, then finds the work done.
      const apply = db.transaction(() => {
        const done = new Set(
          (db.prepare("SELECT version FROM migrations").all() as { version: number }[]).map((r) => r.version),
        );
        for (const m of migrations) {
          if (done.has(m.version)) continue;
          for (const statement of m.statements) db.exec(statement);
          db.prepare("INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)").run(
            m.version,
            m.name,
            new Date().toISOString(),
          );
        }
      });
      apply.immediate();
    },
    close: async () => {
      db.close();
    },
  };
}
