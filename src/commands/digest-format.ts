import type { DigestSubscriptionView } from "./digest-port.js";

// How subscriptions read in /digest list and /status: times in the subscription's own zone.

export function formatInZone(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone,
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

/** "daily at 08:00 (Europe/London)" or `cron "0 8,17 * * 1-5" (America/New_York)`. */
export function describeSchedule(cron: string, timezone: string): string {
  const daily = /^(\d{1,2}) (\d{1,2}) \* \* \*$/.exec(cron);
  const when = daily
    ? `daily at ${(daily[2] as string).padStart(2, "0")}:${(daily[1] as string).padStart(2, "0")}`
    : `cron "${cron}"`;
  return `${when} (${timezone})`;
}

/** A platform key said as a name ("teams" → "Teams"): capitalised, so the core needs no list of platform names. */
const platformName = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

export function describeState(s: DigestSubscriptionView): string[] {
  const parts: string[] = [];
  if (s.paused) {
    parts.push(
      s.pausedReason === "failures"
        ? `PAUSED after ${s.failures} failed posts (last: ${s.lastError ?? "unknown"}); /digest resume ${s.id} once fixed`
        : "paused",
    );
  } else if (s.failures > 0) {
    parts.push(
      `FAILING: ${s.failures} failed post${s.failures === 1 ? "" : "s"} (last: ${s.lastError ?? "unknown"})`,
    );
  }
  if (s.skipped > 0 && s.lastSkipped) {
    parts.push(
      `${s.skipped} slot${s.skipped === 1 ? "" : "s"} skipped while the bot was down (last ${formatInZone(s.lastSkipped, s.timezone)})`,
    );
  }
  return parts;
}

export function describeSubscription(s: DigestSubscriptionView): string {
  const next = s.nextAt ? `next ${formatInZone(s.nextAt, s.timezone)}` : s.paused ? "" : "no next run";
  const last = s.lastPostedAt ? `last ${formatInZone(s.lastPostedAt, s.timezone)}` : "not posted yet";
  return [
    `${s.id}: "${s.topic || "all stories"}" ${describeSchedule(s.cron, s.timezone)}`,
    `${platformName(s.platform)} channel ${s.channel}`,
    next,
    last,
    ...describeState(s),
    s.origin === "config" ? "from configuration" : "",
  ]
    .filter(Boolean)
    .join(" · ");
}
