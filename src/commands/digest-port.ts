// What /digest and /status need from the scheduler and its store. The core defines it; the schedule
// adapter implements it (cron parsing, the database and posting live there, never in the core).

/** The key of the platform a digest posts to; the adapters keep the list, the core names none. */
export type DigestPlatformName = string;

/** One subscription as /digest list and /status show it. Instants are ISO (UTC). */
export interface DigestSubscriptionView {
  id: string;
  platform: DigestPlatformName;
  channel: string;
  topic: string;
  cron: string;
  timezone: string;
  /** "config" digests come from DIGESTS / DIGESTS_FILE and can only be changed there. */
  origin: "chat" | "config";
  createdBy: string | null;
  paused: boolean;
  pausedReason: "editor" | "failures" | null;
  /** Consecutive posts that failed for good. */
  failures: number;
  lastError: string | null;
  lastPostedAt: string | null;
  /** Null while paused, or when the schedule never comes round. */
  nextAt: string | null;
  skipped: number;
  lastSkipped: string | null;
}

export interface NewDigestSubscription {
  topic: string;
  cron: string;
  timezone: string;
  platform: DigestPlatformName;
  channel: string;
  createdBy: string;
}

export type DigestPortResult<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface DigestPort {
  /** Checks a cron pattern and time zone; the problem is one sentence with an example. */
  checkSchedule(cron: string, timezone: string): Promise<DigestPortResult<{ next: string | null }>>;
  add(request: NewDigestSubscription): Promise<DigestPortResult<DigestSubscriptionView>>;
  list(): Promise<DigestSubscriptionView[]>;
  get(id: string): Promise<DigestSubscriptionView | null>;
  remove(id: string): Promise<boolean>;
  setPaused(id: string, paused: boolean): Promise<DigestSubscriptionView | null>;
  /** Posts a one-off digest to the subscription's channel now. */
  postNow(id: string): Promise<DigestPortResult<{ channel: string }>>;
  /** Messages waiting for this user (e.g. a digest they created is failing), removed once taken. */
  takeNotices(platform: string, userId: string): Promise<string[]>;
}
