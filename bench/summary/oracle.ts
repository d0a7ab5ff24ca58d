import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { rawArticles, Story } from "../../adapters/cli/story-input.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { candidates } from "../../src/analysis/summary/centrality.js";
import { statedTitle } from "../../src/analysis/summary/headline.js";
import { buildCorpus } from "../../src/corpus/build-corpus.js";
import { loadScorer } from "./scorer.js";

// `tsx bench/summary/oracle.ts --data neus/val.jsonl`: the ceiling of extraction under the product's
// contract — the stated title and the 3-6 candidate sentences (at most 120 words) that a greedy
// search, knowing the reference, finds best for R-1 F1 — so a target can be judged against it.
// `--min-sentences N` lowers the contract's least number of sentences, to see what it costs.

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    eval: { type: "string", default: "../shared/eval" },
    "min-sentences": { type: "string", default: "3" },
  },
});
const least = Number(values["min-sentences"]);
const { rougeN } = await loadScorer(values.eval ?? "");
const lines = readFileSync(values.data ?? "", "utf8")
  .split("\n")
  .filter(Boolean);
let r1 = 0;
let r2 = 0;
for (const line of lines) {
  const raw = JSON.parse(line);
  const documents = buildCorpus(rawArticles(Story.parse(raw).documents));
  const refs = [String(raw.summary)];
  const f = (text: string) => rougeN(text, refs, { n: 1 }).f;
  const titles = documents.flatMap((d) => statedTitle(d) ?? []);
  const headline = titles.sort((a, b) => f(b) - f(a))[0] ?? "";
  const pool = candidates(documents, storyContext(documents));
  const chosen: string[] = [];
  let words = 0;
  const text = (extra: string[]) => [headline, ...chosen, ...extra].join(" ");
  while (chosen.length < 6) {
    const best = pool
      .filter((c) => !chosen.includes(c.shown) && words + c.words <= 120)
      .map((c) => ({ c, score: f(text([c.shown])) }))
      .sort((a, b) => b.score - a.score)[0];
    if (!best || (chosen.length >= least && best.score <= f(text([])))) break;
    chosen.push(best.c.shown);
    words += best.c.words;
  }
  r1 += f(text([]));
  r2 += rougeN(text([]), refs, { n: 2 }).f;
}
process.stdout.write(
  `oracle R-1 F ${((100 * r1) / lines.length).toFixed(2)} R-2 F ${((100 * r2) / lines.length).toFixed(2)}\n`,
);
