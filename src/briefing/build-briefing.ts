import { findClaims } from "../analysis/claims/find-claims.js";
import { figureDiscrepancies } from "../analysis/discrepancies/figure-discrepancies.js";
import { timingDiscrepancy } from "../analysis/discrepancies/timing-discrepancy.js";
import { findEvents } from "../analysis/events/find-events.js";
import { findReactions } from "../analysis/reactions/find-reactions.js";
import { storyContext } from "../analysis/story-context.js";
import { summarise } from "../analysis/summary/summarise.js";
import type { Document } from "../corpus/document.js";
import { summariseDocument } from "../corpus/document.js";
import type { Briefing, SourcesAnswer } from "./schema.js";

/** The one orchestrator: composes the analysers into a briefing. Analysers never import each other. */
export function buildBriefing(documents: Document[], topic: string, now: Date): Briefing {
  const context = storyContext(documents, now);
  const claims = findClaims(documents, context);
  const events = findEvents(documents, context);
  const reactions = findReactions(documents);
  const discrepancies = [...figureDiscrepancies(claims, context), ...timingDiscrepancy(documents, context)];
  return {
    schema: "briefing/v1",
    topic,
    generatedAt: now.toISOString(),
    headline: documents[0]?.title ?? "",
    documents: documents.map(summariseDocument),
    summary: summarise({ documents, context, events, reactions, discrepancies }),
    events,
    reactions,
    discrepancies,
  };
}

export function buildSources(documents: Document[], aspect: string, now: Date): SourcesAnswer {
  return {
    schema: "sources/v1",
    aspect,
    generatedAt: now.toISOString(),
    documents: documents.map(summariseDocument),
    bySource: documents.map((d) => ({ doc: d.id, outlet: d.outlet, claims: [] })),
    discrepancies: [],
  };
}
