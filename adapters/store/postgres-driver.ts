import pg from "pg";
import type { Migration, SqlDriver, SqlRow, SqlValue } from "./sql-driver.js";

/** Any constant shared by every deskbrief instance: the key of the migration advisory lock. */
const MIGRATION_LOCK = 0x64657362; // "desb"

/** `?` placeholders → `$1, $2, …` (our SQL never has a literal question mark). */
export function toPostgresPlaceholders(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** How long deskbrief waits on PostgreSQL; every wait is bounded, so a server that hangs cannot hang the bot. */
export interface PostgresTimeouts {
  /** To open a connection (TCP, TLS, authentication). */
  connectMs: number;
  /** For any one query's answer, measured by the client: also catches a server that never answers. */
  queryMs: number;
}

export const POSTGRES_TIMEOUTS: PostgresTimeouts = { connectMs: 5_000, queryMs: 10_000 };

/**
 * A connection pool on DATABASE_URL: the store for several instances side by side. A query that
 * times out fails, and its connection is thrown away rather than reused (pg-pool destroys a client
 * released with an error), so the pool heals by itself once the server answers again.
 */
export function openPostgresDriver(
  connectionString: string,
  timeouts: PostgresTimeouts = POSTGRES_TIMEOUTS,
): SqlDriver {
  const pool = new pg.Pool({
    connectionString,
    max: 4,
    connectionTimeoutMillis: timeouts.connectMs,
    query_timeout: timeouts.queryMs,
    // The server gives up too, so a slow statement does not hold locks after we have.
    statement_timeout: timeouts.queryMs,
    keepAlive: true,
  });
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
      let failed: Error | undefined;
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
      } catch (error) {
        failed = error as Error;
        throw error;
      } finally {
        if (!failed) await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
        // A connection that failed is closed (which also drops its lock), never handed out again.
        client.release(failed);
      }
    },
    close: () => pool.end(),
  };
}
