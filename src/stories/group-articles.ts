import { groupStories } from "../briefing/group-stories.js";
import { readArticle } from "../corpus/read-article.js";

/** Raw articles grouped into stories as a feed would be, one at a time in order: each id's story. */
export function groupArticles(articles: { id: string; text: string }[]): Map<string, number> {
  const grouping = groupStories();
  for (const a of articles) grouping.add(readArticle(a.id, a.text));
  return new Map(articles.map((a) => [a.id, grouping.storyOf(a.id)?.id ?? -1]));
}
