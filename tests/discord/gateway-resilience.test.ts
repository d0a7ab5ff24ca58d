import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningDiscord, startDiscord } from "../../adapters/discord/start-discord.js";
import { WAIT_MS } from "../helpers/wait.js";
import {
  BOT_TOKEN,
  type DiscordStandIn,
  IDS,
  type RecordedRequest,
  slashCommand,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { corpusSource, EPHEMERAL, messageBodies, recordingLogger, testConfig } from "./helpers.js";

// Drops, reconnects, rate limits and the deferred path, with the real client against the stand-in.

let standIn: DiscordStandIn;
let platform: RunningDiscord;
const { log, lines } = recordingLogger();

beforeAll(async () => {
  standIn = await startDiscordStandIn({ heartbeatIntervalMs: 500 });
  platform = await startDiscord(
    testConfig({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.rest.apiUrl,
    }),
    await corpusSource(),
    log,
    { deferAfterMs: 0 },
  );
});

afterAll(async () => {
  await platform?.stop();
  await standIn?.close();
});

const of = (i: { token: string }) => (r: RecordedRequest) => r.path.includes(`/${i.token}`);

async function answered(i: { id: string; token: string }) {
  await standIn.rest.waitFor((r) => r.path === `/webhooks/${IDS.application}/${i.token}/messages/@original`);
  return standIn.rest.requests.filter(of(i));
}

describe("Discord gateway resilience", () => {
  it("defers, then edits @original and follows up, when told to always defer", async () => {
    const i = slashCommand("brief", { topic: "strikes" });
    standIn.gateway.dispatch("INTERACTION_CREATE", i);
    const requests = await answered(i);
    const callback = requests.find((r) => r.path.endsWith("/callback"));
    expect(callback?.body).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = requests.find((r) => r.method === "PATCH");
    expect(edit?.body).toMatchObject({ allowed_mentions: { parse: [] } });
    expect((edit?.body as { embeds: unknown[] } | undefined)?.embeds.length).toBeGreaterThan(0);
    await expect
      .poll(() => lines.find((l) => l.includes('discord answered command="brief"')), { timeout: WAIT_MS })
      .toContain("deferred=true");
  });

  it("resumes the session after Discord asks it to reconnect, and answers again", async () => {
    const before = performance.now();
    standIn.gateway.forceReconnect();
    const resume = await standIn.gateway.waitForOp(6, before);
    expect(resume.d).toMatchObject({ token: BOT_TOKEN, session_id: expect.any(String) });
    expect(standIn.gateway.received.filter((r) => r.op === 2)).toHaveLength(1);
    const i = slashCommand("sources", { aspect: "casualties" });
    standIn.gateway.dispatch("INTERACTION_CREATE", i);
    expect(messageBodies(await answered(i)).length).toBeGreaterThan(0);
  });

  it("resumes after the connection drops and answers an interaction dispatched while it was down", async () => {
    const before = performance.now();
    const sockets = standIn.gateway.sockets.length;
    standIn.gateway.drop();
    const missed = slashCommand("brief", { topic: "strikes" });
    standIn.gateway.dispatch("INTERACTION_CREATE", missed);
    await standIn.gateway.waitForOp(6, before);
    expect(standIn.gateway.sockets.length).toBe(sockets + 1);
    expect(messageBodies(await answered(missed)).length).toBeGreaterThan(0);
    expect(standIn.gateway.received.filter((r) => r.op === 2)).toHaveLength(1);
    expect(lines.some((l) => l.includes("discord gateway resumed"))).toBe(true);
  });

  it("waits out a 429 on a follow-up and still delivers it", async () => {
    const i = slashCommand("brief", { topic: "strikes" });
    standIn.rest.rateLimitNext(
      (r) => r.method === "POST" && r.path === `/webhooks/${IDS.application}/${i.token}`,
    );
    standIn.gateway.dispatch("INTERACTION_CREATE", i);
    await answered(i);
    const followUps = () =>
      standIn.rest.requests.filter(
        (r) => r.method === "POST" && r.path === `/webhooks/${IDS.application}/${i.token}`,
      );
    await standIn.rest.waitFor(() => followUps().length >= 2);
    const [limited, retried] = followUps();
    expect(retried?.body).toEqual(limited?.body);
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(150);
  });

  it("logs a failed reply with its Discord error code", async () => {
    const i = slashCommand("brief", { topic: "strikes" });
    standIn.rest.failNext({
      match: (r) => r.path === `/interactions/${i.id}/${i.token}/callback`,
      status: 404,
      body: { message: "Unknown interaction", code: 10062 },
    });
    standIn.gateway.dispatch("INTERACTION_CREATE", i);
    await expect
      .poll(() => lines.find((l) => l.includes("discord reply failed")), { timeout: WAIT_MS })
      .toMatch(/code=10062 status=404/);
  });

  it("stops cleanly: the gateway socket is closed and no interaction is taken afterwards", async () => {
    await platform.stop();
    const socket = standIn.gateway.sockets.at(-1);
    await expect.poll(() => socket?.readyState, { timeout: WAIT_MS }).toBe(3);
    const i = slashCommand("brief", { topic: "strikes" });
    standIn.gateway.dispatch("INTERACTION_CREATE", i);
    // Every socket the client opened is closed, so the dispatch reached no one: nothing can answer it.
    expect(standIn.gateway.sockets.every((s) => s.readyState === s.CLOSED)).toBe(true);
    expect(standIn.rest.requests.filter(of(i))).toEqual([]);
  });

  it("sent allowed_mentions { parse: [] } with every message the stand-in recorded", () => {
    const bodies = messageBodies(standIn.rest.requests);
    expect(bodies.length).toBeGreaterThan(3);
    expect(bodies.filter((b) => JSON.stringify(b.allowed_mentions) !== '{"parse":[]}')).toEqual([]);
  });
});
