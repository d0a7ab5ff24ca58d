import type { DigestPortResult } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import type {
  DigestPlatform,
  DigestStore,
  SlotKind,
  SlotRecord,
  Subscription,
} from "../store/digest-store.js";
import { slotsBetween } from "./cron-slots.js";
import { composeFor, failureNotice, postWithin } from "./digest-delivery.js";
import { type DigestPoster, digestKey } from "./digest-poster.js";

// The digest loop. Every instance runs it; the store decides who posts what:
//   claim (subscription, slot) → save what the digest says → post → record the post id.
// A claim whose owner died is taken over after its lease and re-posted through the platform's
// idempotency (Discord nonce and channel history, Slack history), so a slot is posted once, never
// twice, never silently lost. Each subscription is worked on by itself, so a channel that hangs or
// is rate-limited for good holds up only its own digests; and every post has a deadline.

export interface SchedulerOptions {
  store: DigestStore;
  corpus: CorpusSource;
  posters: Record<DigestPlatform, DigestPoster>;
  clock: () => Date;
  /** This instance's name in claims. */
  owner: string;
  /** A slot missed while down is still posted this long after it fell; older ones are recorded skipped. */
  graceMs: number;
  /** Consecutive failed posts after which a subscription pauses itself. */
  maxFailures: number;
  log: Logger;
  /** How long a claim's owner has to record its post before another instance takes over. */
  leaseMs?: number;
  /** How far back a long outage is examined for missed slots. */
  lookbackMs?: number;
  /**
   * How long one digest may take to post, in real time, before it is abandoned (aborted) and left
   * to its claim's lease; well inside the lease, so no other instance resumes a post still running.
   */
  postTimeoutMs?: number;
}

export interface DigestScheduler {
  /** Posts what is due, records what was missed, resolves abandoned claims. Calls never overlap. */
  tick(): Promise<void>;
  /** A one-off digest of the subscription, now. */
  postNow(id: string): Promise<DigestPortResult<{ channel: string }>>;
  /** Resolves when no tick or post is running (for a clean stop). */
  idle(): Promise<void>;
  /** Aborts the posts in flight (their claims are resumed by an instance that runs on), then waits for idle. */
  stop(): Promise<void>;
  /** The platforms this instance can post to. */
  platforms: DigestPlatform[];
}

const DEFAULT_LEASE_MS = 2 * 60_000;
const DEFAULT_POST_TIMEOUT_MS = 60_000;
const DEFAULT_LOOKBACK_MS = 7 * 24 * 3_600_000;
const iso = (t: number) => new Date(t).toISOString();

