import { describe, expect, it } from "vitest";
import { storyContext } from "../../src/analysis/story-context.js";
import type { Document } from "../../src/corpus/document.js";
import { findDates, isBackground } from "../../src/text/dates.js";

const published = new Date("2021-06-28T12:00:00Z");

describe("dates", () => {
  it("resolves weekdays against the report's date, looking back", () => {
    const [sunday] = findDates("Biden ordered an air strike on Sunday night", published);
    expect(sunday).toMatchObject({ day: "2021-06-27", partOfDay: "night", dayKnown: true });
    const [thursday] = findDates("announced the strike on Thursday evening", published);
    expect(thursday?.day).toBe("2021-06-24");
  });

  it("moves a bare month that chrono puts in the future back a year", () => {
    expect(findDates("the breach disclosed in December", published)[0]?.day).toBe("2020-12-01");
  });

  it("drops a weekday and date still ahead, instead of moving it back a year", () => {
    const reference = new Date("2005-01-08T12:00:00Z");
    expect(findDates("They will gather on Sunday, January 23, to raise money.", reference)).toEqual([]);
  });

  it("tells which clock a time is on", () => {
    const mentions = findDates("at about 01:00 on Monday (22:00 GMT on Sunday)", published);
    expect(mentions.map((m) => [m.day, m.partOfDay])).toEqual([
      ["2021-06-28", "early"],
      ["2021-06-27", "evening"],
    ]);
    expect(findDates("in the early hours of Friday local time", published)[0]?.clock).toBe("local");
  });

  it("leaves a relative date as written when the report states no date", () => {
    const [friday] = findDates("The ferry sank on Friday night.", null);
    expect(friday).toMatchObject({ text: "on Friday night", day: null, dayKnown: true });
    expect(findDates("The ferry sank on 12 March 2019.", null)[0]?.day).toBe("2019-03-12");
    expect(findDates("Help arrived 36 hours ago.", null).map((d) => d.day)).toEqual([null]);
  });

  it("skips durations that are not dates", () => {
    expect(findDates("five days after the attack", published)).toEqual([]);
  });

  it("calls a sentence background when it recalls an earlier event", () => {
    const story = "2021-06-27";
    expect(isBackground("In early June, Iraq released a militia commander.", published, story)).toBe(true);
    expect(isBackground("In 2016, a leak forced a partial shutdown.", published, story)).toBe(true);
    expect(isBackground("Its leader was killed in a drone strike last year.", published, story)).toBe(true);
    expect(isBackground("The strikes took place early on Monday.", published, story)).toBe(false);
    expect(isBackground("the second round since he took office in January", published, story)).toBe(false);
  });
});

describe("an undated report in its story", () => {
  const report = (id: string, published: string | null, derivedFrom: string | null = null) =>
    ({ id, published, derivedFrom }) as Document;

  it("has no date of its own and never the clock's", () => {
    const story = storyContext([report("a", null)]);
    expect(story.storyDay).toBeNull();
    expect(story.dateOf("a")).toBeNull();
  });

  it("takes its original's date when it is a copy, and only then", () => {
    const story = storyContext([
      report("orig", "2020-05-01"),
      report("copy", null, "orig"),
      report("other", null),
    ]);
    expect(story.dateOf("copy")?.toISOString().slice(0, 10)).toBe("2020-05-01");
    expect(story.dateOf("other")).toBeNull();
  });
});
