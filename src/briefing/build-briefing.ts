import { findReactions } from "../analysis/reactions/find-reactions.js";
import type { Document } from "../corpus/document.js";
import { summariseDocument } from "../corpus/document.js";
import type { Briefing, SourcesAnswer } from "./schema.js";

/** The one orchestrator: composes the analysers into a briefing. Sections arrive with the engine. */
export function buildBriefing(documents: Document[], topic: string, now: Date): Briefing {
  return {
    schema: "briefing/v1",
    topic,
    generatedAt: now.toISOString(),
    headline: documents[0]?.title ?? "",
    documents: documents.map(summariseDocument),
    summary: [],
    events: [],
    reactions: findReactions(documents),
    discrepancies: [],
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
