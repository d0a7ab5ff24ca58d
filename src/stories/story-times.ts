import type { Document } from "../corpus/document.js";
import { FRESH_DAYS } from "./grouping-settings.js";

// When each story was last told. Reports of one event come close together in a feed: within hours
// when dated, within a few arrivals when not. A story still being told takes a loosely alike report;
// one gone quiet needs more, for a later report as loosely alike is more often a later event of the
// same people and places (the next stage of a nomination, a second strike) than an update.

export interface StoryTimes {
  /** Notes that a story took a report: the arrival count when it did, and the report's day. */
  told(story: number, arrival: number, day: number): void;
  /** Whether a story was told within `recent` arrivals of `arrival`. */
  recent(story: number, arrival: number, recent: number): boolean;
  /**
   * How surely a story was told within two days of `day`: 1 when it was, by the report's own date;
   * ½ when the report is undated and the story was told near the feed's present, which dates it
   * only by where it arrived; 0 otherwise.
   */
  near(story: number, day: number): number;
  /** A story merged into another: its days become the other's. */
  merge(into: number, other: number): void;
  forget(story: number): void;
  clear(): void;
}

/** The article's day (days since 1970), NaN when it is undated. */
export const dayOf = (doc: Document) =>
  doc.published === null ? Number.NaN : Date.parse(doc.published) / 86_400_000;

export function storyTimes(): StoryTimes {
  const times = new Map<number, { arrival: number; days: Set<number> }>();
  /**
   * The day of the latest dated arrival: a feed delivers reports as they are filed, so an undated
   * page (a site's "updated 2 hours ago") arriving among them is of that day.
   */
  let present = Number.NaN;
  return {
    told(story, arrival, day) {
      const t = times.get(story) ?? { arrival, days: new Set<number>() };
      t.arrival = arrival;
      if (!Number.isNaN(day)) {
        t.days.add(day);
        present = day;
      }
      times.set(story, t);
    },
    recent(story, arrival, recent) {
      const t = times.get(story);
      return t !== undefined && arrival - t.arrival <= recent;
    },
    near(story, day) {
      const inferred = Number.isNaN(day);
      const when = inferred ? present : day;
      for (const d of times.get(story)?.days ?? [])
        if (Math.abs(d - when) <= FRESH_DAYS) return inferred ? 0.5 : 1;
      return 0;
    },
    merge(into, other) {
      for (const d of times.get(other)?.days ?? []) times.get(into)?.days.add(d);
      times.delete(other);
    },
    forget: (story) => times.delete(story),
    clear() {
      times.clear();
      present = Number.NaN;
    },
  };
}
