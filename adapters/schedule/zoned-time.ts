// Wall-clock time in an IANA zone, on top of Intl only. Instants are epoch milliseconds on a minute.

export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export interface WallTime extends LocalDate {
  hour: number;
  minute: number;
}

export const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for names Intl knows (IANA zones, "UTC"). */
export function isTimeZone(name: string): boolean {
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

export function wallTimeAt(timeZone: string, instant: number): WallTime {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(instant)) {
    if (p.type !== "literal") parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** A wall time as if it were UTC: comparable, and the difference of two is their distance on the clock. */
export const wallKey = (w: WallTime): number => Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);

/** How far (ms) the zone's clock is ahead of UTC at `instant`. */
export const offsetAt = (timeZone: string, instant: number): number =>
  wallKey(wallTimeAt(timeZone, instant)) - Math.floor(instant / MINUTE) * MINUTE;

/**
 * The instant a wall time happens: the first one when the clock goes back and shows it twice, and
 * the first minute after the jump when the clock springs forward over it (it never shows it).
 */
export function instantOf(timeZone: string, wall: WallTime): number {
  const target = wallKey(wall);
  const candidates = [
    ...new Set([target - offsetAt(timeZone, target - DAY), target - offsetAt(timeZone, target + DAY)]),
  ].sort((a, b) => a - b);
  const exact = candidates.find((c) => wallKey(wallTimeAt(timeZone, c)) === target);
  if (exact !== undefined) return exact;
  // In a gap: the earliest minute whose wall time is past the target (binary search over the jump).
  let lo = candidates[0] as number;
  let hi = candidates[candidates.length - 1] as number;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
    if (wallKey(wallTimeAt(timeZone, mid)) > target) hi = mid;
    else lo = mid;
  }
  return hi;
}

export const localDateAt = (timeZone: string, instant: number): LocalDate => {
  const { year, month, day } = wallTimeAt(timeZone, instant);
  return { year, month, day };
};

export function nextDate(d: LocalDate): LocalDate {
  const next = new Date(Date.UTC(d.year, d.month - 1, d.day + 1));
  return { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() };
}

export function previousDate(d: LocalDate): LocalDate {
  const prev = new Date(Date.UTC(d.year, d.month - 1, d.day - 1));
  return { year: prev.getUTCFullYear(), month: prev.getUTCMonth() + 1, day: prev.getUTCDate() };
}
