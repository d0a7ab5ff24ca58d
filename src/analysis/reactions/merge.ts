import type { Citation, Stance } from "../../contract/schema.js";
import { lookupPlace } from "../../text/gazetteer.js";
import { countryInRole } from "./role.js";
import type { Speaker } from "./speaker-type.js";
import { evidenceFor } from "./stance.js";
import type { Statement } from "./statements.js";
import { canReact, unplaced } from "./who-counts.js";

/** One position of one speaker, with every statement of it across the documents. */
export interface ReactionGroup {
  speaker: Speaker;
  stance: Stance;
  statements: Statement[];
}

/** Which statements are reactions: positions of parties, not facts relayed by monitors, reporters or analysts. */
export function isReaction(
  st: Statement,
  translated: ReadonlySet<string>,
  outlets: ReadonlySet<string>,
): boolean {
  const s = st.speaker;
  if (!canReact(s, outlets)) return false;
  // Machine translation garbles "it", "the ministry" and who a quotation belongs to: only named speakers.
  if (st.inferred && translated.has(st.doc)) return false;
  if (s.kind === "non-official") return s.stateMedia && st.stance !== "other";
  if (s.reporting) return s.stateMedia && st.stance !== "other";
  // Unnamed officials and bare state names relay facts as often as positions: only positions count.
  if (s.kind === "anonymous" || s.kind === "state") return st.stance !== "other";
  return true;
}

/**
 * Merges statements into one reaction per speaker and stance across documents (syndicated copies fall
 * together), then folds a state's or an institution's unattributed position into the named voice that
 * holds the same position for it ("the White House declined" into the president who declined).
 */
export function mergeStatements(
  statements: Statement[],
  translated: ReadonlySet<string>,
  outlets: ReadonlySet<string>,
): ReactionGroup[] {
  const groups = new Map<string, ReactionGroup>();
  for (const st of statements.filter((s) => isReaction(s, translated, outlets))) {
    const id = `${st.speaker.key}|${st.stance}`;
    const group = groups.get(id) ?? { speaker: st.speaker, stance: st.stance, statements: [] };
    group.statements.push(st);
    if (prefer(st.speaker, group.speaker)) group.speaker = st.speaker;
    groups.set(id, group);
  }
  // A voice the copy neither places (no office, body or country) nor returns to, saying nothing that takes
  // a side, is a passer-by as far as an editor can tell.
  const all = [...groups.values()].filter(
    (g) => !(unplaced(g.speaker) && g.stance === "other" && g.statements.length === 1),
  );
  const kept: ReactionGroup[] = [];
  for (const group of all.sort((a, b) => institutional(a.speaker) - institutional(b.speaker))) {
    const host = institutional(group.speaker) > 0 ? kept.find((k) => absorbs(k, group)) : undefined;
    if (host) host.statements.push(...group.statements);
    else kept.push(group);
  }
  return kept;
}

// The richer description of the same speaker wins: a role and a country say more than a bare name.
function prefer(a: Speaker, b: Speaker): boolean {
  const score = (s: Speaker) =>
    Number(s.role !== null) + Number(s.affiliation !== null) + 2 * Number(countryInRole(s.role) !== null);
  return score(a) > score(b);
}

/** 0 for named voices, 1 for institutions speaking without a named voice, 2 for states and unnamed officials. */
function institutional(s: Speaker): number {
  if (s.kind === "state" || (s.kind === "anonymous" && s.affiliation !== null)) return 2;
  if (s.kind === "body" && s.institution !== null) return 1;
  return 0;
}

const HEAD_OFFICES = new Set([
  "white house",
  "kremlin",
  "elysee",
  "downing street",
  "blue house",
  "presidency",
]);

function absorbs(host: ReactionGroup, guest: ReactionGroup): boolean {
  const h = host.speaker;
  const g = guest.speaker;
  if (
    host.stance !== guest.stance ||
    h.affiliation === null ||
    h.affiliation !== g.affiliation ||
    h.key === g.key
  ) {
    return false;
  }
  if (g.kind === "state" || g.kind === "anonymous") return h.kind !== "anonymous" && !h.stateMedia;
  const office = (g.institution ?? g.name).toLowerCase();
  const officeName = lookupPlace(g.name)?.name.toLowerCase() ?? office;
  const role = `${h.role ?? ""} ${h.institution ?? ""}`.toLowerCase();
  return role.includes(office) || role.includes(officeName) || (h.head && HEAD_OFFICES.has(officeName));
}

/** The statement that best shows the stance in the speaker's own words: it gives the reaction its quote. */
export function bestStatement(group: ReactionGroup): Statement {
  const score = (st: Statement) =>
    (evidenceFor(group.stance, st.quote) > 0 ? 4 : 0) +
    (evidenceFor(group.stance, st.text) > 0 ? 2 : 0) +
    (st.quoted ? 1 : 0) +
    (st.speaker.key === group.speaker.key ? 0.5 : 0);
  return [...group.statements].sort(
    (a, b) => score(b) - score(a) || a.quote.length - b.quote.length,
  )[0] as Statement;
}

/** Each sentence once, in document order. */
export function citationsOf(group: ReactionGroup): Citation[] {
  const seen = new Set<string>();
  const out: Citation[] = [];
  for (const st of [...group.statements].sort(
    (a, b) => a.doc.localeCompare(b.doc) || a.sentence - b.sentence,
  )) {
    const id = `${st.doc}\u0000${st.text}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ doc: st.doc, quote: st.text });
  }
  return out;
}
