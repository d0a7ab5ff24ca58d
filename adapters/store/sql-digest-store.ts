import { randomUUID } from "node:crypto";
import { DigestSchema } from "../../src/index.js";
import type {
  DigestPlatform,
  DigestStore,
  SlotClaim,
  SlotKind,
  SlotRecord,
  SlotStatus,
  SlotSummary,
  Subscription,
  SubscriptionInput,
  SubscriptionOrigin,
} from "./digest-store.js";
import { MIGRATIONS } from "./migrations.js";
import type { SqlDriver, SqlRow } from "./sql-driver.js";

// One implementation of the store over either database: every method is a single statement (or
// an idempotent pair), so atomicity comes from the database, not from locks in this process.

const SUBSCRIPTION_COLUMNS =
  "id, platform, channel, topic, cron, timezone, origin, created_by, created_at, paused, paused_reason, failures, last_error, last_error_at, checked_through";
const SLOT_COLUMNS =
  "subscription_id, slot, kind, status, owner, lease_until, claimed_at, digest, post_id, posted_at, error";
/** Rows per multi-row INSERT: well inside both databases' parameter limits. */
const BATCH = 500;

export async function openSqlDigestStore(driver: SqlDriver): Promise<DigestStore> {
  try {
    await driver.migrate(MIGRATIONS);
  } catch (error) {
    await driver.close().catch(() => {});
    throw error;
  }
  const subscription = async (id: string) =>
    toSubscription(
      (await driver.all(`SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE id = ?`, [id]))[0],
    );
  const remove = async (id: string) => {
    const removed = await driver.run("DELETE FROM subscriptions WHERE id = ?", [id]);
    await driver.run("DELETE FROM slots WHERE subscription_id = ?", [id]);
    return removed === 1;
  };
  const slotsWhere = async (where: string, params: (string | number)[]) =>
    (await driver.all(`SELECT ${SLOT_COLUMNS} FROM slots WHERE ${where}`, params)).map(toSlot);

  return {
    async createSubscription(input, now) {
      const inserted = await driver.run(
        `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 0, NULL, NULL, ?) ON CONFLICT (id) DO NOTHING`,
        [...inputValues(input), now, now],
      );
      return inserted === 1;
    },

    async syncConfigSubscriptions(inputs, now) {
      for (const input of inputs) {
        await driver.run(
          `INSERT INTO subscriptions (${SUBSCRIPTION_COLUMNS})
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, NULL, 0, NULL, NULL, ?)
           ON CONFLICT (id) DO UPDATE SET platform = excluded.platform, channel = excluded.channel,
             topic = excluded.topic, cron = excluded.cron, timezone = excluded.timezone, origin = excluded.origin`,
          [...inputValues(input), now, now],
        );
      }
      const keep = new Set(inputs.map((i) => i.id));
      const configured = await driver.all("SELECT id FROM subscriptions WHERE origin = 'config'");
      for (const row of configured) {
        const id = String(row.id);
        if (!keep.has(id)) await remove(id);
      }
    },

    getSubscription: subscription,

    async listSubscriptions() {
      const rows = await driver.all(
        `SELECT ${SUBSCRIPTION_COLUMNS} FROM subscriptions ORDER BY created_at, id`,
      );
      return rows.map((r) => toSubscription(r) as Subscription);
    },

    removeSubscription: remove,

    async setPaused(id, paused, reason, now) {
      if (paused) {
        await driver.run("UPDATE subscriptions SET paused = 1, paused_reason = ? WHERE id = ?", [reason, id]);
      } else {
        // Slots that fell while paused were not missed: the schedule starts again from now.
        await driver.run(
          `UPDATE subscriptions SET paused = 0, paused_reason = NULL, failures = 0, last_error = NULL,
             last_error_at = NULL, checked_through = CASE WHEN checked_through < ? THEN ? ELSE checked_through END
           WHERE id = ?`,
          [now, now, id],
        );
      }
      return subscription(id);
    },

    async markChecked(id, through) {
      await driver.run("UPDATE subscriptions SET checked_through = ? WHERE id = ? AND checked_through < ?", [
        through,
        id,
        through,
      ]);
    },

    async recordFailure(id, error, now, maxFailures) {
      await driver.run(
        `UPDATE subscriptions SET failures = failures + 1, last_error = ?, last_error_at = ?,
           paused = CASE WHEN failures + 1 >= ? THEN 1 ELSE paused END,
           paused_reason = CASE WHEN failures + 1 >= ? THEN 'failures' ELSE paused_reason END
         WHERE id = ?`,
        [error, now, maxFailures, maxFailures, id],
      );
      return subscription(id);
    },

    async clearFailures(id) {
      await driver.run(
        "UPDATE subscriptions SET failures = 0, last_error = NULL, last_error_at = NULL WHERE id = ? AND failures > 0",
        [id],
      );
    },

    async claimSlot(claim: SlotClaim) {
      const inserted = await driver.run(
        `INSERT INTO slots (subscription_id, slot, kind, status, owner, lease_until, claimed_at)
         VALUES (?, ?, ?, 'claimed', ?, ?, ?) ON CONFLICT (subscription_id, slot) DO NOTHING`,
        [claim.subscriptionId, claim.slot, claim.kind, claim.owner, claim.leaseUntil, claim.now],
      );
      return inserted === 1;
    },

    async takeOverClaim(subscriptionId, slot, owner, now, leaseUntil) {
      const changed = await driver.run(
        `UPDATE slots SET owner = ?, lease_until = ?
         WHERE subscription_id = ? AND slot = ? AND status = 'claimed' AND lease_until < ?`,
        [owner, leaseUntil, subscriptionId, slot, now],
      );
      return changed === 1;
    },

    expiredClaims: (now) => slotsWhere("status = 'claimed' AND lease_until < ? ORDER BY slot", [now]),

    async saveDigest(subscriptionId, slot, digest) {
      await driver.run("UPDATE slots SET digest = ? WHERE subscription_id = ? AND slot = ?", [
        JSON.stringify(digest),
        subscriptionId,
        slot,
      ]);
    },

    async recordPost(subscriptionId, slot, postId, now) {
      await driver.run(
        `UPDATE slots SET status = 'posted', post_id = ?, posted_at = ?, lease_until = NULL, error = NULL
         WHERE subscription_id = ? AND slot = ?`,
        [postId, now, subscriptionId, slot],
      );
    },

    async recordSlotFailure(subscriptionId, slot, error, now) {
      await driver.run(
        `UPDATE slots SET status = 'failed', error = ?, posted_at = ?, lease_until = NULL
         WHERE subscription_id = ? AND slot = ?`,
        [error, now, subscriptionId, slot],
      );
    },

    async recordSkipped(subscriptionId, slots, now) {
      let inserted = 0;
      for (let i = 0; i < slots.length; i += BATCH) {
        const batch = slots.slice(i, i + BATCH);
        inserted += await driver.run(
          `INSERT INTO slots (subscription_id, slot, kind, status, claimed_at)
           VALUES ${batch.map(() => "(?, ?, 'scheduled', 'skipped', ?)").join(", ")}
           ON CONFLICT (subscription_id, slot) DO NOTHING`,
          batch.flatMap((slot) => [subscriptionId, slot, now]),
        );
      }
      return inserted;
    },

    async getSlot(subscriptionId, slot) {
      return (await slotsWhere("subscription_id = ? AND slot = ?", [subscriptionId, slot]))[0] ?? null;
    },

    async lastPostedDigest(subscriptionId) {
      const rows = await slotsWhere(
        "subscription_id = ? AND status = 'posted' AND digest IS NOT NULL ORDER BY posted_at DESC, slot DESC LIMIT 1",
        [subscriptionId],
      );
      return rows[0] ?? null;
    },

    async slotSummary(subscriptionId): Promise<SlotSummary> {
      const counts = await driver.all(
        "SELECT status, COUNT(*) AS n, MAX(slot) AS latest FROM slots WHERE subscription_id = ? GROUP BY status",
        [subscriptionId],
      );
      const of = (status: SlotStatus) => counts.find((c) => c.status === status);
      const posted = await slotsWhere(
        "subscription_id = ? AND status = 'posted' ORDER BY posted_at DESC, slot DESC LIMIT 1",
        [subscriptionId],
      );
      return {
        lastPosted: posted[0] ?? null,
        skipped: Number(of("skipped")?.n ?? 0),
        lastSkipped: (of("skipped")?.latest as string | undefined) ?? null,
        failed: Number(of("failed")?.n ?? 0),
      };
    },

    listSlots: (subscriptionId, limit) =>
      slotsWhere("subscription_id = ? ORDER BY slot DESC LIMIT ?", [subscriptionId, limit]),

    async addNotice(platform, userId, text, now) {
      await driver.run(
        "INSERT INTO notices (id, platform, user_id, text, created_at) VALUES (?, ?, ?, ?, ?)",
        [randomUUID(), platform, userId, text, now],
      );
    },

    async takeNotices(platform, userId) {
      const rows = await driver.all(
        "SELECT id, text FROM notices WHERE platform = ? AND user_id = ? ORDER BY created_at, id",
        [platform, userId],
      );
      const taken: string[] = [];
      // Deleting one by one means two instances answering the same user never show a notice twice.
      for (const row of rows) {
        if ((await driver.run("DELETE FROM notices WHERE id = ?", [String(row.id)])) === 1) {
          taken.push(String(row.text));
        }
      }
      return taken;
    },

    close: () => driver.close(),
  };
}

