import type { Document } from "../../corpus/document.js";
import type { AliasIndex } from "../../text/aliases.js";
import { countryOf, lookupPlace } from "../../text/gazetteer.js";
import { findNames, type NameMention } from "../../text/names.js";
import { type Token, tokenize } from "../../text/tokens.js";
import { HEAD_ROLES, NON_OFFICIAL_ROLES, PERSON_TITLES, ROLE_PHRASES } from "../../text/vocabulary/titles.js";

/** What a person is said to be: "Pentagon press secretary", and the country or body that makes them so. */
export interface RoleInfo {
  /** The person's canonical name. */
  name: string;
  role: string;
  affiliation: string | null;
}

const HONORIFIC = new Set([
  "mr",
  "mrs",
  "ms",
  "miss",
  "dr",
  "sir",
  "dame",
  "gen",
  "lt",
  "col",
  "maj",
  "capt",
  "adm",
  "sgt",
]);

/**
 * The role written around a person's name in a sentence: before it ("Pentagon press secretary John Smith",
 * "the chief executive, Jane Doe") or in apposition after it ("Jane Doe, a company spokeswoman,").
 */
export function roleAround(sentence: string, mention: NameMention): string | null {
  const tokens = tokenize(sentence);
  const first = tokens.findIndex((t) => t.start === mention.start);
  const last = tokens.findIndex((t) => t.end === mention.end);
  if (first < 0 || last < 0) return mention.title;
  const before = roleBefore(tokens, first);
  if (before) return sentence.slice(before[0], before[1]);
  const after = roleAfter(tokens, last);
  return after ? sentence.slice(after[0], after[1]) : mention.title;
}

