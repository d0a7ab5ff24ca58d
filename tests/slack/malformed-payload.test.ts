import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendSigned } from "../stand-ins/slack/signed-request.js";
import { SIGNING_SECRET } from "../stand-ins/slack/slack-stand-in.js";
import { type Harness, startHarness } from "./harness.js";

// A validly signed interactive payload Bolt cannot handle (a view_submission or a shortcut with no
// team) made Bolt answer 500 from inside; our own guard answers 400, and the app runs on.

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ transport: "http" });
});
afterAll(() => h.close());

const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;

describe("malformed interactive payloads", () => {
  it.each([
    [
      "a view_submission with no team",
      { type: "view_submission", user: { id: "U1" }, view: { id: "V1", callback_id: "x" } },
    ],
    [
      "a shortcut with no team",
      { type: "shortcut", user: { id: "U1" }, callback_id: "x", trigger_id: "1.2" },
    ],
    ["a message_action with no team", { type: "message_action", user: { id: "U1" }, callback_id: "x" }],
    ["a block_actions with no team", { type: "block_actions", user: { id: "U1" }, actions: [] }],
  ])("answers %s with 400, signed as it is", async (_, payload) => {
    const sent = await sendSigned(h.eventsUrl, form(payload), { secret: SIGNING_SECRET });
    expect(sent.status).toBe(400);
  });

  it("still answers a well-formed command afterwards", async () => {
    const sent = await sendSigned(
      h.eventsUrl,
      new URLSearchParams({
        command: "/status",
        text: "",
        user_id: "U0EDITOR",
        channel_id: "C0NEWSDESK",
        team_id: "T0STANDIN",
        response_url: h.standIn.responseUrl("after"),
        trigger_id: "1.2",
        token: "x",
      }).toString(),
      { secret: SIGNING_SECRET },
    );
    expect(sent.status).toBe(200);
  });
});
