import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sendSigned, slashCommandBody } from "../stand-ins/slack/signed-request.js";
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";

// `npm start` as a newsroom runs it: main.ts in its own process, configured by the environment.
// Measured from this process, the ack time is the app's alone (not this test's event loop).

const root = join(import.meta.dirname, "..", "..");
let standIn: SlackStandIn;
let child: ChildProcess | undefined;
beforeAll(async () => {
  standIn = await SlackStandIn.start();
});
afterAll(() => standIn.close());
afterEach(() => {
  if (child?.exitCode === null) child.kill("SIGKILL");
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

interface Running {
  process: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
}

function startMain(env: Record<string, string>): Running {
  let stderr = "";
  const process_ = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      CORPUS_DIR: join(root, "tests", "fixtures", "feb2021-syria-strikes"),
      SLACK_API_URL: standIn.apiUrl,
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child = process_;
  process_.stderr?.on("data", (d) => {
    stderr += String(d);
  });
  const exited = once(process_, "exit").then(([code]) => code as number | null);
  return { process: process_, stderr: () => stderr, exited };
}

const ready = (r: Running) =>
  Promise.race([
    standIn.waitFor(() => r.stderr().includes("slack ready"), 60_000),
    r.exited.then((code) => {
      throw new Error(`main exited with ${code}: ${r.stderr()}`);
    }),
  ]);

describe("npm start with Slack configured", () => {
  it("HTTP mode: acks /brief strikes fast, answers, and on SIGTERM finishes the answer then exits 0", async () => {
    const port = await freePort();
    const main = startMain({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: String(port),
      LOG_LEVEL: "debug",
    });
    await ready(main);
    const url = `http://127.0.0.1:${port}/slack/events`;
    const send = (text: string, id: string) =>
      sendSigned(url, slashCommandBody({ command: "/brief", text, response_url: standIn.responseUrl(id) }), {
        secret: SIGNING_SECRET,
      });

    const acks: number[] = [];
    for (const i of [1, 2, 3]) {
      const sent = await send("strikes", `main-${i}`);
      expect(sent.status).toBe(200);
      acks.push(sent.ms);
      await standIn.waitFor(() => standIn.responsesTo(`main-${i}`).length > 0);
    }
    console.info(
      `ack of /brief strikes over HTTP, separate process: ${acks.map((ms) => `${ms.toFixed(1)} ms`).join(", ")}`,
    );
    expect(Math.max(...acks)).toBeLessThan(3000);

    const release = standIn.holdResponses();
    await send("strikes", "main-held");
    await standIn.waitFor(() => standIn.arrived.includes("main-held"));
    main.process.kill("SIGTERM");
    await standIn.waitFor(() => main.stderr().includes("slack stopping"));
    expect(main.process.exitCode).toBeNull();
    release();
    expect(await main.exited).toBe(0);
    expect(standIn.responsesTo("main-held").length).toBeGreaterThan(0);
    expect(main.stderr()).toContain("slack stopped");
    for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(main.stderr()).not.toContain(secret);
  });

  it("Socket Mode: acks /brief strikes over the socket", async () => {
    const main = startMain({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN });
    await ready(main);
    await standIn.waitFor(() => standIn.socketCount > 0);
    const acks: number[] = [];
    for (const i of [1, 2, 3]) {
      const ack = await standIn.sendEnvelope("slash_commands", {
        command: "/brief",
        text: "strikes",
        user_id: "U0EDITOR",
        channel_id: "C0NEWSDESK",
        team_id: "T0STANDIN",
        api_app_id: "A0STANDIN",
        response_url: standIn.responseUrl(`main-sock-${i}`),
        trigger_id: "1.2.3",
      });
      acks.push(ack.ms);
      await standIn.waitFor(() => standIn.responsesTo(`main-sock-${i}`).length > 0);
    }
    console.info(
      `ack of /brief strikes over Socket Mode, separate process: ${acks.map((ms) => `${ms.toFixed(1)} ms`).join(", ")}`,
    );
    expect(Math.max(...acks)).toBeLessThan(3000);
    main.process.kill("SIGTERM");
    expect(await main.exited).toBe(0);
  });

  it("exits 1 with the setting to fix when Slack rejects the bot token", async () => {
    const main = startMain({
      SLACK_BOT_TOKEN: "xoxb-0000-rejected-token",
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      PORT: String(await freePort()),
    });
    expect(await main.exited).toBe(1);
    expect(main.stderr()).toContain("Slack rejected SLACK_BOT_TOKEN (invalid_auth)");
    expect(main.stderr()).not.toContain("rejected-token");
    expect(main.stderr()).not.toMatch(/\n\s+at /);
  });
});
