import { countryOf, lookupPlace } from "./gazetteer.js";
import { nameKey } from "./name-key.js";
import { joinedAcrossParticles } from "./name-particles.js";
import { remitGoesOn } from "./org-remit.js";
import { lastTitleEnd, ROLES_BY_LENGTH } from "./title-span.js";
import { bare, bareWords } from "./token-words.js";
import { DATE_WORDS, isCapitalised, isLexiconWord, isTitleCase, type Token, tokenize } from "./tokens.js";
import { GIVEN_NAMES } from "./vocabulary/given-names.js";
import {
  bodyOfRanks,
  isOrganisationWord,
  ORGANISATION_WORDS,
  organisationWords,
} from "./vocabulary/organisations.js";
import { REPORTING_VERBS } from "./vocabulary/reporting-verbs.js";
import { PERSON_TITLES, ROLE_PHRASES } from "./vocabulary/titles.js";

export { nameKey } from "./name-key.js";

export type NameType = "person" | "organisation" | "place" | "unknown";

/** A proper name in a sentence, typed from general cues; `text` is verbatim at `start`..`end`. */
export interface NameMention {
  text: string;
  start: number;
  end: number;
  type: NameType;
  /** nameKey(text): spellings with and without accents or apostrophes share it. */
  key: string;
  /** Title or role written just before the name ("Defense Secretary", "press secretary"), or null. */
  title: string | null;
  /** The country a place, demonym or national institution stands for. */
  country: string | null;
  /** An acronym defined in brackets right after the name ("(PMF)"), without the brackets. */
  acronym: string | null;
}

const PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "de",
  "da",
  "di",
  "del",
  "van",
  "von",
  "der",
  "le",
  "la",
  "du",
]);
const JOINERS = new Set(["of", "for", "on", "and"]);
const PLACE_BEFORE = new Set(["in", "near", "outside", "across", "town", "city", "village", "province"]);
const PLACE_AFTER =
  /^(?:province|governorate|region|district|county|town|city|village|border|crossing|area|airport|valley|river|island|peninsula|coast|state)$/;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;

const cache = new Map<string, NameMention[]>();

/** Proper names of a sentence, typed person / organisation / place / unknown. Cached per sentence. */
export function findNames(text: string): NameMention[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const tokens = tokenize(text);
  const mentions: NameMention[] = [];
  // A loop, not flatMap (several times slower): every distinct sentence of a story is read here.
  if (!isTitleCase(tokens)) for (const run of runsOf(tokens)) mentions.push(...mentionsOf(text, tokens, run));
  const joined = joinedAcrossParticles(text, mentions);
  if (cache.size > 20_000) cache.clear();
  cache.set(text, joined);
  return joined;
}

function isNameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !isCapitalised(t) || !/^\p{L}[\p{L}.]/u.test(t.text) || DATE_WORDS.has(bare(t))) return false;
  if (t.stopWord && t.text === t.text.toUpperCase() && !lookupPlace(t.text)) return false; // "READ MORE"
  const prev = tokens[i - 1];
  // A glued hyphen joins a name's parts ("Al-Sour"); only a spaced dash opens a clause.
  const sentenceStart =
    !prev || (/^[.:!?"“‘(—-]$/.test(prev.text) && !(prev.text === "-" && prev.end === t.start));
  if (!sentenceStart) return t.pos !== "PRON" && t.pos !== "DET" && t.pos !== "CCONJ" && t.pos !== "ADP";
  // Every first word is capitalised: it is a name only with more evidence than its capital.
  if (t.pos !== "PROPN") return false;
  const next = tokens[i + 1];
  return (
    !isLexiconWord(t.text) ||
    (next !== undefined && isCapitalised(next) && next.start === t.end + 1) ||
    (next !== undefined &&
      REPORTING_VERBS.has(next.lower) &&
      !(t.lower.endsWith("s") && isLexiconWord(t.text))) ||
    lookupPlace(t.text) !== null ||
    GIVEN_NAMES.has(bare(t)) ||
    (PERSON_TITLES.has(bare(t)) && next?.lower === "of" && isCapitalised(tokens[i + 2] ?? t)) ||
    ACRONYM.test(t.text)
  );
}

/** Token index ranges [from, to] of name runs, with particles, hyphens and "of"/"for" in org names. */
function runsOf(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens, i) && !startsWithParticle(tokens, i)) {
      i++;
      continue;
    }
    const from = i;
    let to = i;
    for (let j = i + 1; j < tokens.length; j++) {
      const t = tokens[j] as Token;
      if (isNameToken(tokens, j)) to = j;
      else if (t.text === "-" && glued(tokens, j) && isNameOrParticle(tokens, j + 1)) continue;
      else if (PARTICLES.has(t.lower) && isNameOrParticle(tokens, j + 1, true)) continue;
      else if (JOINERS.has(t.lower) && joins(tokens, from, j)) continue;
      else if (t.lower === "the" && tokens[j - 1]?.lower === "of" && isNameToken(tokens, j + 1)) continue;
      else break;
      i = j;
    }
    runs.push([from, to]);
    i = to + 1;
  }
  return runs;
}

