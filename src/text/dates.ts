// English only: the package root also loads fifteen other locales, a fifth of a second at start-up.
import * as chrono from "chrono-node/en";
import { rememberedByTwoKeys } from "./remembered.js";

// Dates as news reports them, resolved against the document's own date. News looks back: a bare
// weekday or month refers to the past unless the text says otherwise, so chrono's guesses that land
// in the future are moved back. A report that states no date of its own has nothing to resolve
// "Friday" against: only dates it writes out in full get a day, the rest stay as written (never the
// clock of the machine reading it).

export interface DateMention {
  /** The expression as written, verbatim from the text. */
  text: string;
  start: number;
  /** YYYY-MM-DD; null when the text is relative and the report states no date to resolve it against. */
  day: string | null;
  /** True when the text pins the day (a weekday, a date), false for "in February". */
  dayKnown: boolean;
  partOfDay: "night" | "evening" | "morning" | "early" | null;
  /** The text says which clock it uses ("local time", "in Washington", "GMT"). */
  clock: "local" | "remote" | "utc" | null;
}

const DAY_MS = 86_400_000;
const isoDay = (d: Date) => d.toISOString().slice(0, 10);

// Most sentences name no date: a cheap look for date words spares chrono's parser, the costliest step.
const DATE_WORD =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)days?\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b|\b(?:today|yesterday|tonight|tomorrow|ago|last|next|this|earlier|night|morning|evening|afternoon|dawn|noon|midnight|week|month|year)\b|\d{1,2}[:.]\d{2}|\d\s?[ap]\.?m\b|\b\d{4}-\d{2}-\d{2}\b/i;
// By reference instant, then by text; enough for the stories being analysed.
const remembered = rememberedByTwoKeys<DateMention[]>();

/**
 * Every date expression in a text that resolves to a day no later than the reference date + 1.
 * Without a reference, only fully written dates ("25 February 2021") resolve.
 */
export function findDates(text: string, reference: Date | null): DateMention[] {
  if (!DATE_WORD.test(text)) return [];
  return remembered(reference?.toISOString() ?? "undated", text, () => parseDates(text, reference));
}

/** Any fixed instant: with no reference only the parts the text itself states are kept. */
const NO_REFERENCE = new Date("2000-01-01T12:00:00Z");

function parseDates(text: string, reference: Date | null): DateMention[] {
  const instant = reference ?? NO_REFERENCE;
  const results = chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false });
  const mentions: DateMention[] = [];
  for (const r of results) {
    if (/\b(after|later|from now|in \w+ (days|weeks))\b/i.test(r.text)) continue;
    let date: Date | null = r.start.date();
    // Without a reference only a date the text writes out in full stands: chrono marks every part of a
    // relative date ("36 hours", "yesterday") certain, counted from whatever instant it was given.
    const written =
      r.start.isCertain("year") &&
      r.start.isCertain("month") &&
      r.start.isCertain("day") &&
      /\b\d{4}\b/.test(r.text);
    if (!reference) {
      if (!written) date = null;
    } else if (date.getTime() > reference.getTime() + DAY_MS) {
      if (r.start.isCertain("weekday") && !r.start.isCertain("day"))
        date = new Date(date.getTime() - 7 * DAY_MS);
      else if (!r.start.isCertain("year")) {
        date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
        // "on Sunday, January 23" in a report of January 8 is ahead: the weekday would not fit last year.
        if (r.start.isCertain("weekday") && date.getUTCDay() !== r.start.get("weekday")) continue;
      } else continue;
    }
    const around = text.slice(Math.max(0, r.index - 20), r.index + r.text.length + 30);
    mentions.push({
      text: r.text.replace(/[\s,.;)]+$/, ""),
      start: r.index,
      day: date ? isoDay(date) : null,
      dayKnown: r.start.isCertain("day") || r.start.isCertain("weekday"),
      partOfDay: partOfDay(around, r.start.get("hour")),
      clock: /\(local time\) in [A-Z]|\b[A-Z][a-z]+ time\b/.test(around)
        ? "remote"
        : /\blocal\b/i.test(around)
          ? "local"
          : /\b(GMT|UTC)\b/.test(around)
            ? "utc"
            : null,
    });
  }
  return mentions;
}

function partOfDay(around: string, hour: number | null): DateMention["partOfDay"] {
  if (/\b(night|overnight|late)\b/i.test(around)) return "night";
  if (/\bevening\b/i.test(around)) return "evening";
  if (/\b(early|dawn|pre-dawn|small hours)\b/i.test(around)) return "early";
  if (/\bmorning\b/i.test(around)) return "morning";
  if (hour !== null && hour !== 12) {
    if (hour < 6) return "early";
    if (hour >= 18) return "evening";
  }
  return null;
}

const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;
const YEAR_RE = /\b(?:in|since|of|during|until)\s+(?:(?:early|late|mid-?)\s*)?((?:19|20)\d\d)\b/gi;
const PAST_CUES = /\b(last year|years ago|at the time|a year ago|the previous year|in the past)\b/i;

/** True when a sentence is about something earlier than the story (an attack the article recalls). */
export function isBackground(text: string, documentDate: Date | null, storyDay: string | null): boolean {
  if (PAST_CUES.test(text)) return true;
  if (storyDay === null) return false;
  const storyYear = Number(storyDay.slice(0, 4));
  for (const m of text.matchAll(YEAR_RE)) if (Number(m[1]) < storyYear) return true;
  const threshold = Date.parse(storyDay) - 4 * DAY_MS;
  // "since he took office in January" dates a reference point, not the event; "since August 2011,
  // when insurgents shot down..." goes on to tell that earlier event.
  const sinceClause = (d: DateMention) =>
    /\bsince\b[^,;.]{0,40}$/i.test(text.slice(0, d.start)) &&
    !/^[^,;.]*,\s*when\b/i.test(text.slice(d.start));
  // An undated report's "in February" is still earlier than a story that broke in June: judged against
  // the story's first day (only to call it background, never to print a date). Weekdays are not.
  const reference = documentDate ?? new Date(`${storyDay}T12:00:00Z`);
  return findDates(text, reference).some(
    (d) =>
      d.day !== null &&
      (documentDate !== null || MONTH_NAME.test(d.text)) &&
      Date.parse(d.day) < threshold &&
      !sinceClause(d),
  );
}
