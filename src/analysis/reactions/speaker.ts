import { countryOf, lookupPlace } from "../../text/gazetteer.js";
import { bareName, nameKey } from "../../text/name-key.js";
import { findNames, type NameMention } from "../../text/names.js";
import { quotedSpans } from "../../text/quotes.js";
import {
  ORGANISATION_WORDS,
  REPORTING_ORGANISATION,
  STATE_MEDIA,
} from "../../text/vocabulary/organisations.js";
import {
  bodyInRole,
  cleanRole,
  countryInRole,
  firstRead,
  institutionOf,
  isHeadRole,
  isNonOfficialRole,
  isRolePhrase,
  ROLE_NOUNS,
} from "./role.js";
import type { SpeakerContext } from "./speaker-context.js";
import type { Speaker } from "./speaker-type.js";

const ANONYMOUS =
  /^(?:officials?|authorities|diplomats?|negotiators?|lawmakers|legislators|senators|members)$/i;
// An unnamed spokesperson of a named body speaks on the record for it.
const SPOKESPERSON = /^(?:spokesm[ae]n|spokeswom[ae]n|spokespe(?:rson|ople)|secretary|minister|ministers)$/i;
const NON_OFFICIAL =
  /^(?:people|persons?|analysts?|researchers?|experts?|critics|residents?|witnesses|witness|observers?|journalists?|reporters?|doctors?|medics?|activists?|investors?|traders?|economists?|sources?|media|insiders|users|customers)$/i;
const DOCUMENT =
  /^(?:statement|message|letter|post|tweet|release|update|note|notice|communique|affidavit|filing|report)$/i;
const PRONOUN = /^(?:he|she|it|they|we|i|who|which|that)$/i;

/** The speakers a subject names ("Biden and the White House" → two), resolved against the document so far. */
export function resolveSpeakers(
  sentence: string,
  start: number,
  end: number,
  ctx: SpeakerContext,
): Speaker[] {
  const text = sentence.slice(start, end);
  const parts = coordinated(sentence, start, end);
  if (parts.length > 1) return parts.flatMap(([s, e]) => resolveSpeakers(sentence, s, e, ctx));
  const one = resolveSpeaker(sentence, start, end, text, ctx);
  return one ? [one] : [];
}

function resolveSpeaker(
  sentence: string,
  start: number,
  end: number,
  text: string,
  ctx: SpeakerContext,
): Speaker | null {
  const phrase = bareName(text.replace(/\s*\([^)]*\)\s*$/, ""));
  if (/^(?:who|which)$/i.test(phrase)) {
    // With no name for it to hang on it asks ("Who says they did it?") or is lost: no speaker is guessed.
    return relativeAntecedent(sentence, start, phrase.toLowerCase() === "who", ctx);
  }
  if (PRONOUN.test(phrase)) return ctx.pronoun(phrase.toLowerCase());
  const mentions = findNames(sentence).filter((m) => m.start >= start && m.end <= end);
  // "the minister's critics" are not the minister.
  const owned = (m: NameMention) => /^['’]s?\b/u.test(sentence.slice(m.end, m.end + 2));
  const person = mentions.find((m) => isPerson(m, ctx) && !owned(m));
  if (person) return personSpeaker(sentence, start, end, withParticles(sentence, start, person), ctx);
  const head = headNoun(phrase);
  if (SPOKESPERSON.test(head) && mentions.length > 0) {
    const body = mentions.find((m) => m.type !== "place") ?? null;
    return { ...bodySpeaker(body?.text ?? null, phrase.replace(/\s+\S+$/, ""), mentions, ctx), role: head };
  }
  if (ANONYMOUS.test(head) || (NON_OFFICIAL.test(head) && !STATE_MEDIA.test(phrase))) {
    return crowd(phrase, head, mentions);
  }
  // "Seismologists", "Rescuers": people described by what they do, not a party.
  const people =
    /^\p{Ll}+s$/u.test(head) && !ORGANISATION_WORDS.has(head) && !ROLE_NOUNS.has(head.slice(0, -1));
  if (people && mentions.every((m) => m.type === "place")) {
    return { ...crowd(phrase, head, mentions), kind: "non-official" };
  }
  if (DOCUMENT.test(head)) {
    const owner = mentions.find((m) => m.type === "organisation" || m.type === "unknown");
    return owner ? bodySpeaker(owner.text, owner.text, mentions, ctx) : ctx.previousSpeaker();
  }
  const named = mentions.filter((m) => m.type !== "place");
  if (ROLE_NOUNS.has(head.toLowerCase()) && !named.some((m) => m.type === "organisation")) {
    return officeHolder(phrase, head.toLowerCase(), mentions, ctx);
  }
  const organisationWords = phrase.split(/\s+/).some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  if (named.length > 0 || (organisationWords && mentions.length > 0)) {
    const main = named.find((m) => m.type === "organisation") ?? named[0];
    return bodySpeaker(main?.text ?? null, phrase, mentions, ctx);
  }
  if (mentions.length > 0 && mentions.every((m) => m.type === "place") && countryOf(phrase)) {
    const country = countryOf(phrase) as string;
    return { ...blank(phrase, `state:${nameKey(country)}`), kind: "state", affiliation: country };
  }
  if (/^the\s/i.test(text.trim()) || /^(?:its|his|her|their)\s/i.test(text.trim())) {
    // "the ministry" with nothing to refer to names no one; "the national disaster agency" names itself.
    const described = phrase.split(/\s+/).length >= 2 && organisationWords;
    return ctx.definite(head.toLowerCase()) ?? (described ? bodySpeaker(null, phrase, mentions, ctx) : null);
  }
  return organisationWords ? bodySpeaker(null, phrase, mentions, ctx) : null;
}

