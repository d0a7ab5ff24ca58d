import type { Digest } from "../contract/digest-schema.js";
import type { Briefing, SourcesAnswer } from "../contract/schema.js";

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
  /** A scheduled or one-off digest: what changed, then the briefing in short. */
  | { kind: "digest"; digest: Digest }
  /** Plain lines for lists, confirmations and status (e.g. /digest list, /status); may hold corpus text. */
  | { kind: "notice"; title: string; lines: string[] }
  | { kind: "error"; code: CommandErrorCode; message: string; suggestions: string[] };

export function commandError(
  code: CommandErrorCode,
  message: string,
  suggestions: string[] = [],
): CommandOutcome {
  return { kind: "error", code, message, suggestions };
}
