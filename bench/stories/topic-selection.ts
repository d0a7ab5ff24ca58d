import { createBriefingService } from "../../src/briefing/service.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { terms } from "../../src/text/similarity.js";
import { type NeusStory, neusArticles } from "./datasets.js";

// Topic selection on NeuS: for every story, two or three words of its summary title as the topic;
// the briefing the service answers with must hold that story's reports and no other's.

/**
 * Two or three of the title's words, rarest in the articles first: words the articles use (an
 * editor types what the reports say), else any.
 */
export function topicOf(story: NeusStory, articlesWith: Map<string, number>): string {
  const words = story.summary_title.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const content = [...new Set(words)].filter((w) => terms(w).length === 1 && w.length > 2);
  const rarity = (w: string) => articlesWith.get(terms(w)[0] ?? "") ?? 0;
  const used = content.filter((w) => rarity(w) > 0);
  return (used.length >= 2 ? used : content)
    .map((w, i) => ({ w, i, r: rarity(w) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .slice(0, 3)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.w)
    .join(" ");
}

export function selection(stories: NeusStory[]) {
  const articles = neusArticles(stories);
  const truth = new Map(articles.map((a) => [a.article_id, a.cluster_id]));
  const articlesWith = new Map<string, number>();
  for (const a of articles)
    for (const t of new Set(terms(a.text))) articlesWith.set(t, (articlesWith.get(t) ?? 0) + 1);
  const service = createBriefingService(
    articles.map((a) => readArticle(a.article_id, a.text)),
    () => new Date("2026-01-01T00:00:00Z"),
    { analyse: "lazy", keep: 8 },
  );
  let right = 0;
  let mixed = 0;
  let complete = 0;
  let none = 0;
  let elsewhere = 0;
  const misses: string[] = [];
  for (const story of stories) {
    const topic = topicOf(story, articlesWith);
    const answer = service.brief(topic);
    if (!answer.ok) {
      none++;
      continue;
    }
    const told = new Set(answer.briefing.documents.map((d) => truth.get(d.id)));
    if (told.size > 1) mixed++;
    if (!told.has(story.id)) elsewhere++;
    if (told.size === 1 && told.has(story.id)) {
      right++;
      if (answer.briefing.documents.length === story.documents.length) complete++;
    } else if (misses.length < 10) misses.push(`${story.id}: "${topic}"`);
  }
  const n = stories.length;
  return {
    topics: n,
    right: right / n,
    mixed,
    otherStory: elsewhere,
    complete: complete / n,
    unanswered: none,
    misses,
  };
}
