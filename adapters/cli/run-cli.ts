import { parseArgs } from "node:util";
import { type CommandOutcome, type CorpusState, createBriefingService, runCommand } from "../../src/index.js";
import { DEFAULT_CORPUS_DIR } from "../config.js";
import { CorpusFolderError, loadCorpusFolder } from "../corpus/load-folder.js";
import { CONSOLE_CALLER } from "./console.js";
import { renderOutcome } from "./render-text.js";

/** `npm run brief|sources -- [TEXT] --corpus DIR [--json]`: one answer on stdout, problems on stderr. */
export async function runCli(command: "brief" | "sources", argv: string[]): Promise<number> {
  let parsed: ReturnType<typeof parseCliArgs>;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    process.stderr.write(`deskbrief: ${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  let corpus: CorpusState;
  try {
    const load = await loadCorpusFolder(values.corpus ?? DEFAULT_CORPUS_DIR);
    for (const w of load.warnings) process.stderr.write(`warning: ${w.file}: ${w.message}\n`);
    corpus = { ok: true, service: createBriefingService(load.documents, () => new Date()) };
  } catch (error) {
    if (!(error instanceof CorpusFolderError)) throw error;
    process.stderr.write(`deskbrief: ${error.message}\n`);
    return 1;
  }
  const outcome = await runCommand({ corpus, caller: CONSOLE_CALLER }, command, positionals.join(" "));
  return emit(outcome, values.json === true);
}

function parseCliArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: { corpus: { type: "string" }, json: { type: "boolean" } },
  });
}

function emit(outcome: CommandOutcome, json: boolean): number {
  if (outcome.kind === "error") {
    process.stderr.write(`deskbrief: ${outcome.message}\n`);
    return 1;
  }
  if (json) {
    const data =
      outcome.kind === "briefing" ? outcome.briefing : outcome.kind === "sources" ? outcome.answer : outcome;
    process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  } else {
    process.stdout.write(`${renderOutcome(outcome)}\n`);
  }
  return 0;
}
