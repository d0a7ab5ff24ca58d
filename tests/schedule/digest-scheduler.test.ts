import { afterEach, describe, expect, it } from "vitest";
import { createHarness, subscription } from "./scheduler-harness.js";

type H = Awaited<ReturnType<typeof createHarness>>;
let h: H;
afterEach(async () => {
  await h.close();
});

const start = async (at: string, sub = subscription(), options = {}) => {
  h = await createHarness(at, options);
  await h.store.createSubscription(sub, new Date(h.now.value).toISOString());
  return h;
};

describe("digest scheduler (injected clock, real SQLite)", () => {
  it("posts a daily 08:00 London digest at 08:00 London time, once however often it ticks", async () => {
    await start("2024-01-15T07:00:00Z");
    await h.scheduler.tick();
    h.set("2024-01-15T07:59:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(0);
    h.set("2024-01-15T08:00:00Z");
    await Promise.all([h.scheduler.tick(), h.scheduler.tick()]);
    h.set("2024-01-15T08:01:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(1);
    expect(h.poster.posts[0]).toMatchObject({ channel: "C0NEWSDESK", resuming: false });
    expect(h.poster.posts[0]?.digest).toMatchObject({
      subscriptionId: "morning",
      since: null,
      topic: "strikes",
    });
    const [view] = await h.port.list();
    expect(view).toMatchObject({
      lastPostedAt: "2024-01-15T08:00:00.000Z",
      nextAt: "2024-01-16T08:00:00.000Z",
    });
  });

  it("honours the subscription's zone: 08:00 in New York is 13:00 UTC", async () => {
    await start("2024-01-15T12:00:00Z", subscription({ timezone: "America/New_York" }));
    h.set("2024-01-15T12:59:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(0);
    h.set("2024-01-15T13:00:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(1);
  });

  it("posts a 02:30 digest on the spring-forward day at 03:00, the next valid minute", async () => {
    await start("2024-03-10T06:00:00Z", subscription({ cron: "30 2 * * *", timezone: "America/New_York" }));
    h.set("2024-03-10T06:59:00Z"); // 01:59 EST
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(0);
    h.set("2024-03-10T07:00:00Z"); // 03:00 EDT: 02:30 never happened
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(1);
    expect((await h.store.listSlots("morning", 5)).map((s) => [s.slot, s.status])).toEqual([
      ["2024-03-10T07:00:00.000Z", "posted"],
    ]);
  });

  it("posts a slot missed while down once when it is within the grace window", async () => {
    await start("2024-01-14T20:00:00Z");
    h.set("2024-01-15T13:30:00Z"); // back up 5.5 h after 08:00, grace 6 h
    await h.scheduler.tick();
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(1);
    expect((await h.store.listSlots("morning", 5)).map((s) => [s.slot, s.status])).toEqual([
      ["2024-01-15T08:00:00.000Z", "posted"],
    ]);
  });

  it("records a slot missed beyond the grace window as skipped and /digest list says so", async () => {
    await start("2024-01-14T20:00:00Z");
    h.set("2024-01-16T14:30:00Z"); // 08:00 on the 15th and the 16th both over 6 h ago
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(0);
    const [view] = await h.port.list();
    expect(view).toMatchObject({ skipped: 2, lastSkipped: "2024-01-16T08:00:00.000Z", lastPostedAt: null });
    h.set("2024-01-17T08:00:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(1);
  });

  it("posts each slot missed within the grace window once, oldest first, and skips older ones", async () => {
    await start("2024-01-15T01:00:00Z", subscription({ cron: "0 * * * *" }));
    h.set("2024-01-15T09:30:00Z"); // down since 01:00; grace 6 h reaches back to 03:30
    await h.scheduler.tick();
    await h.scheduler.tick();
    const posted = (await h.store.listSlots("morning", 20)).filter((s) => s.status === "posted");
    expect(posted.map((s) => s.slot).reverse()).toEqual(
      ["04", "05", "06", "07", "08", "09"].map((hh) => `2024-01-15T${hh}:00:00.000Z`),
    );
    expect(h.poster.posts).toHaveLength(6);
    expect(await h.store.slotSummary("morning")).toMatchObject({
      skipped: 2,
      lastSkipped: "2024-01-15T03:00:00.000Z",
    });
  });

  it("posts nothing while paused, does not catch up on resume, and posts the next slot after", async () => {
    await start("2024-01-15T07:00:00Z");
    expect(await h.port.setPaused("morning", true)).toMatchObject({ paused: true, nextAt: null });
    h.set("2024-01-15T08:00:00Z");
    await h.scheduler.tick();
    h.set("2024-01-15T09:00:00Z");
    expect(await h.port.setPaused("morning", false)).toMatchObject({
      paused: false,
      nextAt: "2024-01-16T08:00:00.000Z",
    });
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(0);
    expect((await h.store.slotSummary("morning")).skipped).toBe(0);
    h.set("2024-01-16T08:00:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(1);
  });

  it("lets one of two instances on one database post each slot", async () => {
    await start("2024-01-15T07:59:00Z", subscription({ cron: "*/5 * * * *" }));
    const other = h.make(await h.anotherStore(), "second");
    for (let minute = 0; minute <= 30; minute++) {
      h.set(new Date(Date.parse("2024-01-15T08:00:00Z") + minute * 60_000).toISOString());
      await Promise.all([h.scheduler.tick(), other.tick()]);
    }
    expect(h.poster.posts.map((p) => p.key)).toHaveLength(7);
    expect(new Set(h.poster.posts.map((p) => p.key)).size).toBe(7);
  });

  it("resumes a claim whose owner died after its lease, posting what it had saved, flagged as resuming", async () => {
    await start("2024-01-15T07:00:00Z");
    h.set("2024-01-15T08:00:00Z");
    // The first instance claims and saves, then "dies" before recording: simulate by claiming by hand.
    await h.store.claimSlot({
      subscriptionId: "morning",
      slot: "2024-01-15T08:00:00.000Z",
      kind: "scheduled",
      owner: "dead",
      now: "2024-01-15T08:00:00.000Z",
      leaseUntil: "2024-01-15T08:01:00.000Z",
    });
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(0);
    h.set("2024-01-15T08:02:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts).toHaveLength(1);
    expect(h.poster.posts[0]?.resuming).toBe(true);
    expect(await h.store.getSlot("morning", "2024-01-15T08:00:00.000Z")).toMatchObject({ status: "posted" });
  });

  it("leads the next digest with the last one as its baseline", async () => {
    await start("2024-01-15T07:00:00Z");
    h.set("2024-01-15T08:00:00Z");
    await h.scheduler.tick();
    h.set("2024-01-16T08:00:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts[1]?.digest).toMatchObject({ since: "2024-01-15T08:00:00.000Z", changes: [] });
  });
});

describe("digest failures", () => {
  const gone = { ok: false as const, permanent: true, reason: "channel_not_found" };

  it("marks the subscription failing, tells its creator by direct message, and retries at the next slot", async () => {
    await start("2024-01-15T07:00:00Z");
    h.poster.answers = [gone];
    h.set("2024-01-15T08:00:00Z");
    await h.scheduler.tick();
    expect(await h.port.get("morning")).toMatchObject({
      failures: 1,
      lastError: "channel_not_found",
      paused: false,
    });
    expect(h.poster.direct).toEqual([
      {
        userId: "U0EDITOR",
        text: 'Your digest morning ("strikes") could not be posted to channel C0NEWSDESK: channel_not_found. It tries again at the next slot and pauses itself after 3 failures in a row.',
      },
    ]);
    h.set("2024-01-16T08:00:00Z");
    await h.scheduler.tick();
    expect(await h.port.get("morning")).toMatchObject({ failures: 0, lastError: null });
  });

  it("pauses itself after the configured number of failures in a row and says so on the creator's next command", async () => {
    await start("2024-01-15T07:00:00Z", subscription(), { maxFailures: 2 });
    h.poster.allowDirect = false;
    h.poster.answers = [gone, gone];
    for (const day of ["15", "16", "17"]) {
      h.set(`2024-01-${day}T08:00:00Z`);
      await h.scheduler.tick();
    }
    expect(h.poster.posts).toHaveLength(2);
    expect(await h.port.get("morning")).toMatchObject({
      paused: true,
      pausedReason: "failures",
      failures: 2,
    });
    const notices = await h.port.takeNotices("slack", "U0EDITOR");
    expect(notices).toHaveLength(2);
    expect(notices[1]).toBe(
      'Your digest morning ("strikes") failed 2 times in a row (channel_not_found) and has paused itself; fix the channel or the bot\'s access, then /digest resume morning.',
    );
  });

  it("keeps the claim of a post that failed for a passing reason and retries it through the lease", async () => {
    await start("2024-01-15T07:00:00Z");
    h.poster.answers = [{ ok: false, permanent: false, reason: "HTTP 503" }];
    h.set("2024-01-15T08:00:00Z");
    await h.scheduler.tick();
    h.set("2024-01-15T08:02:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts.map((p) => p.resuming)).toEqual([false, true]);
    expect(h.poster.posts[0]?.digest).toEqual(h.poster.posts[1]?.digest);
    expect(await h.port.get("morning")).toMatchObject({
      failures: 0,
      lastPostedAt: "2024-01-15T08:02:00.000Z",
    });
  });
});
