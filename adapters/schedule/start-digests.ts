import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { DigestPort } from "../../src/index.js";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import type { DigestPlatform } from "../store/digest-store.js";
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

/** Opens (and migrates) the store, syncs configured digests, catches up on missed slots, starts node-cron. */
export async function startDigests(
  config: Config,
  corpus: CorpusSource,
  posters: Partial<Record<DigestPlatform, DigestPoster>>,
  log: Logger,
): Promise<RunningDigests> {
  const configured = loadDigestConfig(config);
  if (!configured.ok) throw new DigestConfigError(configured.problems);
  const { store, where } = await openDigestStore(config);
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
  await scheduler.tick();
  const triggers = startCronTriggers(scheduler, store, log);
  return {
    port: createDigestPort(store, scheduler, clock),
    async stop() {
      triggers.stop();
      await scheduler.idle();
      await store.close();
    },
  };
}
