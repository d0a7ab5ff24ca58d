// English only: the package root also loads fifteen other locales, a fifth of a second at start-up.
import * as chrono from "chrono-node/en";
import { readDateline } from "./dateline.js";
import type { FrontMatter } from "./front-matter.js";

// A publication date is reported only when the page states one with its year ("June 28, 2021",
// "Published 14 May 2021"). "Updated 3 hours ago" is a date relative to an unknown moment, and a
// dateline's "Feb 26" has no year: both give null rather than a guess.

const WRITTEN_YEAR = /\b(?:19|20)\d{2}\b/;
const MAX_DATE_LINE_WORDS = 12;
/** Words that may surround a date on a date line without being anything else. */
const DATE_LINE_FILLER =
  /\b(?:published|posted|updated|last updated|first published|on|at|by|gmt|utc|et|est|edt|pt|pst|pdt|bst|cet|cest|local time)\b|\b\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|[\s,|:.()/–—-]/gi;

interface FoundDate {
  iso: string;
  text: string;
}

/** The first date in `text` stated with day, month and a written year. */
export function statedDate(text: string): FoundDate | null {
  for (const result of chrono.strict.parse(text, new Date(0), { forwardDate: false })) {
    const start = result.start;
    const certain = start.isCertain("year") && start.isCertain("month") && start.isCertain("day");
    if (!certain || !WRITTEN_YEAR.test(result.text)) continue;
    const iso = [start.get("year"), start.get("month"), start.get("day")]
      .map((n, i) => String(n).padStart(i === 0 ? 4 : 2, "0"))
      .join("-");
    return { iso, text: result.text };
  }
  return null;
}

/** Whether a line says nothing but a date ("Saturday, 27 February 2021", "May 10, 2021 9:47 PM GMT"). */
export function isDateLine(text: string): boolean {
  if (!WRITTEN_YEAR.test(text) || text.split(" ").length > MAX_DATE_LINE_WORDS) return false;
  const found = statedDate(text);
  return found !== null && text.replace(found.text, "").replace(DATE_LINE_FILLER, "") === "";
}

/**
 * The publication date: front matter first (when it is a date), then the first date line of the page's header or
 * footer, then a dated byline or dateline ("WASHINGTON, Feb. 26, 2021 (Wire) -").
 */
export function publishedDate(
  front: FrontMatter,
  dateLines: string[],
  leadParagraph: string | null,
): string | null {
  const given = front.published ? statedDate(front.published) : null;
  if (given) return given.iso;
  for (const line of dateLines) {
    const found = statedDate(line);
    if (found && !/^\s*(?:last )?updated\b/i.test(line)) return found.iso;
  }
  const written = leadParagraph ? readDateline(leadParagraph)?.date : null;
  return written ? (statedDate(written)?.iso ?? null) : null;
}
