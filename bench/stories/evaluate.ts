import { parseArgs } from "node:util";
import { groupArticles } from "../../src/stories/group-articles.js";
import {
  jsonlArticles,
  type LabelledArticle,
  multilingArticles,
  neusArticles,
  readNeus,
} from "./datasets.js";
import { type GroupingScores, scoreGrouping, shuffled } from "./metrics.js";
import { selection } from "./topic-selection.js";

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

const report: Record<string, unknown> = {};
const neus = values.neus ? readNeus(values.neus) : [];
const multiling = values.multiling ? multilingArticles(values.multiling, exclude) : [];
if (values.neus) report.neus = evaluate(neusArticles(neus));
if (values.multiling) report.multiling = { excluded: [...exclude], ...evaluate(multiling) };
if (values.neus && values.multiling) report.mix = evaluate([...neusArticles(neus), ...multiling]);
if (values.multinews) report.multinews = evaluate(jsonlArticles(values.multinews));
if (values.neus && !values["no-topics"]) report.topicSelection = selection(neus);
console.log(JSON.stringify(report, null, 1));
