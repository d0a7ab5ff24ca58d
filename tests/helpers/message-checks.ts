import { discordViolations, type MessageLike } from "../discord/discord-limits.js";
import { slackHazards } from "../render-contract/slack-limits.js";
import type { SentMessage } from "../stand-ins/traffic.js";

// What every message the bot sends must satisfy, whatever the test that caused it looked at.
// Discord: mentions parsed off (allowed_mentions { parse: [] }), within Discord's limits, no raw
// @everyone/@here and no link hidden behind words. Slack: no live mention or link in any text
// (every <, > and & escaped), and no link previews on what it posts in channels.

/** Every text Slack reads as mrkdwn or plain text: the top-level text and each text object in blocks. */
export function slackTexts(body: Record<string, unknown>): string[] {
  const out: string[] = typeof body.text === "string" ? [body.text] : [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) walk(item);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    const o = node as Record<string, unknown>;
    if ((o.type === "mrkdwn" || o.type === "plain_text") && typeof o.text === "string") out.push(o.text);
    for (const [key, value] of Object.entries(o))
      if (key !== "text" || typeof value !== "string") walk(value);
  };
  walk(body.blocks);
  walk(body.attachments);
  return out;
}

const MASKED_LINK = /(?<!\\)\[[^\]\n]*\]\(\s*<?https?:[^)\n]*\)/;

function discordProblems(body: Record<string, unknown>): string[] {
  const out: string[] = [];
  if (JSON.stringify(body.allowed_mentions) !== '{"parse":[]}') {
    out.push(`allowed_mentions is ${JSON.stringify(body.allowed_mentions)}, not {"parse":[]}`);
  }
  const carriesText = "content" in body || "embeds" in body;
  if (carriesText) out.push(...discordViolations(body as MessageLike));
  const texts = JSON.stringify([body.content ?? "", body.embeds ?? []]);
  if (/@(everyone|here)/i.test(texts)) out.push("raw @everyone or @here");
  if (MASKED_LINK.test(texts)) out.push("a link masked behind words");
  return out;
}

function slackProblems(where: string, body: Record<string, unknown>): string[] {
  const out = slackTexts(body).flatMap(slackHazards);
  const inChannel = where === "chat.postMessage" && body.blocks !== undefined;
  // The Web API client sends form fields, so false arrives as "false".
  const off = (flag: unknown) => String(flag) === "false";
  if (inChannel && !(off(body.unfurl_links) && off(body.unfurl_media))) {
    out.push("a channel post that lets Slack unfurl links or media");
  }
  return out;
}

/** Every problem of every message, each naming where the message went. */
export function messageProblems(messages: SentMessage[]): string[] {
  return messages.flatMap(({ platform, where, body }) =>
    (platform === "discord" ? discordProblems(body) : slackProblems(where, body)).map(
      (problem) => `${platform} ${where}: ${problem}`,
    ),
  );
}
