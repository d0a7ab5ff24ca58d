import { type CorpusService, type CorpusState, createBriefingService } from "../src/index.js";
import { runConsole } from "./cli/console.js";
import { feedsEnabled, parseConfig } from "./config.js";
import { CorpusFolderError, loadCorpusFolder } from "./corpus/load-folder.js";
import { watchCorpusFolder } from "./corpus/watch-folder.js";
import type { FeedPoller } from "./ingest/feed-poller.js";
import { FeedConfigError, startFeeds, withFeeds } from "./ingest/start-feeds.js";
import { createLogger } from "./log.js";
import { digestPosters, enabledPlatforms } from "./platforms.js";
import type { RunningPlatform } from "./runtime.js";
import { DigestConfigError, type RunningDigests, startDigests } from "./schedule/start-digests.js";
import { reasonOf } from "./shared/errors.js";

// The composition root behind `npm start`: config, corpus, then the platforms that are configured,
// or the local console when none is.

/** SIGTERM to exit, at most: Slack's answers in flight get 10 s, then a little for closing. */
const SHUTDOWN_GRACE_MS = 12_000;

try {
  process.loadEnvFile();
} catch {
  // No .env file: the environment alone configures the bot.
}

const parsed = parseConfig(process.env);
if (!parsed.ok) {
  process.stderr.write(`deskbrief cannot start; fix these settings (see .env.example):\n`);
  for (const p of parsed.problems) process.stderr.write(`  - ${p}\n`);
  process.exit(1);
}
const config = parsed.config;
const log = createLogger(config.LOG_LEVEL);

let state: CorpusState;
let service: CorpusService | undefined;
try {
  const load = await loadCorpusFolder(config.CORPUS_DIR);
  for (const w of load.warnings) log.warn("corpus file skipped", { file: w.file, reason: w.message });
  service = createBriefingService(load.documents, () => new Date());
  state = { ok: true, service };
  log.info("corpus loaded", { dir: config.CORPUS_DIR, documents: load.documents.length });
} catch (error) {
  if (!(error instanceof CorpusFolderError)) throw error;
  log.error("corpus unavailable", { code: error.code, reason: error.message });
  state = { ok: false, problem: error.message };
}
// New or changed articles are read while the bot runs, off the event loop: the next /brief and
// digest see them. Changes are applied to the running service, so only the stories they touch are
// analysed again.
const corpus = watchCorpusFolder(config.CORPUS_DIR, state, {
  ...(service ? { service } : {}),
  // Filled by a reload, a piece at a time: lazy, so no piece waits for a story's analysis.
  createService: () => createBriefingService([], () => new Date(), { analyse: "lazy" }),
  log,
});

// Feeds (FEEDS / FEEDS_FILE): their articles are written into CORPUS_DIR as they are published and
// read by the watcher like any other; /status shows each feed through the corpus state.
let feeds: FeedPoller | undefined;
if (feedsEnabled(config)) {
  try {
    feeds = await startFeeds(config, log, () => corpus.refresh());
  } catch (error) {
    if (error instanceof FeedConfigError) {
      process.stderr.write(`deskbrief cannot start; fix these feeds (FEEDS / FEEDS_FILE):\n`);
      for (const p of error.problems) process.stderr.write(`  - ${p}\n`);
    } else {
      log.error("feeds cannot start", { reason: reasonOf(error) });
    }
    process.exit(1);
  }
}
const answering = withFeeds(corpus, feeds);

const enabled = enabledPlatforms(config);

let digests: RunningDigests | undefined;
if (enabled.length > 0) {
  try {
    digests = await startDigests(config, answering, log, digestPosters(config));
  } catch (error) {
    if (error instanceof DigestConfigError) {
      process.stderr.write(`deskbrief cannot start; fix these digests (DIGESTS / DIGESTS_FILE):\n`);
      for (const p of error.problems) process.stderr.write(`  - ${p}\n`);
    } else {
      log.error("digests cannot start", { reason: reasonOf(error) });
    }
    process.exit(1);
  }
}

const platforms: RunningPlatform[] = [];

for (const platform of enabled) {
  try {
    platforms.push(await platform.start(config, answering, log, digests?.port));
  } catch (error) {
    log.error(`${platform.name} cannot start`, { reason: reasonOf(error) });
    process.exit(1);
  }
}

if (enabled.length === 0) {
  await runConsole(answering, { input: process.stdin, output: process.stdout });
} else {
  const stop = async (signal: string) => {
    log.info("stopping", { signal });
    // Whatever is stuck (a platform that never answers, a database that never replies), the process
    // is gone within the grace: platforms finish answers in flight meanwhile, digests abort posts.
    const deadline = setTimeout(() => {
      log.warn("stopped before everything finished", { graceMs: SHUTDOWN_GRACE_MS });
      process.exit(0);
    }, SHUTDOWN_GRACE_MS);
    deadline.unref();
    feeds?.stop();
    corpus.stop();
    await Promise.allSettled([...platforms.map((p) => p.stop()), digests?.stop()]);
    log.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void stop("SIGTERM"));
  process.once("SIGINT", () => void stop("SIGINT"));
}
