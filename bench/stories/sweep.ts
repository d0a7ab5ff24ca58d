import { parseArgs } from "node:util";
import { groupStories, TUNING } from "../../src/briefing/group-stories.js";
import { readArticle } from "../../src/corpus/read-article.js";
import {
  jsonlArticles,
  type LabelledArticle,
  multilingArticles,
  neusArticles,
  readNeus,
} from "./datasets.js";
import { scoreGrouping, shuffled } from "./metrics.js";

// `npx tsx bench/stories/sweep.ts --neus TRAIN [--multinews FILE] --join 0.2,0.3`: grouping scores
// for several join thresholds, to choose one on training data (never on the sets reported).

const { values } = parseArgs({
  options: {
    neus: { type: "string" },
    multiling: { type: "string" },
    multinews: { type: "string" },
    exclude: { type: "string", default: "" },
    shuffle: { type: "string" },
    limit: { type: "string", default: "1500" },
    join: { type: "string", default: String(TUNING.join) },
    prior: { type: "string", default: String(TUNING.prior) },
    power: { type: "string", default: String(TUNING.power) },
    link: { type: "string", default: String(TUNING.link) },
    kept: { type: "string", default: String(TUNING.kept) },
    merge: { type: "string", default: String(TUNING.merge) },
    lead: { type: "string", default: String(TUNING.lead) },
    lonely: { type: "string", default: String(TUNING.lonely) },
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
if (values.multinews) sets.push(["multinews", jsonlArticles(values.multinews).slice(0, limit)]);

const f = (x: number) => x.toFixed(3);
for (const [name, all] of sets) {
  const articles = values.shuffle ? shuffled(all, Number(values.shuffle)) : all;
  const docs = articles.map((a) => readArticle(a.article_id, a.text));
  for (const join of values.join.split(",").map(Number))
    for (const kept of values.kept.split(",").map(Number))
      for (const merge of values.merge.split(",").map(Number))
        for (const lead of values.lead.split(",").map(Number))
          for (const lonely of values.lonely.split(",").map(Number)) {
            for (const [prior, power, link] of values.prior
              .split(",")
              .flatMap((p) =>
                values.power
                  .split(",")
                  .flatMap((w) => values.link.split(",").map((l) => [Number(p), Number(w), Number(l)])),
              )) {
              const g = groupStories(docs, {
                join,
                smallJoin: TUNING.smallJoin,
                prior: prior ?? 20,
                power: power ?? 1,
                link: link ?? 1,
                kept,
                merge,
                lead,
                lonely,
              });
              const s = scoreGrouping(
                articles.map((a) => String(g.storyOf(a.article_id)?.id)),
                articles.map((a) => a.cluster_id),
              );
              console.log(
                `${name} join ${join} prior ${prior} power ${power} link ${link} kept ${kept} merge ${merge} lead ${lead} lonely ${lonely}: pairwise P ${f(s.pairwise.precision)} R ${f(s.pairwise.recall)}; B3 P ${f(s.bcubed.precision)} R ${f(s.bcubed.recall)} F1 ${f(s.bcubed.f1)}; ${s.stories}/${s.trueStories}`,
              );
            }
          }
}
