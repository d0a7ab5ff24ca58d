import type { CorpusState } from "./briefing-port.js";
import type { DigestPort } from "./digest-port.js";
import type { CommandOutcome } from "./outcome.js";

// What a command is and whom it answers: the commands (registry.ts, digest.ts) implement these;
// platforms fill in the Caller and run commands by name.

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** Which corpus list suggests values for this option on platforms with autocomplete. */
  suggest?: "topics" | "aspects";
  maxLength: number;
}

/** A command both platforms and the console expose; platforms only translate input and render output. */
export interface CommandDefinition {
  name: string;
  description: string;
  usage: string;
  options: CommandOption[];
  /** Turns the free text after the command (text-typed platforms, console) into named options. */
  fromText(text: string): Record<string, string>;
  run(context: CommandContext, options: Record<string, string>): Promise<CommandOutcome>;
}

/** Who is asking, from where: platforms fill it in; commands use it for permissions and replies. */
export interface Caller {
  /** The platform's key, where digests this caller adds are posted; "console" for the terminal. */
  platform: string;
  userId: string;
  channelId: string;
  /** The platform's own judgement of who is an editor (a permission, a configured list). */
  isEditor: boolean;
  /** That judgement said in the platform's words, for a refusal: "On X, editors are …". */
  editorRule?: string;
}

export interface CommandContext {
  corpus: CorpusState;
  caller: Caller;
  /** The digest scheduler, where this instance runs one (absent in the CLI and the console). */
  digests?: DigestPort;
}
