import { setTimeout as delay } from "node:timers/promises";
import { type Caller, type CommandOutcome, type DigestPort, runCommand } from "../../../src/index.js";
import type { Logger } from "../../log.js";
import type { CorpusSource } from "../../runtime.js";
import { errorFields, isMissingPermission } from "../errors.js";
import { type ChannelPoster, PostError } from "../post-to-channel.js";
import { escapeText } from "../render/escape.js";
import { renderDiscordMessages } from "../render/render-messages.js";
import { type DigestMarker, parseDigestCustomId } from "./digest-button.js";
import { parsePostCustomId, postButtonRow, postCustomId } from "./post-button.js";
import type { DiscordRequest } from "./request.js";
import type { OutgoingMessage, Responder } from "./responder.js";
import { suggestChoices } from "./suggest.js";

export interface InteractionDeps {
  corpus: CorpusSource;
  log: Logger;
  /** Posts to channels as the bot; null when there is no bot token (then no Post button). */
  poster: ChannelPoster | null;
  /** Defer ("thinking…") when the answer is not ready after this long; 0 always defers. */
  deferAfterMs: number;
  /** The digest scheduler behind /digest and /status, when this instance runs one. */
  digests?: DigestPort;
}

const say = (content: string): OutgoingMessage => ({ content, embeds: [] });

const POSTABLE = new Set<CommandOutcome["kind"]>(["briefing", "sources", "digest"]);

/** Answers one interaction; a failed Discord call is logged with its code, never thrown. */
export async function handleInteraction(
  request: DiscordRequest,
  responder: Responder,
  deps: InteractionDeps,
): Promise<void> {
  try {
    switch (request.kind) {
      case "command":
        return await answerCommand(request, responder, deps);
      case "autocomplete":
        return await responder.suggest(
          suggestChoices(deps.corpus, request.name, request.option, request.typed),
        );
      case "button": {
        const digest = parseDigestCustomId(request.customId);
        if (digest) return await fullBriefing(digest, request.caller, responder, deps);
        return await postToChannel(request.customId, request.caller, responder, deps);
      }
      case "unsupported":
        deps.log.debug("discord interaction ignored", { type: request.type });
        return;
    }
  } catch (error) {
    deps.log.error("discord reply failed", { interaction: request.kind, ...errorFields(error) });
  }
}

async function answerCommand(
  request: Extract<DiscordRequest, { kind: "command" }>,
  responder: Responder,
  deps: InteractionDeps,
): Promise<void> {
  const started = performance.now();
  const answer = compute(request.name, request.options, request.caller, deps);
  const early = deps.deferAfterMs > 0 ? await within(answer, deps.deferAfterMs) : undefined;
  const deferred = early === undefined;
  if (deferred) await responder.defer();
  const [first, ...rest] = early ?? (await answer);
  if (first) await (deferred ? responder.editReply(first) : responder.reply(first));
  for (const message of rest) await responder.followUp(message);
  deps.log.info("discord answered", {
    command: request.name,
    messages: rest.length + 1,
    deferred,
    ms: Math.round(performance.now() - started),
  });
}

/** The rendered answer, the Post button on its last message; never rejects. */
async function compute(
  name: string,
  options: Record<string, string>,
  caller: Caller,
  deps: InteractionDeps,
): Promise<OutgoingMessage[]> {
  try {
    const context = { corpus: deps.corpus.state(), caller, digests: deps.digests };
    const outcome = await runCommand(context, name, options);
    const messages: OutgoingMessage[] = renderDiscordMessages(outcome);
    const customId = deps.poster && POSTABLE.has(outcome.kind) ? postCustomId({ name, options }) : null;
    const last = messages[messages.length - 1];
    if (customId && last) last.components = [postButtonRow(customId)];
    return messages;
  } catch (error) {
    // A bug in the engine or the renderer: the user gets a sentence, the log gets the reason.
    deps.log.error("discord command failed", { command: name, ...errorFields(error) });
    return [say("deskbrief could not answer that just now; the problem is logged.")];
  }
}

async function within<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  const timer = new AbortController();
  const late = delay(ms, undefined, { signal: timer.signal }).catch(() => undefined);
  try {
    return await Promise.race([promise, late]);
  } finally {
    timer.abort();
  }
}

/** A digest's "Full briefing": the whole briefing on the digest's topic, for the clicker only. */
async function fullBriefing(
  marker: DigestMarker,
  caller: Caller,
  responder: Responder,
  deps: InteractionDeps,
) {
  const sub = await deps.digests?.get(marker.subscriptionId);
  if (!sub) {
    return responder.reply(
      say("That digest no longer exists; /brief with its topic gives the full briefing."),
    );
  }
  await answerCommand(
    { kind: "command", name: "brief", options: { topic: sub.topic }, caller },
    responder,
    deps,
  );
}

/** Post to channel: recompute the answer from the button's question and post it as the bot. */
async function postToChannel(customId: string, caller: Caller, responder: Responder, deps: InteractionDeps) {
  const question = parsePostCustomId(customId);
  if (!question || !deps.poster) {
    return responder.reply(say("This button no longer works; run the command again."));
  }
  await responder.acknowledge();
  const outcome = await runCommand(
    { corpus: deps.corpus.state(), caller, digests: deps.digests },
    question.name,
    question.options,
  );
  if (!POSTABLE.has(outcome.kind)) {
    return responder.followUp(renderDiscordMessages(outcome)[0] ?? say("There is nothing to post."));
  }
  const messages = renderDiscordMessages(outcome);
  const asked = escapeText(`/${question.name} ${Object.values(question.options).join(" ")}`.trim());
  const [first, ...rest] = messages;
  if (first)
    first.content = [`Shared by <@${caller.userId}> · ${asked}`, first.content].filter(Boolean).join("\n");
  const channel = `<#${caller.channelId}>`;
  try {
    await deps.poster.post(caller.channelId, messages);
    deps.log.info("discord posted to channel", { command: question.name, messages: rest.length + 1 });
    await responder.followUp(say(`Posted to ${channel}.`));
  } catch (error) {
    const cause = error instanceof PostError ? error.cause : error;
    const posted = error instanceof PostError ? error.posted : 0;
    deps.log.warn("discord post to channel failed", { posted, ...errorFields(cause) });
    const code = errorFields(cause).code ?? errorFields(cause).status ?? "unknown";
    const partly = posted > 0 ? ` after ${posted} of ${messages.length} messages` : "";
    await responder.followUp(
      say(
        isMissingPermission(cause)
          ? `I can't post in ${channel}${partly}: ask an admin to give deskbrief the View Channel, Send Messages and Embed Links permissions there.`
          : `Posting to ${channel} failed${partly} (Discord error ${code}); try again in a moment.`,
      ),
    );
  }
}
