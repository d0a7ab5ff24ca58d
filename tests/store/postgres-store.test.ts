import { randomBytes } from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { openPostgresDriver } from "../../adapters/store/postgres-driver.js";
import { openSqlDigestStore } from "../../adapters/store/sql-digest-store.js";
import { postgresAdminUrl, postgresReachable, withDatabase } from "./postgres-test-server.js";
import { describeStoreContract } from "./store-contract.js";

const reachable = await postgresReachable();

if (reachable) {
  describeStoreContract("PostgreSQL (pg pool)", async () => {
    const name = `deskbrief_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client(postgresAdminUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = withDatabase(name);
    return {
      open: () => openSqlDigestStore(openPostgresDriver(url)),
      async appliedMigrations() {
        const client = new pg.Client(url);
        await client.connect();
        try {
          return Number((await client.query("SELECT COUNT(*) AS n FROM migrations")).rows[0].n);
        } finally {
          await client.end();
        }
      },
      async drop() {
        const client = new pg.Client(postgresAdminUrl);
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  });
} else if (process.env.CI) {
  // CI runs every store test: a missing server is a failure there, never a skip.
  describe("digest store contract: PostgreSQL", () => {
    it(`needs the PostgreSQL server at ${postgresAdminUrl}, which does not answer`, () => {
      expect.fail("PostgreSQL is unreachable under CI");
    });
  });
} else {
  describe("digest store contract: PostgreSQL", () => {
    it.skip(`skipped: no PostgreSQL server answers at ${postgresAdminUrl}`, () => {});
  });
}
