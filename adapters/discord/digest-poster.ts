import { DiscordAPIError, REST, type RESTPostAPIChannelMessageResult, Routes } from "discord.js";
import type { Config } from "../config.js";
import type { DigestPoster, PostResult } from "../schedule/digest-poster.js";
import { NO_MENTIONS } from "./interactions/responder.js";
import { channelMessageBody } from "./post-to-channel.js";
import { escapeText } from "./render/escape.js";
import { LIMITS, shorten } from "./render/limits.js";
import { renderDiscordMessages } from "./render/render-messages.js";

// Posts scheduled digests into Discord channels, once: every message carries a nonce derived from
// (subscription, slot, part) with enforce_nonce, so Discord itself returns the existing message when
// a retry or a resumed claim sends it again (Discord checks nonces over the past few minutes).

/** Unknown Channel / Guild / User, Missing Access, Missing Permissions, Cannot send messages to this user. */
const PERMANENT_CODES = new Set([10003, 10004, 10013, 50001, 50013, 50007]);

export function createDiscordDigestPoster(config: Config): DigestPoster | null {
  if (!config.DISCORD_TOKEN) return null;
  const rest = new REST(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}).setToken(
    config.DISCORD_TOKEN,
  );

  const send = (channel: string, body: object) =>
    rest.post(Routes.channelMessages(channel), { body }) as Promise<RESTPostAPIChannelMessageResult>;

  return {
    async post({ channel, digest, key }): Promise<PostResult> {
      const messages = renderDiscordMessages({ kind: "digest", digest });
      let first = "";
      try {
        for (const [part, message] of messages.entries()) {
          const nonce = `${key}${part.toString(36)}`;
          const posted = await send(channel, { ...channelMessageBody(message), nonce, enforce_nonce: true });
          if (part === 0) first = posted.id;
        }
        return { ok: true, postId: first };
      } catch (error) {
        if (error instanceof DiscordAPIError) {
          const permanent =
            PERMANENT_CODES.has(Number(error.code)) || error.status === 403 || error.status === 404;
          return { ok: false, permanent, reason: `${error.message} (code ${error.code})` };
        }
        return {
          ok: false,
          permanent: false,
          reason: error instanceof Error ? error.message : String(error),
        };
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
