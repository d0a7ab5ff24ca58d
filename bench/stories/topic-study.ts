import { indexStories } from "../../src/briefing/select-story.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { terms } from "../../src/text/similarity.js";
import { neusArticles, readNeus } from "./datasets.js";
import { topicOf } from "./topic-selection.js";

// Study tool: `npx tsx bench/stories/topic-study.ts NEUS_FILE [--misses]`: topic selection as the
// evaluator measures it, from the story index alone (no analysis, so NeuS train takes a minute):
// the share of topics whose first story is theirs alone, and with --misses each miss.
const stories = readNeus(process.argv[2] ?? "");
const showMisses = process.argv.includes("--misses");
const articles = neusArticles(stories);
const truth = new Map(articles.map((a) => [a.article_id, a.cluster_id]));
const articlesWith = new Map<string, number>();
for (const a of articles)
  for (const t of new Set(terms(a.text))) articlesWith.set(t, (articlesWith.get(t) ?? 0) + 1);
const index = indexStories(articles.map((a) => readArticle(a.article_id, a.text)));
let right = 0;
let mixed = 0;
for (const story of stories) {
  const topic = topicOf(story, articlesWith);
  const [best, ...also] = index.select(topic);
  const told = new Set(best?.documents.map((d) => truth.get(d.id)));
  if (told.size > 1) mixed++;
  if (told.size === 1 && told.has(story.id)) {
    right++;
    continue;
  }
  if (!showMisses) continue;
  const parts = new Set(story.documents.map((_, i) => index.storyOf(`${story.id}-d${i}`)?.id));
  const alsoRight = also.findIndex((s) => parts.has(s.id));
  console.log(
    `== ${story.id} "${topic}" [${story.summary_title}] own parts ${parts.size}; in also ${alsoRight}`,
  );
  for (const d of best?.documents ?? []) console.log(`  got (${truth.get(d.id)}) ${d.title.slice(0, 110)}`);
  for (const d of story.documents) console.log(`  own ${d.title.slice(0, 110)}`);
}
const n = stories.length;
console.log(JSON.stringify({ topics: n, right: +(right / n).toFixed(4), mixed }));
