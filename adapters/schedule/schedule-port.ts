import { randomBytes } from "node:crypto";
import type { DigestPort, DigestPortResult, DigestSubscriptionView } from "../../src/index.js";
import type { DigestStore, Subscription } from "../store/digest-store.js";
import { checkSchedule, nextSlot } from "./cron-slots.js";
import type { DigestScheduler } from "./digest-scheduler.js";

// The core's DigestPort over the store and the scheduler.

export function createDigestPort(
  store: DigestStore,
  scheduler: DigestScheduler,
  clock: () => Date,
): DigestPort {
  const now = () => clock().toISOString();

  async function view(sub: Subscription): Promise<DigestSubscriptionView> {
    const summary = await store.slotSummary(sub.id);
    const next = sub.paused ? null : nextSlot(sub, clock().getTime());
    return {
      id: sub.id,
      platform: sub.platform,
      channel: sub.channel,
      topic: sub.topic,
      cron: sub.cron,
      timezone: sub.timezone,
      origin: sub.origin,
      createdBy: sub.createdBy,
      paused: sub.paused,
      pausedReason: sub.pausedReason,
      failures: sub.failures,
      lastError: sub.lastError,
      lastPostedAt: summary.lastPosted?.postedAt ?? null,
      nextAt: next === null ? null : new Date(next).toISOString(),
      skipped: summary.skipped,
      lastSkipped: summary.lastSkipped,
    };
  }

  const viewOf = async (sub: Subscription | null) => (sub ? view(sub) : null);

  return {
    async checkSchedule(cron, timezone): Promise<DigestPortResult<{ next: string | null }>> {
      const check = checkSchedule({ cron, timezone });
      if (!check.ok) return check;
      const next = nextSlot({ cron, timezone }, clock().getTime());
      return { ok: true, value: { next: next === null ? null : new Date(next).toISOString() } };
    },

    async add(request) {
      const check = checkSchedule(request);
      if (!check.ok) return check;
      if (!scheduler.platforms.includes(request.platform)) {
        return { ok: false, problem: `This bot has no ${request.platform} bot token to post digests with.` };
      }
      for (let attempt = 0; attempt < 5; attempt++) {
        const id = newId(request.topic);
        const input = { ...request, id, origin: "chat" as const };
        if (await store.createSubscription(input, now())) {
          return { ok: true, value: await view((await store.getSubscription(id)) as Subscription) };
        }
      }
      return { ok: false, problem: "Could not find a free id for the digest; try again." };
    },

    list: async () => Promise.all((await store.listSubscriptions()).map(view)),
    get: async (id) => viewOf(await store.getSubscription(id)),
    remove: (id) => store.removeSubscription(id),
    setPaused: async (id, paused) => viewOf(await store.setPaused(id, paused, "editor", now())),
    postNow: (id) => scheduler.postNow(id),
    takeNotices: (platform, userId) => store.takeNotices(platform, userId),
  };
}

/** "strikes-3f9a": the topic, readable, and a short random tail so two digests of one topic differ. */
function newId(topic: string): string {
  const slug =
    topic
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 24)
      .replace(/-+$/, "") || "digest";
  return `${slug}-${randomBytes(2).toString("hex")}`;
}
