import { createBriefingService } from "../../src/briefing/service.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { terms } from "../../src/text/similarity.js";
import { neusArticles, readNeus } from "./datasets.js";
import { topicOf } from "./topic-selection.js";

// Study tool: `npx tsx bench/stories/topic-misses.ts NEUS_FILE`: each topic whose briefing is not
// its story alone, with the headlines briefed and the story's own.
const stories = readNeus(process.argv[2] ?? "");
const articles = neusArticles(stories);
const truth = new Map(articles.map((a) => [a.article_id, a.cluster_id]));
const articlesWith = new Map<string, number>();
for (const a of articles)
  for (const t of new Set(terms(a.text))) articlesWith.set(t, (articlesWith.get(t) ?? 0) + 1);
const docs = articles.map((a) => readArticle(a.article_id, a.text));
const service = createBriefingService(docs, () => new Date("2026-01-01T00:00:00Z"), {
  analyse: "lazy",
  keep: 8,
});
for (const story of stories) {
  const topic = topicOf(story, articlesWith);
  if (process.env.DEBUG_RANK) console.log(`## ${story.id} "${topic}"`);
  const answer = service.brief(topic);
  if (!answer.ok) continue;
  const told = new Set(answer.briefing.documents.map((d) => truth.get(d.id)));
  if (told.size === 1 && told.has(story.id)) continue;
  const kind = told.has(story.id) ? "MIXED" : "OTHER";
  console.log(`== ${kind} ${story.id} "${topic}"  [${story.summary_title}]`);
  for (const d of answer.briefing.documents)
    console.log(`  got (${truth.get(d.id)}) ${d.title.slice(0, 100)}`);
  const own = new Set(story.documents.map((_, i) => service.storyOf(`${story.id}-d${i}`)));
  for (const [i, d] of story.documents.entries())
    console.log(`  own [${service.storyOf(`${story.id}-d${i}`)}] ${d.title.slice(0, 100)}`);
  console.log(`  own parts ${own.size}; also ${JSON.stringify(answer.briefing.also ?? []).slice(0, 200)}`);
}