/**
 * "the interior minister", "Chile's regional governor": the person the document or corpus names in that
 * office, else the office itself as the speaker.
 */
function officeHolder(phrase: string, head: string, mentions: NameMention[], ctx: SpeakerContext): Speaker {
  const country = firstRead(mentions, (m) => countryOf(m.text));
  // "The crown prince" is whoever was introduced as "Crown Prince …", before anyone else titled "Prince".
  const office = phrase.replace(/^(?:the|a|an)\s+/i, "").toLowerCase();
  const holder =
    (office !== head && /^[\p{Ll}\s-]+$/u.test(office) ? ctx.personWithRole(office, country) : null) ??
    ctx.personWithRole(head, country);
  if (holder) return { ...holder, affiliation: holder.affiliation ?? country };
  const named = phrase.replace(/^(?:a|an)\s+/i, "");
  return {
    ...blank(
      named.charAt(0).toUpperCase() + named.slice(1),
      `office:${nameKey(country ?? "")}:${nameKey(named)}`,
    ),
    kind: "person",
    affiliation: country,
    institution: institutionOf(named),
    head: isHeadRole(named),
  };
}

// Lower-case particles inside a surname ("Anna van der Berg", "Ines da Costa"), with the given name before.
const PARTICLES =
  /(?:\b\p{Lu}\p{Ll}+\s+)?(?:\b(?:von|van|der|den|de|del|della|da|di|du|dos|ter|bin|ibn)\s+)+$/u;

/** The name finder stops at a surname's particles: the particles and given name belong to the name, not the role. */
function withParticles(sentence: string, start: number, m: NameMention): NameMention {
  const before = sentence.slice(start, m.start).match(PARTICLES)?.[0];
  if (!before) return m;
  return { ...m, start: m.start - before.length, text: sentence.slice(m.start - before.length, m.end) };
}

/** The speaker a name stands for when it is the antecedent of "it", "he" or "the group". */
export function speakerFromMention(m: NameMention, ctx: SpeakerContext): Speaker {
  if (isPerson(m, ctx)) {
    return personSpeaker(m.text, 0, m.text.length, { ...m, start: 0, end: m.text.length }, ctx);
  }
  return bodySpeaker(m.text, m.text, [m], ctx);
}

/** "UN Secretary-General" speaks for the United Nations, not for a country. */
function internationalBody(role: string | null): string | null {
  if (!role) return null;
  // A loop, not a mapped list: see lists.ts.
  for (const m of findNames(role)) {
    const place = lookupPlace(m.text);
    if (place?.kind === "international-body") return place.name;
  }
  return null;
}

const trimmed = (s: string) => s.replace(/^[\s,]+|[\s,]+$/g, "");

const isPerson = (m: NameMention, ctx: SpeakerContext) =>
  m.type === "person" || ctx.aliases.typeOf(m.text, ctx.docId) === "person";

/**
 * "…,” said Ana Ruiz, a minister in the regional government, who denied …": a relative pronoun speaks for
 * the name its clause hangs on, in the same sentence, not for whoever spoke before.
 */
function relativeAntecedent(
  sentence: string,
  start: number,
  person: boolean,
  ctx: SpeakerContext,
): Speaker | null {
  const quoted = quotedSpans(sentence);
  const names = findNames(sentence).filter(
    (m) => m.end <= start && start - m.end <= 90 && !quoted.some((q) => m.start >= q.start && m.end <= q.end),
  );
  const fits = (m: NameMention) => (person ? isPerson(m, ctx) : m.type === "organisation");
  const m = names.findLast(fits);
  if (!m || !/,\s*$/.test(sentence.slice(m.end, start))) return null;
  const end = sentence.slice(0, start).replace(/[\s,]+$/, "").length;
  return person
    ? personSpeaker(sentence, m.start, end, m, ctx)
    : bodySpeaker(m.text, sentence.slice(m.start, end), [m], ctx);
}

