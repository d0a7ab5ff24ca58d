import { countryOf } from "../../text/gazetteer.js";
import { findNames } from "../../text/names.js";
import { quotedSpans } from "../../text/quotes.js";
import type { Speaker } from "./speaker-type.js";
import type { Statement } from "./statements.js";

// A role that speaks for a state but does not say which: "Foreign Ministry spokesman", "Military spokesman".
const STATE_ROLE =
  /\b(?:spokes(?:man|woman|person)|press secretary|minister|ministry|military|army|government|foreign|defen[cs]e|interior|president|prime minister|general|ambassador|envoy|official|governor|mayor|police|commissioner)\b/i;

/**
 * Settles what a document leaves implicit: the country of a spokesperson introduced right after their
 * country's position ("Iran condemned the strikes. Foreign Ministry spokesman X said ..."), and that
 * such a spokesperson voices that position.
 */
export function settleDocument(statements: Statement[], sentences: string[]): Statement[] {
  const out = statements.map((s) => ({ ...s }));
  let story: string | null | undefined;
  out.forEach((st, i) => {
    if (st.speaker.affiliation === null && needsCountry(st.speaker)) {
      story ??= mainCountry(sentences);
      const country =
        countryBefore(out, i) ??
        countryOutsideQuotes(st.speakerArea) ??
        countryInText(sentences[st.sentence - 1] ?? "") ??
        story;
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

function countryOutsideQuotes(text: string): string | null {
  const quoted = quotedSpans(text);
  const outside = findNames(text).filter((m) => !quoted.some((q) => m.start >= q.start && m.end <= q.end));
  return outside.map((m) => countryOf(m.text)).find((c) => c !== null) ?? null;
}

function countryInText(text: string): string | null {
  return (
    findNames(text)
      .map((m) => countryOf(m.text))
      .find((c) => c !== null) ?? null
  );
}

/** The country a document is about: named clearly more often than any other, else null. */
function mainCountry(sentences: string[]): string | null {
  const counts = new Map<string, number>();
  for (const text of sentences) {
    for (const m of findNames(text)) {
      const country = countryOf(m.text);
      if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
    }
  }
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= 2 && first[1] > (second?.[1] ?? 0) * 1.5 ? first[0] : null;
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
