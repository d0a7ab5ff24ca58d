import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sendSigned, slashCommandBody } from "../tests/stand-ins/slack/signed-request.js";
import { BOT_TOKEN, SIGNING_SECRET, SlackStandIn } from "../tests/stand-ins/slack/slack-stand-in.js";
import { BOT_NODE_FLAGS } from "./bot-flags.js";
import { type Percentiles, percentiles } from "./stats.js";

// Slash commands against the real app: `npm start`'s compiled composition root in its own process,
// in HTTP mode, talking to the local Slack stand-in. Commands are sent in waves, each wave all at
// once, the next wave once every answer of the last has arrived; an ack is timed from this process
// (request sent → HTTP answer). The first wave after start-up is reported on its own.

const root = join(import.meta.dirname, "..");
const QUESTIONS: [string, string][] = [
  ["/brief", "strikes"],
  ["/brief", ""],
  ["/sources", "casualties"],
  ["/brief", "Iran"],
  ["/sources", "timing"],
  ["/brief", "militia"],
];

export interface SlackAcks {
  /** Acks of the waves after the first, when the app has warmed up. */
  ack: Percentiles;
  /** Acks of the first wave after start-up (code not yet optimised by the JIT). */
  firstWave: Percentiles;
  answered: number;
  sent: number;
  readyMs: number;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function slackAcks(
  waves: number,
  inFlight: number,
  tick: (done: number) => void,
): Promise<SlackAcks> {
  const standIn = await SlackStandIn.start();
  const dataDir = mkdtempSync(join(tmpdir(), "deskbrief-bench-"));
  const port = await freePort();
  let stderr = "";
  const started = performance.now();
  const app: ChildProcess = spawn(process.execPath, [...BOT_NODE_FLAGS, "dist/adapters/main.js"], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: standIn.apiUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "ignore", "pipe"],
  });
  app.stderr?.on("data", (d) => {
    stderr += String(d);
  });
  try {
    const url = `http://127.0.0.1:${port}/slack/events`;
    // Ready when the HTTP receiver answers at all (an unsigned request gets its 401).
    const readyMs = await untilListening(
      url,
      started,
      () => app.exitCode !== null || stderr.includes("cannot start"),
    );
    const acks: number[] = [];
    let first: number[] = [];
    let answered = 0;
    for (let wave = 0; wave <= waves; wave++) {
      const ids = Array.from({ length: inFlight }, (_, i) => `w${wave}-${i}`);
      const sent = await Promise.all(
        ids.map((id, i) => {
          const [command, text] = QUESTIONS[i % QUESTIONS.length] as [string, string];
          const body = slashCommandBody({ command, text, response_url: standIn.responseUrl(id) });
          return sendSigned(url, body, { secret: SIGNING_SECRET });
        }),
      );
      const ok = sent.filter((s) => s.status === 200).map((s) => s.ms);
      if (wave === 0) first = ok;
      else acks.push(...ok);
      await standIn
        .waitFor(() => ids.every((id) => standIn.responsesTo(id).length > 0), 60_000)
        .catch(() => {});
      answered += ids.filter((id) => standIn.responsesTo(id).length > 0).length;
      tick(wave + 1);
    }
    return {
      ack: percentiles(acks),
      firstWave: percentiles(first),
      answered,
      sent: (waves + 1) * inFlight,
      readyMs,
    };
  } finally {
    app.kill("SIGTERM");
    await new Promise((resolve) => (app.exitCode === null ? app.once("exit", resolve) : resolve(null)));
    await standIn.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Milliseconds from `started` until the app's HTTP receiver answers at all. */
async function untilListening(url: string, started: number, failed: () => boolean): Promise<number> {
  for (;;) {
    if (failed()) throw new Error("the app did not start");
    const up = await fetch(url, { method: "POST", body: "" }).then(
      () => true,
      () => false,
    );
    if (up) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
