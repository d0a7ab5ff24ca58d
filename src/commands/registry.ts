import { z } from "zod";
import type { BriefingService, CorpusState } from "./briefing-port.js";
import type { CommandContext, CommandDefinition } from "./command.js";
import { digestCommand, statusCommand } from "./digest.js";
import { MAX_TOPIC_LENGTH } from "./digest-args.js";
import { type CommandHelp, type CommandOutcome, commandError } from "./outcome.js";

// The commands every platform and the console expose, and the one way to run one by name.

const topicArgs = z.object({ topic: z.string().trim().max(MAX_TOPIC_LENGTH).default("") });
const aspectArgs = z.object({ aspect: z.string().trim().max(200).default("") });

function withService(corpus: CorpusState, run: (service: BriefingService) => CommandOutcome): CommandOutcome {
  if (!corpus.ok) {
    return commandError("corpus_unavailable", `The corpus could not be loaded: ${corpus.problem}`);
  }
  return run(corpus.service);
}

function help(corpus: CorpusState): CommandOutcome {
  const commands: CommandHelp[] = COMMANDS.map((c) => ({
    name: c.name,
    usage: c.usage,
    description: c.description,
  }));
  const topics = corpus.ok ? corpus.service.topics() : [];
  const aspects = corpus.ok ? corpus.service.aspects() : [];
  return { kind: "help", commands, topics, aspects };
}

const brief: CommandDefinition = {
  name: "brief",
  description: "Briefing on a developing story: summary, who did what, reactions, open discrepancies.",
  usage: "/brief [topic]",
  options: [
    {
      name: "topic",
      description: "The story, e.g. strikes (empty: the whole corpus)",
      required: false,
      suggest: "topics",
      maxLength: MAX_TOPIC_LENGTH,
    },
  ],
  fromText: (text) => ({ topic: text }),
  async run({ corpus }, options) {
    const parsed = topicArgs.safeParse(options);
    if (!parsed.success)
      return commandError("bad_arguments", `The topic must be at most ${MAX_TOPIC_LENGTH} characters.`);
    const topic = parsed.data.topic;
    if (topic.toLowerCase() === "help") return help(corpus);
    return withService(corpus, (service) => {
      const result = service.brief(topic);
      if (result.ok) return { kind: "briefing", briefing: result.briefing };
      const tries = result.suggestions.length > 0 ? `; try: ${result.suggestions.join(", ")}` : "";
      return commandError(
        "unknown_topic",
        `Nothing in the corpus matches "${topic}"${tries}.`,
        result.suggestions,
      );
    });
  },
};

const sources: CommandDefinition = {
  name: "sources",
  description: "Who says what about an aspect (casualties, timing, a name), outlet by outlet.",
  usage: "/sources <aspect>",
  options: [
    {
      name: "aspect",
      description: "What to compare, e.g. casualties",
      required: true,
      suggest: "aspects",
      maxLength: 200,
    },
  ],
  fromText: (text) => ({ aspect: text }),
  async run({ corpus }, options) {
    const parsed = aspectArgs.safeParse(options);
    if (!parsed.success) return commandError("bad_arguments", "The aspect must be at most 200 characters.");
    const aspect = parsed.data.aspect;
    if (aspect.toLowerCase() === "help") return help(corpus);
    return withService(corpus, (service) => {
      if (aspect === "") {
        const examples = service.aspects().slice(0, 5);
        return commandError(
          "empty_aspect",
          `Say what to compare, e.g. /sources ${examples[0] ?? "casualties"}.`,
          examples,
        );
      }
      return { kind: "sources", answer: service.sources(aspect) };
    });
  },
};

const helpCommand: CommandDefinition = {
  name: "help",
  description: "Lists the commands and the topics the corpus knows.",
  usage: "/help",
  options: [],
  fromText: () => ({}),
  run: async ({ corpus }) => help(corpus),
};

export const COMMANDS: readonly CommandDefinition[] = [
  brief,
  sources,
  digestCommand,
  statusCommand,
  helpCommand,
];

export function findCommand(name: string): CommandDefinition | undefined {
  const key = name.replace(/^\//, "").toLowerCase();
  return COMMANDS.find((c) => c.name === key);
}

/**
 * The most free text a command takes (text-typed platforms, console): more than all of a command's options allow
 * together, so the per-option limits below speak first, yet small enough that nothing after this
 * check (splitting, topic matching) ever reads an unbounded text.
 */
export const MAX_COMMAND_TEXT = 1000;

/** The first option over its length limit, said as a sentence; null when all fit. */
function tooLong(command: CommandDefinition, options: Record<string, string>): string | null {
  for (const option of command.options) {
    const length = (options[option.name] ?? "").trim().length;
    if (length > option.maxLength) {
      return `The ${option.name} of /${command.name} must be at most ${option.maxLength} characters (this one has ${length.toLocaleString("en-US")}).`;
    }
  }
  return null;
}

/**
 * Runs a command by name with named options or free text, as the platform hands them. Every text a
 * user gives is measured before anything reads it: over its limit, it is refused with a sentence.
 */
export async function runCommand(
  context: CommandContext,
  name: string,
  input: string | Record<string, string>,
): Promise<CommandOutcome> {
  if (name.length > 40) return commandError("unknown_command", "There is no such command.");
  const command = findCommand(name);
  if (!command) {
    return commandError(
      "unknown_command",
      `There is no /${name.replace(/^\//, "")} command; try ${COMMANDS.map((c) => `/${c.name}`).join(", ")}.`,
    );
  }
  if (typeof input === "string" && input.length > MAX_COMMAND_TEXT) {
    return commandError(
      "bad_arguments",
      `That is ${input.length.toLocaleString("en-US")} characters; /${command.name} takes at most ${MAX_COMMAND_TEXT.toLocaleString("en-US")}.`,
    );
  }
  const options = typeof input === "string" ? command.fromText(input.trim()) : input;
  const problem = tooLong(command, options);
  if (problem) return commandError("bad_arguments", problem);
  return command.run(context, options);
}
