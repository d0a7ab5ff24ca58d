import { describe, expect, it } from "vitest";
import { messageProblems } from "./message-checks.js";

// The sweep run after every test file (traffic-sweep.ts) must see each kind of bad message.

const embed = { description: "Officials said three people were killed." };

describe("the check of every message the bot sent", () => {
  it("passes Discord messages with mentions parsed off and Slack messages with escaped text", () => {
    expect(
      messageProblems([
        {
          platform: "discord",
          where: "POST /channels/1/messages",
          body: { embeds: [embed], allowed_mentions: { parse: [] } },
        },
        { platform: "slack", where: "response_url", body: { text: "AT&amp;T &lt;b&gt;", blocks: [] } },
        {
          platform: "slack",
          where: "chat.postMessage",
          body: {
            text: "x",
            blocks: [{ type: "section", text: { type: "mrkdwn", text: "ok" } }],
            unfurl_links: false,
            unfurl_media: false,
          },
        },
      ]),
    ).toEqual([]);
  });

  it("fails a Discord message without allowed_mentions { parse: [] }, naming where it went", () => {
    for (const allowed of [undefined, { parse: ["users"] }, { parse: [], users: ["1"] }]) {
      const problems = messageProblems([
        {
          platform: "discord",
          where: "POST /channels/1/messages",
          body: { embeds: [embed], allowed_mentions: allowed },
        },
      ]);
      expect(problems).toEqual([
        expect.stringMatching(/^discord POST \/channels\/1\/messages: allowed_mentions/),
      ]);
    }
  });

  it("fails a Discord message over a limit, with a raw @everyone, or with a masked link", () => {
    const ok = { allowed_mentions: { parse: [] } };
    const problems = messageProblems([
      { platform: "discord", where: "a", body: { ...ok, content: "x".repeat(2001) } },
      { platform: "discord", where: "b", body: { ...ok, content: "hello @everyone" } },
      {
        platform: "discord",
        where: "c",
        body: { ...ok, embeds: [{ description: "[x](https://evil.example)" }] },
      },
    ]);
    expect(problems.map((p) => p.split(":")[0])).toEqual(["discord a", "discord b", "discord c"]);
  });

  it("fails a Slack message with a live mention or link anywhere in its text or blocks", () => {
    for (const body of [
      { text: "hi <!channel>" },
      { text: "x", blocks: [{ type: "context", elements: [{ type: "mrkdwn", text: "<@U1>" }] }] },
      { text: "x", blocks: [{ type: "section", fields: [{ type: "mrkdwn", text: "<http://a|b>" }] }] },
    ]) {
      expect(messageProblems([{ platform: "slack", where: "response_url", body }])).not.toEqual([]);
    }
  });

  it("fails a Slack channel post that lets links unfurl", () => {
    const body = { text: "x", blocks: [{ type: "section", text: { type: "mrkdwn", text: "ok" } }] };
    expect(messageProblems([{ platform: "slack", where: "chat.postMessage", body }])).toEqual([
      "slack chat.postMessage: a channel post that lets Slack unfurl links or media",
    ]);
  });
});
