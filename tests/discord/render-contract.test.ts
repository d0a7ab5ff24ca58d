import { renderDiscordMessages } from "../../adapters/discord/render/render-messages.js";
import { describeRendererContract } from "../render-contract/contract.js";
import { fixtureCases, hugeCases } from "../render-contract/fixtures.js";
import { discordHazards, discordViolations, discordVisibleTexts } from "./discord-limits.js";
import { discordQuoteProblem } from "./discord-reader.js";
import { discordHostileCases } from "./hostile-briefing.js";

// The renderer contract shared with Slack: every fixture corpus and the synthetic huge briefing
// (Slack's markup and Discord's) within every Discord limit, every quote intact, nothing that pings.
// Quotes are read back as Discord shows them (discord-reader.ts), never with the renderer's escaper.
// Discord shows at most 4096 characters in one place, so a long quote may appear as its pointer.

describeRendererContract(
  {
    platform: "Discord embeds",
    render: renderDiscordMessages,
    violations: discordViolations,
    visibleTexts: discordVisibleTexts,
    quoteProblem: discordQuoteProblem,
    hazards: discordHazards,
  },
  [...(await fixtureCases()), ...hugeCases(), ...discordHostileCases()],
);
