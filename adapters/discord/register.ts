import { DiscordAPIError, REST } from "discord.js";
import { parseConfig } from "../config.js";
import { redactUrlCredentials } from "../log.js";
import { registerCommands } from "./commands/register-commands.js";

// `npm run discord:register`: puts the registry's commands on Discord (one server or globally).

try {
  process.loadEnvFile();
} catch {
  // No .env file: the environment alone configures the bot.
}

function fail(message: string): never {
  process.stderr.write(`discord:register: ${redactUrlCredentials(message)}\n`);
  process.exit(1);
}

function problem(error: unknown, guildId: string | undefined): string {
  if (!(error instanceof DiscordAPIError)) {
    return `cannot reach Discord: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (error.status === 401) return "DISCORD_TOKEN was rejected (401); copy the bot token again";
  if (guildId && (error.status === 403 || error.code === 50001)) {
    return `Discord refused (${error.code}): is the bot in server ${guildId}, invited with the applications.commands scope?`;
  }
  return `Discord answered ${error.status} (code ${error.code}): ${error.message}`;
}

const parsed = parseConfig(process.env);
if (!parsed.ok) fail(`fix these settings (see .env.example): ${parsed.problems.join("; ")}`);
const {
  DISCORD_TOKEN: token,
  DISCORD_APPLICATION_ID: applicationId,
  DISCORD_GUILD_ID: guildId,
} = parsed.config;
if (!token || !applicationId)
  fail("DISCORD_TOKEN and DISCORD_APPLICATION_ID are required to register commands");

const rest = new REST(parsed.config.DISCORD_API_URL ? { api: parsed.config.DISCORD_API_URL } : {}).setToken(
  token,
);
try {
  const done = await registerCommands(rest, applicationId, guildId);
  const where = done.scope === "guild" ? `in server ${guildId} (available at once)` : "globally";
  process.stdout.write(`Registered ${done.names.map((n) => `/${n}`).join(", ")} ${where}.\n`);
} catch (error) {
  fail(problem(error, guildId));
}
