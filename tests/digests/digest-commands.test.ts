import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discordCaller } from "../../adapters/discord/interactions/request.js";
import { SLACK_EDITOR_RULE } from "../../adapters/slack/context.js";
import { type Caller, type CommandOutcome, runCommand } from "../../src/index.js";
import { createHarness, subscription } from "../schedule/scheduler-harness.js";

type H = Awaited<ReturnType<typeof createHarness>>;
let h: H;
beforeEach(async () => {
  h = await createHarness("2024-03-04T07:00:00Z");
});
afterEach(async () => {
  await h.close();
});

const slackEditor: Caller = {
  platform: "slack",
  userId: "U0EDITOR",
  channelId: "C0NEWSDESK",
  isEditor: true,
  editorRule: SLACK_EDITOR_RULE,
};
const slackReporter: Caller = { ...slackEditor, userId: "U0REPORTER", isEditor: false };
// No permission bits: a member without Manage Channels, as the Discord adapter reads one.
const discordMember = discordCaller("4200000001", "9100000001", "0");

const run = (caller: Caller, text: string) =>
  runCommand({ corpus: h.corpus.state, caller, digests: h.port }, "digest", text);
const lines = (o: CommandOutcome) =>
  o.kind === "notice" ? [o.title, ...o.lines] : [o.kind, "message" in o ? o.message : ""];

describe("/digest permissions", () => {
  it.each(["add strikes daily 08:00", "remove morning", "pause morning", "resume morning", "now morning"])(
    "refuses /digest %s to a Slack member who is not an editor, saying who can",
    async (text) => {
      await h.store.createSubscription(subscription(), "2024-03-04T07:00:00.000Z");
      const outcome = await run(slackReporter, text);
      expect(outcome).toMatchObject({ kind: "notice", title: "Only editors can do that" });
      expect(lines(outcome)[1]).toContain(
        "On Slack, editors are the people and user groups listed in SLACK_EDITORS, and workspace admins.",
      );
      expect(await h.port.get("morning")).toMatchObject({ paused: false });
      expect(await h.port.list()).toHaveLength(1);
    },
  );

  it("refuses a Discord member without Manage Channels, naming that permission", async () => {
    const outcome = await run(discordMember, "add strikes daily 08:00 Europe/London");
    expect(lines(outcome)[1]).toBe(
      "Sorry, only editors can add digests. On Discord, editors are members with the Manage Channels permission. Ask one of them, or use /digest list to see what is scheduled.",
    );
    expect(await h.port.list()).toEqual([]);
  });

  it("lets anyone list", async () => {
    await h.store.createSubscription(subscription(), "2024-03-04T07:00:00.000Z");
    expect(lines(await run(slackReporter, "list"))[0]).toBe("Digests (1)");
  });
});

describe("/digest add", () => {
  it("adds a daily digest for this channel and says when the first one comes", async () => {
    const outcome = await run(slackEditor, "add strikes daily 08:00 Europe/London");
    const [created] = await h.port.list();
    expect(created).toMatchObject({
      topic: "strikes",
      cron: "0 8 * * *",
      timezone: "Europe/London",
      platform: "slack",
      channel: "C0NEWSDESK",
      createdBy: "U0EDITOR",
      origin: "chat",
      nextAt: "2024-03-04T08:00:00.000Z",
    });
    expect(created?.id).toMatch(/^strikes-[0-9a-f]{4}$/);
    expect(lines(outcome)).toEqual([
      "Digest added",
      `${created?.id}: "strikes" daily at 08:00 (Europe/London), in this channel.`,
      "First digest: Mon 4 Mar, 08:00.",
      `Manage it with /digest now ${created?.id}, /digest pause ${created?.id} or /digest remove ${created?.id}.`,
    ]);
  });

  it("takes a quoted cron pattern, with the curly quotes chat apps send", async () => {
    await run(slackEditor, "add strikes cron “0 8,17 * * 1-5” America/New_York");
    expect((await h.port.list())[0]).toMatchObject({ cron: "0 8,17 * * 1-5", timezone: "America/New_York" });
  });

  it.each([
    ["add strikes daily 08:00 Europe/Londn", '"Europe/Londn" is not a time zone I know'],
    [
      "add strikes daily 25:00",
      '"25:00" is not a time of day: use 24-hour HH:MM, e.g. /digest add strikes daily 08:00',
    ],
    ['add strikes cron "0 8 * *"', "it needs five fields (minute hour day month weekday)"],
    ['add strikes cron "0 8 * * 9"', 'is not a valid cron schedule: "9" in the weekday'],
    ["add strikes at 8", 'Add "daily HH:MM" or "cron PATTERN" after the topic.'],
    [
      "add strikes daily 08:00 Europe/London please",
      'I did not understand "Europe/London please" at the end.',
    ],
  ])("rejects %s with a helpful message and adds nothing", async (text, expected) => {
    const outcome = await run(slackEditor, text);
    expect(outcome).toMatchObject({ kind: "error", code: "bad_arguments" });
    expect(lines(outcome)[1]).toContain(expected);
    expect(lines(outcome)[1]).toMatch(/e\.g\./);
    expect(await h.port.list()).toEqual([]);
  });

  it("asks the console to add digests from a channel", async () => {
    const console: Caller = { platform: "console", userId: "console", channelId: "console", isEditor: true };
    expect(lines(await run(console, "add strikes daily 08:00"))[1]).toBe(
      "Digests post into a chat channel: run /digest add in that channel.",
    );
  });
});

