import type { CommandOutcome } from "../../../src/index.js";
import { briefingLayout } from "./briefing-layout.js";
import { digestMessage } from "./digest-layout.js";
import { bold, escapeMrkdwn, escapeWithin } from "./escape.js";
import type { Layout } from "./layout-types.js";
import { SLACK_LIMITS } from "./limits.js";
import { type KnownBlock, packMessages, type SlackMessage } from "./pack.js";
import { sourcesLayout } from "./sources-layout.js";

export type { KnownBlock, SlackMessage } from "./pack.js";

/** A command's outcome as Slack messages, each within every Slack limit, corpus text escaped. */
export function renderSlackMessages(outcome: CommandOutcome): SlackMessage[] {
  switch (outcome.kind) {
    case "briefing":
      return packMessages(briefingLayout(outcome.briefing));
    case "sources":
      return packMessages(sourcesLayout(outcome.answer));
    case "help":
      return packMessages(helpLayout(outcome));
    case "digest":
      return digestMessage(outcome.digest);
    case "notice":
      return packMessages({
        title: outcome.title,
        context: [],
        parts: [{ heading: "", items: outcome.lines.map((l) => [escapeMrkdwn(l)]) }],
        fallback: outcome.title,
      });
    case "error":
      return [renderNotice(outcome.message)];
  }
}

/** One short sentence (errors, confirmations): the same words as text and as a section. */
export function renderNotice(sentence: string): SlackMessage {
  const text = escapeWithin(sentence, SLACK_LIMITS.sectionText);
  const blocks: KnownBlock[] = [{ type: "section", text: { type: "mrkdwn", text } }];
  return { text, blocks };
}

function helpLayout(outcome: Extract<CommandOutcome, { kind: "help" }>): Layout {
  const list = (names: string[]) => {
    const shown = names.slice(0, 30).map(escapeMrkdwn).join(", ");
    return names.length > 30 ? `${shown} …and ${names.length - 30} more` : shown;
  };
  const parts = [
    {
      heading: bold("Commands"),
      items: outcome.commands.map((c) => [`${bold(escapeMrkdwn(c.usage))} — ${escapeMrkdwn(c.description)}`]),
    },
    {
      heading: bold("Topics"),
      items: [[outcome.topics.length > 0 ? list(outcome.topics) : "None found yet."]],
    },
  ];
  if (outcome.aspects.length > 0) parts.push({ heading: bold("Aspects"), items: [[list(outcome.aspects)]] });
  return {
    title: "deskbrief: what you can ask",
    context: ["Every answer is machine-assembled from the reports in the corpus, each line cited."],
    parts,
    fallback: `deskbrief commands: ${outcome.commands.map((c) => c.usage).join(", ")}`,
  };
}
