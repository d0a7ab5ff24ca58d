import { createInterface } from "node:readline";
import { runCommand } from "../../src/index.js";
import type { CorpusSource } from "../runtime.js";
import { renderOutcome } from "./render-text.js";

/**
 * The zero-setup way in: prints the briefing of the corpus and, when a person is at a terminal,
 * answers /brief, /sources and /help typed at the prompt. Without a terminal it prints and returns.
 */
export async function runConsole(
  corpus: CorpusSource,
  io: { input: NodeJS.ReadableStream & { isTTY?: boolean }; output: NodeJS.WritableStream },
): Promise<void> {
  io.output.write(`${renderOutcome(runCommand(corpus.state(), "brief", ""))}\n`);
  if (!io.input.isTTY) return;
  io.output.write("\nType /brief TOPIC, /sources ASPECT or /help (Ctrl-D to quit).\n");
  const rl = createInterface({ input: io.input, output: io.output, prompt: "deskbrief> " });
  rl.prompt();
  for await (const line of rl) {
    const text = line.trim();
    if (text !== "") {
      const [name = "", ...rest] = text.split(/\s+/);
      io.output.write(`${renderOutcome(runCommand(corpus.state(), name, rest.join(" ")))}\n`);
    }
    rl.prompt();
  }
}