export function createDigestScheduler(options: SchedulerOptions): DigestScheduler {
  const { store, posters, log } = options;
  const leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
  const lookbackMs = options.lookbackMs ?? DEFAULT_LOOKBACK_MS;
  const postTimeoutMs = options.postTimeoutMs ?? DEFAULT_POST_TIMEOUT_MS;
  const stopping = new AbortController();
  let scanning: Promise<Promise<void>[]> | null = null;
  let rescan = false;
  /** Work in flight per subscription; `again` asks it to look once more when it is done. */
  const working = new Map<string, { done: Promise<void>; again: boolean }>();

  /** Starts what is due for every subscription not already being worked on; returns that work. */
  async function scanOnce(): Promise<Promise<void>[]> {
    const now = options.clock().getTime();
    const abandoned = new Map<string, SlotRecord[]>();
    for (const claim of await store.expiredClaims(iso(now))) {
      abandoned.set(claim.subscriptionId, [...(abandoned.get(claim.subscriptionId) ?? []), claim]);
    }
    const work: Promise<void>[] = [];
    for (const sub of await store.listSubscriptions()) {
      // Another instance with this platform connected will post it.
      if (!posters[sub.platform]) continue;
      const expired = abandoned.get(sub.id) ?? [];
      if (sub.paused && expired.length === 0) continue;
      work.push(workOn(sub.id, expired));
    }
    return work;
  }

  /** One subscription at a time, never two workers on it; a request meanwhile makes it look again. */
  function workOn(id: string, expired: SlotRecord[]): Promise<void> {
    const busy = working.get(id);
    if (busy) {
      busy.again = true;
      return busy.done;
    }
    const entry = { done: Promise.resolve(), again: false };
    entry.done = (async () => {
      try {
        let resume = expired;
        do {
          entry.again = false;
          const sub = await store.getSubscription(id);
          if (!sub) return;
          const now = options.clock().getTime();
          for (const claim of resume) await resolveAbandoned(sub, claim, now);
          resume = [];
          if (!sub.paused) await postDue(sub, now);
        } while (entry.again && !stopping.signal.aborted);
      } catch (error) {
        log.error("digest tick failed", { id, reason: (error as Error).message });
      } finally {
        working.delete(id);
      }
    })();
    working.set(id, entry);
    return entry.done;
  }

  async function postDue(sub: Subscription, now: number): Promise<void> {
    const from = Math.max(Date.parse(sub.checkedThrough), now - lookbackMs);
    const slots = slotsBetween(sub, from, now);
    if (slots.length === 0) return;
    const late = slots.filter((t) => now - t > options.graceMs);
    if (late.length > 0) {
      const recorded = await store.recordSkipped(sub.id, late.map(iso), iso(now));
      if (recorded > 0)
        log.warn("digest slots skipped", { id: sub.id, count: recorded, last: iso(late.at(-1) ?? now) });
    }
    // One at a time, so a claim's lease runs while it is posted, not while earlier ones are.
    for (const t of slots.filter((t) => now - t <= options.graceMs)) {
      if (stopping.signal.aborted) return;
      if (await claim(sub.id, iso(t), "scheduled")) await deliver(sub, iso(t), false);
    }
    // Marked only after the claims: from here the claim rows, not this process, carry the slots.
    await store.markChecked(sub.id, iso(now));
  }

  /** The lease starts when the claim is made, not when the tick began. */
  const claim = (subscriptionId: string, slot: string, kind: SlotKind) => {
    const now = options.clock().getTime();
    return store.claimSlot({
      subscriptionId,
      slot,
      kind,
      owner: options.owner,
      now: iso(now),
      leaseUntil: iso(now + leaseMs),
    });
  };

  async function resolveAbandoned(sub: Subscription, abandoned: SlotRecord, now: number): Promise<void> {
    const took = await store.takeOverClaim(
      sub.id,
      abandoned.slot,
      options.owner,
      iso(now),
      iso(now + leaseMs),
    );
    if (!took) return;
    log.warn("resolving an abandoned digest claim", {
      id: sub.id,
      slot: abandoned.slot,
      owner: abandoned.owner,
    });
    if (abandoned.kind === "scheduled" && now - Date.parse(abandoned.slot) > options.graceMs) {
      await store.recordSlotFailure(
        sub.id,
        abandoned.slot,
        "not posted: its instance stopped and the grace window passed",
        iso(now),
      );
      return;
    }
    await deliver(sub, abandoned.slot, true);
  }

  async function deliver(
    sub: Subscription,
    slot: string,
    resuming: boolean,
  ): Promise<DigestPortResult<string>> {
    const poster = posters[sub.platform];
    if (!poster) return { ok: false, problem: `this instance is not connected to ${sub.platform}` };
    // A resumed claim posts what was saved, so a platform-side duplicate check sees the same message.
    let digest = resuming ? (await store.getSlot(sub.id, slot))?.digest : null;
    if (!digest) {
      const composed = await composeFor(sub, options.corpus, store);
      if (!composed.ok) return fail(sub, slot, composed.problem);
      digest = composed.value;
      await store.saveDigest(sub.id, slot, digest);
    }
    const request = { channel: sub.channel, digest, key: digestKey(sub.id, slot), resuming };
    const result = await postWithin(poster, request, postTimeoutMs, stopping.signal);
    const now = iso(options.clock().getTime());
    if (result.ok) {
      await store.recordPost(sub.id, slot, result.postId, now);
      await store.clearFailures(sub.id);
      log.info("digest posted", { id: sub.id, slot, post: result.postId, changes: digest.changes.length });
      return { ok: true, value: result.postId };
    }
    if (result.permanent) return fail(sub, slot, result.reason);
    // Worth retrying: the claim stays, its lease runs out, and the next tick resumes it.
    log.warn("digest post failed, will retry", {
      id: sub.id,
      slot,
      channel: sub.channel,
      reason: result.reason,
    });
    return { ok: false, problem: `the post failed (${result.reason}); it will be retried` };
  }

  async function fail(sub: Subscription, slot: string, reason: string): Promise<DigestPortResult<string>> {
    const now = iso(options.clock().getTime());
    await store.recordSlotFailure(sub.id, slot, reason, now);
    const updated = await store.recordFailure(sub.id, reason, now, options.maxFailures);
    const pausedItself = updated?.paused === true && updated.pausedReason === "failures";
    const message = failureNotice(sub, reason, pausedItself ? updated.failures : null, options.maxFailures);
    log.error(pausedItself ? "digest paused after failures" : "digest post failed", {
      id: sub.id,
      slot,
      platform: sub.platform,
      channel: sub.channel,
      reason,
    });
    if (sub.createdBy) await tell(sub, sub.createdBy, message);
    return { ok: false, problem: reason };
  }

  async function tell(sub: Subscription, userId: string, message: string): Promise<void> {
    const direct = await posters[sub.platform]?.notify(userId, message).catch(() => false);
    if (!direct) await store.addNotice(sub.platform, userId, message, iso(options.clock().getTime()));
  }

  function scanAll(): Promise<Promise<void>[]> {
    if (scanning) {
      rescan = true;
      return scanning;
    }
    scanning = (async () => {
      const work: Promise<void>[] = [];
      try {
        do {
          rescan = false;
          work.push(...(await scanOnce()));
        } while (rescan && !stopping.signal.aborted);
      } finally {
        scanning = null;
      }
      return work;
    })();
    return scanning;
  }

  const idle = async () => {
    await scanning?.catch(() => undefined);
    while (working.size > 0) await Promise.allSettled([...working.values()].map((w) => w.done));
  };

  return {
    async tick() {
      if (stopping.signal.aborted) return;
      await Promise.allSettled(await scanAll());
    },

    platforms: Object.keys(posters),

    idle,

    async stop() {
      stopping.abort();
      await idle();
    },

    async postNow(id) {
      const sub = await store.getSubscription(id);
      if (!sub) return { ok: false, problem: `There is no digest "${id}"; /digest list shows them.` };
      if (!posters[sub.platform]) {
        return {
          ok: false,
          problem: `This bot instance is not connected to ${sub.platform}, where ${id} posts.`,
        };
      }
      // Marked so it never takes the key of a scheduled slot falling at the same instant.
      const slot = `${iso(options.clock().getTime())} now`;
      if (!(await claim(sub.id, slot, "one-off"))) {
        return { ok: false, problem: "That digest is being posted right now." };
      }
      const posted = await deliver(sub, slot, false);
      return posted.ok
        ? { ok: true, value: { channel: sub.channel } }
        : { ok: false, problem: `The digest could not be posted: ${posted.problem}.` };
    },
  };
}
