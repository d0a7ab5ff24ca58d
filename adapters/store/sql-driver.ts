// The little a SQL store needs from a database: both drivers take `?` placeholders and return plain rows.

export type SqlValue = string | number | null;
export type SqlRow = Record<string, unknown>;

export interface SqlDriver {
  readonly dialect: "sqlite" | "postgres";
  all(sql: string, params?: SqlValue[]): Promise<SqlRow[]>;
  /** Runs a statement and returns how many rows it changed. */
  run(sql: string, params?: SqlValue[]): Promise<number>;
  /** Applies the migrations not yet applied, once, even when several processes start together. */
  migrate(migrations: readonly Migration[]): Promise<void>;
  close(): Promise<void>;
}

export interface Migration {
  version: number;
  name: string;
  /** Statements that run unchanged on SQLite and PostgreSQL. */
  statements: string[];
}
