import type { Caller, CommandContext, CommandDefinition } from "./command.js";
import { ADD_EXAMPLES, DIGEST_ID, parseAddArgs, splitAction } from "./digest-args.js";
import { describeSchedule, describeState, describeSubscription, formatInZone } from "./digest-format.js";
import type { DigestPort } from "./digest-port.js";
import { feedStatusLines } from "./feeds-port.js";
import { type CommandOutcome, commandError } from "./outcome.js";

// /digest and /status: parsing, permissions and wording. The schedule adapter does the work.

const ACTIONS = ["add", "list", "remove", "now", "pause", "resume"] as const;
type Action = (typeof ACTIONS)[number];
const EDITOR_ACTIONS: readonly Action[] = ["add", "remove", "now", "pause", "resume"];

const notice = (title: string, lines: string[]): CommandOutcome => ({ kind: "notice", title, lines });
const bad = (message: string) => commandError("bad_arguments", message);

const NOT_RUNNING = notice("Digests are not running here", [
  "Scheduled digests run when the bot is connected to a chat platform (see the README, Digests).",
]);

/** Who may manage digests, said the way the caller's platform says it. */
function refusal(caller: Caller, action: Action): CommandOutcome {
  const who = caller.editorRule ? `${caller.editorRule} ` : "";
  return notice("Only editors can do that", [
    `Sorry, only editors can ${action} digests. ${who}Ask one of them, or use /digest list to see what is scheduled.`,
  ]);
}

export const digestCommand: CommandDefinition = {
  name: "digest",
  description: "Scheduled digests of a story in this channel, leading with what changed.",
  usage: "/digest add|list|remove|now|pause|resume",
  options: [
    { name: "action", description: "add, list, remove, now, pause or resume", required: true, maxLength: 20 },
    {
      name: "details",
      description: 'add: TOPIC daily 08:00 [ZONE] or TOPIC cron "0 8 * * 1-5" [ZONE]; others: the digest id',
      required: false,
      maxLength: 300,
    },
  ],
  fromText: (text) => splitAction(text),
  async run(context, options) {
    const port = context.digests;
    if (!port) return NOT_RUNNING;
    const action = (options.action ?? "").trim().toLowerCase() || "list";
    const details = (options.details ?? "").trim();
    if (!(ACTIONS as readonly string[]).includes(action)) {
      return bad(`There is no "/digest ${action}"; try ${ACTIONS.map((a) => `/digest ${a}`).join(", ")}.`);
    }
    if (EDITOR_ACTIONS.includes(action as Action) && !context.caller.isEditor) {
      return refusal(context.caller, action as Action);
    }
    const outcome = await runAction(action as Action, details, context, port);
    return withNotices(outcome, port, context.caller);
  },
};

export const statusCommand: CommandDefinition = {
  name: "status",
  description: "Corpus size, feeds, and the last and next digest of every subscription, with failures.",
  usage: "/status",
  options: [],
  fromText: () => ({}),
  async run(context) {
    const corpus = context.corpus.ok
      ? `Corpus: ${context.corpus.service.documentCount()} articles.`
      : `Corpus unavailable: ${context.corpus.problem}`;
    const feeds = feedStatusLines(context.corpus.feeds);
    const port = context.digests;
    if (!port) return notice("Status", [corpus, ...feeds, "Digests: not running on this instance."]);
    const subscriptions = await port.list();
    const lines = [corpus, ...feeds, `Digests: ${subscriptions.length}.`];
    for (const s of subscriptions) {
      const last = s.lastPostedAt ? formatInZone(s.lastPostedAt, s.timezone) : "never";
      const next = s.nextAt ? formatInZone(s.nextAt, s.timezone) : "none";
      lines.push(
        [
          `${s.id} (${describeSchedule(s.cron, s.timezone)}): last ${last}, next ${next}`,
          ...describeState(s),
        ].join(" · "),
      );
    }
    return withNotices(notice("Status", lines), port, context.caller);
  },
};

/** Shows a user what is waiting for them (e.g. their digest is failing) with their next answer. */
async function withNotices(
  outcome: CommandOutcome,
  port: DigestPort,
  caller: Caller,
): Promise<CommandOutcome> {
  if (outcome.kind !== "notice" || caller.platform === "console") return outcome;
  const waiting = await port.takeNotices(caller.platform, caller.userId);
  return waiting.length === 0
    ? outcome
    : { ...outcome, lines: [...waiting.map((w) => `⚠ ${w}`), ...outcome.lines] };
}

async function runAction(
  action: Action,
  details: string,
  context: CommandContext,
  port: DigestPort,
): Promise<CommandOutcome> {
  if (action === "add") return add(details, context, port);
  if (action === "list") {
    const all = await port.list();
    if (all.length === 0) return notice("No digests yet", [`Add one: ${ADD_EXAMPLES[0]}`]);
    return notice(`Digests (${all.length})`, all.map(describeSubscription));
  }
  const id = details;
  if (!DIGEST_ID.test(id))
    return bad(`Say which digest, e.g. /digest ${action} strikes-1a2b (/digest list shows the ids).`);
  const found = await port.get(id);
  if (!found) return bad(`There is no digest "${id}"; /digest list shows them.`);
  switch (action) {
    case "remove":
      if (found.origin === "config") {
        return bad(`${id} comes from the bot's configuration (DIGESTS); remove it there, or pause it here.`);
      }
      await port.remove(id);
      return notice("Digest removed", [
        `${id} ("${found.topic || "all stories"}") will not be posted again.`,
      ]);
    case "pause":
    case "resume": {
      const updated = await port.setPaused(id, action === "pause");
      if (!updated) return bad(`There is no digest "${id}"; /digest list shows them.`);
      return notice(action === "pause" ? "Digest paused" : "Digest resumed", [describeSubscription(updated)]);
    }
    case "now": {
      const posted = await port.postNow(id);
      if (!posted.ok) return bad(posted.problem);
      return notice("Digest posted", [`${id} was posted to channel ${posted.value.channel}.`]);
    }
  }
}

async function add(details: string, context: CommandContext, port: DigestPort): Promise<CommandOutcome> {
  const { caller, corpus } = context;
  if (caller.platform === "console") {
    return bad("Digests post into a chat channel: run /digest add in that channel.");
  }
  const args = parseAddArgs(details);
  if (!args.ok) return bad(args.problem);
  if (corpus.ok && args.topic !== "") {
    const tried = corpus.service.brief(args.topic);
    if (!tried.ok) {
      const tries = tried.suggestions.length > 0 ? `; try: ${tried.suggestions.join(", ")}` : "";
      return commandError(
        "unknown_topic",
        `Nothing in the corpus matches "${args.topic}"${tries}.`,
        tried.suggestions,
      );
    }
  }
  const check = await port.checkSchedule(args.cron, args.timezone);
  if (!check.ok) return bad(check.problem);
  const added = await port.add({
    topic: args.topic,
    cron: args.cron,
    timezone: args.timezone,
    platform: caller.platform,
    channel: caller.channelId,
    createdBy: caller.userId,
  });
  if (!added.ok) return bad(added.problem);
  const s = added.value;
  return notice(
    "Digest added",
    [
      `${s.id}: "${s.topic || "all stories"}" ${describeSchedule(s.cron, s.timezone)}, in this channel.`,
      s.nextAt ? `First digest: ${formatInZone(s.nextAt, s.timezone)}.` : "",
      `Manage it with /digest now ${s.id}, /digest pause ${s.id} or /digest remove ${s.id}.`,
    ].filter(Boolean),
  );
}
