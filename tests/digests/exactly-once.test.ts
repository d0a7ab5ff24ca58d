import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import { digestKey } from "../../adapters/schedule/digest-poster.js";
import { DIGEST_EVENT } from "../../adapters/slack/digest-poster.js";
import { renderSlackMessages } from "../../adapters/slack/render/render-messages.js";
import type { DigestStore, SlotRecord } from "../../adapters/store/digest-store.js";
import { openDigestStore } from "../../adapters/store/open-store.js";
import type { Digest } from "../../src/index.js";
import { waitUntil } from "../helpers/wait.js";
import {
  BOT_TOKEN as DISCORD_TOKEN,
  type DiscordStandIn,
  IDS,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { SIGNING_SECRET, BOT_TOKEN as SLACK_TOKEN, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";
import { postgresAdminUrl, postgresReachable, withDatabase } from "../store/postgres-test-server.js";

// Exactly once, for real: bot processes on one database post digests to the local Slack and
// Discord stand-ins; one is SIGKILLed after its post reached Slack but before it recorded it,
// another after its post reached Discord. Counted from what the stand-ins recorded.

const root = join(import.meta.dirname, "..", "..");
const BOT = join(import.meta.dirname, "exactly-once", "digest-bot.ts");
const EPOCH = Date.parse("2024-03-04T08:00:30Z");
const SPEED = 60; // one virtual minute per real second: a slot a second per subscription
const LEASE_MS = 3 * 60_000; // three virtual minutes: a dead owner's claim is resumed ~3 s later
const SLACK_CHANNEL = "C0DIGESTS";

let slack: SlackStandIn;
let discord: DiscordStandIn;
interface TestDatabase {
  kind: string;
  env: Record<string, string>;
  drop(): Promise<void>;
}
let database: TestDatabase;
let realStart: number;
const bots = new Map<number, ChildProcess>();
let processes = 0;
const starting: Promise<ChildProcess>[] = [];
let kills = 0;

async function createDatabase(): Promise<TestDatabase> {
  if (await postgresReachable()) {
    const name = `deskbrief_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client(postgresAdminUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    return {
      kind: "PostgreSQL",
      env: { DATABASE_URL: withDatabase(name) },
      async drop() {
        const client = new pg.Client(postgresAdminUrl);
        await client.connect();
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await client.end();
      },
    };
  }
  // Many hosts on one database is what PostgreSQL is for: CI must run it, never fall back silently.
  if (process.env.CI) throw new Error(`PostgreSQL is unreachable at ${postgresAdminUrl} under CI`);
  const dir = mkdtempSync(join(tmpdir(), "deskbrief-once-"));
  return {
    kind: "SQLite",
    env: { DATA_DIR: dir },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

const openStore = async (): Promise<DigestStore> =>
  (await openDigestStore({ DATA_DIR: database.env.DATA_DIR ?? "", DATABASE_URL: database.env.DATABASE_URL }))
    .store;
const virtualNow = () => new Date(EPOCH + (Date.now() - realStart) * SPEED).toISOString();

async function startBot(): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", BOT], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? "",
      CORPUS_DIR: join(root, "tests", "fixtures", "seeds"),
      SLACK_BOT_TOKEN: SLACK_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: slack.apiUrl,
      DISCORD_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: discord.rest.apiUrl,
      BOT_EPOCH: String(EPOCH),
      BOT_REAL_START: String(realStart),
      BOT_SPEED: String(SPEED),
      BOT_LEASE_MS: String(LEASE_MS),
      ...database.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  processes += 1;
  bots.set(child.pid ?? 0, child);
  child.once("exit", () => bots.delete(child.pid ?? 0));
  let out = "";
  let err = "";
  child.stderr?.on("data", (d) => {
    err += String(d);
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on("data", (d) => {
      out += String(d);
      if (out.includes("ready")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`bot exited with ${code}: ${err}`)));
  });
  return child;
}

/**
 * Kills (SIGKILL) the process whose claim `key` is while its post is held, releases the held answers
 * (for the surviving process) and starts a replacement, as a restart would.
 */
async function killClaimant(store: DigestStore, subscriptionId: string, key: string, release: () => void) {
  const slot = (await store.listSlots(subscriptionId, 200)).find(
    (s) => digestKey(subscriptionId, s.slot) === key,
  );
  expect(slot?.status).toBe("claimed");
  const pid = Number(slot?.owner?.replace("bot-", ""));
  const victim = bots.get(pid);
  expect(victim).toBeDefined();
  const gone = once(victim as ChildProcess, "exit");
  victim?.kill("SIGKILL");
  await gone;
  kills += 1;
  release();
  // The replacement starts in the background while the surviving instance carries on.
  starting.push(startBot());
}

/** The slots of a subscription the store shows posted. */
const posted = async (store: DigestStore, subscriptionId: string) =>
  (await store.listSlots(subscriptionId, 1000)).filter((s) => s.status === "posted");

beforeAll(async () => {
  slack = await SlackStandIn.start();
  discord = await startDiscordStandIn();
  // Discord's nonce memory lasts "a few minutes"; here it forgets at once, so only reading the
  // channel before re-sending can keep a resumed digest from being posted twice.
  discord.rest.nonceMemoryMs = 0;
  database = await createDatabase();
});

afterAll(async () => {
  for (const child of bots.values()) child.kill("SIGKILL");
  await slack?.close();
  await discord?.close();
  await database?.drop();
});

describe("exactly once across processes, crashes and both platforms", () => {
  it("posts every slot exactly once, counted from what the stand-ins recorded", {
    timeout: 240_000,
  }, async () => {
    realStart = Date.now();
    const store = await openStore();
    try {
      await Promise.all([startBot(), startBot()]);
      const created = virtualNow();
      await store.createSubscription(
        {
          id: "slack-morning",
          platform: "slack",
          channel: SLACK_CHANNEL,
          topic: "strikes",
          cron: "* * * * *",
          timezone: "Europe/London",
          origin: "chat",
          createdBy: "U0EDITOR",
        },
        created,
      );
      await store.createSubscription(
        {
          id: "discord-morning",
          platform: "discord",
          channel: IDS.channel,
          topic: "strikes",
          cron: "* * * * *",
          timezone: "Asia/Kolkata",
          origin: "chat",
          createdBy: IDS.editor,
        },
        created,
      );
      await waitUntil("both subscriptions to post two slots", async () => {
        const counts = await Promise.all(["slack-morning", "discord-morning"].map((id) => posted(store, id)));
        return counts.every((slots) => slots.length >= 2);
      });

      // Crash 1: Slack has the first message of a digest, the process dies before recording it.
      const calls = slack.callsOf("chat.postMessage").length;
      const releaseSlack = slack.holdMethod("chat.postMessage");
      const held = await slack.waitFor(() => slack.callsOf("chat.postMessage").slice(calls)[0], 15_000);
      const slackKey = (held.params.metadata as { event_payload: { key: string } }).event_payload.key;
      await killClaimant(store, "slack-morning", slackKey, releaseSlack);
      const afterCrash = slack.callsOf("chat.postMessage").length;
      await waitUntil(
        "the surviving instance to post to Slack again",
        () => slack.callsOf("chat.postMessage").length > afterCrash,
      );

      // Crash 2: the same on Discord.
      const requests = discord.rest.requests.length;
      const releaseDiscord = discord.rest.holdChannelPosts();
      const post = await discord.rest.waitFor(
        (r) =>
          discord.rest.requests.indexOf(r) >= requests &&
          r.method === "POST" &&
          r.path.startsWith("/channels/"),
        15_000,
      );
      const discordKey = String((post.body as { nonce: string }).nonce).slice(0, -1);
      await killClaimant(store, "discord-morning", discordKey, releaseDiscord);

      // Both abandoned claims outlive their lease and are resumed, and both replacements are up.
      await Promise.all(starting);
      const resumed = async (id: string, key: string) =>
        (await posted(store, id)).some((s) => digestKey(id, s.slot) === key);
      await waitUntil(
        "both abandoned claims to be resumed and posted",
        async () =>
          (await resumed("slack-morning", slackKey)) && (await resumed("discord-morning", discordKey)),
        { timeoutMs: LEASE_MS / SPEED + 30_000 },
      );
      await Promise.all(
        [...bots.values()].map(async (child) => {
          const exited = once(child, "exit");
          child.kill("SIGTERM");
          await exited;
        }),
      );

      const slackSlots = await store.listSlots("slack-morning", 1000);
      const discordSlots = await store.listSlots("discord-morning", 1000);
      for (const slots of [slackSlots, discordSlots]) {
        expect(slots.filter((s) => s.status !== "posted")).toEqual([]);
        expectConsecutiveMinutes(slots);
      }
      expect(slackSlots.find((s) => digestKey("slack-morning", s.slot) === slackKey)?.status).toBe("posted");
      expect(discordSlots.find((s) => digestKey("discord-morning", s.slot) === discordKey)?.status).toBe(
        "posted",
      );

      // Slack: every part of every digest once, and the first part's ts is the recorded post id.
      const slackParts = (slack.channels.get(SLACK_CHANNEL) ?? []).map((m) => {
        const meta = m.metadata as { event_type: string; event_payload: { key: string; part: number } };
        expect(meta.event_type).toBe(DIGEST_EVENT);
        return { key: meta.event_payload.key, part: meta.event_payload.part, ts: m.ts };
      });
      expectEachPartOnce(
        slackParts,
        slackSlots,
        "slack-morning",
        (p) => p.ts,
        (digest) => renderSlackMessages({ kind: "digest", digest }),
      );

      // Discord: the same, from the messages it created (a repeated nonce creates none).
      const discordParts = (discord.rest.channelMessages.get(IDS.channel) ?? []).map((m) => ({
        key: String(m.nonce).slice(0, -1),
        part: Number.parseInt(String(m.nonce).slice(-1), 36),
        id: m.id,
      }));
      expectEachPartOnce(
        discordParts,
        discordSlots,
        "discord-morning",
        (p) => p.id,
        (digest) => renderDiscordMessages({ kind: "digest", digest }),
      );
      const sent = discord.rest.requests.filter(
        (r) => r.method === "POST" && r.path === `/channels/${IDS.channel}/messages`,
      );
      // Both resumed claims looked at the channel first, rather than trusting an idempotency key.
      const read = discord.rest.requests.filter(
        (r) => r.method === "GET" && r.path === `/channels/${IDS.channel}/messages`,
      );
      expect(read.length).toBeGreaterThan(0);
      expect(slack.callsOf("conversations.history").length).toBeGreaterThan(0);

      process.stderr.write(
        `exactly-once (${database.kind}): ${slackSlots.length + discordSlots.length} slots ` +
          `(${slackSlots.length} Slack, ${discordSlots.length} Discord), ${processes} processes, ${kills} SIGKILLs, ` +
          `${slackParts.length + discordParts.length} messages recorded by the stand-ins ` +
          `(${slackParts.length} Slack, ${discordParts.length} Discord; ${sent.length} Discord posts, ${read.length} channel reads), ` +
          `every slot posted once\n`,
      );
    } finally {
      await store.close();
    }
  });
});

function expectConsecutiveMinutes(slots: SlotRecord[]): void {
  const times = slots.map((s) => Date.parse(s.slot)).sort((a, b) => a - b);
  expect(times.length).toBeGreaterThan(5);
  times.slice(1).forEach((t, i) => {
    expect(t - (times[i] as number)).toBe(60_000);
  });
}

function expectEachPartOnce<P extends { key: string; part: number }>(
  parts: P[],
  slots: SlotRecord[],
  subscriptionId: string,
  idOf: (p: P) => string,
  render: (digest: Digest) => unknown[],
): void {
  const seen = new Set(parts.map((p) => `${p.key}#${p.part}`));
  expect(seen.size).toBe(parts.length);
  const keys = new Set(parts.map((p) => p.key));
  expect([...keys].sort()).toEqual(slots.map((s) => digestKey(subscriptionId, s.slot)).sort());
  for (const slot of slots) {
    const key = digestKey(subscriptionId, slot.slot);
    const mine = parts.filter((p) => p.key === key).sort((a, b) => a.part - b.part);
    const expected = render(slot.digest as Digest).length;
    expect(mine.map((p) => p.part)).toEqual(Array.from({ length: expected }, (_, i) => i));
    expect(slot.postId).toBe(idOf(mine[0] as P));
  }
}
