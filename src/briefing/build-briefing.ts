import { findClaims } from "../analysis/claims/find-claims.js";
import { causeDisputes } from "../analysis/discrepancies/cause-dispute.js";
import { civilianHarmDisputes } from "../analysis/discrepancies/civilian-harm-dispute.js";
import { correctionDisputes } from "../analysis/discrepancies/correction-dispute.js";
import { disownedFigures } from "../analysis/discrepancies/disowned-figure.js";
import { figureDiscrepancies } from "../analysis/discrepancies/figure-discrepancies.js";
import { magnitudeDisputes } from "../analysis/discrepancies/magnitude-dispute.js";
import { misidentificationDisputes } from "../analysis/discrepancies/misidentification-dispute.js";
import { responsibilityDispute } from "../analysis/discrepancies/responsibility-dispute.js";
import { timingDiscrepancy } from "../analysis/discrepancies/timing-discrepancy.js";
import { findEvents } from "../analysis/events/find-events.js";
import { findReactions } from "../analysis/reactions/find-reactions.js";
import { storyContext } from "../analysis/story-context.js";
import { headlineOf } from "../analysis/summary/headline.js";
import { summarise } from "../analysis/summary/summarise.js";
import type { Briefing } from "../contract/schema.js";
import type { Document } from "../corpus/document.js";
import { summariseDocument } from "../corpus/document.js";

/** Everything a briefing says about one story, before it is stamped with a topic and a time. */
export type StoryAnalysis = Omit<Briefing, "schema" | "topic" | "generatedAt">;

/** Benchmarks only: a longer summary than the product's 120 words (MultiLing is judged at 250). */
export interface AnalysisOptions {
  summaryWords?: number;
}

/** The one orchestrator: runs each analyser once and composes their results. Analysers never import each other. */
export function analyseStory(documents: Document[], options: AnalysisOptions = {}): StoryAnalysis {
  const context = storyContext(documents);
  const claims = findClaims(documents, context);
  const events = findEvents(documents, context);
  const reactions = findReactions(documents);
  const leadEvent = events.find((e) => !e.background);
  const lead = leadEvent?.action ?? null;
  const discrepancies = [
    ...figureDiscrepancies(claims, context),
    ...timingDiscrepancy(documents, context),
    ...responsibilityDispute(documents, context, lead, leadEvent?.instrument ?? null),
    ...magnitudeDisputes(documents),
    ...correctionDisputes(documents),
    ...disownedFigures(documents),
    ...civilianHarmDisputes(documents),
    ...misidentificationDisputes(documents),
    ...causeDisputes(documents),
  ];
  const summary = summarise({ documents, context, events, reactions, discrepancies }, options.summaryWords);
  return {
    headline: headlineOf(documents, summary),
    documents: documents.map(summariseDocument),
    summary,
    events,
    reactions,
    discrepancies,
  };
}

export function stampBriefing(analysis: StoryAnalysis, topic: string, now: Date): Briefing {
  return { schema: "briefing/v1", topic, generatedAt: now.toISOString(), ...analysis };
}
