import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHARE_ACTION_ID } from "../../adapters/slack/share.js";
import { blockActionsPayload } from "../stand-ins/slack/signed-request.js";
import { APP_TOKEN } from "../stand-ins/slack/slack-stand-in.js";
import { type Harness, startHarness } from "./harness.js";

// Socket Mode: the app opens the socket through apps.connections.open; commands arrive as envelopes.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ transport: "socket" });
});
afterAll(() => h.close());

const slash = (command: string, text: string, id: string) => ({
  token: "legacy-verification-token",
  team_id: "T0STANDIN",
  team_domain: "stand-in",
  channel_id: "C0NEWSDESK",
  channel_name: "newsdesk",
  user_id: "U0EDITOR",
  user_name: "editor",
  command,
  text,
  api_app_id: "A0STANDIN",
  is_enterprise_install: "false",
  response_url: h.standIn.responseUrl(id),
  trigger_id: "1234567890.1234567890.abcdef",
});

describe("Slack over Socket Mode", () => {
  it("connects with the app-level token and no public URL", () => {
    expect(h.slack.transport).toBe("socket");
    expect(h.slack.port).toBeUndefined();
    expect(h.standIn.callsOf("apps.connections.open").map((c) => c.token)).toContain(APP_TOKEN);
    expect(h.standIn.socketCount).toBe(1);
  });

  it("acks /brief strikes over the socket and answers the asker ephemerally", async () => {
    const ack = await h.standIn.sendEnvelope("slash_commands", slash("/brief", "strikes", "sock-1"));
    // The ack carries no answer: the answer comes after it, through the response_url.
    expect(ack.payload ?? {}).toEqual({});
    const [first] = await h.standIn.waitFor(
      () => h.standIn.responsesTo("sock-1").length > 0 && h.standIn.responsesTo("sock-1"),
    );
    expect(first?.body.response_type).toBe("ephemeral");
    expect(JSON.stringify(first?.body.blocks)).toContain('"header"');
  });

  it("answers /sources casualties and an empty /sources the same way as over HTTP", async () => {
    await h.standIn.sendEnvelope("slash_commands", slash("/sources", "casualties", "sock-2"));
    await h.standIn.sendEnvelope("slash_commands", slash("/sources", "", "sock-3"));
    const [sources] = await h.standIn.waitFor(
      () => h.standIn.responsesTo("sock-2").length > 0 && h.standIn.responsesTo("sock-2"),
    );
    const [empty] = await h.standIn.waitFor(
      () => h.standIn.responsesTo("sock-3").length > 0 && h.standIn.responsesTo("sock-3"),
    );
    expect(String(sources?.body.text)).toContain("casualties");
    expect(String(empty?.body.text)).toMatch(/^Say what to compare/);
  });

  it("shares over the socket: the button click posts to the channel", async () => {
    const value = JSON.stringify({ command: "sources", text: "casualties" });
    const before = h.standIn.callsOf("chat.postMessage").length;
    const ack = await h.standIn.sendEnvelope(
      "interactive",
      blockActionsPayload({
        value,
        actionId: SHARE_ACTION_ID,
        response_url: h.standIn.responseUrl("sock-share"),
      }),
    );
    expect(ack.payload ?? {}).toEqual({});
    await h.standIn.waitFor(() => h.standIn.responsesTo("sock-share").length > 0);
    const posts = h.standIn.callsOf("chat.postMessage").slice(before);
    expect(posts.length).toBeGreaterThan(0);
    expect(posts.every((p) => p.params.channel === "C0NEWSDESK")).toBe(true);
  });
});
