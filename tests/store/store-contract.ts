import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { DigestStore, SubscriptionInput } from "../../adapters/store/digest-store.js";
import { MIGRATIONS } from "../../adapters/store/migrations.js";
import type { Digest } from "../../src/index.js";

// One suite, every store: SQLite and PostgreSQL must behave the same for the scheduler.

/** A fresh, empty database; `open` may be called more than once to act as several bot instances. */
export interface TestDatabase {
  open(): Promise<DigestStore>;
  appliedMigrations(): Promise<number>;
  drop(): Promise<void>;
}

const T0 = "2024-03-04T08:00:00.000Z";
const T1 = "2024-03-04T08:01:00.000Z";
const T2 = "2024-03-04T08:05:00.000Z";

const subscription = (over: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  id: "strikes-1",
  platform: "slack",
  channel: "C0NEWSDESK",
  topic: "strikes",
  cron: "0 8 * * *",
  timezone: "Europe/London",
  origin: "chat",
  createdBy: "U0EDITOR",
  ...over,
});

const digest = (topic: string): Digest => ({
  schema: "digest/v1",
  subscriptionId: "strikes-1",
  topic,
  generatedAt: T0,
  since: null,
  changes: [
    { kind: "new-report", text: "New report from Example Wire", citations: [{ doc: "a", quote: "q" }] },
  ],
  briefing: {
    schema: "briefing/v1",
    topic,
    generatedAt: T0,
    headline: "Headline",
    documents: [],
    summary: [{ text: "A sentence.", citations: [{ doc: "a", quote: "A sentence." }] }],
    events: [],
    reactions: [],
    discrepancies: [],
  },
});

const claim = (owner: string, slot = T0) => ({
  subscriptionId: "strikes-1",
  slot,
  kind: "scheduled" as const,
  owner,
  now: T0,
  leaseUntil: T1,
});

