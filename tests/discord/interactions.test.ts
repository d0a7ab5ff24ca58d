import { describe, expect, it } from "vitest";
import { parsePostCustomId, postCustomId } from "../../adapters/discord/interactions/post-button.js";
import { discordCaller } from "../../adapters/discord/interactions/request.js";

describe("the Post to channel button's custom_id", () => {
  it("carries the command and its options, and gives them back unchanged", () => {
    const options = { topic: "drones & rockets: Erbil = 2021?" };
    const id = postCustomId({ name: "brief", options });
    expect(id?.length).toBeLessThanOrEqual(100);
    expect(parsePostCustomId(id ?? "")).toEqual({ name: "brief", options });
  });

  it("is not made for a question longer than Discord's 100 characters", () => {
    expect(postCustomId({ name: "brief", options: { topic: "x".repeat(95) } })).toBeNull();
  });

  it("rejects ids it did not make", () => {
    expect(parsePostCustomId("share:brief:topic=x")).toBeNull();
    expect(parsePostCustomId(`post:brief:${"x".repeat(100)}`)).toBeNull();
    expect(parsePostCustomId("post:Brief!:topic=x")).toBeNull();
  });
});

describe("the Discord caller", () => {
  it("is an editor with Manage Channels, and not without it", () => {
    expect(discordCaller("1", "2", String(16 | 2048)).isEditor).toBe(true);
    expect(discordCaller("1", "2", String(1024 | 2048)).isEditor).toBe(false);
    expect(discordCaller("1", "2", null).isEditor).toBe(false);
    expect(discordCaller("1", "2", "not a number").isEditor).toBe(false);
  });
});
