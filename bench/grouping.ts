import type { BenchArticle } from "./corpus/source.js";

// How well articles were grouped into stories, against the stories the source says they belong
// to: pairwise precision (two articles grouped together truly share a story) and recall (two
// articles of one story were grouped together), counted from the contingency table in one pass.

export interface GroupingQuality {
  precision: number;
  recall: number;
  stories: number;
  trueStories: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function grouping(
  articles: BenchArticle[],
  storyOf: (id: string) => number | undefined,
): GroupingQuality | undefined {
  if (articles.some((a) => a.cluster === undefined)) return undefined;
  const both = new Map<string, number>();
  const byStory = new Map<number, number>();
  const byCluster = new Map<string, number>();
  for (const a of articles) {
    const story = storyOf(a.id) ?? -1;
    const key = `${story} ${a.cluster}`;
    both.set(key, (both.get(key) ?? 0) + 1);
    byStory.set(story, (byStory.get(story) ?? 0) + 1);
    byCluster.set(a.cluster ?? "", (byCluster.get(a.cluster ?? "") ?? 0) + 1);
  }
  const sum = (m: Map<unknown, number>) => [...m.values()].reduce((s, n) => s + pairs(n), 0);
  const agree = sum(both);
  return {
    precision: agree / (sum(byStory) || 1),
    recall: agree / (sum(byCluster) || 1),
    stories: byStory.size,
    trueStories: byCluster.size,
  };
}
