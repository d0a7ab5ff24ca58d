import type { BriefingService } from "../commands/service.js";
import type { Document } from "../corpus/document.js";
import { answerSources } from "./answer-sources.js";
import { analyseStory, type StoryAnalysis, stampBriefing } from "./build-briefing.js";
import { indexStories } from "./select-story.js";

/**
 * The core's answer to commands over one corpus. A story is analysed once and cached: a command
 * only selects, stamps and renders. `now` is injected so output is reproducible in tests.
 */
export function createBriefingService(documents: Document[], now: () => Date): BriefingService {
  const index = indexStories(documents);
  const cache = new Map<string, StoryAnalysis>();
  const analyse = (docs: Document[]): StoryAnalysis => {
    const key = docs
      .map((d) => d.id)
      .sort()
      .join("\n");
    let analysis = cache.get(key);
    if (!analysis) {
      analysis = analyseStory(docs, now());
      cache.set(key, analysis);
    }
    return analysis;
  };

  // Every story is analysed up front, so the first command is as fast as the next.
  for (const story of index.stories) analyse(story);
  analyse(documents);

  const topics = (): string[] => {
    const whole = analyse(documents);
    const words = [
      ...whole.events.filter((e) => !e.background).flatMap((e) => [plural(e.action), e.actor, e.location]),
      ...whole.events.flatMap((e) => [plural(e.action)]),
    ].filter((w): w is string => !!w && w.length < 40 && !/^unidentified/.test(w));
    return [...new Map(words.map((w) => [w.toLowerCase(), w])).values()].slice(0, 10);
  };

  return {
    brief(topic) {
      const selected = index.select(topic);
      if (selected.length === 0) return { ok: false, suggestions: topics().slice(0, 5) };
      return { ok: true, briefing: stampBriefing(analyse(selected), topic, now()) };
    },
    sources: (aspect) => answerSources(documents, aspect, analyse(documents).discrepancies, now()),
    topics,
    aspects: () => {
      const whole = analyse(documents);
      const fromDiscrepancies = whole.discrepancies.map((d) => d.aspect);
      return [...new Set([...fromDiscrepancies, "casualties", "timing", "reactions"])];
    },
    documentCount: () => documents.length,
  };
}

const plural = (action: string) => (/(?:s|ing|ware)$/.test(action) ? action : `${action}s`);
