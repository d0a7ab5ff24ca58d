import { parseArgs } from "node:util";
import { createBriefingService } from "../../src/briefing/service.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { groupArticles } from "../../src/stories/group-articles.js";
import { terms } from "../../src/text/similarity.js";
import {
  jsonlArticles,
  type LabelledArticle,
  multilingArticles,
  type NeusStory,
  neusArticles,
  readNeus,
} from "./datasets.js";
import { type GroupingScores, scoreGrouping, shuffled } from "./metrics.js";

// `npx tsx bench/stories/evaluate.ts --neus FILE --multiling FILE [--multinews FILE] [--exclude M008] [--shuffle SEED] [--no-topics]`:
// how well the stories command groups real articles whose stories are known (NeuS, MultiLing, their
// mix, Multi-News), and whether a topic briefs the story it names (NeuS: two or three distinctive
// words of each story's summary title). Prints one JSON object.

const { values } = parseArgs({
  options: {
    neus: { type: "string" },
    multiling: { type: "string" },
    multinews: { type: "string" },
    exclude: { type: "string", default: "" },
    shuffle: { type: "string" },
    "no-topics": { type: "boolean", default: false },
  },
});

const exclude = new Set(values.exclude.split(",").filter(Boolean));

function evaluate(all: LabelledArticle[]): GroupingScores & { ms: number } {
  // In file order a story's reports come one after another; shuffled, they arrive as in a busy feed.
  const articles = values.shuffle ? shuffled(all, Number(values.shuffle)) : all;
  const started = performance.now();
  const storyOf = groupArticles(articles.map((a) => ({ id: a.article_id, text: a.text })));
  const ms = performance.now() - started;
  const found = articles.map((a) => String(storyOf.get(a.article_id)));
  return {
    ...scoreGrouping(
      found,
      articles.map((a) => a.cluster_id),
    ),
    ms: Math.round(ms),
  };
}

/**
 * Two or three of the title's words, rarest in the articles first: words the articles use (an
 * editor types what the reports say), else any.
 */
function topicOf(story: NeusStory, articlesWith: Map<string, number>): string {
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

function selection(stories: NeusStory[]) {
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

const report: Record<string, unknown> = {};
const neus = values.neus ? readNeus(values.neus) : [];
const multiling = values.multiling ? multilingArticles(values.multiling, exclude) : [];
if (values.neus) report.neus = evaluate(neusArticles(neus));
if (values.multiling) report.multiling = { excluded: [...exclude], ...evaluate(multiling) };
if (values.neus && values.multiling) report.mix = evaluate([...neusArticles(neus), ...multiling]);
if (values.multinews) report.multinews = evaluate(jsonlArticles(values.multinews));
if (values.neus && !values["no-topics"]) report.topicSelection = selection(neus);
console.log(JSON.stringify(report, null, 1));
