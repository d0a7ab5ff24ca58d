import { setTimeout as sleep } from "node:timers/promises";
import { webApi } from "@slack/bolt";
import type { Config } from "../config.js";
import type { DigestPoster, PostResult } from "../schedule/digest-poster.js";
import { messageArgs } from "./deliver.js";
import { slackErrorCode } from "./errors.js";
import { escapeMrkdwn } from "./render/escape.js";
import { renderSlackMessages } from "./render/render-messages.js";

// Posts scheduled digests into Slack channels, once. Slack has no idempotency key, so every message
// carries the digest's key in its metadata (invisible to readers); a resumed claim first reads the
// channel's history for those keys and posts only the parts that are missing.

export const DIGEST_EVENT = "deskbrief_digest";

/** Slack errors that retrying will not fix: the channel, the bot's membership or its grants. */
const PERMANENT = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "channel_is_archived",
  "missing_scope",
  "no_permission",
  "restricted_action",
  "restricted_action_read_only_channel",
  "restricted_action_thread_only_channel",
  "restricted_action_non_threadable_channel",
  "not_allowed_token_type",
  "invalid_auth",
  "not_authed",
  "account_inactive",
  "token_revoked",
  "token_expired",
  "ekm_access_denied",
  "team_access_not_granted",
]);

/** How far before the digest was composed its messages may carry a timestamp (clock skew). */
const HISTORY_MARGIN_S = 120;

export function createSlackDigestPoster(config: Config): DigestPoster {
  // No client-side retries: a retry after a lost response would post twice. A failed post keeps
  // its claim, and the resumed attempt looks at the history before posting again.
  const client = new webApi.WebClient(config.SLACK_BOT_TOKEN, {
    ...(config.SLACK_API_URL ? { slackApiUrl: config.SLACK_API_URL } : {}),
    retryConfig: { retries: 0 },
    timeout: 15_000,
    // The client would otherwise sleep through any Retry-After, however long: we decide instead.
    rejectRateLimitedCalls: true,
  });

  /**
   * Calls Slack, waiting out a rate limit only while it ends before the deadline (a 429 means the
   * call did nothing, so repeating it is safe); stops waiting for an answer when `signal` aborts.
   */
  async function call<T>(deadline: number, signal: AbortSignal, request: () => Promise<T>): Promise<T> {
    for (;;) {
      signal.throwIfAborted();
      try {
        return await abortable(request(), signal);
      } catch (error) {
        const retryAfter = (error as { retryAfter?: unknown }).retryAfter;
        if (slackErrorCode(error) !== "slack_webapi_rate_limited_error" || typeof retryAfter !== "number")
          throw error;
        if (Date.now() + retryAfter * 1000 > deadline) throw new RateLimitedTooLong(retryAfter);
        await sleep(retryAfter * 1000, undefined, { signal });
      }
    }
  }

  /** Timestamps of the parts of this digest already in the channel, by part number. */
  async function postedParts(channel: string, key: string, since: string): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    const oldest = String(Date.parse(since) / 1000 - HISTORY_MARGIN_S);
    let cursor: string | undefined;
    do {
      const page = await client.conversations.history({
        channel,
        oldest,
        limit: 200,
        include_all_metadata: true,
        ...(cursor ? { cursor } : {}),
      });
      for (const m of page.messages ?? []) {
        const payload = m.metadata?.event_payload as { key?: unknown; part?: unknown } | undefined;
        if (m.metadata?.event_type === DIGEST_EVENT && payload?.key === key && typeof m.ts === "string") {
          found.set(Number(payload.part), m.ts);
        }
      }
      cursor = page.response_metadata?.next_cursor || undefined;
    } while (cursor);
    return found;
  }

  return {
    async post({ channel, digest, key, resuming, deadline, signal }): Promise<PostResult> {
      const messages = renderSlackMessages({ kind: "digest", digest });
      try {
        const posted = resuming
          ? await call(deadline, signal, () => postedParts(channel, key, digest.generatedAt))
          : new Map<number, string>();
        for (const [part, message] of messages.entries()) {
          if (posted.has(part)) continue;
          const result = await call(deadline, signal, () =>
            client.chat.postMessage({
              channel,
              ...messageArgs(message),
              unfurl_links: false,
              unfurl_media: false,
              metadata: { event_type: DIGEST_EVENT, event_payload: { key, part, parts: messages.length } },
            }),
          );
          if (result.ts) posted.set(part, result.ts);
        }
        return { ok: true, postId: posted.get(0) ?? "" };
      } catch (error) {
        if (error instanceof RateLimitedTooLong) {
          return {
            ok: false,
            permanent: true,
            reason: `Slack rate-limits channel ${channel} for ${error.seconds} s, longer than the post may wait`,
          };
        }
        if (signal.aborted) {
          return {
            ok: false,
            permanent: false,
            reason: `the post to channel ${channel} did not finish in time`,
          };
        }
        const code = slackErrorCode(error);
        return { ok: false, permanent: PERMANENT.has(code), reason: code };
      }
    },

    async notify(userId, text) {
      try {
        // Posting to a user id lands in the app's direct messages with that user. The text quotes
        // the subscription's topic, which is whatever the editor typed: escaped, it cannot mention.
        await client.chat.postMessage({ channel: userId, text: escapeMrkdwn(text) });
        return true;
      } catch {
        return false;
      }
    },
  };
}

class RateLimitedTooLong extends Error {
  constructor(readonly seconds: number) {
    super(`rate limited for ${seconds} s`);
  }
}

/** The promise, or a rejection as soon as `signal` aborts (the request itself runs on to its timeout). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}
