import { type REST, Routes } from "discord.js";
import { slashCommands } from "./slash-commands.js";

export interface Registration {
  scope: "guild" | "global";
  names: string[];
}

/** Replaces the application's commands with deskbrief's: in one server when guildId is set, else everywhere. */
export async function registerCommands(
  rest: REST,
  applicationId: string,
  guildId: string | undefined,
): Promise<Registration> {
  const body = slashCommands();
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  return { scope: guildId ? "guild" : "global", names: body.map((c) => c.name) };
}
