import { DiscordAPIError, HTTPError } from "discord.js";
import type { LogFields } from "../log.js";

/** What a failed Discord call is logged with: its code and status, never the URL (it holds tokens). */
export function errorFields(error: unknown): LogFields {
  if (error instanceof DiscordAPIError) {
    return { code: error.code, status: error.status, method: error.method, reason: error.message };
  }
  if (error instanceof HTTPError)
    return { status: error.status, method: error.method, reason: error.message };
  if (error instanceof Error) return { code: (error as { code?: string }).code, reason: error.message };
  return { reason: String(error) };
}

/** Missing Permissions (50013), Missing Access (50001) or any 403: the bot may not post there. */
export function isMissingPermission(error: unknown): boolean {
  return (
    (error instanceof DiscordAPIError &&
      (error.code === 50013 || error.code === 50001 || error.status === 403)) ||
    (error instanceof HTTPError && error.status === 403)
  );
}