const glued = (tokens: Token[], j: number) =>
  (tokens[j - 1]?.end ?? -1) === (tokens[j] as Token).start &&
  (tokens[j] as Token).end === (tokens[j + 1]?.start ?? -1);

function isNameOrParticle(tokens: Token[], j: number, nameOnly = false): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.text === "-") return glued(tokens, j) && isNameToken(tokens, j + 1);
  return isNameToken(tokens, j) || (!nameOnly && PARTICLES.has(t.lower));
}

function startsWithParticle(tokens: Token[], i: number): boolean {
  return (
    PARTICLES.has((tokens[i] as Token).lower) && tokens[i + 1]?.text === "-" && isNameToken(tokens, i + 2)
  );
}

/** "Ministry of Defence", "Observatory for Human Rights", "Trinidad and Tobago": a joiner inside a name. */
function joins(tokens: Token[], from: number, j: number): boolean {
  const right = rightRun(tokens, j + 1);
  if (right === null) return false;
  const leftWords = bareWords(tokens, from, j);
  const rightWords = bareWords(tokens, j + 1, right + 1);
  const joined = tokens
    .slice(from, right + 1)
    .map((t) => t.text)
    .join(" ");
  if (lookupPlace(joined)) return true;
  if ((tokens[j] as Token).lower === "and") {
    const rightText = tokens.slice(j + 1, right + 1).map((t) => t.text);
    return (
      (ORGANISATION_WORDS.has(rightWords.at(-1) ?? "") &&
        !leftWords.some((w) => ORGANISATION_WORDS.has(w))) ||
      remitGoesOn(leftWords, rightText)
    );
  }
  const last = leftWords.at(-1) ?? "";
  const body = bodyOfRanks([...leftWords, (tokens[j] as Token).lower, ...rightWords]);
  return body || isOrganisationWord(last) || PERSON_TITLES.has(last) || ROLE_PHRASES.includes(last);
}

function rightRun(tokens: Token[], from: number): number | null {
  let k = from;
  if (tokens[k]?.lower === "the") k++;
  if (!isNameToken(tokens, k)) return null;
  while (isNameToken(tokens, k + 1)) k++;
  return k;
}

/** The mentions in one run: a title prefix is split off ("US Defense Secretary" + "Lloyd Austin"). */
function mentionsOf(text: string, tokens: Token[], [from, to]: [number, number]): NameMention[] {
  const whole = tokens
    .slice(from, to + 1)
    .map((t) => t.text)
    .join(" ");
  const words = bareWords(tokens, from, to + 1);
  // "the president of Ruritania Ivan Doe" in translated copy: after "of", a country written right
  // before a given name is the office's, not part of the name.
  const countryFirst =
    to > from + 1 &&
    tokens[from - 1]?.lower === "of" &&
    lookupPlace((tokens[from] as Token).text) !== null &&
    GIVEN_NAMES.has(words[1] ?? "");
  // An organisation word inside the title is its portfolio ("Energy Minister Ana Ruiz"); after it, the run is a body's name.
  const titled = lastTitleEnd(words);
  const titleEnd = countryFirst
    ? 0
    : organisationWords(words.slice(titled + 1)) || bodyOfRanks(words) || lookupPlace(whole)
      ? -1
      : titled;
  const out: NameMention[] = [];
  if (titleEnd >= 0) {
    out.push(...prefixPlaces(text, tokens, from, from + titleEnd));
    if (from + titleEnd >= to) return out;
  }
  const start = from + titleEnd + 1;
  const title = countryFirst
    ? roleBefore(text, tokens, from)
    : titleEnd >= 0
      ? text.slice((tokens[from] as Token).start, (tokens[from + titleEnd] as Token).end)
      : roleBefore(text, tokens, start);
  out.push(mention(text, tokens, start, to, title));
  return out;
}

