import { createHash } from "node:crypto";
import type { Digest } from "../../src/index.js";

// What the scheduler needs from a platform to deliver a digest; Slack and Discord each implement it.

export interface PostRequest {
  channel: string;
  digest: Digest;
  /** Unique per (subscription, slot), at most 24 characters: the platform's idempotency key or marker. */
  key: string;
  /** An earlier attempt may already have posted it (a crash between claim and record): look first. */
  resuming: boolean;
  /**
   * When the post must be over (epoch ms, real time), well before the claim's lease runs out: a
   * rate limit that lasts beyond it is a failure, not a wait, and requests still running are aborted.
   */
  deadline: number;
  /** Aborted at the deadline, or when the bot stops: the poster abandons its requests at once. */
  signal: AbortSignal;
}

export type PostResult =
  | { ok: true; postId: string }
  /** permanent: channel gone, bot removed, permission missing, rate limited past the lease; otherwise worth retrying. */
  | { ok: false; permanent: boolean; reason: string };

export interface DigestPoster {
  post(request: PostRequest): Promise<PostResult>;
  /** Tells a user privately (a direct message); false when the platform or the user does not allow it. */
  notify(userId: string, text: string): Promise<boolean>;
}

/** Discord nonces are at most 25 characters; leaving room for a one-digit part index. */
export function digestKey(subscriptionId: string, slot: string): string {
  return `dg${createHash("sha256").update(`${subscriptionId}\n${slot}`).digest("base64url").slice(0, 22)}`;
}
