import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { REST } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerCommands } from "../../adapters/discord/commands/register-commands.js";
import { slashCommands } from "../../adapters/discord/commands/slash-commands.js";
import { COMMANDS } from "../../src/index.js";
import { BOT_TOKEN, type DiscordStandIn, IDS, startDiscordStandIn } from "../stand-ins/discord/index.js";

// Slash commands come from the shared registry and are PUT to Discord, per server or globally.

const root = join(import.meta.dirname, "..", "..");
let standIn: DiscordStandIn;

beforeAll(async () => {
  standIn = await startDiscordStandIn();
});

afterAll(async () => {
  await standIn?.close();
});

/** `npm run discord:register` in a child process, with only these Discord settings. */
async function runRegister(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(DISCORD|SLACK)_/.test(k)),
  ) as NodeJS.ProcessEnv;
  try {
    const { stdout, stderr } = await promisify(execFile)("npm", ["run", "--silent", "discord:register"], {
      cwd: root,
      env: { ...clean, ...env },
      timeout: 120_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const puts = (path: string) => standIn.rest.requests.filter((r) => r.method === "PUT" && r.path === path);
const GUILD_PATH = `/applications/${IDS.application}/guilds/${IDS.guild}/commands`;
const GLOBAL_PATH = `/applications/${IDS.application}/commands`;

describe("Discord slash commands", () => {
  it("are derived from the shared registry: names, options, limits and autocomplete", () => {
    const commands = slashCommands();
    expect(commands.map((c) => c.name)).toEqual(COMMANDS.map((c) => c.name));
    for (const [i, command] of commands.entries()) {
      const source = COMMANDS[i];
      expect(command.description.length).toBeLessThanOrEqual(100);
      expect(command.contexts).toEqual([0]);
      expect(command.options?.map((o) => o.name)).toEqual(source?.options.map((o) => o.name));
      for (const [j, option] of (command.options ?? []).entries()) {
        const from = source?.options[j];
        expect(option).toMatchObject({
          type: 3,
          required: from?.required,
          max_length: from?.maxLength,
          autocomplete: from?.suggest !== undefined,
        });
      }
    }
  });

  it("are PUT to one server when a guild is given, and globally otherwise", async () => {
    const rest = new REST({ api: standIn.rest.apiUrl }).setToken(BOT_TOKEN);
    expect(await registerCommands(rest, IDS.application, IDS.guild)).toEqual({
      scope: "guild",
      names: COMMANDS.map((c) => c.name),
    });
    expect(await registerCommands(rest, IDS.application, undefined)).toMatchObject({ scope: "global" });
    expect(puts(GUILD_PATH).at(-1)?.body).toEqual(slashCommands());
    expect(puts(GLOBAL_PATH).at(-1)?.body).toEqual(slashCommands());
    expect(puts(GLOBAL_PATH).at(-1)?.headers.authorization).toBe(`Bot ${BOT_TOKEN}`);
  });

  it("npm run discord:register registers to the server in DISCORD_GUILD_ID", async () => {
    const before = puts(GUILD_PATH).length;
    const run = await runRegister({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: IDS.guild,
      DISCORD_API_URL: standIn.rest.apiUrl,
    });
    expect(run.code).toBe(0);
    const names = COMMANDS.map((c) => `/${c.name}`).join(", ");
    expect(run.stdout).toBe(`Registered ${names} in server ${IDS.guild} (available at once).\n`);
    expect(puts(GUILD_PATH).length).toBe(before + 1);
  }, 150_000);

  it("npm run discord:register registers globally without DISCORD_GUILD_ID", async () => {
    const before = puts(GLOBAL_PATH).length;
    const run = await runRegister({
      DISCORD_TOKEN: BOT_TOKEN,
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_GUILD_ID: "",
      DISCORD_API_URL: standIn.rest.apiUrl,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/globally\.\n$/);
    expect(puts(GLOBAL_PATH).length).toBe(before + 1);
  }, 150_000);

  it("says in one line, without the token, when Discord rejects the token", async () => {
    const run = await runRegister({
      DISCORD_TOKEN: "a-wrong-token",
      DISCORD_APPLICATION_ID: IDS.application,
      DISCORD_API_URL: standIn.rest.apiUrl,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      "discord:register: DISCORD_TOKEN was rejected (401); copy the bot token again\n",
    );
    expect(run.stderr).not.toContain("a-wrong-token");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  }, 150_000);
});
