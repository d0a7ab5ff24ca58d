import {
  DiscordAPIError,
  RateLimitError,
  REST,
  type RESTGetAPIChannelMessagesResult,
  type RESTPostAPIChannelMessageResult,
  Routes,
} from "discord.js";
import type { Config } from "../config.js";
import type { DigestPoster, PostResult } from "../schedule/digest-poster.js";
import { digestButtonRow, parseDigestCustomId } from "./interactions/digest-button.js";
import { NO_MENTIONS } from "./interactions/responder.js";
import { channelMessageBody } from "./post-to-channel.js";
import { escapeText } from "./render/escape.js";
import { LIMITS, shorten } from "./render/limits.js";
import { renderDiscordMessages } from "./render/render-messages.js";

// Posts scheduled digests into Discord channels, once. Every message carries a nonce derived from
// (subscription, slot, part) with enforce_nonce, so a retry within seconds returns the message
// Discord already has. Discord keeps nonces only "for the past few minutes", so a claim resumed
// later first reads the channel's recent messages (each part carries its key in its button) and
// posts only the parts that are missing: that needs the Read Message History permission.

/** Unknown Channel / Guild / User, Missing Access, Missing Permissions, Cannot send messages to this user. */
const PERMANENT_CODES = new Set([10003, 10004, 10013, 50001, 50013, 50007]);
/** How long one request may take; a post as a whole is bounded by its deadline. */
const REQUEST_TIMEOUT_MS = 10_000;
/** A direct message (a notice to a digest's creator) waits out a rate limit this long at most. */
const NOTIFY_BUDGET_MS = 30_000;
/** How far before the digest was composed its messages may be (clock skew between instances). */
const HISTORY_MARGIN_MS = 120_000;
/** Pages of 100 messages read when resuming: a channel this busy since the claim is not plausible. */
const HISTORY_PAGES = 20;
const DISCORD_EPOCH = 1420070400000n;

/** The smallest snowflake of an instant: messages after it were created after that instant. */
const snowflakeAt = (ms: number) => String((BigInt(Math.max(0, Math.floor(ms))) - DISCORD_EPOCH) << 22n);

export function createDiscordDigestPoster(config: Config): DigestPoster | null {
  if (!config.DISCORD_TOKEN) return null;
  /** Deadlines of the posts in flight, by channel (the rate limiter knows requests by channel). */
  const deadlines = new Map<string, number>();
  const rest = new REST({
    ...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
    timeout: REQUEST_TIMEOUT_MS,
    // A retried post is harmless (same nonce), but only once: the deadline bounds the rest.
    retries: 1,
    // discord.js would wait out any 429, however long: past the post's deadline it is a failure.
    rejectOnRateLimit: (limit) =>
      Date.now() + limit.retryAfter > (deadlines.get(limit.majorParameter) ?? Date.now() + NOTIFY_BUDGET_MS),
  }).setToken(config.DISCORD_TOKEN);

  const send = (channel: string, body: object, signal?: AbortSignal) =>
    rest.post(Routes.channelMessages(channel), {
      body,
      ...(signal ? { signal } : {}),
    }) as Promise<RESTPostAPIChannelMessageResult>;

  /** Ids of the parts of this digest already in the channel, by part number. */
  async function postedParts(
    channel: string,
    key: string,
    since: string,
    signal: AbortSignal,
  ): Promise<Map<number, string>> {
    const found = new Map<number, string>();
    let after = snowflakeAt(Date.parse(since) - HISTORY_MARGIN_MS);
    for (let page = 0; page < HISTORY_PAGES; page++) {
      const query = new URLSearchParams({ after, limit: "100" });
      const messages = (await rest.get(Routes.channelMessages(channel), {
        query,
        signal,
      })) as RESTGetAPIChannelMessagesResult;
      for (const m of messages) {
        for (const row of m.components ?? []) {
          for (const c of "components" in row ? row.components : []) {
            const marker = "custom_id" in c ? parseDigestCustomId(c.custom_id) : null;
            if (marker?.key === key) found.set(marker.part, m.id);
          }
        }
        if (BigInt(m.id) > BigInt(after)) after = m.id;
      }
      if (messages.length < 100) break;
    }
    return found;
  }

  return {
    async post({ channel, digest, key, resuming, deadline, signal }): Promise<PostResult> {
      const messages = renderDiscordMessages({ kind: "digest", digest });
      deadlines.set(channel, deadline);
      try {
        const posted = resuming
          ? await postedParts(channel, key, digest.generatedAt, signal)
          : new Map<number, string>();
        for (const [part, message] of messages.entries()) {
          if (posted.has(part)) continue;
          const body = {
            ...channelMessageBody(message),
            components: [digestButtonRow(digest.subscriptionId, key, part)],
            nonce: `${key}${part.toString(36)}`,
            enforce_nonce: true,
          };
          posted.set(part, (await send(channel, body, signal)).id);
        }
        return { ok: true, postId: posted.get(0) ?? "" };
      } catch (error) {
        return failure(error, channel, resuming);
      } finally {
        if (deadlines.get(channel) === deadline) deadlines.delete(channel);
      }
    },

    async notify(userId, text) {
      try {
        const dm = (await rest.post(Routes.userChannels(), { body: { recipient_id: userId } })) as {
          id: string;
        };
        await send(dm.id, {
          content: shorten(escapeText(text), LIMITS.content),
          allowed_mentions: NO_MENTIONS,
        });
        return true;
      } catch {
        return false;
      }
    },
  };
}

function failure(error: unknown, channel: string, resuming: boolean): PostResult {
  if (error instanceof RateLimitError) {
    return {
      ok: false,
      permanent: true,
      reason: `Discord rate-limits channel ${channel} for ${Math.ceil(error.retryAfter / 1000)} s, longer than the post may wait`,
    };
  }
  if (error instanceof DiscordAPIError) {
    const permanent = PERMANENT_CODES.has(Number(error.code)) || error.status === 403 || error.status === 404;
    const history =
      resuming && error.method === "GET" && permanent
        ? "; resuming a digest needs the View Channel and Read Message History permissions"
        : "";
    return { ok: false, permanent, reason: `${error.message} (code ${error.code})${history}` };
  }
  const aborted = error instanceof Error && error.name === "AbortError";
  return {
    ok: false,
    permanent: false,
    reason: aborted
      ? `the post to channel ${channel} did not finish in time`
      : error instanceof Error
        ? error.message
        : String(error),
  };
}
