import type { AlsoStory, Reaction, Stance } from "./schema.js";

// Choices every renderer makes the same way, so every chat platform and the terminal read alike.

/** A stance as a verb an editor reads: "Iraq's military condemns: …". */
export const STANCE_WORDS: Readonly<Record<Stance, string>> = {
  condemn: "condemns",
  defend: "defends",
  threaten: "threatens",
  decline: "declines to comment",
  deny: "denies",
  "urge-restraint": "urges restraint",
  support: "supports",
  other: "says",
};

/** Reactions grouped by the party spoken for (a country or body), else by speaker, in briefing order. */
export function reactionsByParty(reactions: readonly Reaction[]): [party: string, members: Reaction[]][] {
  const groups = new Map<string, Reaction[]>();
  for (const r of reactions) {
    const party = r.affiliation ?? r.speaker;
    groups.set(party, [...(groups.get(party) ?? []), r]);
  }
  return [...groups];
}

/**
 * The other stories a topic fits, after the one briefed: "also: “Headline” (3 reports); …", so the
 * editor can ask for one by its words. Empty when the topic fits one story.
 */
export function alsoLine(also: readonly AlsoStory[] | undefined): string {
  if (!also || also.length === 0) return "";
  const named = also.map((a) => `“${a.headline}” (${a.reports} ${a.reports === 1 ? "report" : "reports"})`);
  return `also: ${named.join("; ")}`;
}
