import { countryOf } from "../../text/gazetteer.js";
import { findNames } from "../../text/names.js";
import { quotedSpans } from "../../text/quotes.js";
import { isHeadRole } from "./role.js";
import type { Speaker } from "./speaker-type.js";
import type { Statement } from "./statements.js";

// A role that speaks for a state but does not say which: "Foreign Ministry spokesman", "Military spokesman".
const STATE_ROLE =
  /\b(?:spokes(?:man|woman|person)|press secretary|minister|ministry|military|army|government|foreign|defen[cs]e|interior|president|prime minister|general|ambassador|envoy|official|governor|mayor|police|commissioner)\b/i;

// Offices that serve where the story happens (a governor, a mayor, the police): the story's country is
// theirs. A minister or president could be any party's, and is left without a guessed country.
const LOCAL_ROLE = /\b(?:governor|mayor|police|commissioner|civil defen[cs]e|emergency)\b/i;

/**
 * Settles what a document leaves implicit: the country of a spokesperson introduced right after their
 * country's position ("Iran condemned the strikes. Foreign Ministry spokesman X said ..."), and that
 * such a spokesperson voices that position. Changes the statements in place: they are the document's
 * own, just read, and copying every one of every report cost more than the settling.
 */
export function settleDocument(statements: Statement[], sentences: string[]): Statement[] {
  const out = statements;
  let story: [string, number][] | undefined;
  out.forEach((st, i) => {
    if (st.speaker.affiliation === null && needsCountry(st.speaker)) {
      story ??= countriesNamed(sentences);
      // A spokesperson voices the side just reported ("Iran condemned … . A ministry spokesman said");
      // a named president or minister may answer the other side, and is not given its country.
      const voice = !isHeadRole(st.speaker.role) || /spokes|press secretary/i.test(st.speaker.role ?? "");
      const sentence = sentences[st.sentence] ?? "";
      const named = sentence.indexOf(st.speaker.name);
      const country = groupVoice(named >= 0 ? sentence.slice(0, named) : st.speakerArea)
        ? null
        : (countryDescribing(st.speakerArea) ??
          (voice ? (countryBefore(out, i) ?? countryOpening(sentences[st.sentence - 1] ?? "")) : null) ??
          storyCountry(story, st.speaker));
      if (country) st.speaker = { ...st.speaker, affiliation: country };
    }
  });
  for (let i = 1; i < out.length; i++) {
    const position = out[i - 1] as Statement;
    const voice = out[i] as Statement;
    if (!voicesPosition(position, voice)) continue;
    if (voice.stance === "other" || voice.stance === "urge-restraint" || voice.stance === position.stance) {
      voice.stance = position.stance;
      position.speaker = voice.speaker;
    }
  }
  return out;
}

function needsCountry(s: Speaker): boolean {
  return (
    (s.kind === "person" || s.kind === "body") && STATE_ROLE.test(`${s.role ?? ""} ${s.institution ?? ""}`)
  );
}

/** A state's position followed at once by a named voice of the same state. */
function voicesPosition(position: Statement, voice: Statement): boolean {
  const p = position.speaker;
  const v = voice.speaker;
  return (
    (p.kind === "state" || (p.kind === "body" && p.role === null)) &&
    position.stance !== "other" &&
    (v.kind === "person" || v.role !== null) &&
    p.key !== v.key &&
    p.affiliation !== null &&
    p.affiliation === v.affiliation &&
    voice.paragraph - position.paragraph <= 1 &&
    voice.sentence - position.sentence <= 2
  );
}

function countryBefore(statements: Statement[], i: number): string | null {
  const st = statements[i] as Statement;
  for (let j = i - 1; j >= 0; j--) {
    const before = statements[j] as Statement;
    if (before.paragraph !== st.paragraph || st.sentence - before.sentence > 2) break;
    if (before.speaker.affiliation && countryOf(before.speaker.affiliation))
      return before.speaker.affiliation;
  }
  return null;
}