export function describeStoreContract(name: string, createDatabase: () => Promise<TestDatabase>): void {
  describe(`digest store contract: ${name}`, () => {
    let db: TestDatabase;
    let store: DigestStore;
    const others: DigestStore[] = [];
    const openAnother = async () => {
      const s = await db.open();
      others.push(s);
      return s;
    };

    beforeEach(async () => {
      db = await createDatabase();
      store = await db.open();
    });
    afterEach(async () => {
      await Promise.all([store, ...others.splice(0)].map((s) => s.close()));
      await db.drop();
    });

    it("runs each migration once when two instances open a fresh database together", async () => {
      const fresh = await createDatabase();
      try {
        const opened = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
        await Promise.all(opened.map((s) => s.close()));
        expect(await fresh.appliedMigrations()).toBe(MIGRATIONS.length);
      } finally {
        await fresh.drop();
      }
    });

    it("keeps a subscription with its creator, zone and schedule, and refuses a taken id", async () => {
      expect(await store.createSubscription(subscription(), T0)).toBe(true);
      expect(await store.createSubscription(subscription({ topic: "other" }), T0)).toBe(false);
      expect(await store.getSubscription("strikes-1")).toMatchObject({
        ...subscription(),
        createdAt: T0,
        paused: false,
        pausedReason: null,
        failures: 0,
        lastError: null,
        checkedThrough: T0,
      });
      expect(await store.getSubscription("nope")).toBeNull();
    });

    it("removes a subscription together with its slot history", async () => {
      await store.createSubscription(subscription(), T0);
      await store.createSubscription(subscription({ id: "other" }), T0);
      await store.claimSlot(claim("a"));
      expect(await store.removeSubscription("strikes-1")).toBe(true);
      expect(await store.removeSubscription("strikes-1")).toBe(false);
      expect((await store.listSubscriptions()).map((s) => s.id)).toEqual(["other"]);
      expect(await store.getSlot("strikes-1", T0)).toBeNull();
    });

    it("syncs configured digests: updates them, keeps their pause, drops unlisted ones, leaves chat ones", async () => {
      await store.createSubscription(subscription(), T0);
      const morning = subscription({ id: "morning", origin: "config", createdBy: null });
      await store.syncConfigSubscriptions([morning, subscription({ id: "evening", origin: "config" })], T0);
      await store.setPaused("morning", true, "editor", T1);
      await store.syncConfigSubscriptions([{ ...morning, cron: "0 9 * * *" }], T2);
      const all = await store.listSubscriptions();
      expect(all.map((s) => s.id).sort()).toEqual(["morning", "strikes-1"]);
      expect(await store.getSubscription("morning")).toMatchObject({ cron: "0 9 * * *", paused: true });
    });

    it("lets exactly one of many simultaneous claims on a slot win, across instances", async () => {
      await store.createSubscription(subscription(), T0);
      const other = await openAnother();
      const results = await Promise.all(
        Array.from({ length: 12 }, (_, i) => (i % 2 === 0 ? store : other).claimSlot(claim(`owner-${i}`))),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const winner = `owner-${results.indexOf(true)}`;
      expect(await store.getSlot("strikes-1", T0)).toMatchObject({ status: "claimed", owner: winner });
    });

    it("records the post id after the claim and keeps what the digest said for the next one", async () => {
      await store.createSubscription(subscription(), T0);
      expect(await store.lastPostedDigest("strikes-1")).toBeNull();
      await store.claimSlot(claim("a"));
      await store.saveDigest("strikes-1", T0, digest("strikes"));
      expect(await store.lastPostedDigest("strikes-1")).toBeNull();
      await store.recordPost("strikes-1", T0, "1700000000.000100", T1);
      const last = await store.lastPostedDigest("strikes-1");
      expect(last).toMatchObject({
        status: "posted",
        postId: "1700000000.000100",
        postedAt: T1,
        leaseUntil: null,
      });
      expect(last?.digest).toEqual(digest("strikes"));
      expect((await store.slotSummary("strikes-1")).lastPosted?.slot).toBe(T0);
    });

    it("hands an expired claim to exactly one other instance, never a live one", async () => {
      await store.createSubscription(subscription(), T0);
      await store.claimSlot(claim("dead"));
      expect(await store.expiredClaims(T0)).toEqual([]);
      expect(await store.takeOverClaim("strikes-1", T0, "b", T0, T2)).toBe(false);
      expect((await store.expiredClaims(T2)).map((c) => c.owner)).toEqual(["dead"]);
      const other = await openAnother();
      const wins = await Promise.all([
        store.takeOverClaim("strikes-1", T0, "b", T2, "2024-03-04T09:00:00.000Z"),
        other.takeOverClaim("strikes-1", T0, "c", T2, "2024-03-04T09:00:00.000Z"),
      ]);
      expect(wins.filter(Boolean)).toHaveLength(1);
      await store.recordPost("strikes-1", T0, "p1", T2);
      expect(await store.expiredClaims("2024-03-05T00:00:00.000Z")).toEqual([]);
    });

    it("records skipped slots once each and counts them", async () => {
      await store.createSubscription(subscription(), T0);
      const slots = Array.from({ length: 700 }, (_, i) =>
        new Date(Date.parse(T0) + i * 60_000).toISOString(),
      );
      expect(await store.recordSkipped("strikes-1", slots, T2)).toBe(700);
      expect(await store.recordSkipped("strikes-1", slots.slice(0, 3), T2)).toBe(0);
      const summary = await store.slotSummary("strikes-1");
      expect(summary).toMatchObject({ skipped: 700, lastSkipped: slots[699], failed: 0, lastPosted: null });
      expect(await store.claimSlot(claim("a"))).toBe(false);
    });

    it("counts failures, pauses itself at the limit, and a resume clears them and restarts from now", async () => {
      await store.createSubscription(subscription(), T0);
      await store.claimSlot(claim("a"));
      await store.recordSlotFailure("strikes-1", T0, "channel_not_found", T1);
      expect(await store.recordFailure("strikes-1", "channel_not_found", T1, 2)).toMatchObject({
        failures: 1,
        paused: false,
        lastError: "channel_not_found",
        lastErrorAt: T1,
      });
      expect(await store.recordFailure("strikes-1", "channel_not_found", T2, 2)).toMatchObject({
        failures: 2,
        paused: true,
        pausedReason: "failures",
      });
      expect((await store.slotSummary("strikes-1")).failed).toBe(1);
      const later = "2024-03-06T10:00:00.000Z";
      expect(await store.setPaused("strikes-1", false, "editor", later)).toMatchObject({
        paused: false,
        pausedReason: null,
        failures: 0,
        lastError: null,
        checkedThrough: later,
      });
    });

    it("clears the failure count after a good post", async () => {
      await store.createSubscription(subscription(), T0);
      await store.recordFailure("strikes-1", "missing_scope", T1, 5);
      await store.clearFailures("strikes-1");
      expect(await store.getSubscription("strikes-1")).toMatchObject({ failures: 0, lastError: null });
    });

    it("moves the checked-through mark forward only", async () => {
      await store.createSubscription(subscription(), T0);
      await store.markChecked("strikes-1", T2);
      await store.markChecked("strikes-1", T1);
      expect((await store.getSubscription("strikes-1"))?.checkedThrough).toBe(T2);
    });

    it("delivers a waiting notice to its user once, oldest first", async () => {
      await store.addNotice("slack", "U0EDITOR", "first", T0);
      await store.addNotice("slack", "U0EDITOR", "second", T1);
      await store.addNotice("discord", "U0EDITOR", "elsewhere", T1);
      const other = await openAnother();
      const [a, b] = await Promise.all([
        store.takeNotices("slack", "U0EDITOR"),
        other.takeNotices("slack", "U0EDITOR"),
      ]);
      expect([...a, ...b].sort()).toEqual(["first", "second"]);
      expect(await store.takeNotices("slack", "U0EDITOR")).toEqual([]);
      expect(await store.takeNotices("discord", "U0EDITOR")).toEqual(["elsewhere"]);
    });

    it("lists a subscription's slots newest first", async () => {
      await store.createSubscription(subscription(), T0);
      await store.claimSlot(claim("a", T0));
      await store.claimSlot(claim("a", T2));
      expect((await store.listSlots("strikes-1", 1)).map((s) => s.slot)).toEqual([T2]);
    });
  });
}
