import { webApi } from "@slack/bolt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../adapters/log.js";
import { createEditorCheck } from "../../adapters/slack/editors.js";
import { BOT_TOKEN, SlackStandIn } from "../stand-ins/slack/slack-stand-in.js";

// Who may manage digests on Slack, asked of a local Slack through the real Web API client.

let slack: SlackStandIn;
const lines: string[] = [];
const log = createLogger("warn", (l) => lines.push(l));

beforeAll(async () => {
  slack = await SlackStandIn.start();
  slack.userGroups.set("S0DESK", ["U0GROUPED"]);
  slack.admins.add("U0ADMIN");
});
afterAll(async () => slack.close());

const check = () =>
  createEditorCheck(
    new webApi.WebClient(BOT_TOKEN, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 0 } }),
    ["U0LISTED", "S0DESK"],
    log,
  );

describe("Slack editors", () => {
  it("accepts listed users, members of listed user groups and workspace admins", async () => {
    const editors = check();
    expect(await editors.isEditor("U0LISTED")).toBe(true);
    expect(await editors.isEditor("U0GROUPED")).toBe(true);
    expect(await editors.isEditor("U0ADMIN")).toBe(true);
    expect(await editors.isEditor("U0SOMEONE")).toBe(false);
  });

  it("asks Slack once per user and group while the answer is fresh", async () => {
    const editors = check();
    const before = slack.calls.length;
    await editors.isEditor("U0SOMEONE");
    await editors.isEditor("U0SOMEONE");
    const asked = slack.calls.slice(before).map((c) => c.method);
    expect(asked).toEqual(["usergroups.users.list", "users.info"]);
  });

  it("refuses, and logs the reason, when Slack cannot say (a missing scope)", async () => {
    const editors = check();
    slack.failNext("users.info", { error: "missing_scope" });
    expect(await editors.isEditor("U0ADMIN")).toBe(false);
    expect(lines.join("")).toMatch(/slack editor lookup failed.*missing_scope/);
  });

  it("answers the cheap check from the list alone", () => {
    const editors = check();
    expect(editors.isListed("U0LISTED")).toBe(true);
    expect(editors.isListed("U0GROUPED")).toBe(false);
  });
});