function inputValues(i: SubscriptionInput): (string | null)[] {
  return [i.id, i.platform, i.channel, i.topic, i.cron, i.timezone, i.origin, i.createdBy];
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

function toSubscription(row: SqlRow | undefined): Subscription | null {
  if (!row) return null;
  return {
    id: String(row.id),
    platform: row.platform as DigestPlatform,
    channel: String(row.channel),
    topic: String(row.topic),
    cron: String(row.cron),
    timezone: String(row.timezone),
    origin: row.origin as SubscriptionOrigin,
    createdBy: text(row.created_by),
    createdAt: String(row.created_at),
    paused: Number(row.paused) === 1,
    pausedReason: text(row.paused_reason) as Subscription["pausedReason"],
    failures: Number(row.failures),
    lastError: text(row.last_error),
    lastErrorAt: text(row.last_error_at),
    checkedThrough: String(row.checked_through),
  };
}

/** What we wrote ourselves, but validated anyway: a hand-edited row must not crash a digest. */
function parseDigest(json: string) {
  try {
    return DigestSchema.safeParse(JSON.parse(json)).data ?? null;
  } catch {
    return null;
  }
}

function toSlot(row: SqlRow): SlotRecord {
  return {
    subscriptionId: String(row.subscription_id),
    slot: String(row.slot),
    kind: row.kind as SlotKind,
    status: row.status as SlotStatus,
    owner: text(row.owner),
    leaseUntil: text(row.lease_until),
    claimedAt: String(row.claimed_at),
    digest: row.digest ? parseDigest(String(row.digest)) : null,
    postId: text(row.post_id),
    postedAt: text(row.posted_at),
    error: text(row.error),
  };
}
