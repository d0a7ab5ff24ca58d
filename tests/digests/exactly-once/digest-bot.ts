import { parseConfig } from "../../../adapters/config.js";
import { loadCorpusFolder } from "../../../adapters/corpus/load-folder.js";
import { createLogger } from "../../../adapters/log.js";
import { digestPosters } from "../../../adapters/platforms.js";
import { createDigestScheduler } from "../../../adapters/schedule/digest-scheduler.js";
import { openDigestStore } from "../../../adapters/store/open-store.js";
import { createBriefingService } from "../../../src/index.js";

// One bot instance for the exactly-once test, in its own process: the real store, scheduler and
// Slack/Discord posters, configured from the environment like main.ts, on a fast virtual clock
// (BOT_SPEED virtual minutes per real minute from BOT_EPOCH) so a test sees many slots in seconds.

const env = process.env;
const parsed = parseConfig(env);
if (!parsed.ok) throw new Error(parsed.problems.join("; "));
const config = parsed.config;
const epoch = Number(env.BOT_EPOCH);
const realStart = Number(env.BOT_REAL_START);
const speed = Number(env.BOT_SPEED);
const clock = () => new Date(epoch + (Date.now() - realStart) * speed);

const log = createLogger("warn");
const load = await loadCorpusFolder(config.CORPUS_DIR);
const service = createBriefingService(load.documents, clock);
service.brief(""); // analyse before the first slot, as the platforms' warm-up does
const state = { ok: true as const, service };
const { store } = await openDigestStore(config);
const scheduler = createDigestScheduler({
  store,
  corpus: { state: () => state },
  posters: digestPosters(config),
  clock,
  owner: `bot-${process.pid}`,
  graceMs: config.DIGEST_GRACE_HOURS * 3_600_000,
  maxFailures: config.DIGEST_MAX_FAILURES,
  leaseMs: Number(env.BOT_LEASE_MS),
  log,
});

const timer = setInterval(() => void scheduler.tick(), 100);
process.stdout.write("ready\n");

process.once("SIGTERM", async () => {
  clearInterval(timer);
  await scheduler.idle();
  await store.close();
  process.exit(0);
});
