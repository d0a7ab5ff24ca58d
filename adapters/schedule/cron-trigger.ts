import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "../log.js";
import type { DigestStore } from "../store/digest-store.js";
import type { DigestScheduler } from "./digest-scheduler.js";

// Live triggering with node-cron: a task per subscription, in its time zone, wakes the scheduler at
// the minute a digest is due. node-cron skips a wall time the clock jumps over (spring forward) and
// knows nothing of other instances, so a once-a-minute sweep also wakes it: it picks up such slots
// at the first minute after the jump, and subscriptions another instance added or paused.

export interface CronTriggers {
  stop(): void;
}

export function startCronTriggers(scheduler: DigestScheduler, store: DigestStore, log: Logger): CronTriggers {
  const tasks = new Map<string, { key: string; task: ScheduledTask }>();
  const wake = () =>
    scheduler.tick().catch((error: Error) => log.error("digest scheduler failed", { reason: error.message }));

  async function refresh(): Promise<void> {
    const active = (await store.listSubscriptions()).filter((s) => !s.paused);
    const wanted = new Map(active.map((s) => [s.id, s]));
    for (const [id, entry] of tasks) {
      const sub = wanted.get(id);
      if (!sub || entry.key !== `${sub.cron}|${sub.timezone}`) {
        entry.task.destroy();
        tasks.delete(id);
      }
    }
    for (const sub of active) {
      if (tasks.has(sub.id)) continue;
      const task = cron.schedule(sub.cron, wake, {
        timezone: sub.timezone,
        noOverlap: true,
        name: `digest:${sub.id}`,
      });
      tasks.set(sub.id, { key: `${sub.cron}|${sub.timezone}`, task });
    }
  }

  const sweep = cron.schedule(
    "* * * * *",
    async () => {
      await refresh().catch((error: Error) =>
        log.error("digest schedule refresh failed", { reason: error.message }),
      );
      await wake();
    },
    { noOverlap: true, name: "digest:sweep" },
  );
  void refresh().catch((error: Error) =>
    log.error("digest schedule refresh failed", { reason: error.message }),
  );

  return {
    stop() {
      sweep.destroy();
      for (const { task } of tasks.values()) task.destroy();
      tasks.clear();
    },
  };
}