/** Places and institutions named inside a title ("US" in "US Defense Secretary"). */
function prefixPlaces(text: string, tokens: Token[], from: number, to: number): NameMention[] {
  const out: NameMention[] = [];
  for (let i = from; i <= to; i++) {
    for (let j = to; j >= i; j--) {
      const span = text.slice((tokens[i] as Token).start, (tokens[j] as Token).end);
      if (lookupPlace(span) && !PERSON_TITLES.has(bare(tokens[i] as Token))) {
        out.push(mention(text, tokens, i, j, null));
        i = j;
        break;
      }
    }
  }
  return out;
}

/** ", a Pentagon spokesman," or ", a shopkeeper," — an apposition naming a role or a kind of person. */
function appositionRole(words: string[]): boolean {
  if (words[0] !== "a" && words[0] !== "an" && words[0] !== "the") return false;
  // The apposition's head comes before any complement: "an analyst at the consultancy Acme".
  const stop = words.findIndex((w, i) => i > 0 && /^(?:,|at|of|for|with|in|from|on)$/.test(w));
  const head = (stop < 0 ? words : words.slice(0, stop)).join(" ");
  const noun = head.split(" ").at(-1) ?? "";
  if (ORGANISATION_WORDS.has(noun) || BUSINESS_NOUNS.test(noun)) return false;
  return ROLE_PHRASES.some((r) => head.endsWith(` ${r}`)) || PEOPLE_NOUN.test(noun);
}
// Nouns for people ("a shopkeeper", "a fisherman's wife"), and the -er nouns that are firms instead.
const PEOPLE_NOUN =
  /^(?:\p{L}+(?:er|or|ist|ian|ant|ent|man|woman)|wife|husband|mother|father|son|daughter|child|boy|girl|person|survivor|witness|student|nurse)$/u;
const BUSINESS_NOUNS =
  /^(?:retailer|manufacturer|carrier|operator|provider|supplier|producer|insurer|lender|broadcaster|publisher|developer|exporter|importer|distributor|processor|refiner|miner|maker|monitor|owner|container|tanker|center|centre|river|border|quarter|order|sector|corridor|tower|reactor|harbor|harbour|parliament|government|department|continent|settlement|incident|accident|element|agreement|statement|document|moment|event|point|plant|airport)$/;

/** A lower-case role written just before the name: "press secretary John Smith", "chief executive, Jo Li". */
function roleBefore(text: string, tokens: Token[], start: number): string | null {
  let end = start - 1;
  if (tokens[end]?.text === ",") end--;
  let best: string | null = null;
  for (const role of ROLES_BY_LENGTH) {
    const first = end - role.length + 1;
    if (first < 0) continue;
    if (role.every((w, k) => bare(tokens[first + k] as Token) === w)) {
      const phrase = text.slice((tokens[first] as Token).start, (tokens[end] as Token).end);
      if (!best || phrase.length > best.length) best = phrase;
    }
  }
  return best;
}

function mention(text: string, tokens: Token[], from: number, to: number, title: string | null): NameMention {
  const start = (tokens[from] as Token).start;
  const end = (tokens[to] as Token).end;
  const name = text.slice(start, end);
  const acronym =
    tokens[to + 1]?.text === "(" && tokens[to + 3]?.text === ")" && ACRONYM.test(tokens[to + 2]?.text ?? "")
      ? (tokens[to + 2] as Token).text
      : null;
  return {
    text: name,
    start,
    end,
    type: typeOf(name, tokens, from, to, title),
    key: nameKey(name),
    title,
    country: countryOf(name),
    acronym,
  };
}

function typeOf(name: string, tokens: Token[], from: number, to: number, title: string | null): NameType {
  const words = bareWords(tokens, from, to + 1);
  const place = lookupPlace(name);
  if (place)
    return place.kind === "institution" || place.kind === "international-body" ? "organisation" : "place";
  if (organisationWords(words)) return "organisation";
  if (title) return "person";
  const after = bareWords(tokens, to + 1, to + 8);
  if (after[0] === "," && (after[1] === "who" || appositionRole(after.slice(1)))) return "person";
  if (after[0] === "," && after[1] === "which") return "organisation";
  const before = tokens[from - 1]?.lower ?? "";
  const placeOf = before === "of" && PLACE_BEFORE.has(tokens[from - 2]?.lower ?? "");
  if (PLACE_AFTER.test(after[0] ?? "") || PLACE_BEFORE.has(before) || placeOf) return "place";
  if (words.length === 1 && ACRONYM.test(name)) return "organisation";
  if (words.length >= 2 && words.length <= 4 && GIVEN_NAMES.has(words[0] as string)) return "person";
  return "unknown";
}
