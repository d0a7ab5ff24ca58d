import { setTimeout as sleep } from "node:timers/promises";
import { host } from "./fetch-limited.js";

// Politeness: one request at a time to each site, and at least `gapMs` between the starts of two,
// however many feeds and items point at it. Different sites are fetched side by side.

export interface HostGate {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
}

export function createHostGate(gapMs: number): HostGate {
  const queues = new Map<string, { tail: Promise<unknown>; lastStart: number }>();
  return {
    run(url, task) {
      const key = host(url);
      const queue = queues.get(key) ?? { tail: Promise.resolve(), lastStart: Number.NEGATIVE_INFINITY };
      const next = queue.tail.then(async () => {
        const wait = queue.lastStart + gapMs - Date.now();
        if (wait > 0) await sleep(wait);
        queue.lastStart = Date.now();
        return task();
      });
      // The queue goes on after a failed task; the failure is the caller's to handle.
      queue.tail = next.catch(() => undefined);
      queues.set(key, queue);
      return next;
    },
  };
}
