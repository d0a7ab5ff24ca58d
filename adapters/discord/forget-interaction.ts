import type { REST } from "discord.js";

// discord.js's REST client keeps a rate-limit handler per webhook, and an interaction's edits and
// follow-ups go to a webhook named by its token: one handler (with its queues) per interaction,
// swept only hourly. Under load that is memory kept for nothing (a token dies after 15 minutes),
// so each interaction's handlers are dropped as soon as its answer is sent.

/**
 * Drops the REST handlers of one interaction's webhook. Called once every call the answer made has
 * settled, so none is queued; `handler.inactive` cannot tell, as it stays false for a second after
 * any burst (the client-wide request budget), long enough to keep most handlers under load.
 */
export function forgetInteraction(rest: REST, applicationId: string, token: string): void {
  const suffix = `:${applicationId}/${token}`;
  for (const key of rest.handlers.keys()) {
    if (key.endsWith(suffix)) rest.handlers.delete(key);
  }
}
