import { renderSlackMessages } from "../../adapters/slack/render/render-messages.js";
import { describeRendererContract } from "./contract.js";
import { fixtureCases, hugeCases } from "./fixtures.js";
import { slackEscape, slackHazards, slackViolations, slackVisibleTexts } from "./slack-limits.js";

const cases = [...(await fixtureCases()), ...hugeCases()];

describeRendererContract(
  {
    platform: "Slack Block Kit",
    render: renderSlackMessages,
    violations: slackViolations,
    visibleTexts: slackVisibleTexts,
    quoteProblem: (texts, quote) =>
      texts.some((t) => t.includes(slackEscape(quote))) ? null : "not shown as written",
    hazards: slackHazards,
  },
  cases,
);
