import { createHmac } from "node:crypto";
import { recordSent } from "../traffic.js";

// Requests exactly as Slack sends them over HTTP: form-encoded, signed with v0 HMAC-SHA256 over
// `v0:timestamp:body` with the signing secret.

export interface SlashCommand {
  command: string;
  text: string;
  user_id?: string;
  channel_id?: string;
  response_url: string;
}

export function slashCommandBody(c: SlashCommand): string {
  return new URLSearchParams({
    token: "legacy-verification-token",
    team_id: "T0STANDIN",
    team_domain: "stand-in",
    channel_id: c.channel_id ?? "C0NEWSDESK",
    channel_name: "newsdesk",
    user_id: c.user_id ?? "U0EDITOR",
    user_name: "editor",
    command: c.command,
    text: c.text,
    api_app_id: "A0STANDIN",
    is_enterprise_install: "false",
    response_url: c.response_url,
    trigger_id: "1234567890.1234567890.abcdef",
  }).toString();
}

/** A button click (block_actions) as Slack posts it: `payload=<json>`. */
export function blockActionsPayload(a: {
  value: string;
  actionId: string;
  response_url: string;
  user_id?: string;
  channel_id?: string;
}): Record<string, unknown> {
  const channel = a.channel_id ?? "C0NEWSDESK";
  return {
    type: "block_actions",
    user: { id: a.user_id ?? "U0EDITOR", username: "editor", name: "editor", team_id: "T0STANDIN" },
    api_app_id: "A0STANDIN",
    token: "legacy-verification-token",
    container: { type: "message", message_ts: "1614330000.000100", channel_id: channel, is_ephemeral: true },
    trigger_id: "1234567890.1234567890.abcdef",
    team: { id: "T0STANDIN", domain: "stand-in" },
    is_enterprise_install: false,
    channel: { id: channel, name: "newsdesk" },
    response_url: a.response_url,
    actions: [
      {
        action_id: a.actionId,
        block_id: "deskbrief_share_block",
        text: { type: "plain_text", text: "Share in channel", emoji: false },
        value: a.value,
        style: "primary",
        type: "button",
        action_ts: "1614330001.000200",
      },
    ],
  };
}

export const blockActionsBody = (payload: Record<string, unknown>) =>
  new URLSearchParams({ payload: JSON.stringify(payload) }).toString();

export function signature(secret: string, timestamp: number | string, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface SendOptions {
  secret: string;
  /** Seconds since the epoch; defaults to now. */
  timestamp?: number;
  /** Replaces the body after signing (a tampered request). */
  tamperedBody?: string;
  signatureOverride?: string;
  omit?: ("x-slack-signature" | "x-slack-request-timestamp")[];
}

export interface SentRequest {
  status: number;
  body: string;
  /** Milliseconds until the app answered the HTTP request (the ack). */
  ms: number;
}

export async function sendSigned(url: string, body: string, options: SendOptions): Promise<SentRequest> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    "x-slack-request-timestamp": String(timestamp),
    "x-slack-signature": options.signatureOverride ?? signature(options.secret, timestamp, body),
    "user-agent": "Slackbot 1.0 (+https://api.slack.com/robots)",
  };
  for (const name of options.omit ?? []) delete headers[name];
  const started = performance.now();
  const response = await fetch(url, { method: "POST", headers, body: options.tamperedBody ?? body });
  const text = await response.text();
  if (response.headers.get("content-type")?.includes("application/json")) {
    recordSent("slack", "HTTP ack", JSON.parse(text));
  }
  return { status: response.status, body: text, ms: performance.now() - started };
}
