import {
  type APIInteractionResponse,
  InteractionResponseType,
  MessageFlags,
  type REST,
  type RESTPostAPIWebhookWithTokenJSONBody,
  Routes,
} from "discord.js";
import { NO_MENTIONS, type OutgoingMessage, type Responder } from "../interactions/responder.js";

const body = (m: OutgoingMessage, flags?: MessageFlags): RESTPostAPIWebhookWithTokenJSONBody => ({
  ...(m.content ? { content: m.content } : {}),
  embeds: m.embeds,
  components: m.components ?? [],
  allowed_mentions: NO_MENTIONS,
  ...(flags === undefined ? {} : { flags }),
});

/**
 * Answers an HTTP interaction: the first answer is the HTTP response itself; edits and follow-ups
 * go to the interaction's webhook, which needs no bot token.
 */
export function httpResponder(
  respond: (response: APIInteractionResponse) => Promise<void>,
  rest: REST,
  interaction: { applicationId: string; token: string },
): Responder {
  let answered = false;
  const first = (response: APIInteractionResponse) => {
    if (answered) throw new Error("this interaction already has its first answer");
    answered = true;
    return respond(response);
  };
  const webhook = Routes.webhook(interaction.applicationId, interaction.token);
  return {
    reply: (m) =>
      first({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: body(m, MessageFlags.Ephemeral),
      }),
    defer: () =>
      first({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: { flags: MessageFlags.Ephemeral },
      }),
    acknowledge: () => first({ type: InteractionResponseType.DeferredMessageUpdate }),
    suggest: (choices) =>
      first({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } }),
    editReply: async (m) => {
      await rest.patch(Routes.webhookMessage(interaction.applicationId, interaction.token, "@original"), {
        body: body(m),
        auth: false,
      });
    },
    followUp: async (m) => {
      await rest.post(webhook, { body: body(m, MessageFlags.Ephemeral), auth: false });
    },
  };
}