function roleBefore(tokens: Token[], first: number): [number, number] | null {
  let end = first - 1;
  if (tokens[end]?.text === ",") end--;
  let i = end;
  while (i >= 0) {
    const t = tokens[i] as Token;
    // "Secretary of State": an office named with "of" is one title, not its last word.
    const officeOf = t.lower === "of" && isRoleWord(tokens[i - 1]?.lower ?? "");
    if (!officeOf && ["DET", "VERB", "AUX", "PRON", "ADP", "CCONJ", "SCONJ"].includes(t.pos)) break;
    if (t.pos === "PUNCT" && !(t.text === "-" || /^['’]s$/.test(t.text))) break;
    i--;
  }
  const span = tokens.slice(i + 1, end + 1);
  if (!span.some((t) => isRoleWord(t.lower))) return null;
  return [(span[0] as Token).start, (span.at(-1) as Token).end];
}

function roleAfter(tokens: Token[], last: number): [number, number] | null {
  if (tokens[last + 1]?.text !== ",") return null;
  let i = last + 2;
  if (/^(?:a|an|the)$/i.test(tokens[i]?.text ?? "")) i++;
  const from = i;
  while (
    i < tokens.length &&
    !/^[,.;:)]$/.test((tokens[i] as Token).text) &&
    (tokens[i] as Token).pos !== "VERB"
  )
    i++;
  const span = tokens.slice(from, i);
  if (span.length === 0 || span.length > 10 || !span.some((t) => isRoleWord(t.lower))) return null;
  return [(span[0] as Token).start, (span.at(-1) as Token).end];
}

const ROLE_WORDS = new Set(
  ROLE_PHRASES.flatMap((r) => r.split(" ")).filter((w) => !["of", "in", "the"].includes(w)),
);
const isRoleWord = (w: string) =>
  ROLE_WORDS.has(w) || PERSON_TITLES.has(w.replace(/\.$/, "")) || /^senators?$/.test(w);

/** True when a phrase names a role ("Pentagon press secretary"), not just an office ("government of"). */
export const isRolePhrase = (phrase: string) =>
  phrase
    .toLowerCase()
    .split(/[\s,]+/)
    .some(isRoleWord);

/** Removes honorifics a role phrase may end with ("Military spokesman Gen" → "Military spokesman"). */
export function cleanRole(role: string | null): string | null {
  if (!role) return null;
  const words = role.trim().split(/\s+/);
  while (words.length > 0 && HONORIFIC.has((words.at(-1) as string).toLowerCase().replace(/\.$/, "")))
    words.pop();
  while (words.length > 0 && /^(?:the|a|an)$/i.test(words[0] as string)) words.shift();
  const cleaned = words.join(" ").replace(/[,\s]+$/, "");
  return cleaned === "" ? null : cleaned;
}

/** The country a role names ("Pentagon spokesman" → United States, "Russia's foreign minister" → Russia). */
export function countryInRole(role: string | null): string | null {
  if (!role) return null;
  for (const m of findNames(role)) {
    const country = countryOf(m.text);
    if (country) return country;
  }
  for (const word of role.split(/[\s-]+/)) {
    const country = /^\p{Lu}/u.test(word) ? countryOf(word) : null;
    if (country) return country;
  }
  return null;
}

/** The organisation a role names by possessive ("Acme's chief executive" → "Acme"), when it is no country. */
export function bodyInRole(role: string | null): string | null {
  const owner = role?.match(
    /^(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\p{Lu}[\p{L}\p{N}&.-]*)*)['’]s\s+\p{Ll}/u,
  )?.[1];
  return owner && !lookupPlace(owner) ? owner : null;
}

const HEAD = new RegExp(`(?<!vice[- ])\\b(?:${[...HEAD_ROLES].join("|")})\\b`, "i");
const NON_OFFICIAL = new RegExp(
  `\\b(?:${[...NON_OFFICIAL_ROLES].join("|")})s?\\b|\\b(?:analysis|analytics|research|economist|professor|scholar|fellow)\\b`,
  "i",
);

export const isHeadRole = (role: string | null) => role !== null && HEAD.test(role);

/** Roles whose holders interpret or witness rather than speak for a party. */
export const isNonOfficialRole = (role: string | null) => role !== null && NON_OFFICIAL.test(role);

/** Every person's best-attested role in the corpus, so "Smith said" knows Smith is a Pentagon spokesman. */
export function buildRoleBook(documents: Document[], aliases: AliasIndex): Map<string, RoleInfo> {
  const seen = new Map<string, Map<string, number>>();
  const names = new Map<string, string>();
  for (const doc of documents) {
    for (const p of doc.paragraphs) {
      for (const s of p.sentences) {
        for (const m of findNames(s.text)) {
          if (m.type !== "person" && aliases.typeOf(m.text, doc.id) !== "person") continue;
          const role = cleanRole(roleAround(s.text, m));
          if (!role) continue;
          const key = aliases.keyOf(m.text, doc.id);
          names.set(key, aliases.canonical(m.text, doc.id));
          const roles = seen.get(key) ?? new Map<string, number>();
          roles.set(role, (roles.get(role) ?? 0) + 1);
          seen.set(key, roles);
        }
      }
    }
  }
  const book = new Map<string, RoleInfo>();
  for (const [key, roles] of seen) {
    // Each role's country read once, not at every comparison of the sort.
    const countries = new Map([...roles.keys()].map((r) => [r, countryInRole(r)]));
    const countryOfRole = (r: string) => countries.get(r) ?? null;
    // The role that names a country or body wins: it says whom the person speaks for.
    const ranked = [...roles].sort(
      (a, b) =>
        Number(countryOfRole(b[0]) !== null) - Number(countryOfRole(a[0]) !== null) ||
        b[1] - a[1] ||
        b[0].length - a[0].length,
    );
    const role = (ranked[0] as [string, number])[0];
    const affiliation =
      firstRead(ranked, ([r]) => countryOfRole(r)) ?? firstRead(ranked, ([r]) => bodyInRole(r));
    book.set(key, { name: names.get(key) ?? key, role, affiliation });
  }
  return book;
}

/** Last words of role phrases: "minister", "governor", "executive". */
export const ROLE_NOUNS: ReadonlySet<string> = new Set(
  ROLE_PHRASES.map((r) => r.split(" ").at(-1) as string),
);

const INSTITUTION_WORDS =
  /\b(?:white house|foreign (?:ministry|office|affairs)|(?:defen[cs]e|interior|justice|state|foreign) (?:ministry|department)|ministry|military|army|armed forces|government|administration|presidency|embassy|police|department|agency|bureau|council|pentagon|kremlin)\b/i;

/** The institution words of a role or name, lower case ("foreign ministry spokesman" → "foreign ministry"). */
export function institutionOf(text: string): string | null {
  return text.match(INSTITUTION_WORDS)?.[0].toLowerCase() ?? null;
}

/**
 * The first reading of the items that finds something, by a plain loop: a mapped list is holey before
 * V8 optimises the mapping and packed after, and its reader was recompiled for each.
 */
export function firstRead<T>(items: readonly T[], read: (item: T) => string | null): string | null {
  for (const item of items) {
    const found = read(item);
    if (found !== null) return found;
  }
  return null;
}
