import type { App } from "@slack/bolt";
import { type Caller, runCommand } from "../../src/index.js";
import { reasonOf } from "../shared/errors.js";
import { type SlackDeps, slackCaller } from "./context.js";
import { respondEphemeral } from "./deliver.js";
import { SORRY } from "./errors.js";
import { previewMessages } from "./preview.js";
import { renderNotice, type SlackMessage } from "./render/render-messages.js";

// Slash commands: ack at once (Slack waits 3 s), then compute and answer through respond().

export const SLACK_COMMANDS = ["brief", "sources", "digest", "status"] as const;

export function registerCommands(app: App, deps: SlackDeps): void {
  for (const name of SLACK_COMMANDS) {
    app.command(`/${name}`, async ({ command, ack, respond }) => {
      await ack();
      await deps.inFlight.run(
        async () => {
          await deps.answerTurn();
          const messages = await answer(
            deps,
            name,
            command.text,
            await slackCaller(deps, command.user_id, command.channel_id, name),
          );
          await respondEphemeral(respond, messages, deps.log, `/${name}`);
        },
        (error) => deps.log.error("slack command failed", { command: `/${name}`, reason: reasonOf(error) }),
      );
    });
  }
}

async function answer(deps: SlackDeps, name: string, text: string, caller: Caller): Promise<SlackMessage[]> {
  const started = performance.now();
  try {
    const outcome = await runCommand(
      { corpus: deps.corpus.state(), caller, digests: deps.digests },
      name,
      text,
    );
    deps.log.info("slack command", {
      command: `/${name}`,
      outcome: outcome.kind === "error" ? outcome.code : outcome.kind,
      ms: Math.round(performance.now() - started),
    });
    return previewMessages(outcome, name, text);
  } catch (error) {
    deps.log.error("command crashed", { command: `/${name}`, code: "internal", reason: reasonOf(error) });
    return [renderNotice(SORRY)];
  }
}
