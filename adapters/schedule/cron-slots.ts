import cron from "node-cron";
import {
  instantOf,
  isTimeZone,
  type LocalDate,
  localDateAt,
  MINUTE,
  nextDate,
  offsetAt,
  previousDate,
} from "./zoned-time.js";

// Which instants a (cron, time zone) schedule falls on. node-cron decides which days match (its own
// syntax: names, L, W, #), we turn wall times into instants: a wall time the clock skips (spring
// forward) falls on the first minute after the jump; one it shows twice (fall back) falls once.

export interface CronSchedule {
  cron: string;
  timezone: string;
}

export type ScheduleCheck = { ok: true } | { ok: false; problem: string };

/** How far ahead a schedule must come round to be accepted; also bounds next-slot searches. */
const HORIZON_DAYS = 5 * 366;
const EXAMPLE = 'e.g. "0 8,17 * * 1-5" is 08:00 and 17:00 on weekdays';
const FIELD_NAMES: Record<string, string> = {
  second: "second",
  minute: "minute (0-59)",
  hour: "hour (0-23)",
  dayOfMonth: "day of the month (1-31)",
  month: "month (1-12)",
  dayOfWeek: "weekday (0-7, 0 and 7 are Sunday)",
};

export function checkSchedule(schedule: CronSchedule): ScheduleCheck {
  if (!isTimeZone(schedule.timezone)) {
    return { ok: false, problem: unknownZone(schedule.timezone) };
  }
  const fields = schedule.cron.trim().split(/\s+/);
  if (fields.length !== 5 || fields[0] === "") {
    return {
      ok: false,
      problem: `"${schedule.cron}" is not a cron schedule: it needs five fields (minute hour day month weekday), ${EXAMPLE}.`,
    };
  }
  const detailed = cron.validateDetailed(schedule.cron);
  const error = detailed.errors[0];
  if (!detailed.valid && error) {
    const where = FIELD_NAMES[error.field] ? ` in the ${FIELD_NAMES[error.field]} field` : "";
    return {
      ok: false,
      problem: `"${schedule.cron}" is not a valid cron schedule: "${error.value ?? schedule.cron}"${where} is out of range or malformed; ${EXAMPLE}.`,
    };
  }
  if (nextSlot(schedule, Date.now()) === null) {
    return {
      ok: false,
      problem: `"${schedule.cron}" never comes round in the next five years; ${EXAMPLE}.`,
    };
  }
  return { ok: true };
}

function unknownZone(name: string): string {
  const wanted = name.toLowerCase().replace(/\s+/g, "_");
  const city = wanted.split("/").pop() ?? wanted;
  const near = Intl.supportedValuesOf("timeZone").filter(
    (z) => z.toLowerCase() === wanted || (city.length >= 3 && z.toLowerCase().includes(city)),
  );
  const hint = near.length > 0 ? `did you mean ${near.slice(0, 3).join(" or ")}?` : "use an IANA name";
  return `"${name}" is not a time zone I know; ${hint} (e.g. Europe/London, America/New_York, Asia/Tokyo or UTC).`;
}

/** Slot instants in (after, until], ascending. */
export function slotsBetween(schedule: CronSchedule, after: number, until: number): number[] {
  const slots = new Set<number>();
  const last = localDateAt(schedule.timezone, until);
  const matcher = dayMatcher(schedule);
  try {
    // Start a day early: a wall time skipped late one evening can fall just after midnight.
    for (let d = previousDate(localDateAt(schedule.timezone, after)); !isAfter(d, last); d = nextDate(d)) {
      for (const t of matcher.slotsOn(d)) if (t > after && t <= until) slots.add(t);
    }
  } finally {
    matcher.close();
  }
  return [...slots].sort((a, b) => a - b);
}

/** The first slot after `after`, or null when none comes within five years. */
export function nextSlot(schedule: CronSchedule, after: number): number | null {
  const matcher = dayMatcher(schedule);
  try {
    let d = previousDate(localDateAt(schedule.timezone, after));
    for (let i = 0; i < HORIZON_DAYS; i++, d = nextDate(d)) {
      const found = matcher.slotsOn(d).find((t) => t > after);
      if (found !== undefined) return found;
    }
    return null;
  } finally {
    matcher.close();
  }
}

const isAfter = (a: LocalDate, b: LocalDate) =>
  Date.UTC(a.year, a.month - 1, a.day) > Date.UTC(b.year, b.month - 1, b.day);

function dayMatcher({ cron: pattern, timezone }: CronSchedule) {
  const parsed = cron.parse(pattern);
  const [, , dayOfMonth, month, dayOfWeek] = pattern.trim().split(/\s+/);
  // A task that is never started: only its match() is used, to read the day fields as node-cron does.
  const probe = cron.createTask(`* * ${dayOfMonth} ${month} ${dayOfWeek}`, () => {}, { timezone });
  const hours = [...parsed.hour].sort((a, b) => a - b);
  const minutes = [...parsed.minute].sort((a, b) => a - b);
  return {
    slotsOn(d: LocalDate): number[] {
      const midnight = Date.UTC(d.year, d.month - 1, d.day);
      // Around noon, never in a clock change: an hour off still lands on the same day.
      const noon = midnight + 12 * 60 * MINUTE;
      if (!probe.match(new Date(noon - offsetAt(timezone, noon)))) return [];
      // Zones are at most 14 h from UTC: equal offsets either side mean no clock change on this day,
      // so one subtraction places every slot; only change days need the search.
      const offset = offsetAt(timezone, midnight - 14 * 60 * MINUTE);
      const steady = offset === offsetAt(timezone, midnight + 38 * 60 * MINUTE);
      const out: number[] = [];
      for (const hour of hours) {
        for (const minute of minutes) {
          out.push(
            steady
              ? midnight + (hour * 60 + minute) * MINUTE - offset
              : instantOf(timezone, { ...d, hour, minute }),
          );
        }
      }
      return out;
    },
    close: () => void probe.destroy(),
  };
}
