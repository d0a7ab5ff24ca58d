import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { DigestPort } from "../../src/index.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import { openDigestStore } from "../store/open-store.js";
import { startCronTriggers } from "./cron-trigger.js";
import { loadDigestConfig } from "./digest-config.js";
import type { DigestPoster } from "./digest-poster.js";
import { createDigestScheduler } from "./digest-scheduler.js";
import { createDigestPort } from "./schedule-port.js";

export interface RunningDigests {
  port: DigestPort;
  stop(): Promise<void>;
}

/** Configured digests that fail validation: every problem, one line each. */
export class DigestConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid digest configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "DigestConfigError";
  }
}

/**
 * Opens (and migrates) the store, syncs configured digests, catches up on missed slots, starts
 * node-cron. `posters` are the platforms this instance posts to, by key (the composition root builds
 * them from `adapters/platforms.ts`).
 */
export async function startDigests(
  config: Config,
  corpus: CorpusSource,
  log: Logger,
  posters: Record<string, DigestPoster>,
): Promise<RunningDigests> {
  const configured = loadDigestConfig(config);
  if (!configured.ok) throw new DigestConfigError(configured.problems);
  for (const entry of configured.entries) {
    if (!posters[entry.platform]) {
      log.warn("configured digest cannot be posted from this instance", {
        id: entry.id,
        platform: entry.platform,
      });
    }
  }
  const { store, where } = await openDigestStore(config).catch((error: Error) => {
    // Names the setting, never its value: a database URL may hold a password.
    const setting = config.DATABASE_URL ? "DATABASE_URL" : `DATA_DIR (${config.DATA_DIR})`;
    throw new Error(`the digest database at ${setting} cannot be opened: ${error.message}`);
  });
  const clock = () => new Date();
  await store.syncConfigSubscriptions(configured.entries, clock().toISOString());
  const scheduler = createDigestScheduler({
    store,
    corpus,
    posters,
    clock,
    owner: `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`,
    graceMs: config.DIGEST_GRACE_HOURS * 3_600_000,
    maxFailures: config.DIGEST_MAX_FAILURES,
    log,
  });
  log.info("digests started", { store: where, configured: configured.entries.length });
  // Catch up on missed slots now, without holding up the platforms' start.
  void scheduler
    .tick()
    .catch((error: Error) => log.error("digest catch-up failed", { reason: error.message }));
  const triggers = startCronTriggers(scheduler, store, log);
  return {
    port: createDigestPort(store, scheduler, clock),
    async stop() {
      triggers.stop();
      // Posts in flight are aborted; their claims are resumed by an instance that runs on.
      await scheduler.stop();
      await store.close();
    },
  };
}
