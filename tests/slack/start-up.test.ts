import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../adapters/config.js";
import { createLogger } from "../../adapters/log.js";
import { SHARE_ACTION_ID } from "../../adapters/slack/share.js";
import { SlackStartError, startSlack } from "../../adapters/slack/start-slack.js";
import {
  blockActionsBody,
  blockActionsPayload,
  sendSigned,
  slashCommandBody,
} from "../stand-ins/slack/signed-request.js";
import { APP_TOKEN, BOT_TOKEN, SIGNING_SECRET, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";
import { CountingCorpus, FAST_RETRIES, startHarness } from "./harness.js";

// Start-up problems name the setting to fix and never echo a secret; nothing logs a secret.

let standIn: SlackStandIn;
beforeAll(async () => {
  standIn = await SlackStandIn.start();
});
afterAll(() => standIn.close());

async function start(env: Record<string, string>, port = 0): Promise<{ error: unknown; logs: string }> {
  const parsed = parseConfig({ SLACK_API_URL: standIn.apiUrl, ...env });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const lines: string[] = [];
  const log = createLogger("debug", (l) => lines.push(l));
  try {
    const corpus = new CountingCorpus({ ok: false, problem: "not needed to start" });
    const slack = await startSlack(parsed.config, corpus, log, {
      port,
      retryConfig: FAST_RETRIES,
    });
    await slack.stop();
    return { error: undefined, logs: lines.join("") };
  } catch (error) {
    return { error, logs: lines.join("") };
  }
}

describe("Slack start-up errors", () => {
  it("names SLACK_BOT_TOKEN when Slack rejects it, without echoing it", async () => {
    const wrong = "xoxb-9999-wrong-bottoken";
    const { error, logs } = await start({ SLACK_BOT_TOKEN: wrong, SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(error).toBeInstanceOf(SlackStartError);
    expect((error as Error).message).toMatch(/^Slack rejected SLACK_BOT_TOKEN \(invalid_auth\)/);
    expect(`${(error as Error).message}${logs}`).not.toContain(wrong);
  });

  it("names SLACK_APP_TOKEN when Slack rejects it in Socket Mode", async () => {
    const wrong = "xapp-1-A0-9999-wrongapptoken";
    const { error, logs } = await start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: wrong });
    expect((error as Error).message).toMatch(/^Slack rejected SLACK_APP_TOKEN \(invalid_auth\)/);
    expect(`${(error as Error).message}${logs}`).not.toContain(wrong);
  });

  it("names PORT when another program holds it", async () => {
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(0, resolve));
    const port = (other.address() as AddressInfo).port;
    const { error } = await start({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET }, port);
    other.close();
    expect((error as Error).message).toBe(`PORT ${port} is already in use; set PORT to a free port.`);
  });

  it("says which Web API it could not reach", async () => {
    const { error } = await start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: "http://127.0.0.1:9/api/",
    });
    expect((error as Error).message).toMatch(
      /^Could not reach the Slack Web API at http:\/\/127\.0\.0\.1:9\/api\//,
    );
  });
});

describe("logging at debug level", () => {
  it.each(["http", "socket"] as const)(
    "never writes a token or the signing secret (%s)",
    async (transport) => {
      const h = await startHarness({ transport, logLevel: "debug" });
      const id = `log-${transport}`;
      if (transport === "http") {
        const body = slashCommandBody({
          command: "/brief",
          text: "strikes",
          response_url: h.standIn.responseUrl(id),
        });
        await sendSigned(h.eventsUrl, body, { secret: SIGNING_SECRET });
        const value = JSON.stringify({ command: "brief", text: "strikes" });
        const click = blockActionsPayload({
          value,
          actionId: SHARE_ACTION_ID,
          response_url: h.standIn.responseUrl(`${id}-share`),
        });
        await sendSigned(h.eventsUrl, blockActionsBody(click), { secret: SIGNING_SECRET });
        await h.standIn.waitFor(() => h.standIn.responsesTo(`${id}-share`).length > 0);
      }
      await h.standIn.waitFor(() => transport === "socket" || h.standIn.responsesTo(id).length > 0);
      await h.close();
      const logs = h.logs.join("");
      expect(logs).toContain("debug");
      for (const secret of [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]) expect(logs).not.toContain(secret);
      expect(logs).not.toMatch(/xox[a-z]-\d|xapp-\d/);
    },
  );
});
