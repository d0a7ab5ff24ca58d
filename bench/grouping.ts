import type { BenchArticle } from "./corpus/source.js";
import { scoreGrouping } from "./stories/metrics.js";

// How well articles were grouped into stories, against the stories the source says they belong
// to: pairwise precision and recall (bench/stories/metrics.ts, the same as the stories evaluation),
// and B-cubed F1.

export interface GroupingQuality {
  precision: number;
  recall: number;
  bcubedF1: number;
  stories: number;
  trueStories: number;
}

export function grouping(
  articles: BenchArticle[],
  storyOf: (id: string) => number | undefined,
): GroupingQuality | undefined {
  if (articles.some((a) => a.cluster === undefined)) return undefined;
  const s = scoreGrouping(
    articles.map((a) => String(storyOf(a.id) ?? -1)),
    articles.map((a) => a.cluster ?? ""),
  );
  return {
    precision: s.pairwise.precision,
    recall: s.pairwise.recall,
    bcubedF1: s.bcubed.f1,
    stories: s.stories,
    trueStories: s.trueStories,
  };
}
