import type { Reasons, Regions } from "./chrome.js";
import { readDateline } from "./dateline.js";
import type { Line } from "./lines.js";

/** Who published a text, and whom it credits as the source of its copy. */
export interface Origin {
  /** The publishing outlet as the text states it, or null: never guessed. */
  outlet: string | null;
  /** Outlets credited as the source or as contributors ("Source: X", "via X", "X contributed"). */
  credits: string[];
}

// A name: capitalised words or numbers, with the small words names contain ("Voice of America").
// Patterns built on it are case-sensitive on purpose: under /i, \p{Lu} matches any letter.
const WORD = String.raw`(?:\p{Lu}(?:[\p{L}\d'’&-]|\.(?=\p{L}))*|\d+)`;
const NAME = String.raw`${WORD}(?:\s+(?:(?:of|the|and|for|&)\s+)*${WORD})*`;
const ROLE =
  /\b(?:correspondent|editor|reporter|writer|columnist|contributor|analyst|producer|chief|intern|freelance|photographer)s?\b/i;
const DESK = /\s+(?:staff|newsdesk|news desk|desk|reporters?|staff reporters?)$/i;

const COPYRIGHT = new RegExp(
  String.raw`^(?:©|\([cC]\)|[Cc]opyright|COPYRIGHT)\s*(?:©|\([cC]\))?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(${NAME})`,
  "u",
);
const SOURCE = new RegExp(String.raw`^(?:[Ss]ources?|SOURCES?)\s*:\s*(${NAME})\.?$`, "u");
const VIA = new RegExp(String.raw`(?:^|\s)(?:[Vv]ia|VIA)\s+(${NAME})\.?$`, "u");
const ORIGINALLY = new RegExp(
  `(?:[Oo]riginally|[Ff]irst) (?:published|appeared|posted) (?:by|on|in|at) (${NAME})`,
  "u",
);
const CONTRIBUTED = new RegExp(String.raw`^(${NAME}) contributed\b`, "u");
const REPORTING_DESK = new RegExp(
  String.raw`\bby (${NAME})['’]s\b[^;)]*\b(?:bureaus?|teams?|desks?|staff)\b`,
  "u",
);

/**
 * Reads the outlet from what the page states, strongest first: front matter, a byline ("By Jane
 * Doe, Outlet", "Outlet Staff"), a wire dateline "(Outlet) -", the masthead, a copyright line, a
 * wire's own credit line. Failing those, a credited source above or below the article ("Source:
 * X", "via X", "originally published by X") is the best the text says; a "Source:" inside the
 * body credits a chart or a fact box, not the page. A contributor ("X contributed to this
 * report") is a credit, never the outlet.
 */
export function readOrigin(
  lines: Line[],
  reasons: Reasons,
  { firstBody, lastBody }: Regions,
  masthead: string | null,
  lead: string | null,
  given: string | undefined,
): Origin {
  const bylines: (string | null)[] = [];
  const deskBylines: (string | null)[] = [];
  const copyrights: (string | null)[] = [];
  const desks: (string | null)[] = [];
  const credited: { name: string; outside: boolean }[] = [];
  const contributors: string[] = [];
  lines.forEach((line, i) => {
    const reason = reasons[i];
    if (reason === null || reason === "image-credit") return;
    for (const segment of line.text.split(/\s+\|\s+/)) {
      // The masthead is the page's name, read as such below, not a byline ("THE MARKETS DESK").
      if (reason !== "masthead") (DESK.test(segment) ? deskBylines : bylines).push(bylineOutlet(segment));
      copyrights.push(COPYRIGHT.exec(segment)?.[1] ?? null);
      desks.push(REPORTING_DESK.exec(segment)?.[1] ?? null);
      const credit = SOURCE.exec(segment)?.[1] ?? VIA.exec(segment)?.[1] ?? ORIGINALLY.exec(segment)?.[1];
      if (credit) credited.push({ name: credit, outside: i < firstBody || i > lastBody });
      const contributor = CONTRIBUTED.exec(segment)?.[1];
      if (contributor) contributors.push(contributor);
    }
  });
  const dateline = lead ? (readDateline(lead)?.outlet ?? null) : null;
  // A desk ("World Desk") is a part of the page's outlet: the masthead names the outlet better.
  const own = [given, ...bylines, dateline, masthead, ...deskBylines, ...copyrights, ...desks];
  const stated = own.find((name): name is string => Boolean(name));
  const found = stated ?? credited.find((c) => c.outside)?.name ?? null;
  const outlet = found ? preferredCasing(clean(found), lines) : null;
  // A page that names itself and also says "Source: itself" credits no one else.
  const credits = [...new Set([...credited.map((c) => c.name), ...contributors].map(clean))].filter(
    (c) => !stated || !sameName(c, outlet),
  );
  return { outlet, credits };
}

/** "By Jane Doe, The Outlet" → "The Outlet"; "By Outlet Staff" / "Outlet Newsdesk - via X" → "Outlet". */
function bylineOutlet(segment: string): string | null {
  const text = segment.replace(/\s+[-–—]\s+via\s.*$/i, "").trim();
  if (DESK.test(text)) {
    const name = text
      .replace(/^by\s+/i, "")
      .replace(DESK, "")
      .trim();
    // "By Jane Roe, Staff Reporter": a person and her role, not an outlet's staff.
    return ROLE.test(name) || name.endsWith(",") ? null : name;
  }
  if (!/^by\s/i.test(text)) return null;
  const afterComma = /,\s*([^,]+)$/.exec(text)?.[1]?.trim();
  if (!afterComma || ROLE.test(afterComma) || !new RegExp(`^${NAME}$`, "u").test(afterComma)) return null;
  return afterComma;
}

const clean = (name: string) => name.replace(/[\s.,;:]+$/, "").trim();

/** "THE DAILY HERALD" → "The Daily Herald" when the page also prints it that way. */
function preferredCasing(name: string, lines: Line[]): string {
  if (name !== name.toUpperCase()) return name;
  const pattern = new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
  for (const line of lines) {
    const match = pattern.exec(line.text)?.[0];
    if (match && match !== match.toUpperCase()) return match;
  }
  return name;
}

const sameName = (a: string, b: string | null) => b !== null && a.toLowerCase() === b.toLowerCase();
