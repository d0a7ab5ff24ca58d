import type { BriefingEvent, Discrepancy, Reaction, SummarySentence } from "../../briefing/schema.js";

// Sentences the summary states in its own words, each part cited to the verbatim source sentence:
// a dispute over a figure that the reports settle no other way, and who condemned the main act.

const CONDEMNATION = /\b(condemn\w*|denounc\w*|aggression|violation|illegal|war crimes?|cowardly|breach)\b/i;

/** "The Britain-based monitor" reads "the Britain-based monitor" inside a sentence. */
const midSentence = (name: string) => name.replace(/^(The|An|A)\s/, (w) => w.toLowerCase());

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/**
 * A dispute is sure when at least two different figures are each stated by a named source: an
 * unattributed number may be a different count (of wounded, of days), not the other side of a dispute.
 */
export function sureDispute(discrepancies: Discrepancy[]): Discrepancy | undefined {
  return discrepancies.find((d) => {
    if (d.status !== "open") return false;
    const attributed = d.claims.filter((c) => c.number !== null && c.attributedTo);
    // "13 service members" and "170 civilians" count different people: a dispute counts the same thing.
    const counted = new Set(attributed.map((c) => countedThing(c.value)));
    return new Set(attributed.map((c) => c.number)).size > 1 && counted.size === 1;
  });
}

/** What a figure counts: its last word, singular ("22 fighters" and "one fighter" count fighters). */
const countedThing = (value: string) =>
  (value.toLowerCase().match(/[a-z]+/g)?.at(-1) ?? "").replace(/(?:es|s)$/, "");

/** "Reports differ on the toll: one fighter according to an Iraqi militia official, against 22 fighters according to..." */
export function figuresSentence(d: Discrepancy): SummarySentence {
  const numbered = d.claims.filter((c) => c.number !== null && c.attributedTo);
  const inRange = (n: number | null) => d.range === null || n === d.range.min || n === d.range.max;
  const lowest = numbered.find((c) => inRange(c.number)) ?? numbered[0];
  const highest = numbered.findLast((c) => inRange(c.number) && c.number !== lowest?.number) ?? numbered.at(-1);
  const picks = [lowest, highest].filter(
    (c, i, all): c is NonNullable<typeof c> => !!c && all.indexOf(c) === i,
  );
  const parts = picks.map(
    (c) => `${c.value}${c.attributedTo ? ` according to ${midSentence(c.attributedTo)}` : ""}`,
  );
  const topic = d.aspect === "casualties" ? "the toll" : `the ${d.aspect}`;
  return {
    text: `Reports differ on ${topic}: ${parts.join(", against ")}.`,
    citations: picks.map((c) => c.citations[0]).filter((c): c is NonNullable<typeof c> => !!c),
  };
}

/** Natural hazards act on their own: nobody condemns an earthquake. */
const isHazard = (e: BriefingEvent) => e.actor.toLowerCase().includes(e.action.toLowerCase());

/** "Russia, Iran and Syria condemned the airstrike.", when the sources say so in words of condemnation. */
export function reactionSentence(reactions: Reaction[], events: BriefingEvent[]): SummarySentence | null {
  // Condemnation is reported against an act; without one the sentence would not say of what.
  const event = events.find((e) => !e.background && !isHazard(e));
  if (!event) return null;
  // Governments and bodies, not individual critics; an accusation about something else must not
  // become "X condemned the strike".
  const says = (r: Reaction) =>
    [r.quote, ...r.citations.map((c) => c.quote)].some((t) => CONDEMNATION.test(t));
  const condemning = reactions.filter((r) => r.stance === "condemn" && r.affiliation !== null && says(r));
  const parties = [...new Set(condemning.map((r) => r.affiliation ?? ""))].slice(0, 4);
  if (parties.length === 0) return null;
  const citations = parties.flatMap((p) => condemning.find((r) => r.affiliation === p)?.citations[0] ?? []);
  return { text: `${listOf(parties)} condemned the ${event.action}.`, citations };
}