describe("/digest list, pause, resume, remove, now and /status", () => {
  beforeEach(async () => {
    await h.store.createSubscription(subscription(), "2024-03-04T07:00:00.000Z");
    await h.store.syncConfigSubscriptions(
      [
        subscription({
          id: "ops-evening",
          origin: "config",
          createdBy: null,
          cron: "0 18 * * 1-5",
          platform: "discord",
        }),
      ],
      "2024-03-04T07:00:00.000Z",
    );
  });

  it("lists chat and configured digests with their schedule, channel and next run", async () => {
    expect(lines(await run(slackReporter, "list"))).toEqual([
      "Digests (2)",
      'morning: "strikes" daily at 08:00 (Europe/London) · Slack channel C0NEWSDESK · next Mon 4 Mar, 08:00 · not posted yet',
      'ops-evening: "strikes" cron "0 18 * * 1-5" (Europe/London) · Discord channel C0NEWSDESK · next Mon 4 Mar, 18:00 · not posted yet · from configuration',
    ]);
  });

  it("pauses and resumes a digest", async () => {
    expect(lines(await run(slackEditor, "pause morning"))[1]).toContain("· paused");
    expect(await h.port.get("morning")).toMatchObject({ paused: true, pausedReason: "editor" });
    expect(lines(await run(slackEditor, "resume morning"))[0]).toBe("Digest resumed");
    expect(await h.port.get("morning")).toMatchObject({ paused: false });
  });

  it("removes a chat digest but not a configured one", async () => {
    expect(lines(await run(slackEditor, "remove ops-evening"))[1]).toBe(
      "ops-evening comes from the bot's configuration (DIGESTS); remove it there, or pause it here.",
    );
    expect(lines(await run(slackEditor, "remove morning"))[0]).toBe("Digest removed");
    expect((await h.port.list()).map((s) => s.id)).toEqual(["ops-evening"]);
    expect(lines(await run(slackEditor, "remove morning"))[1]).toBe(
      'There is no digest "morning"; /digest list shows them.',
    );
  });

  it("posts a one-off digest now, into the subscription's channel", async () => {
    expect(lines(await run(slackEditor, "now morning"))[1]).toBe("morning was posted to channel C0NEWSDESK.");
    expect(h.poster.posts).toHaveLength(1);
    expect(h.poster.posts[0]?.digest.subscriptionId).toBe("morning");
  });

  it("posts a one-off at the very instant of a slot without taking that slot's place", async () => {
    h.set("2024-03-04T08:00:00Z");
    await run(slackEditor, "now morning");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(2);
    expect(new Set(h.poster.posts.map((p) => p.key)).size).toBe(2);
  });

  it("shows a failing digest to its creator on their next command, once", async () => {
    h.poster.allowDirect = false;
    h.poster.answers = [{ ok: false, permanent: true, reason: "not_in_channel" }];
    h.set("2024-03-04T08:00:00Z");
    await h.scheduler.tick();
    const first = lines(await run(slackEditor, "list"));
    expect(first[1]).toMatch(
      /^⚠ Your digest morning \("strikes"\) could not be posted to channel C0NEWSDESK: not_in_channel\./,
    );
    expect(first.join("\n")).toContain("FAILING: 1 failed post (last: not_in_channel)");
    expect(lines(await run(slackEditor, "list")).join("\n")).not.toContain("⚠");
  });

  it("/status shows the corpus size and each digest's last and next run and failures", async () => {
    h.set("2024-03-04T08:00:00Z");
    await h.scheduler.tick();
    const status = await runCommand(
      { corpus: h.corpus.state, caller: slackReporter, digests: h.port },
      "status",
      "",
    );
    expect(lines(status)).toEqual([
      "Status",
      `Corpus: ${h.corpus.state.ok ? h.corpus.state.service.documentCount() : 0} articles.`,
      "Digests: 2.",
      "morning (daily at 08:00 (Europe/London)): last Mon 4 Mar, 08:00, next Tue 5 Mar, 08:00",
      'ops-evening (cron "0 18 * * 1-5" (Europe/London)): last never, next Mon 4 Mar, 18:00',
    ]);
  });

  it("says digests are not running where no scheduler is", async () => {
    const outcome = await runCommand({ corpus: h.corpus.state, caller: slackEditor }, "digest", "list");
    expect(lines(outcome)[0]).toBe("Digests are not running here");
  });
});
