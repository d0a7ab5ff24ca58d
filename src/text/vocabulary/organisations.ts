// Words that mark a name as an organisation ("Ministry", "Forces", "Inc"). General English, lower case.

/** A capitalised name containing one of these is an organisation ("Syrian Observatory for Human Rights"). */
export const ORGANISATION_WORDS: ReadonlySet<string> = new Set([
  "ministry",
  "department",
  "office",
  "forces",
  "force",
  "army",
  "navy",
  "military",
  "guard",
  "guards",
  "corps",
  "command",
  "brigade",
  "brigades",
  "battalion",
  "regiment",
  "militia",
  "observatory",
  "agency",
  "council",
  "committee",
  "commission",
  "authority",
  "administration",
  "service",
  "services",
  "bureau",
  "police",
  "government",
  "parliament",
  "assembly",
  "senate",
  "congress",
  "court",
  "party",
  "front",
  "movement",
  "coalition",
  "alliance",
  "union",
  "federation",
  "association",
  "organisation",
  "organization",
  "foundation",
  "institute",
  "university",
  "group",
  "network",
  "company",
  "corporation",
  "inc",
  "corp",
  "co",
  "ltd",
  "llc",
  "plc",
  "ag",
  "sa",
  "gmbh",
  "holdings",
  "industries",
  "technologies",
  "systems",
  "partners",
  "capital",
  "bank",
  "fund",
  "airlines",
  "airways",
  "energy",
  "news",
  "times",
  "post",
  "journal",
  "herald",
  "tribune",
  "radio",
  "television",
  "tv",
  "press",
  "media",
  "channel",
  "center",
  "centre",
  "hospital",
  "watch",
  "international",
]);

/**
 * Kinds of organisation that report facts rather than take a side: their statements are claims, not
 * reactions (unless they speak for a state, as state media do).
 */
export const REPORTING_ORGANISATION =
  /\b(?:observatory|monitor|monitoring|watchdog|news|media|newspaper|broadcaster|outlet|television|tv|radio|times|post|journal|herald|tribune|press|channel|wire|researchers?|think[- ]tank|tracking service|geological survey|seismolog\w*|meteorolog\w*|weather service|hurricane cent(?:er|re))\b/i;

/** Words that make a news organisation the voice of a state ("state media", "state-run news agency"). */
export const STATE_MEDIA =
  /\b(?:state[- ](?:run|owned|controlled|media|tv|television|news)|official news agency)\b/i;

/**
 * Bodies named by ranks ("the General Staff", "the Joint Chiefs of Staff"): "Staff" alone is not an
 * organisation word, for "Chief of Staff Ron Vale" is a person with his title.
 */
const BODIES_OF_RANKS = ["general staff", "chiefs of staff"];

/** Whether words (lower case) end in the name of a body of ranks. */
export const bodyOfRanks = (words: readonly string[]): boolean =>
  BODIES_OF_RANKS.some((b) => words.join(" ").endsWith(b));

/** An organisation word, or its plural ("Centers for …", "Ministries"). */
export const isOrganisationWord = (w: string): boolean =>
  ORGANISATION_WORDS.has(w) ||
  ORGANISATION_WORDS.has(w.replace(/(?:ie)?s$/, (x) => (x === "ies" ? "y" : "")));

/** Whether a capitalised run's words (lower case) name an organisation. */
export const organisationWords = (words: readonly string[]): boolean =>
  words.some(isOrganisationWord) || bodyOfRanks(words);
