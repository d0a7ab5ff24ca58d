import pg from "pg";
import type { Migration, SqlDriver, SqlRow, SqlValue } from "./sql-driver.js";

/** Any constant shared by every deskbrief instance: the key of the migration advisory lock. */
const MIGRATION_LOCK = 0x64657362; // "desb"

/** `?` placeholders → `$1, $2, …` (our SQL never has a literal question mark). */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** A connection pool on DATABASE_URL: the store for several instances side by side. */
export function openPostgresDriver(connectionString: string): SqlDriver {
  const pool = new pg.Pool({ connectionString, max: 4 });
  // An idle client losing its connection must not crash the bot; the next query reconnects.
  pool.on("error", () => {});

  return {
    dialect: "postgres",
    async all(sql: string, params: SqlValue[] = []) {
      return (await pool.query(toPostgresPlaceholders(sql), params)).rows as SqlRow[];
    },
    async run(sql: string, params: SqlValue[] = []) {
      return (await pool.query(toPostgresPlaceholders(sql), params)).rowCount ?? 0;
    },
    async migrate(migrations: readonly Migration[]) {
      const client = await pool.connect();
      try {
        // The advisory lock serialises instances starting together; the table remembers what ran.
        await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK]);
        await client.query(
          "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        );
        const done = new Set(
          (await client.query<{ version: number }>("SELECT version FROM migrations")).rows.map(
            (r) => r.version,
          ),
        );
        for (const m of migrations) {
          if (done.has(m.version)) continue;
          await client.query("BEGIN");
          try {
            for (const statement of m.statements) await client.query(statement);
            await client.query("INSERT INTO migrations (version, name, applied_at) VALUES ($1, $2, $3)", [
              m.version,
              m.name,
              new Date().toISOString(),
            ]);
            await client.query("COMMIT");
          } catch (error) {
            await client.query("ROLLBACK");
            throw error;
          }
        }
      } finally {
        await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
