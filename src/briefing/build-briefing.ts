import { findClaims } from "../analysis/claims/find-claims.js";
import { figureDiscrepancies } from "../analysis/discrepancies/figure-discrepancies.js";
import { timingDiscrepancy } from "../analysis/discrepancies/timing-discrepancy.js";
import { findEvents } from "../analysis/events/find-events.js";
import { findReactions } from "../analysis/reactions/find-reactions.js";
import { storyContext } from "../analysis/story-context.js";
import { summarise } from "../analysis/summary/summarise.js";
import type { Document } from "../corpus/document.js";
import { summariseDocument } from "../corpus/document.js";
import type { Briefing } from "./schema.js";

/** Everything a briefing says about one story, before it is stamped with a topic and a time. */
export type StoryAnalysis = Omit<Briefing, "schema" | "topic" | "generatedAt">;

/** The one orchestrator: runs each analyser once and composes their results. Analysers never import each other. */
export function analyseStory(documents: Document[], now: Date): StoryAnalysis {
  const context = storyContext(documents, now);
  const claims = findClaims(documents, context);
  const events = findEvents(documents, context);
  const reactions = findReactions(documents);
  const discrepancies = [...figureDiscrepancies(claims, context), ...timingDiscrepancy(documents, context)];
  return {
    headline: headlineOf(documents),
    documents: documents.map(summariseDocument),
    summary: summarise({ documents, context, events, reactions, discrepancies }),
    events,
    reactions,
    discrepancies,
  };
}

export function stampBriefing(analysis: StoryAnalysis, topic: string, now: Date): Briefing {
  return { schema: "briefing/v1", topic, generatedAt: now.toISOString(), ...analysis };
}

/** The title of the report that others copy least and that is cleanest: the original, not a repost. */
export function headlineOf(documents: Document[]): string {
  const clean = documents.filter(
    (d) => d.derivedFrom === null && d.flags.every((f) => f === "boilerplate-removed"),
  );
  const pick = clean.find((d) => d.published !== null) ?? clean[0] ?? documents[0];
  return pick?.title ?? "";
}
