import { describe, expect, it } from "vitest";
import { renderOutcome } from "../../adapters/cli/render-text.js";
import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import { renderSlackMessages } from "../../adapters/slack/render/render-messages.js";
import { BriefingSchema, type CommandOutcome } from "../../src/index.js";
import { discordVisibleTexts } from "../discord/discord-limits.js";
import { FIXED_NOW } from "./fixtures.js";
import { slackVisibleTexts } from "./slack-limits.js";

// A denial is its own stance: every renderer says "denies", not "says".

const sentence = "The port authority denied the report, calling it baseless and untrue.";
const outcome: CommandOutcome = {
  kind: "briefing",
  briefing: BriefingSchema.parse({
    schema: "briefing/v1",
    topic: "port",
    generatedAt: FIXED_NOW.toISOString(),
    headline: "Port closed",
    documents: [
      {
        id: "001_a",
        title: "Port story",
        outlet: "Meridian Wire",
        published: "2021-02-26",
        language: "en",
        flags: [],
        derivedFrom: null,
      },
    ],
    summary: [],
    events: [],
    reactions: [
      {
        speaker: "Port authority",
        role: null,
        affiliation: "Harbour Board",
        stance: "deny",
        quote: "calling it baseless and untrue",
        citations: [{ doc: "001_a", quote: sentence }],
      },
    ],
    discrepancies: [],
  }),
};

describe("the deny stance in every renderer", () => {
  it("reads as 'denies' in Slack, Discord and the console", () => {
    const slack = renderSlackMessages(outcome).flatMap(slackVisibleTexts).join("\n");
    const discord = renderDiscordMessages(outcome).flatMap(discordVisibleTexts).join("\n");
    const console = renderOutcome(outcome);
    for (const out of [slack, discord, console]) expect(out).toMatch(/Port authority[\s_*]+denies[\s_*:]/);
  });
});
