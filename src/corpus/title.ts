import type { Reasons, Regions } from "./chrome.js";
import { SECTION_WORDS } from "./chrome-patterns.js";
import type { Line } from "./lines.js";
import { wordCount } from "./lines.js";

/** What the page header says before the article starts. */
export interface Header {
  title: string | null;
  /** The outlet's name as printed at the top of the page, when the page shows one. */
  masthead: string | null;
}

const MIN_TITLE_WORDS = 4;

/**
 * Picks the headline among the header's remaining lines (the first of at least four words) and
 * marks what stands above it: the masthead (the page's first line, a name) and section labels
 * ("SECURITY", "World"). Marks the title line itself too, since the title is kept apart.
 */
export function readHeader(
  lines: Line[],
  reasons: Reasons,
  { firstBody }: Regions,
  givenTitle?: string,
): Header {
  const candidates = lines
    .map((_, i) => i)
    .filter((i) => i < firstBody && reasons[i] === null && lines[i]?.text !== "");
  const text = (i: number) => lines[i]?.text ?? "";
  const masthead = findMasthead(lines, reasons, candidates);
  const rest = candidates.filter((i) => i !== masthead.line);

  if (givenTitle !== undefined) {
    const same = rest.find((i) => sameText(text(i), givenTitle));
    if (same !== undefined) reasons[same] = "title";
    return { title: givenTitle, masthead: masthead.name };
  }
  const titleLine = rest.find((i) => wordCount(text(i)) >= MIN_TITLE_WORDS) ?? rest[0];
  if (titleLine === undefined) return { title: null, masthead: masthead.name };
  for (const i of rest) if (i < titleLine) reasons[i] = "section-label";
  reasons[titleLine] = "title";
  return { title: text(titleLine), masthead: masthead.name };
}

/**
 * The page's first line when it is a name ("THE DAILY HERALD", "Channel 9") standing above a
 * headline, or the first item of a top menu ("City Radio | News | World"). A name counts as
 * the masthead when the page names it again (byline, footer, copyright) or prints it in capitals.
 * Marks the masthead line.
 */
function findMasthead(
  lines: Line[],
  reasons: Reasons,
  candidates: number[],
): { line: number; name: string | null } {
  const first = lines.findIndex((l, i) => l.text !== "" && reasons[i] !== "front-matter");
  const none = { line: -1, name: null };
  const line = lines[first];
  if (!line) return none;
  const body = lines
    .filter((_, i) => i !== first)
    .map((l) => l.text)
    .join("\n")
    .toLowerCase();
  if (reasons[first] === "site-menu" && line.text.includes(" | ")) {
    const name = line.text.split(" | ")[0] ?? "";
    // A name of two words or more leading the page's first menu line is the site's own.
    const leads = name.includes(" ");
    return isName(name) && (leads || body.includes(name.toLowerCase())) ? { line: -1, name } : none;
  }
  const followedByHeadline = candidates.some(
    (i) => i > first && wordCount(lines[i]?.text ?? "") >= MIN_TITLE_WORDS,
  );
  if (reasons[first] !== null || !isName(line.text) || !followedByHeadline) return none;
  // Printed in capitals is enough for a name of two words or more; one word must recur ("BBC").
  const capitals = line.text === line.text.toUpperCase() && line.text.includes(" ");
  // A site prints its name right above its section menu ("News | World | Sport").
  const next = lines.findIndex((l, i) => i > first && l.text !== "");
  const aboveMenu = next > first && reasons[next] === "site-menu";
  const confirmed = body.includes(line.text.toLowerCase()) || capitals || aboveMenu;
  if (!confirmed) return none;
  reasons[first] = "masthead";
  return { line: first, name: line.text };
}

/** A short run of capitalised words that is not only section names. */
function isName(text: string): boolean {
  const words = text.split(" ");
  if (words.length > 5 || /[.!?:;,]$/.test(text)) return false;
  const shaped = words.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(?:of|the|and|de|du|la|le)$/.test(w));
  return shaped && !words.every((w) => SECTION_WORDS.has(w.toLowerCase()));
}

const sameText = (a: string, b: string) =>
  a.toLowerCase().replace(/\W+/g, "") === b.toLowerCase().replace(/\W+/g, "");
