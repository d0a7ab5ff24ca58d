import { type REST, type RESTPostAPIChannelMessageJSONBody, Routes } from "discord.js";
import { NO_MENTIONS } from "./interactions/responder.js";
import type { DiscordMessage } from "./render/render-messages.js";

/** Posts rendered messages into a channel as the bot (Post to channel, digests). */
export interface ChannelPoster {
  /** Posts in order; resolves with the number posted, or rejects with a PostError. */
  post(channelId: string, messages: DiscordMessage[]): Promise<number>;
}

export class PostError extends Error {
  constructor(
    readonly posted: number,
    override readonly cause: unknown,
  ) {
    super(`posted ${posted} message(s), then failed`);
    this.name = "PostError";
  }
}

/** The body of a channel message: always with mentions parsed off. */
export function channelMessageBody(message: DiscordMessage): RESTPostAPIChannelMessageJSONBody {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    allowed_mentions: NO_MENTIONS,
  };
}

export function restChannelPoster(rest: REST): ChannelPoster {
  return {
    async post(channelId, messages) {
      let posted = 0;
      for (const message of messages) {
        try {
          await rest.post(Routes.channelMessages(channelId), { body: channelMessageBody(message) });
        } catch (error) {
          throw new PostError(posted, error);
        }
        posted += 1;
      }
      return posted;
    },
  };
}
