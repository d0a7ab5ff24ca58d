import type { Digest, DigestPlatformName } from "../../src/index.js";

// What the digest scheduler keeps between runs and shares between instances. Every method is one
// atomic step, so two bot processes on one database can call any of them at the same time.

/** A platform's key from `adapters/platforms.ts`; stored as text, so a new platform needs no migration. */
export type DigestPlatform = DigestPlatformName;

/** Chat-made subscriptions belong to the store; configured ones are re-synced at every start. */
export type SubscriptionOrigin = "chat" | "config";

export interface SubscriptionInput {
  id: string;
  platform: DigestPlatform;
  channel: string;
  topic: string;
  /** Five-field cron pattern, read in `timezone`. */
  cron: string;
  /** IANA time zone name. */
  timezone: string;
  origin: SubscriptionOrigin;
  /** The user who added it (null for configured digests): told when it fails. */
  createdBy: string | null;
}

export interface Subscription extends SubscriptionInput {
  createdAt: string;
  paused: boolean;
  pausedReason: "editor" | "failures" | null;
  /** Consecutive posts that failed for good; reset by a successful post or a resume. */
  failures: number;
  lastError: string | null;
  lastErrorAt: string | null;
  /** Every slot up to this instant has been posted, claimed or recorded as skipped. */
  checkedThrough: string;
}

export type SlotStatus = "claimed" | "posted" | "skipped" | "failed";
export type SlotKind = "scheduled" | "one-off";

export interface SlotRecord {
  subscriptionId: string;
  /** The slot's instant (ISO, UTC); a one-off post is the instant it was asked for, then " now". */
  slot: string;
  kind: SlotKind;
  status: SlotStatus;
  owner: string | null;
  /** Until when the owner may finish posting; after it another instance resolves the claim. */
  leaseUntil: string | null;
  claimedAt: string;
  /** What the digest said, saved before posting so a resumed claim posts the same thing. */
  digest: Digest | null;
  postId: string | null;
  postedAt: string | null;
  error: string | null;
}

export interface SlotClaim {
  subscriptionId: string;
  slot: string;
  kind: SlotKind;
  owner: string;
  now: string;
  leaseUntil: string;
}

export interface SlotSummary {
  lastPosted: SlotRecord | null;
  skipped: number;
  lastSkipped: string | null;
  failed: number;
}

export interface DigestStore {
  /** Inserts a subscription; false when the id is taken. */
  createSubscription(input: SubscriptionInput, now: string): Promise<boolean>;
  /** Makes configured subscriptions match `inputs`: upserts them, deletes configured ones no longer listed. */
  syncConfigSubscriptions(inputs: SubscriptionInput[], now: string): Promise<void>;
  getSubscription(id: string): Promise<Subscription | null>;
  listSubscriptions(): Promise<Subscription[]>;
  /** Deletes the subscription and its slot history; false when there was none. */
  removeSubscription(id: string): Promise<boolean>;
  /** Pauses or resumes; a resume clears failures and restarts the schedule from `now`. */
  setPaused(
    id: string,
    paused: boolean,
    reason: "editor" | "failures",
    now: string,
  ): Promise<Subscription | null>;
  /** Moves the checked-through mark forward (never back). */
  markChecked(id: string, through: string): Promise<void>;
  /** Counts a post that failed for good; pauses the subscription when failures reach `maxFailures`. */
  recordFailure(id: string, error: string, now: string, maxFailures: number): Promise<Subscription | null>;
  clearFailures(id: string): Promise<void>;

  /** Claims a slot atomically; true for exactly one caller per (subscription, slot). */
  claimSlot(claim: SlotClaim): Promise<boolean>;
  /** Takes over a claim whose lease expired (its owner died or stalled); true for one caller. */
  takeOverClaim(
    subscriptionId: string,
    slot: string,
    owner: string,
    now: string,
    leaseUntil: string,
  ): Promise<boolean>;
  /** Claims whose lease expired before `now` and that were never recorded as posted. */
  expiredClaims(now: string): Promise<SlotRecord[]>;
  /** Saves what the digest says before it is posted. */
  saveDigest(subscriptionId: string, slot: string, digest: Digest): Promise<void>;
  /** Records the platform's id of the post: the slot is done. */
  recordPost(subscriptionId: string, slot: string, postId: string, now: string): Promise<void>;
  recordSlotFailure(subscriptionId: string, slot: string, error: string, now: string): Promise<void>;
  /** Records slots that will not be posted (missed beyond the grace window); returns how many were new. */
  recordSkipped(subscriptionId: string, slots: string[], now: string): Promise<number>;
  getSlot(subscriptionId: string, slot: string): Promise<SlotRecord | null>;
  /** The last digest actually posted for the subscription, the base of "what changed". */
  lastPostedDigest(subscriptionId: string): Promise<SlotRecord | null>;
  slotSummary(subscriptionId: string): Promise<SlotSummary>;
  /** Newest first. */
  listSlots(subscriptionId: string, limit: number): Promise<SlotRecord[]>;

  /** Messages waiting for a user's next command (e.g. "your digest is failing"). */
  addNotice(platform: string, userId: string, text: string, now: string): Promise<void>;
  /** Returns and removes the waiting messages, oldest first. */
  takeNotices(platform: string, userId: string): Promise<string[]>;

  close(): Promise<void>;
}
