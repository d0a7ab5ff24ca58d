import {
  type BaseMessageOptions,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
} from "discord.js";
import { type DiscordRequest, discordCaller } from "../interactions/request.js";
import { NO_MENTIONS, type OutgoingMessage, type Responder } from "../interactions/responder.js";

/** A discord.js interaction as the transport-neutral request. */
export function requestFromInteraction(interaction: Interaction): DiscordRequest {
  if (interaction.isAutocomplete()) {
    const focused = interaction.options.getFocused(true);
    return {
      kind: "autocomplete",
      name: interaction.commandName,
      option: focused.name,
      typed: String(focused.value),
    };
  }
  const caller = discordCaller(
    interaction.user.id,
    interaction.channelId ?? "",
    interaction.memberPermissions?.bitfield ?? null,
  );
  if (interaction.isChatInputCommand()) {
    const options: Record<string, string> = {};
    for (const option of interaction.options.data) {
      if (option.value !== undefined && option.value !== null) options[option.name] = String(option.value);
    }
    return { kind: "command", name: interaction.commandName, options, caller };
  }
  if (interaction.isButton()) return { kind: "button", customId: interaction.customId, caller };
  return { kind: "unsupported", type: interaction.type };
}

const options = (message: OutgoingMessage): BaseMessageOptions => ({
  content: message.content,
  embeds: message.embeds,
  components: message.components ?? [],
  allowedMentions: NO_MENTIONS,
});

const ephemeral = (
  message: OutgoingMessage,
): InteractionReplyOptions & { flags: MessageFlags.Ephemeral } => ({
  ...options(message),
  flags: MessageFlags.Ephemeral,
});

/** Answers through discord.js: callbacks, then the interaction webhook for edits and follow-ups. */
export function gatewayResponder(interaction: Interaction): Responder {
  const repliable = () => {
    if (!interaction.isRepliable())
      throw new Error(`interaction type ${interaction.type} cannot be replied to`);
    return interaction;
  };
  return {
    reply: async (m) => void (await repliable().reply(ephemeral(m))),
    defer: async () => void (await repliable().deferReply({ flags: MessageFlags.Ephemeral })),
    acknowledge: async () => {
      if (!interaction.isMessageComponent()) throw new Error("only a component click can be acknowledged");
      await interaction.deferUpdate();
    },
    editReply: async (m) => void (await repliable().editReply(options(m))),
    followUp: async (m) => void (await repliable().followUp(ephemeral(m))),
    suggest: async (choices) => {
      if (!interaction.isAutocomplete()) throw new Error("only autocomplete can get suggestions");
      await interaction.respond(choices);
    },
  };
}
