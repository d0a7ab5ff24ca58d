import type { Caller } from "../../../src/index.js";

/** An interaction as both transports hand it over: what was asked, by whom, where. */
export type DiscordRequest =
  | { kind: "command"; name: string; options: Record<string, string>; caller: Caller }
  | { kind: "autocomplete"; name: string; option: string; typed: string }
  | { kind: "button"; customId: string; caller: Caller }
  | { kind: "unsupported"; type: number };

export const DISCORD_EDITOR_RULE = "On Discord, editors are members with the Manage Channels permission.";

/** Manage Channels (1 << 4) makes a member an editor. */
const MANAGE_CHANNELS = 1n << 4n;

export function discordCaller(
  userId: string,
  channelId: string,
  permissions: string | bigint | null,
): Caller {
  let isEditor = false;
  try {
    isEditor = permissions !== null && (BigInt(permissions) & MANAGE_CHANNELS) !== 0n;
  } catch {
    // An unreadable bitfield grants nothing.
  }
  return { platform: "discord", userId, channelId, isEditor, editorRule: DISCORD_EDITOR_RULE };
}
