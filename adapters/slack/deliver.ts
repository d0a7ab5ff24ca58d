import type { RespondArguments, RespondFn } from "@slack/bolt";
import type { Logger } from "../log.js";
import { slackErrorCode } from "./errors.js";
import type { SlackMessage } from "./render/render-messages.js";

/** The arguments for one message; a text-only message goes without `blocks`. */
export const messageArgs = (m: SlackMessage) => ({
  text: m.text,
  ...(m.blocks.length > 0 ? { blocks: m.blocks } : {}),
});

/** Answers only the asker, message by message; a failure is logged with its code and ends the answer. */
export async function respondEphemeral(
  respond: RespondFn,
  messages: SlackMessage[],
  log: Logger,
  what: string,
): Promise<boolean> {
  for (const [i, message] of messages.entries()) {
    const args: RespondArguments = {
      response_type: "ephemeral",
      replace_original: false,
      ...messageArgs(message),
    };
    try {
      await respond(args);
    } catch (error) {
      log.warn("slack respond failed", {
        what,
        code: slackErrorCode(error),
        part: i + 1,
        parts: messages.length,
      });
      return false;
    }
  }
  return true;
}
