import { parseConfig } from "../adapters/config.js";
import { loadCorpusFolder } from "../adapters/corpus/load-folder.js";
import { startDiscord } from "../adapters/discord/start-discord.js";
import { createLogger } from "../adapters/log.js";
import { createBriefingService } from "../src/index.js";

// The bot side of the Discord memory bench: HTTP interactions over the seeds, in a process of its
// own under a heap cap; on "measure" it collects garbage and reports the heap in use.

const parsed = parseConfig(process.env);
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
const load = await loadCorpusFolder(parsed.config.CORPUS_DIR);
const state = { ok: true as const, service: createBriefingService(load.documents, () => new Date()) };
const discord = await startDiscord(parsed.config, { state: () => state }, createLogger("error"), {
  listen: { host: "127.0.0.1", port: 0 },
});
const gc = (globalThis as { gc?: () => void }).gc;
process.on("message", (m) => {
  if (m !== "measure") return;
  gc?.();
  process.send?.({ heapUsed: process.memoryUsage().heapUsed });
});
process.send?.({ url: discord.interactionsUrl });
