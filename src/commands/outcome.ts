import type { Briefing, SourcesAnswer } from "../briefing/schema.js";

/** Stable error codes: users get the sentence, logs get the code. */
export type CommandErrorCode =
  | "unknown_command"
  | "bad_arguments"
  | "unknown_topic"
  | "empty_aspect"
  | "corpus_unavailable";

export interface CommandHelp {
  name: string;
  usage: string;
  description: string;
}

/** What a command produced, before any platform renders it. */
export type CommandOutcome =
  | { kind: "briefing"; briefing: Briefing }
  | { kind: "sources"; answer: SourcesAnswer }
  | { kind: "help"; commands: CommandHelp[]; topics: string[]; aspects: string[] }
  | { kind: "error"; code: CommandErrorCode; message: string; suggestions: string[] };

export function commandError(
  code: CommandErrorCode,
  message: string,
  suggestions: string[] = [],
): CommandOutcome {
  return { kind: "error", code, message, suggestions };
}
