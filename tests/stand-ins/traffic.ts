// Every message the bot sent to a stand-in (or answered a signed request with), in one list per test
// file: the sweep in tests/helpers/traffic-sweep.ts checks each of them after the file's tests, so a
// message a test never looks at (a digest part, a DM, a follow-up, an edit) is checked all the same.

export interface SentMessage {
  platform: "slack" | "discord";
  /** Where it went: "chat.postMessage", "response_url", "POST /channels/…/messages", … */
  where: string;
  /** The message as sent: Slack's params or body, Discord's message object. */
  body: Record<string, unknown>;
}

/** Filled by the stand-ins as messages arrive; each test file runs in its own module graph. */
export const sentMessages: SentMessage[] = [];

export function recordSent(platform: SentMessage["platform"], where: string, body: unknown): void {
  if (typeof body === "object" && body !== null && !Array.isArray(body)) {
    sentMessages.push({ platform, where, body: body as Record<string, unknown> });
  }
}

/** Discord's interaction answers that carry a message (4: reply, 7: edit the message clicked). */
const MESSAGE_CALLBACKS = new Set([4, 7]);

/** Records what a Discord request or interaction answer carries as a message, if anything. */
export function recordDiscord(method: string, path: string, body: unknown): void {
  const where = `${method} ${path}`;
  if (/\/callback$/.test(path) || path === "interaction answer") {
    const answer = body as { type?: number; data?: unknown } | null;
    if (answer && MESSAGE_CALLBACKS.has(answer.type ?? -1)) recordSent("discord", where, answer.data ?? {});
    return;
  }
  const message =
    (method === "POST" || method === "PATCH") &&
    /^\/(?:webhooks\/\d+\/[^/]+(?:\/messages\/[^/]+)?|channels\/\d+\/messages(?:\/\d+)?)$/.test(path);
  if (message) recordSent("discord", where, body);
}

/** Slack Web API methods whose parameters are a message. */
const SLACK_MESSAGE_METHODS = new Set([
  "chat.postMessage",
  "chat.postEphemeral",
  "chat.update",
  "chat.scheduleMessage",
]);

export function recordSlackCall(method: string, params: Record<string, unknown>): void {
  if (SLACK_MESSAGE_METHODS.has(method)) recordSent("slack", method, params);
}
