import { createInterface } from "node:readline";
import { type Caller, runCommand } from "../../src/index.js";
import type { CorpusSource } from "../runtime.js";
import { renderOutcome } from "./render-text.js";

/** The person at the terminal runs their own bot: they may do anything an editor may. */
export const CONSOLE_CALLER: Caller = {
  platform: "console",
  userId: "console",
  channelId: "console",
  isEditor: true,
};

/**
 * The zero-setup way in: prints the briefing of the corpus and, when a person is at a terminal,
 * answers /brief, /sources and /help typed at the prompt. Without a terminal it prints and returns.
 */
export async function runConsole(
  corpus: CorpusSource,
  io: { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream },
): Promise<void> {
  io.output.write(
    `${renderOutcome(await runCommand({ corpus: corpus.state(), caller: CONSOLE_CALLER }, "brief", ""))}\n`,
  );
  if (!io.input.isTTY) return;
  io.output.write("\nType /brief TOPIC, /sources ASPECT or /help (Ctrl-D to quit).\n");
  const rl = createInterface({ input: io.input, output: io.output, prompt: "deskbrief> " });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text !== "") {
      const [name = "", ...rest] = text.split(/\s+/);
      const outcome = await runCommand(
        { corpus: corpus.state(), caller: CONSOLE_CALLER },
        name,
        rest.join(" "),
      );
      io.output.write(`${renderOutcome(outcome)}\n`);
    }
    rl.prompt();
  }
}
