import { parseArgs } from "node:util";
import { readArticle } from "../../src/corpus/read-article.js";
import { groupArticles } from "../../src/stories/group-articles.js";
import {
  jsonlArticles,
  type LabelledArticle,
  multilingArticles,
  neusArticles,
  readNeus,
} from "./datasets.js";
import { shuffled } from "./metrics.js";

// Study tool: which true stories the grouping splits and which it mixes, with their headlines.
const { values } = parseArgs({
  options: {
    neus: { type: "string" },
    multiling: { type: "string" },
    multinews: { type: "string" },
    shuffle: { type: "string" },
    limit: { type: "string", default: "40" },
  },
});
let all: LabelledArticle[] = [];
if (values.neus) all.push(...neusArticles(readNeus(values.neus)));
if (values.multiling) all.push(...multilingArticles(values.multiling, new Set()));
if (values.multinews) all.push(...jsonlArticles(values.multinews));
if (values.shuffle) all = shuffled(all, Number(values.shuffle));
const found = groupArticles(all.map((a) => ({ id: a.article_id, text: a.text })));
const title = (a: LabelledArticle) => readArticle(a.article_id, a.text).title.slice(0, 110);
const byTruth = new Map<string, LabelledArticle[]>();
const byFound = new Map<number, LabelledArticle[]>();
for (const a of all) {
  byTruth.set(a.cluster_id, [...(byTruth.get(a.cluster_id) ?? []), a]);
  const f = found.get(a.article_id) ?? -1;
  byFound.set(f, [...(byFound.get(f) ?? []), a]);
}
const limit = Number(values.limit);
let n = 0;
console.log("== SPLIT");
for (const [t, as] of byTruth) {
  const parts = new Set(as.map((a) => found.get(a.article_id)));
  if (parts.size < 2) continue;
  if (n++ >= limit) continue;
  console.log(`-- ${t}`);
  for (const a of as) console.log(`  [${found.get(a.article_id)}] ${title(a)}`);
}
console.log(`split stories: ${n}`);
n = 0;
console.log("== MIXED");
for (const [f, as] of byFound) {
  const truths = new Set(as.map((a) => a.cluster_id));
  if (truths.size < 2) continue;
  if (n++ >= limit) continue;
  console.log(`-- found ${f}`);
  for (const a of as) console.log(`  (${a.cluster_id}) ${title(a)}`);
}
console.log(`mixed stories: ${n}`);
