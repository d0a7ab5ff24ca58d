// Answers being computed or delivered, so a shutdown can let them finish before the process exits:
// every platform tracks its answers here.

export interface InFlight {
  /** Runs `work`, remembering it until it settles; failures are reported, never thrown. */
  run(work: () => Promise<void>, onError: (error: unknown) => void): Promise<void>;
  /** Waits for everything in flight, at most `timeoutMs`; resolves false if some did not finish. */
  drain(timeoutMs: number): Promise<boolean>;
  size(): number;
}

export function createInFlight(): InFlight {
  const pending = new Set<Promise<void>>();
  return {
    run(work, onError) {
      const task = (async () => work())()
        .catch(onError)
        .finally(() => pending.delete(task));
      pending.add(task);
      return task;
    },
    async drain(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      const all = Promise.allSettled([...pending]).then(() => true);
      const finished = await Promise.race([all, timeout]);
      clearTimeout(timer);
      return finished;
    },
    size: () => pending.size,
  };
}
