import { bareName, nameKey } from "./name-key.js";
import { COUNTRY_TABLE } from "./vocabulary/countries.js";
import { INSTITUTION_TABLE } from "./vocabulary/institutions.js";
import { REGION_TABLE } from "./vocabulary/regions.js";

export type PlaceKind = "country" | "city" | "region";

/** What a term names in the world: a place, a people, or an institution that speaks for a country. */
export interface GazetteerEntry {
  /** Canonical English name of the place or institution (the country itself for a demonym). */
  name: string;
  kind: PlaceKind | "demonym" | "institution" | "international-body";
  /** The country the term belongs to or speaks for; null for international bodies. */
  country: string | null;
}

const entries = new Map<string, GazetteerEntry>();
// Short acronyms ("US", "UN", "WHO") collide with ordinary words, so they only match when written in capitals.
const acronyms = new Map<string, GazetteerEntry>();

function rows(table: string): string[][] {
  return table
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split("|"));
}

function list(field: string | undefined): string[] {
  return (field ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

function isAcronym(term: string): boolean {
  return /^(?:[A-Z]\.?){2,6}$/.test(term);
}

// The first writer of a key wins: tables are added from the most to the least authoritative.
function add(term: string, entry: GazetteerEntry): void {
  const key = nameKey(term);
  const target = isAcronym(term) ? acronyms : entries;
  if (key && !target.has(key)) target.set(key, entry);
}

const COUNTRY_ROWS = rows(COUNTRY_TABLE);
for (const [name = "", aliases] of COUNTRY_ROWS) {
  for (const term of [name, ...list(aliases)]) add(term, { name, kind: "country", country: name });
}
for (const [name = "", , , cities] of COUNTRY_ROWS) {
  for (const city of list(cities)) add(city, { name: city, kind: "city", country: name });
}
for (const [names = "", country = ""] of rows(INSTITUTION_TABLE)) {
  const [canonical = "", ...aliases] = list(names);
  const entry: GazetteerEntry = country
    ? { name: canonical, kind: "institution", country }
    : { name: canonical, kind: "international-body", country: null };
  for (const term of [canonical, ...aliases]) add(term, entry);
}
for (const [names = "", country = ""] of rows(REGION_TABLE)) {
  for (const region of list(names)) add(region, { name: region, kind: "region", country: country || null });
}

/** Demonym (as written in the table, e.g. "Iraqi") → canonical country. */
export const DEMONYMS: ReadonlyMap<string, string> = new Map(
  COUNTRY_ROWS.flatMap(([name = "", , demonyms]) => list(demonyms).map((d) => [d, name] as const)),
);
for (const [demonym, country] of DEMONYMS) add(demonym, { name: country, kind: "demonym", country });

/** Canonical names of every country in the gazetteer. */
export const COUNTRIES: readonly string[] = COUNTRY_ROWS.map(([name = ""]) => name);

/**
 * Looks a term up, ignoring case, accents, apostrophes, punctuation, a leading "the" and a possessive
 * ("the U.S.", "Iraq's", "Elysée"). Acronyms of two or three letters must be written in capitals.
 */
export function lookupPlace(term: string): GazetteerEntry | null {
  let hit = looked.get(term);
  if (hit === undefined) {
    hit = lookup(term);
    if (looked.size > 50_000) looked.clear();
    looked.set(term, hit);
  }
  return hit;
}
const looked = new Map<string, GazetteerEntry | null>();

function lookup(term: string): GazetteerEntry | null {
  const bare = bareName(term);
  const key = nameKey(bare);
  if (!key) return null;
  const acronym = acronyms.get(key);
  if (acronym && (bare === bare.toUpperCase() || (key.length >= 4 && /^\p{Lu}/u.test(bare)))) return acronym;
  const entry = entries.get(key);
  if (entry) return entry;
  // Plural demonyms: "Iraqis", "Americans".
  const singular = key.endsWith("s") ? entries.get(key.slice(0, -1)) : undefined;
  return singular?.kind === "demonym" ? singular : null;
}

/** The country a country name, demonym, city, region or national institution stands for. */
export function countryOf(term: string): string | null {
  return lookupPlace(term)?.country ?? null;
}

export function placeKind(term: string): PlaceKind | null {
  const kind = lookupPlace(term)?.kind;
  return kind === "country" || kind === "city" || kind === "region" ? kind : null;
}

export function isKnownPlace(term: string): boolean {
  return placeKind(term) !== null;
}
