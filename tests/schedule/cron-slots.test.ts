import cron from "node-cron";
import { describe, expect, it } from "vitest";
import { checkSchedule, nextSlot, slotsBetween } from "../../adapters/schedule/cron-slots.js";

const at = (s: string) => Date.parse(s);
const isos = (ts: number[]) => ts.map((t) => new Date(t).toISOString());

describe("digest slots", () => {
  it("places a daily 08:00 in each subscription's own time zone", () => {
    const day = [at("2024-01-15T00:00:00Z"), at("2024-01-16T00:00:00Z")] as const;
    expect(isos(slotsBetween({ cron: "0 8 * * *", timezone: "Europe/London" }, ...day))).toEqual([
      "2024-01-15T08:00:00.000Z",
    ]);
    expect(isos(slotsBetween({ cron: "0 8 * * *", timezone: "Asia/Kolkata" }, ...day))).toEqual([
      "2024-01-15T02:30:00.000Z",
    ]);
    expect(isos(slotsBetween({ cron: "0 8 * * *", timezone: "America/New_York" }, ...day))).toEqual([
      "2024-01-15T13:00:00.000Z",
    ]);
  });

  it("follows summer time: 08:00 London is 07:00 UTC in July", () => {
    expect(
      isos(
        slotsBetween(
          { cron: "0 8 * * *", timezone: "Europe/London" },
          at("2024-07-01T00:00Z"),
          at("2024-07-02T00:00Z"),
        ),
      ),
    ).toEqual(["2024-07-01T07:00:00.000Z"]);
  });

  it("reads weekday ranges as node-cron does: 08:00 and 17:00, Monday to Friday", () => {
    const week = slotsBetween(
      { cron: "0 8,17 * * 1-5", timezone: "America/New_York" },
      at("2024-01-13T00:00:00Z"),
      at("2024-01-20T00:00:00Z"),
    );
    expect(week).toHaveLength(10);
    expect(new Date(week[0] as number).toISOString()).toBe("2024-01-15T13:00:00.000Z");
  });

  it("posts a slot the clock skips (02:30 on spring-forward day) at the next valid minute, 03:00", () => {
    const schedule = { cron: "30 2 * * *", timezone: "America/New_York" };
    // node-cron's own matcher never matches that day: left alone, the slot would be skipped silently.
    const task = cron.createTask(schedule.cron, () => {}, { timezone: schedule.timezone });
    const minutes = Array.from({ length: 24 * 60 }, (_, i) => at("2024-03-10T05:00:00Z") + i * 60_000);
    expect(minutes.filter((m) => task.match(new Date(m)))).toEqual([]);
    task.destroy();

    expect(isos(slotsBetween(schedule, at("2024-03-09T12:00Z"), at("2024-03-11T12:00Z")))).toEqual([
      "2024-03-10T07:00:00.000Z", // 03:00 EDT, the first minute after the jump
      "2024-03-11T06:30:00.000Z",
    ]);
  });

  it("posts several skipped wall times of one gap once, and a repeated wall time (fall back) once", () => {
    expect(
      isos(
        slotsBetween(
          { cron: "*/20 1 * * *", timezone: "Europe/London" },
          at("2024-03-31T00:00Z"),
          at("2024-03-31T12:00Z"),
        ),
      ),
    ).toEqual(["2024-03-31T01:00:00.000Z"]);
    expect(
      isos(
        slotsBetween(
          { cron: "30 1 * * *", timezone: "America/New_York" },
          at("2024-11-03T00:00Z"),
          at("2024-11-04T00:00Z"),
        ),
      ),
    ).toEqual(["2024-11-03T05:30:00.000Z"]);
  });

  it("finds the next slot after an instant, a month ahead if need be", () => {
    expect(nextSlot({ cron: "0 9 1 * *", timezone: "Asia/Tokyo" }, at("2024-01-02T00:00Z"))).toBe(
      at("2024-02-01T00:00Z"),
    );
  });
});

describe("schedule validation", () => {
  const problem = (cronPattern: string, timezone: string) => {
    const check = checkSchedule({ cron: cronPattern, timezone });
    return check.ok ? "" : check.problem;
  };

  it("accepts a good schedule", () => {
    expect(checkSchedule({ cron: "0 8,17 * * 1-5", timezone: "Europe/London" })).toEqual({ ok: true });
  });

  it("names an unknown time zone, suggests the close one and gives examples", () => {
    expect(problem("0 8 * * *", "london")).toBe(
      '"london" is not a time zone I know; did you mean Europe/London? (e.g. Europe/London, America/New_York, Asia/Tokyo or UTC).',
    );
    expect(problem("0 8 * * *", "Mars/Olympus")).toContain("use an IANA name");
  });

  it("explains a malformed or impossible cron pattern with an example", () => {
    expect(problem("0 25 * * *", "UTC")).toBe(
      '"0 25 * * *" is not a valid cron schedule: "25" in the hour (0-23) field is out of range or malformed; e.g. "0 8,17 * * 1-5" is 08:00 and 17:00 on weekdays.',
    );
    expect(problem("0 8 * *", "UTC")).toContain("it needs five fields (minute hour day month weekday)");
    expect(problem("0 0 31 2 *", "UTC")).toContain('"0 0 31 2 *" is not a valid cron schedule');
    expect(problem("0 0 29 2 1", "UTC")).toContain("never comes round in the next five years");
  });
});
