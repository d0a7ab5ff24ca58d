import { setTimeout as delay } from "node:timers/promises";

/** Answers still being sent, so stopping can let them finish (up to a limit) before closing. */
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();

  track(work: Promise<unknown>): void {
    this.pending.add(work);
    void work.finally(() => this.pending.delete(work));
  }

  async settle(limitMs: number): Promise<void> {
    if (this.pending.size === 0) return;
    await Promise.race([Promise.allSettled([...this.pending]), delay(limitMs, undefined, { ref: false })]);
  }
}