// A country after these is where the speaker is or whom they address, not whom they serve ("in Kyiv",
// "addressing the Latvian parliament").
const NOT_OWN =
  /(?:\b(?:in|at|to|with|from|for|by|on|against|near|into|towards?|across|over|visiting)|\w+ing)\s+(?:the\s+)?$/i;

/**
 * The country the copy gives the speaker where it introduces them ("Iranian foreign ministry spokesman",
 * "the president of Ruritania"), outside quotation marks, and not a place they are at or speak to.
 */
function countryDescribing(area: string): string | null {
  const quoted = quotedSpans(area);
  return (
    findNames(area)
      .filter((m) => !quoted.some((q) => m.start >= q.start && m.end <= q.end))
      .filter((m) => !NOT_OWN.test(area.slice(Math.max(0, m.start - 40), m.start)))
      .map((m) => countryOf(m.text))
      .find((c) => c !== null) ?? null
  );
}

/**
 * The country a sentence opens with as its subject ("Iran condemned the strikes.", "On Sunday, Iran …"):
 * the position the next sentence's unnamed spokesperson voices. A country named further on is an
 * object or a place ("… placed the blame on Tehran") and says nothing of the next speaker's side.
 */
function countryOpening(text: string): string | null {
  const first = findNames(text)[0];
  if (!first) return null;
  const before = text.slice(0, first.start);
  const opens = /^\s*(?:the\s+)?$/i.test(before) || /^(?:[A-Z][\w ]{0,30}),\s*(?:the\s+)?$/.test(before);
  return opens ? countryOf(first.text) : null;
}

/**
 * "The group's military spokesman", "the rebels' spokesman": the voice of a party that is not a state;
 * giving it the story's country would put it on the side it fights.
 */
function groupVoice(area: string): boolean {
  const owner =
    /(\b[\p{Lu}][\p{L}-]*(?:\s+[\p{Lu}][\p{L}-]*)*|\b(?:group|movement|rebels|militia|insurgents))['’]s?\s+(?:[\p{L}-]+\s+){0,2}spokes(?:man|woman|person)\b/iu.exec(
      area,
    );
  if (!owner?.[1]) return false;
  return countryOf(owner[1]) === null;
}

/** How often a document names each country, most named first. */
function countriesNamed(sentences: string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const text of sentences) {
    for (const m of findNames(text)) {
      const country = countryOf(m.text);
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1]);
}

/**
 * The country a document is about, for a speaker whose own it does not say. A local office (a governor,
 * the police) serves where the story happens: the country named clearly most often. A president or a
 * minister could be any party's: only when the document names no other country nearly as often.
 */
function storyCountry(counts: [string, number][], speaker: Speaker): string | null {
  const [first, second] = counts;
  if (!first || first[1] < 2) return null;
  if (LOCAL_ROLE.test(`${speaker.role ?? ""} ${speaker.institution ?? ""} ${speaker.name}`)) {
    return first[1] > (second?.[1] ?? 0) * 1.5 ? first[0] : null;
  }
  return first[1] > (second?.[1] ?? 0) * 3 ? first[0] : null;
}

/** Gives each speaker the country most of its statements name, where some name none. */
export function shareAffiliations(statements: Statement[]): Statement[] {
  const votes = new Map<string, Map<string, number>>();
  for (const st of statements) {
    const a = st.speaker.affiliation;
    if (!a) continue;
    const v = votes.get(st.speaker.key) ?? new Map<string, number>();
    v.set(a, (v.get(a) ?? 0) + 1);
    votes.set(st.speaker.key, v);
  }
  return statements.map((st) => {
    const v = votes.get(st.speaker.key);
    if (!v) return st;
    const best = [...v].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
    return best === st.speaker.affiliation ? st : { ...st, speaker: { ...st.speaker, affiliation: best } };
  });
}
