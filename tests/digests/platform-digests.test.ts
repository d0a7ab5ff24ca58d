import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../adapters/config.js";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { type RunningDiscord, startDiscord } from "../../adapters/discord/start-discord.js";
import { createLogger } from "../../adapters/log.js";
import { digestPosters } from "../../adapters/platforms.js";
import { createDigestScheduler } from "../../adapters/schedule/digest-scheduler.js";
import { createDigestPort } from "../../adapters/schedule/schedule-port.js";
import { type RunningSlack, startSlack } from "../../adapters/slack/start-slack.js";
import type { DigestStore } from "../../adapters/store/digest-store.js";
import { openDigestStore } from "../../adapters/store/open-store.js";
import { createBriefingService } from "../../src/index.js";
import { SEEDS } from "../schedule/scheduler-harness.js";
import {
  BOT_TOKEN as DISCORD_TOKEN,
  type DiscordStandIn,
  IDS,
  InteractionSigner,
  slashCommand,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { sendSigned, slashCommandBody } from "../stand-ins/slack/signed-request.js";
import { SIGNING_SECRET, BOT_TOKEN as SLACK_TOKEN, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";

// /digest through the real Slack app and Discord interactions, and digests posted by the real
// posters, against the local stand-ins: refusals name who may, failures reach the creator.

const signer = new InteractionSigner();
const dir = mkdtempSync(join(tmpdir(), "deskbrief-platforms-"));
const now = { value: Date.parse("2024-03-04T07:30:00Z") };
const clock = () => new Date(now.value);
let slackStandIn: SlackStandIn;
let discordStandIn: DiscordStandIn;
let slack: RunningSlack;
let discord: RunningDiscord;
let store: DigestStore;
let tick: () => Promise<void>;

beforeAll(async () => {
  slackStandIn = await SlackStandIn.start();
  discordStandIn = await startDiscordStandIn();
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slackStandIn.apiUrl,
    SLACK_EDITORS: "U0EDITOR",
    DISCORD_TOKEN,
    DISCORD_PUBLIC_KEY: signer.publicKeyHex,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: discordStandIn.rest.apiUrl,
    DATA_DIR: dir,
    DIGEST_MAX_FAILURES: "2",
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const config = parsed.config;
  const log = createLogger("error", () => {});
  const load = await loadCorpusFolder(SEEDS);
  const state = { ok: true as const, service: createBriefingService(load.documents, clock) };
  const corpus = { state: () => state };
  store = (await openDigestStore(config)).store;
  const scheduler = createDigestScheduler({
    store,
    corpus,
    posters: digestPosters(config),
    clock,
    owner: "test",
    graceMs: 6 * 3_600_000,
    maxFailures: config.DIGEST_MAX_FAILURES,
    log,
  });
  tick = () => scheduler.tick();
  const digests = createDigestPort(store, scheduler, clock);
  slack = await startSlack(config, corpus, log, { port: 0, digests });
  discord = await startDiscord(config, corpus, log, { listen: { host: "127.0.0.1", port: 0 }, digests });
});

afterAll(async () => {
  await slack?.stop();
  await discord?.stop();
  await store?.close();
  await slackStandIn?.close();
  await discordStandIn?.close();
  rmSync(dir, { recursive: true, force: true });
});

let n = 0;
async function slackDigest(userId: string, channelId: string, text: string): Promise<string> {
  const id = `digest-${++n}`;
  const body = slashCommandBody({
    command: "/digest",
    text,
    user_id: userId,
    channel_id: channelId,
    response_url: slackStandIn.responseUrl(id),
  });
  await sendSigned(`http://127.0.0.1:${slack.port}/slack/events`, body, { secret: SIGNING_SECRET });
  const [answer] = await slackStandIn.waitFor(
    () => slackStandIn.responsesTo(id).length > 0 && slackStandIn.responsesTo(id),
  );
  return JSON.stringify(answer?.body);
}

async function discordDigest(caller: "editor" | "reader", options: Record<string, string>): Promise<string> {
  const answer = await signer.send(
    discord.interactionsUrl ?? "",
    slashCommand("digest", options, { caller }),
  );
  return JSON.stringify(answer.body);
}

describe("/digest on Slack and Discord", () => {
  it("refuses a Slack member who is not in SLACK_EDITORS, saying who can, and adds nothing", async () => {
    const answer = await slackDigest("U0REPORTER", "C0NEWSDESK", "add strikes daily 08:00 Europe/London");
    expect(answer).toContain("Only editors can do that");
    expect(answer).toContain("listed in SLACK_EDITORS, and workspace admins");
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("refuses a Discord member without Manage Channels, naming the permission, and adds nothing", async () => {
    const answer = await discordDigest("reader", {
      action: "add",
      details: "strikes daily 08:00 Europe/London",
    });
    expect(answer).toContain("members with the Manage Channels permission");
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("rejects an impossible schedule with an example, on both platforms", async () => {
    expect(await slackDigest("U0EDITOR", "C0NEWSDESK", 'add strikes cron "0 8 31 2 *"')).toContain(
      "is not a valid cron schedule",
    );
    expect(
      await discordDigest("editor", { action: "add", details: "strikes daily 08:00 Mars/Base" }),
    ).toContain("is not a time zone I know");
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("runs a signed /digest add once when it is sent twice, and never when it is a day old", async () => {
    const interaction = slashCommand(
      "digest",
      { action: "add", details: "strikes daily 09:00 Europe/London" },
      { caller: "editor" },
    );
    const body = JSON.stringify(interaction);
    const headers = signer.headers(body);
    const post = (h: Record<string, string>) =>
      fetch(discord.interactionsUrl ?? "", { method: "POST", headers: h, body }).then((r) => r.status);
    expect(await post(headers)).toBe(200);
    expect(await post(headers)).toBe(401); // the same signed request, replayed
    expect(await store.listSubscriptions()).toHaveLength(1);

    const old = slashCommand("digest", { action: "remove", details: "x" }, { caller: "editor" });
    const oldBody = JSON.stringify(old);
    const dayAgo = String(Math.floor(Date.now() / 1000) - 86_400);
    const stale = await fetch(discord.interactionsUrl ?? "", {
      method: "POST",
      headers: signer.headers(oldBody, dayAgo),
      body: oldBody,
    });
    expect(stale.status).toBe(401);
    const ahead = String(Math.floor(Date.now() / 1000) + 600);
    const future = await fetch(discord.interactionsUrl ?? "", {
      method: "POST",
      headers: signer.headers(oldBody, ahead),
      body: oldBody,
    });
    expect(future.status).toBe(401);
    for (const s of await store.listSubscriptions()) await store.removeSubscription(s.id);
  });

  it("refuses a 100,000-character topic on both platforms at once, and stores nothing", async () => {
    const topic = "strikes ".repeat(12_500);
    let started = performance.now();
    const slackAnswer = await slackDigest("U0EDITOR", "C0NEWSDESK", `add ${topic} daily 08:00`);
    const slackMs = performance.now() - started;
    expect(slackAnswer).toContain("takes at most 1,000");
    started = performance.now();
    const discordAnswer = await discordDigest("editor", { action: "add", details: `${topic} daily 08:00` });
    const discordMs = performance.now() - started;
    expect(discordAnswer).toContain("The details of /digest must be at most 300 characters");
    const brief = await signer.send(discord.interactionsUrl ?? "", slashCommand("brief", { topic }));
    expect(JSON.stringify(brief.body)).toContain("The topic of /brief must be at most 200 characters");
    // Within Discord's and Slack's own 3 s: the refusal is the first answer, not a deferred one.
    for (const ms of [slackMs, discordMs, brief.ms]) expect(ms).toBeLessThan(3000);
    process.stderr.write(
      `100k-character topic refused: Slack ${slackMs.toFixed(0)} ms (command to answer), Discord /digest ${discordMs.toFixed(0)} ms, /brief ${brief.ms.toFixed(0)} ms\n`,
    );
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("adds a digest for an editor's channel on each platform and posts both at 08:00", async () => {
    // The topic tries to mention the channel: the failure DMs below quote it, and must not.
    expect(
      await slackDigest("U0EDITOR", "C0NEWSDESK", "add strikes <!here> daily 08:00 Europe/London"),
    ).toContain("Digest added");
    expect(
      await discordDigest("editor", { action: "add", details: "strikes daily 08:00 Europe/London" }),
    ).toContain("Digest added");
    const subs = await store.listSubscriptions();
    expect(subs.map((s) => [s.platform, s.channel, s.createdBy])).toEqual(
      expect.arrayContaining([
        ["slack", "C0NEWSDESK", "U0EDITOR"],
        ["discord", IDS.channel, IDS.editor],
      ]),
    );
    now.value = Date.parse("2024-03-04T08:00:00Z");
    await tick();
    const slackPosts = slackStandIn.channels.get("C0NEWSDESK") ?? [];
    expect(slackPosts.length).toBeGreaterThan(0);
    expect(JSON.stringify(slackPosts[0]?.blocks)).toContain("Digest: strikes");
    const discordPosts = discordStandIn.rest.channelMessages.get(IDS.channel) ?? [];
    expect(discordPosts.length).toBeGreaterThan(0);
    expect(String(discordPosts[0]?.nonce)).toHaveLength(25);
    for (const s of await store.listSubscriptions()) {
      expect((await store.slotSummary(s.id)).lastPosted?.postId).toBeTruthy();
    }
    expect(await slackDigest("U0REPORTER", "C0NEWSDESK", "list")).toContain("last Mon 4 Mar, 08:00");
  });

  it("tells each creator by direct message when the channel is gone, then pauses after the limit", async () => {
    slackStandIn.goneChannels.add("C0NEWSDESK");
    discordStandIn.rest.goneChannels.add(IDS.channel);
    for (const day of ["05", "06"]) {
      now.value = Date.parse(`2024-03-${day}T08:00:00Z`);
      await tick();
    }
    const slackDms = slackStandIn.channels.get("U0EDITOR") ?? [];
    expect(slackDms.map((m) => String(m.text))).toEqual([
      expect.stringContaining("could not be posted to channel C0NEWSDESK: channel_not_found"),
      expect.stringContaining("and has paused itself"),
    ]);
    const dm = discordStandIn.rest.requests.filter((r) => r.path === "/users/@me/channels");
    expect(dm.map((r) => r.body)).toContainEqual({ recipient_id: IDS.editor });
    const dmChannel = [...IDS.editor].reverse().join("");
    expect(discordStandIn.rest.channelMessages.get(dmChannel)?.map((m) => String(m.body.content))).toEqual([
      expect.stringContaining("Unknown Channel"),
      expect.stringContaining("and has paused itself"),
    ]);
    for (const s of await store.listSubscriptions()) {
      expect(s).toMatchObject({ paused: true, pausedReason: "failures", failures: 2 });
    }
    expect(await discordDigest("reader", { action: "list" })).toContain("PAUSED after 2 failed posts");
  });
});
