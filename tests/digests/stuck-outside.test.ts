import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../adapters/config.js";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { createLogger } from "../../adapters/log.js";
import { digestPosters } from "../../adapters/platforms.js";
import { digestKey } from "../../adapters/schedule/digest-poster.js";
import { createDigestScheduler } from "../../adapters/schedule/digest-scheduler.js";
import type { DigestStore, SubscriptionInput } from "../../adapters/store/digest-store.js";
import { openPostgresDriver } from "../../adapters/store/postgres-driver.js";
import { openSqlDigestStore } from "../../adapters/store/sql-digest-store.js";
import { openSqliteDriver } from "../../adapters/store/sqlite-driver.js";
import { createBriefingService } from "../../src/index.js";
import { SEEDS } from "../schedule/scheduler-harness.js";
import {
  BOT_TOKEN as DISCORD_TOKEN,
  type DiscordStandIn,
  IDS,
  startDiscordStandIn,
} from "../stand-ins/discord/index.js";
import { SIGNING_SECRET, BOT_TOKEN as SLACK_TOKEN, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";
import { TcpBlackHole } from "../stand-ins/tcp-black-hole.js";
import { postgresAdminUrl, postgresReachable, withDatabase } from "../store/postgres-test-server.js";

// What the outside world does when it fails without saying so: a Discord channel that answers 429
// for good, a post whose answer never comes, Discord forgetting a nonce, a PostgreSQL that accepts
// connections and never answers. The real scheduler and posters against the local stand-ins.

let slack: SlackStandIn;
let discord: DiscordStandIn;
const dir = mkdtempSync(join(tmpdir(), "deskbrief-stuck-"));
const logLines: string[] = [];
const log = createLogger("info", (l) => logLines.push(l));
let service: ReturnType<typeof createBriefingService>;
const now = { value: Date.parse("2024-03-04T07:59:30Z") };
const clock = () => new Date(now.value);
const minute = (m: number) => Date.parse("2024-03-04T08:00:00Z") + m * 60_000;

beforeAll(async () => {
  slack = await SlackStandIn.start();
  discord = await startDiscordStandIn();
  service = createBriefingService((await loadCorpusFolder(SEEDS)).documents, clock);
  service.brief("strikes");
});

afterAll(async () => {
  await slack?.close();
  await discord?.close();
  rmSync(dir, { recursive: true, force: true });
});

function config() {
  const parsed = parseConfig({
    SLACK_BOT_TOKEN: SLACK_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN,
    DISCORD_APPLICATION_ID: IDS.application,
    DISCORD_API_URL: discord.rest.apiUrl,
  });
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  return parsed.config;
}

const every = (id: string, platform: "slack" | "discord", channel: string): SubscriptionInput => ({
  id,
  platform,
  channel,
  topic: "strikes",
  cron: "* * * * *",
  timezone: "UTC",
  origin: "chat",
  createdBy: platform === "slack" ? "U0EDITOR" : IDS.editor,
});

function scheduler(store: DigestStore, options: { postTimeoutMs: number; leaseMs?: number }) {
  return createDigestScheduler({
    store,
    corpus: { state: () => ({ ok: true, service }) },
    posters: digestPosters(config()),
    clock,
    owner: `test-${randomBytes(2).toString("hex")}`,
    graceMs: 6 * 3_600_000,
    maxFailures: 3,
    log,
    leaseMs: options.leaseMs ?? 60_000,
    postTimeoutMs: options.postTimeoutMs,
  });
}

/** Digests (distinct keys) a channel received, from what the stand-ins recorded. */
const slackDigests = (channel: string) =>
  new Set(
    (slack.channels.get(channel) ?? []).map(
      (m) => (m.metadata as { event_payload: { key: string } }).event_payload.key,
    ),
  );
const discordDigests = (channel: string) =>
  new Set((discord.rest.channelMessages.get(channel) ?? []).map((m) => String(m.nonce).slice(0, -1)));

describe("a Discord channel rate-limited for good", () => {
  it("holds up no other channel: they get every slot, it is logged with its channel and marked failing", async () => {
    const STUCK_LONG = "900000000000000071";
    const STUCK_SHORT = "900000000000000072";
    discord.rest.stuckChannels.set(STUCK_LONG, 600); // one 429 longer than any post may wait
    discord.rest.stuckChannels.set(STUCK_SHORT, 1); // short 429s, again and again
    const store = await openSqlDigestStore(openSqliteDriver(join(dir, "rate.sqlite")));
    const created = new Date(now.value).toISOString();
    for (const sub of [
      every("slack-ok", "slack", "C0HEALTHY"),
      every("discord-ok", "discord", IDS.channel),
      every("stuck-long", "discord", STUCK_LONG),
      every("stuck-short", "discord", STUCK_SHORT),
    ])
      await store.createSubscription(sub, created);
    const s = scheduler(store, { postTimeoutMs: 4000 });
    const took: number[] = [];
    for (let m = 0; m < 4; m++) {
      now.value = minute(m) + 1000;
      const started = performance.now();
      await s.tick();
      took.push(Math.round(performance.now() - started));
    }
    expect(slackDigests("C0HEALTHY").size).toBe(4);
    expect(discordDigests(IDS.channel).size).toBe(4);
    for (const [id, channel] of [
      ["stuck-long", STUCK_LONG],
      ["stuck-short", STUCK_SHORT],
    ] as const) {
      const sub = await store.getSubscription(id);
      expect(sub).toMatchObject({ paused: true, pausedReason: "failures", failures: 3 });
      expect(sub?.lastError).toContain(`Discord rate-limits channel ${channel}`);
      expect(logLines.join("")).toMatch(new RegExp(`digest post failed .*channel="${channel}"`));
      expect(discordDigests(channel).size).toBe(0);
    }
    process.stderr.write(`ticks beside two rate-limited channels took ${took.join(", ")} ms\n`);
    await s.stop();
    await store.close();
  });

  it("stops at once with a post in flight that Discord never answers", async () => {
    const store = await openSqlDigestStore(openSqliteDriver(join(dir, "stop.sqlite")));
    now.value = minute(10) - 30_000;
    await store.createSubscription(
      every("hanging", "discord", IDS.channel),
      new Date(now.value).toISOString(),
    );
    const release = discord.rest.holdChannelPosts();
    const s = scheduler(store, { postTimeoutMs: 600_000 });
    now.value = minute(10) + 1000;
    const before = discord.rest.requests.length;
    const ticking = s.tick();
    await discord.rest.waitFor((r) => discord.rest.requests.indexOf(r) >= before && r.method === "POST");
    const started = performance.now();
    await s.stop();
    const stopMs = performance.now() - started;
    await ticking;
    release();
    expect((await store.listSlots("hanging", 5))[0]?.status).toBe("claimed"); // left to its lease
    expect(stopMs).toBeLessThan(3000);
    process.stderr.write(`scheduler stopped in ${stopMs.toFixed(0)} ms with a post hanging\n`);
    await store.close();
  });
});

describe("Discord forgets a nonce", () => {
  it("a resumed digest reads the channel and posts only the parts missing, not a second copy", async () => {
    const store = await openSqlDigestStore(openSqliteDriver(join(dir, "nonce.sqlite")));
    const channel = "900000000000000081";
    now.value = minute(20) - 30_000;
    await store.createSubscription(every("resumed", "discord", channel), new Date(now.value).toISOString());
    discord.rest.nonceMemoryMs = 0;
    try {
      // The first part reaches Discord, its answer never comes back: the post is abandoned.
      const release = discord.rest.holdChannelPosts();
      now.value = minute(20) + 1000;
      await scheduler(store, { postTimeoutMs: 1500 }).tick();
      release();
      const [slot] = await store.listSlots("resumed", 5);
      expect(slot?.status).toBe("claimed");
      expect(discord.rest.channelMessages.get(channel)).toHaveLength(1);

      // Long after any nonce memory: another instance takes the expired claim over.
      now.value = minute(20) + 1000 + 61_000;
      await scheduler(store, { postTimeoutMs: 4000 }).tick();
      const key = digestKey("resumed", slot?.slot ?? "");
      const parts = (discord.rest.channelMessages.get(channel) ?? [])
        .filter((m) => String(m.nonce).startsWith(key))
        .map((m) => String(m.nonce).slice(-1));
      expect(parts).toEqual([...new Set(parts)]); // no part twice
      const posted = await store.getSlot("resumed", slot?.slot ?? "");
      expect(posted?.status).toBe("posted");
      expect(posted?.postId).toBe(discord.rest.channelMessages.get(channel)?.[0]?.id);
      const read = discord.rest.requests.filter(
        (r) => r.method === "GET" && r.path === `/channels/${channel}/messages`,
      );
      expect(read.length).toBeGreaterThan(0);
    } finally {
      discord.rest.nonceMemoryMs = Number.POSITIVE_INFINITY;
      await store.close();
    }
  });
});

const pgUp = await postgresReachable();

describe.skipIf(!pgUp)("a PostgreSQL that accepts connections and never answers", () => {
  it("fails the ticks meanwhile without hanging, and digests resume as soon as it answers", {
    timeout: 60_000,
  }, async () => {
    const name = `deskbrief_test_${randomBytes(6).toString("hex")}`;
    const admin = new pg.Client(postgresAdminUrl);
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const target = new URL(postgresAdminUrl);
    const hole = await TcpBlackHole.start(target.hostname, Number(target.port || 5432));
    const url = new URL(withDatabase(name));
    url.hostname = "127.0.0.1";
    url.port = String(hole.port);
    const store = await openSqlDigestStore(
      openPostgresDriver(url.toString(), { connectMs: 1000, queryMs: 1500 }),
    );
    try {
      now.value = minute(30) - 30_000;
      await store.createSubscription(
        every("pg-slack", "slack", "C0PGDIGEST"),
        new Date(now.value).toISOString(),
      );
      const s = scheduler(store, { postTimeoutMs: 4000 });
      now.value = minute(30) + 1000;
      await s.tick();
      expect(slackDigests("C0PGDIGEST").size).toBe(1);

      hole.blackHoled = true;
      const hung: number[] = [];
      for (const m of [31, 32]) {
        now.value = minute(m) + 1000;
        const started = performance.now();
        const failed = await s.tick().then(
          () => "",
          (error: Error) => error.message,
        );
        hung.push(Math.round(performance.now() - started));
        expect(failed).toMatch(/timeout/i);
      }
      expect(slackDigests("C0PGDIGEST").size).toBe(1);

      hole.blackHoled = false;
      const healed = performance.now();
      now.value = minute(33) + 1000;
      await s.tick();
      const resumeMs = performance.now() - healed;
      // The slots that fell during the outage, and this one.
      expect(slackDigests("C0PGDIGEST").size).toBe(4);
      expect((await store.listSlots("pg-slack", 10)).map((x) => x.status)).toEqual([
        "posted",
        "posted",
        "posted",
        "posted",
      ]);
      process.stderr.write(
        `black-holed PostgreSQL: ticks failed in ${hung.join(", ")} ms; digests resumed ${resumeMs.toFixed(0)} ms after it answered again\n`,
      );
      await s.stop();
    } finally {
      await store.close().catch(() => {});
      await hole.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
