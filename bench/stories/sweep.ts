import { parseArgs } from "node:util";
import { groupStories } from "../../src/briefing/group-stories.js";
import { readArticle } from "../../src/corpus/read-article.js";
import { TUNING, type Tuning } from "../../src/stories/grouping-settings.js";
import { generateCorpus } from "../corpus/generate.js";
import {
  jsonlArticles,
  type LabelledArticle,
  multilingArticles,
  neusArticles,
  readNeus,
} from "./datasets.js";
import { scoreGrouping, shuffled } from "./metrics.js";

// `npx tsx bench/stories/sweep.ts --neus TRAIN [--multiling FILE] [--generated N] --join 0.25,0.3 --lead 30,50`:
// grouping scores for every combination of the settings given (src/briefing/group-stories.ts
// Tuning), to choose them on training data: NeuS train, Multi-News val (read with --multiling, same
// cluster format), generated corpora; never on the sets reported.

const { values } = parseArgs({
  options: {
    neus: { type: "string" },
    multiling: { type: "string" },
    multinews: { type: "string" },
    generated: { type: "string" },
    exclude: { type: "string", default: "" },
    shuffle: { type: "string" },
    limit: { type: "string", default: "1500" },
    join: { type: "string" },
    smallJoin: { type: "string" },
    prior: { type: "string" },
    power: { type: "string" },
    link: { type: "string" },
    kept: { type: "string" },
    merge: { type: "string" },
    lead: { type: "string" },
    fresh: { type: "string" },
    next: { type: "string" },
    recent: { type: "string" },
  },
});
const limit = Number(values.limit);
const sets: [string, LabelledArticle[]][] = [];
if (values.neus) sets.push(["neus", neusArticles(readNeus(values.neus)).slice(0, limit)]);
if (values.multiling)
  sets.push([
    "multiling",
    multilingArticles(values.multiling, new Set(values.exclude.split(",").filter(Boolean))),
  ]);
if (values.generated)
  sets.push([
    "generated",
    generateCorpus(7, Number(values.generated)).articles.map((a) => ({
      article_id: a.article_id,
      cluster_id: a.cluster_id,
      text: a.text,
    })),
  ]);
if (values.multinews) sets.push(["multinews", jsonlArticles(values.multinews).slice(0, limit)]);

const f = (x: number) => x.toFixed(3);
/** Every combination of the values given for each setting (comma-separated), the rest at their defaults. */
const keys = Object.keys(TUNING) as (keyof Tuning)[];
const grid = keys.reduce<Tuning[]>(
  (tunings, key) =>
    tunings.flatMap((t) =>
      (values[key] ?? String(TUNING[key])).split(",").map((v) => ({ ...t, [key]: Number(v) })),
    ),
  [TUNING],
);

for (const [name, all] of sets) {
  const articles = values.shuffle ? shuffled(all, Number(values.shuffle)) : all;
  const docs = articles.map((a) => readArticle(a.article_id, a.text));
  for (const tuning of grid) {
    const g = groupStories(docs, tuning);
    const s = scoreGrouping(
      articles.map((a) => String(g.storyOf(a.article_id)?.id)),
      articles.map((a) => a.cluster_id),
    );
    const set = keys.map((k) => `${k} ${tuning[k]}`).join(" ");
    console.log(
      `${name} ${set}: pairwise P ${f(s.pairwise.precision)} R ${f(s.pairwise.recall)}; B3 P ${f(s.bcubed.precision)} R ${f(s.bcubed.recall)} F1 ${f(s.bcubed.f1)}; ${s.stories}/${s.trueStories}`,
    );
  }
}