function personSpeaker(
  sentence: string,
  start: number,
  end: number,
  m: NameMention,
  ctx: SpeakerContext,
): Speaker {
  const key = ctx.aliases.keyOf(m.text, ctx.docId);
  // The words around the name, trimmed and joined by strings, not a mapped list (see lists.ts).
  const before = trimmed(sentence.slice(start, m.start));
  const after = trimmed(sentence.slice(m.end, end));
  const written = cleanRole(before && after ? `${before}, ${after}` : before || after);
  const known = ctx.roles.get(key);
  const role = written && isRolePhrase(written) ? written : (known?.role ?? null);
  const affiliation =
    countryInRole(written) ?? known?.affiliation ?? bodyInRole(written) ?? internationalBody(written) ?? null;
  return {
    ...blank(ctx.aliases.canonical(m.text, ctx.docId), key),
    // Officials are introduced by their office; a named person with none is a witness or a bystander.
    kind: role === null || isNonOfficialRole(role) ? "non-official" : "person",
    role,
    affiliation,
    institution: institutionOf(role ?? ""),
    head: isHeadRole(role),
  };
}

function bodySpeaker(
  name: string | null,
  written: string,
  mentions: NameMention[],
  ctx: SpeakerContext,
): Speaker {
  const phrase = written.replace(/^(?:a|an|the)\s+/i, "");
  const gazetteer = name ? lookupPlace(name) : null;
  const country = firstRead(mentions, (m) => countryOf(m.text));
  // A phrase that is just a name ("the Eastern Forces (EF)") shows the name's canonical spelling.
  const justName = name !== null && nameKey(phrase).length <= nameKey(name).length + 1;
  const display = justName ? ctx.aliases.canonical(name, ctx.docId) : phrase;
  const reporting = REPORTING_ORGANISATION.test(phrase) || REPORTING_ORGANISATION.test(display);
  const stateMedia = reporting && (STATE_MEDIA.test(phrase) || gazetteer?.kind === "institution");
  const institution = gazetteer?.name.toLowerCase() ?? institutionOf(phrase);
  const key = justName
    ? ctx.aliases.keyOf(name, ctx.docId)
    : `body:${nameKey(country ?? "")}:${nameKey(institution ?? phrase)}`;
  return {
    ...blank(display, key),
    kind: reporting && !stateMedia ? "non-official" : "body",
    affiliation: country ?? (justName ? null : bodyInRole(phrase)),
    institution,
    stateMedia,
    reporting,
  };
}

function crowd(phrase: string, head: string, mentions: NameMention[]): Speaker {
  const country = firstRead(mentions, (m) => countryOf(m.text));
  const kind = NON_OFFICIAL.test(head) ? "non-official" : "anonymous";
  return { ...blank(phrase, `crowd:${nameKey(phrase)}`), kind, affiliation: country };
}

function blank(name: string, key: string): Speaker {
  return {
    kind: "body",
    name,
    key,
    role: null,
    affiliation: null,
    institution: null,
    stateMedia: false,
    reporting: false,
    head: false,
  };
}

/** The last noun of a phrase before any "of"/"in"/"close to" complement: "An official of a militia" → "official". */
function headNoun(phrase: string): string {
  const core =
    phrase.split(/\s+(?:of|in|from|at|for|with|close to|familiar with|based in|on)\s+/i)[0] ?? phrase;
  return (core.trim().split(/\s+/).at(-1) ?? "").replace(/['’]s$/, "");
}

/** Splits "Biden and the White House" or "Lima, Quito and Bogota" into its speakers. */
function coordinated(sentence: string, start: number, end: number): [number, number][] {
  const text = sentence.slice(start, end);
  if (!/\sand\s/.test(text) || /\(/.test(text)) return [[start, end]];
  const names = findNames(sentence).filter((m) => m.start >= start && m.end <= end);
  const cuts: [number, number][] = [];
  const separator = /,\s+(?:and\s+)?|\s+and\s+/g;
  let from = start;
  for (const match of text.matchAll(separator)) {
    const at = start + (match.index ?? 0);
    if (names.some((m) => at > m.start && at < m.end)) continue; // "Trinidad and Tobago"
    cuts.push([from, at]);
    from = at + match[0].length;
  }
  cuts.push([from, end]);
  // Every part must name someone: "Western and some Iraqi officials" is one subject.
  return cuts.length > 1 && cuts.every(([s, e]) => names.some((m) => m.start >= s && m.end <= e))
    ? cuts
    : [[start, end]];
}
