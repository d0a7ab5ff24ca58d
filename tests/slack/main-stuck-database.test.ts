import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { sendSigned, slashCommandBody } from "../stand-ins/slack/signed-request.js";
import { BOT_TOKEN, SIGNING_SECRET, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";
import { TcpBlackHole } from "../stand-ins/tcp-black-hole.js";
import { postgresAdminUrl, postgresReachable, withDatabase } from "../store/postgres-test-server.js";

// `npm start` with its digests on a PostgreSQL that stops answering (accepts connections, never
// replies) while a /digest command waits on it: SIGTERM still ends the process within its 12 s
// grace. Before, the process hung.

const root = join(import.meta.dirname, "..", "..");
const GRACE_MS = 12_000;
let child: ChildProcess | undefined;
afterAll(() => {
  if (child?.exitCode === null) child.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(!(await postgresReachable()))("npm start on a PostgreSQL that stops answering", () => {
  it("exits within its grace on SIGTERM with a command stuck on the database", {
    timeout: 120_000,
  }, async () => {
    const standIn = await SlackStandIn.start();
    const name = `deskbrief_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client(postgresAdminUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(postgresAdminUrl);
    const hole = await TcpBlackHole.start(target.hostname, Number(target.port || 5432));
    const url = new URL(withDatabase(name));
    url.hostname = "127.0.0.1";
    url.port = String(hole.port);
    const port = await freePort();
    let stderr = "";
    try {
      child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? "",
          CORPUS_DIR: join(root, "tests", "fixtures", "seeds"),
          SLACK_BOT_TOKEN: BOT_TOKEN,
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_API_URL: standIn.apiUrl,
          SLACK_EDITORS: "U0EDITOR",
          DATABASE_URL: url.toString(),
          PORT: String(port),
        },
        stdio: ["ignore", "ignore", "pipe"],
      });
      child.stderr?.on("data", (d) => {
        stderr += String(d);
      });
      const exited = once(child, "exit").then(([code]) => code as number | null);
      await standIn.waitFor(() => stderr.includes("slack ready"), 90_000);

      hole.blackHoled = true;
      const body = slashCommandBody({
        command: "/digest",
        text: "list",
        user_id: "U0EDITOR",
        response_url: standIn.responseUrl("stuck"),
      });
      expect(
        (await sendSigned(`http://127.0.0.1:${port}/slack/events`, body, { secret: SIGNING_SECRET })).status,
      ).toBe(200);
      const started = performance.now();
      child.kill("SIGTERM");
      await exited;
      const ms = performance.now() - started;
      // The grace, plus the time a loaded machine takes to start and end a process.
      expect(ms).toBeLessThan(GRACE_MS + 3000);
      process.stderr.write(`SIGTERM with PostgreSQL black-holed: exited in ${ms.toFixed(0)} ms\n`);
    } finally {
      await hole.close();
      await standIn.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
