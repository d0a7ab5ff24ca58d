import type { App, BlockButtonAction, RespondFn, webApi } from "@slack/bolt";
import { runCommand } from "../../src/index.js";
import { reasonOf } from "../shared/errors.js";
import { type SlackDeps, slackCaller } from "./context.js";
import { messageArgs, respondEphemeral } from "./deliver.js";
import { SORRY, slackErrorCode } from "./errors.js";
import { renderNotice, renderSlackMessages } from "./render/render-messages.js";
import { parseShareValue, SHARE_ACTION_ID } from "./share.js";

// The Share in channel button: recompute the answer the asker previewed and post it for the room.

const CANNOT_POST: Record<string, string> = {
  not_in_channel: "I'm not in this channel: invite me with `/invite @deskbrief`, then share again.",
  channel_not_found: "I can't see this channel: invite me with `/invite @deskbrief`, then share again.",
  is_archived: "This channel is archived, so I can't post in it.",
  restricted_action: "This workspace doesn't let apps post in this channel.",
};

export function registerShare(app: App, deps: SlackDeps): void {
  app.action<BlockButtonAction>(SHARE_ACTION_ID, async ({ ack, body, action, client, respond }) => {
    await ack();
    await deps.inFlight.run(
      async () => {
        await deps.answerTurn();
        await share(deps, body, action.value, client, respond).catch(async (error: unknown) => {
          deps.log.error("share crashed", { code: "internal", reason: reasonOf(error) });
          await respondEphemeral(respond, [renderNotice(SORRY)], deps.log, "share");
        });
      },
      (error) => deps.log.error("slack share failed", { reason: reasonOf(error) }),
    );
  });
}

async function share(
  deps: SlackDeps,
  body: BlockButtonAction,
  value: string | undefined,
  client: webApi.WebClient,
  respond: RespondFn,
): Promise<void> {
  const request = parseShareValue(value);
  const channel = body.channel?.id;
  const tell = (sentence: string) => respondEphemeral(respond, [renderNotice(sentence)], deps.log, "share");
  if (!request || !channel) {
    await tell("That button no longer works; run the command again.");
    return;
  }
  const caller = await slackCaller(deps, body.user.id, channel, request.command);
  const outcome = await runCommand({ corpus: deps.corpus.state(), caller }, request.command, request.text);
  if (outcome.kind !== "briefing" && outcome.kind !== "sources") {
    await respondEphemeral(respond, renderSlackMessages(outcome), deps.log, "share");
    return;
  }
  const messages = renderSlackMessages(outcome);
  for (const [i, message] of messages.entries()) {
    try {
      await client.chat.postMessage({
        channel,
        unfurl_links: false,
        unfurl_media: false,
        ...messageArgs(message),
      });
    } catch (error) {
      const code = slackErrorCode(error);
      deps.log.warn("slack share post failed", { code, part: i + 1, parts: messages.length });
      await tell(CANNOT_POST[code] ?? `I couldn't post in this channel (${code}); please try again later.`);
      return;
    }
  }
  deps.log.info("slack shared", { command: `/${request.command}`, parts: messages.length });
  await tell("Shared in this channel.");
}
