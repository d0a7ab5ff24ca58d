import {
  ApplicationIntegrationType,
  InteractionContextType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  SlashCommandBuilder,
} from "discord.js";
import { COMMANDS, type CommandDefinition } from "../../../src/index.js";
import { shorten } from "../render/limits.js";

// Discord caps command and option descriptions at 100 characters; the builders check the rest.
const DESCRIPTION = 100;

/** The slash commands, derived from the shared registry: one definition for every platform. */
export function slashCommands(
  commands: readonly CommandDefinition[] = COMMANDS,
): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return commands.map((command) => {
    const builder = new SlashCommandBuilder()
      .setName(command.name)
      .setDescription(shorten(command.description, DESCRIPTION))
      .setContexts(InteractionContextType.Guild)
      .setIntegrationTypes(ApplicationIntegrationType.GuildInstall);
    for (const option of command.options) {
      builder.addStringOption((o) =>
        o
          .setName(option.name)
          .setDescription(shorten(option.description, DESCRIPTION))
          .setRequired(option.required)
          .setMaxLength(option.maxLength)
          .setAutocomplete(option.suggest !== undefined),
      );
    }
    return builder.toJSON();
  });
}
