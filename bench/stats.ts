// Small measuring helpers: percentiles, CPU time, peak memory.

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  max: number;
  n: number;
}

export function percentiles(samples: number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted.at(-1) ?? 0, n: sorted.length };
}

/** CPU milliseconds this process has used (user + system, all threads). */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** The process's peak resident memory so far, in megabytes. */
export const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times `fn` in wall-clock and CPU milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number; cpu: number } {
  const c = cpuMs();
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t, cpu: cpuMs() - c };
}
