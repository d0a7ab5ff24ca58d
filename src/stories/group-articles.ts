import { createBriefingService } from "../briefing/service.js";

/**
 * Raw articles grouped into stories as the bot groups a feed: one at a time in order, each read,
 * linked to what it copies, and added to its story. Returns each id's story.
 */
export function groupArticles(articles: { id: string; text: string }[]): Map<string, number> {
  const service = createBriefingService([], () => new Date(0), { analyse: "lazy" });
  for (const a of articles) service.addArticles([a]);
  return new Map(articles.map((a) => [a.id, service.storyOf(a.id) ?? -1]));
}
