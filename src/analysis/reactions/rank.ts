import type { ReactionGroup } from "./merge.js";

/**
 * Orders reactions as an editor reads them: heads of state and government first, then ministries,
 * militaries, spokespeople and the story's main organisations, then other named voices, then unnamed
 * officials and state media. Within a tier, a clear position before "other", then the most reported.
 */
export function rankReactions(groups: ReactionGroup[], mainParties: ReadonlySet<string>): ReactionGroup[] {
  const docs = (g: ReactionGroup) => new Set(g.statements.map((s) => s.doc)).size;
  return [...groups].sort(
    (a, b) =>
      tier(a, mainParties) - tier(b, mainParties) ||
      Number(a.stance === "other") - Number(b.stance === "other") ||
      docs(b) - docs(a) ||
      b.statements.length - a.statements.length ||
      a.speaker.name.localeCompare(b.speaker.name),
  );
}

function tier(g: ReactionGroup, mainParties: ReadonlySet<string>): number {
  const s = g.speaker;
  if (s.head || s.kind === "state") return 0;
  if (s.kind === "anonymous" || s.stateMedia) return 3;
  const official = s.affiliation !== null && (s.institution !== null || s.role !== null);
  // An organisation taking a position (an armed group's threat, a company's defence) is a party to the story.
  const partyPosition = s.kind === "body" && g.stance !== "other";
  if (official || partyPosition || mainParties.has(s.key)) return 1;
  return 2;
}
