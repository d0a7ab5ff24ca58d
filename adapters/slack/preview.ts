import type { CommandOutcome } from "../../src/index.js";
import { appendBlocks } from "./render/pack.js";
import { renderNotice, renderSlackMessages, type SlackMessage } from "./render/render-messages.js";
import { SHAREABLE_COMMANDS, shareButton } from "./share.js";

// What the asker sees first: the answer, ephemeral, at most five messages (a response_url takes five
// posts), with the Share in channel button at the end.

export const RESPONSE_URL_USES = 5;

export function previewMessages(outcome: CommandOutcome, command: string, text: string): SlackMessage[] {
  const messages = renderSlackMessages(outcome);
  const shareable = SHAREABLE_COMMANDS.find((c) => c === command);
  if (!shareable || (outcome.kind !== "briefing" && outcome.kind !== "sources")) return messages;
  const shown =
    messages.length <= RESPONSE_URL_USES
      ? messages
      : [
          ...messages.slice(0, RESPONSE_URL_USES - 1),
          renderNotice(
            `…and ${messages.length - RESPONSE_URL_USES + 1} more parts not shown here (Slack lets a command answer five times). ` +
              "Share in channel posts all of it; or narrow it with `/brief <topic>` or `/sources <aspect>`.",
          ),
        ];
  return appendBlocks(shown, shareButton({ command: shareable, text }), "Share this answer in the channel");
}
