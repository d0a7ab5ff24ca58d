import type { BriefingEvent, Discrepancy, Reaction, SummarySentence } from "../../briefing/schema.js";
import type { Document } from "../../corpus/document.js";
import { cosine } from "../../text/similarity.js";
import type { StoryContext } from "../story-context.js";
import { type Candidate, candidates } from "./centrality.js";

// A summary an editor reads in twenty seconds: what happened, why, the disputed figures, who reacted,
// and what it did to people. Each slot takes the best-attested short sentence that fits it; disputed
// figures and reactions are stated in our words, each part cited to its verbatim source sentence.

const MAX_WORDS = 120;
const CONDEMNATION = /\b(condemn\w*|denounc\w*|aggression|violation|illegal|war crimes?|cowardly|breach)\b/i;
const MAX_SENTENCES = 6;

const CAUSE =
  /\b(in response to|in retaliation|retaliat\w*|responded|follow(?:s|ed|ing)? (?:a|an|the)|after (?:a|an) \w+ (?:attack|strike)|blamed|responsible for|triggered|caused by)\b/i;
const IMPACT =
  /\b(shortages?|panic|ran dry|run dry|out of (?:fuel|gas|water|power)|without (?:power|fuel|water|gas)|evacuat\w+|displaced|homeless|stranded|cancell?ed|closed|outages?|prices? (?:rose|jumped|soared)|lines|queues)\b/i;

interface Inputs {
  documents: Document[];
  context: StoryContext;
  events: BriefingEvent[];
  reactions: Reaction[];
  discrepancies: Discrepancy[];
}

/** Ranks a sentence: attested by many reports, early in its article, short, from a clean source. */
function score(c: Candidate): number {
  return (
    c.support * 2 + (c.position < 2 ? 1.5 : c.position < 5 ? 0.5 : 0) - c.words / 40 - (c.degraded ? 10 : 0)
  );
}

/** Best first; ties keep the reports' order. Ranked once, so each slot takes the first that fits. */
const ranked = (pool: Candidate[]): Candidate[] =>
  pool
    .map((c) => ({ c, score: score(c) }))
    .sort((a, b) => b.score - a.score)
    .map(({ c }) => c);

function best(
  ranking: Candidate[],
  chosen: Candidate[],
  test: (c: Candidate) => boolean,
): Candidate | undefined {
  return ranking.find((c) => test(c) && !chosen.some((x) => x === c || cosine(x.vector, c.vector) > 0.35));
}

const fromCandidate = (c: Candidate): SummarySentence => ({
  text: c.shown,
  citations: [{ doc: c.doc, quote: c.text }],
});

/** "The Britain-based monitor" reads "the Britain-based monitor" inside a sentence. */
const midSentence = (name: string) => name.replace(/^(The|An|A)\s/, (w) => w.toLowerCase());

function listOf(names: string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

/** "Figures differ on how many were killed: one fighter (an Iraqi militia official) ... 22 fighters (...)." */
function figuresSentence(d: Discrepancy): SummarySentence {
  const numbered = d.claims.filter((c) => c.number !== null);
  const inRange = (n: number | null) => d.range === null || n === d.range.min || n === d.range.max;
  const lowest = numbered.find((c) => inRange(c.number)) ?? numbered[0];
  const highest = numbered.findLast((c) => inRange(c.number)) ?? numbered.at(-1);
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

function reactionSentence(reactions: Reaction[], event: BriefingEvent | undefined): SummarySentence | null {
  // Condemnation is reported against an act; without one the sentence would not say of what.
  if (!event) return null;
  // Governments and bodies, not individual critics: "Russia, Iran and Syria condemned the airstrike."
  // Only where the source itself says so in words of condemnation: an accusation about something else
  // must not become "X condemned the strike".
  const says = (r: Reaction) =>
    [r.quote, ...r.citations.map((c) => c.quote)].some((t) => CONDEMNATION.test(t));
  const condemning = reactions.filter((r) => r.stance === "condemn" && r.affiliation !== null && says(r));
  const parties = [...new Set(condemning.map((r) => r.affiliation ?? ""))].slice(0, 4);
  if (parties.length === 0) return null;
  const citations = parties.flatMap((p) => condemning.find((r) => r.affiliation === p)?.citations[0] ?? []);
  return { text: `${listOf(parties)} condemned the ${event.action}.`, citations };
}

/** Natural hazards act on their own: nobody condemns an earthquake. */
const isHazard = (e: BriefingEvent) => e.actor.toLowerCase().includes(e.action.toLowerCase());

const wordCount = (s: SummarySentence) => s.text.split(/\s+/).length;

export function summarise({
  documents,
  context,
  events,
  reactions,
  discrepancies,
}: Inputs): SummarySentence[] {
  const pool = candidates(documents, context);
  const clean = ranked(pool.some((c) => !c.degraded) ? pool.filter((c) => !c.degraded) : pool);
  const mainQuotes = new Set(events[0]?.background === false ? events[0].citations.map((c) => c.quote) : []);
  const chosen: Candidate[] = [];
  const backgroundQuotes = new Set(
    events.filter((e) => e.background).flatMap((e) => e.citations.map((c) => c.quote)),
  );
  const slots: (SummarySentence | null)[] = [];

  const lead = best(clean, chosen, (c) => mainQuotes.has(c.text)) ?? best(clean, chosen, () => true);
  if (lead) chosen.push(lead);
  slots.push(lead ? fromCandidate(lead) : null);

  const cause = best(clean, chosen, (c) => CAUSE.test(c.text) && !backgroundQuotes.has(c.text));
  if (cause) chosen.push(cause);
  slots.push(cause ? fromCandidate(cause) : null);

  // Only disputes tied to the story's main event are sure enough to state: a magnitude dispute is
  // read within one report and may be about an aftershock.
  const open = discrepancies.find(
    (d) =>
      d.status === "open" && d.aspect !== "magnitude" && d.claims.filter((c) => c.number !== null).length > 1,
  );
  slots.push(open ? figuresSentence(open) : null);
  slots.push(
    reactionSentence(
      reactions,
      events.find((e) => !e.background && !isHazard(e)),
    ),
  );

  const impact = best(clean, chosen, (c) => IMPACT.test(c.text));
  if (impact) chosen.push(impact);
  slots.push(impact ? fromCandidate(impact) : null);

  // What the composed sentences cite is said already: the filler must not repeat it.
  const cited = new Set(slots.flatMap((s) => s?.citations.map((c) => c.quote) ?? []));
  chosen.push(...pool.filter((c) => cited.has(c.text)));
  const summary: SummarySentence[] = [];
  let words = 0;
  for (const s of slots) {
    if (!s || s.citations.length === 0 || words + wordCount(s) > MAX_WORDS) continue;
    summary.push(s);
    words += wordCount(s);
  }
  while (summary.length < 3 || summary.length < MAX_SENTENCES) {
    const next = best(clean, chosen, (c) => words + c.words <= MAX_WORDS);
    if (!next) break;
    chosen.push(next);
    summary.push(fromCandidate(next));
    words += next.words;
  }
  return summary.slice(0, MAX_SENTENCES);
}
