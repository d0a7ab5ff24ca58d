import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { rawArticles, Story } from "../../adapters/cli/story-input.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { type Candidate, candidates } from "../../src/analysis/summary/centrality.js";
import { REPEATS } from "../../src/analysis/summary/summarise.js";
import { buildCorpus } from "../../src/corpus/build-corpus.js";
import { cosine } from "../../src/text/similarity.js";
import { seeded } from "../corpus/prng.js";
import { loadScorer } from "./scorer.js";

// `tsx bench/summary/ceiling.ts --data multinews/val_1000.jsonl --words 300`: how much a benchmark's
// long summary can gain by choosing sentences, on the candidates the summary chooses from, each fill
// cut at N words and scored R-1 F as the table scores it:
// - random: the pool in a random order (mean of five seeded shuffles), the floor a scorer must beat;
// - by true precision: each sentence ranked by the share of its words the reference holds, the
//   ceiling of any scorer that judges sentences one at a time and fills the length;
// - greedy: a search that knows the reference and may stop short, the ceiling of extraction.
// Data sets are read, never copied.

const { values } = parseArgs({
  options: {
    data: { type: "string" },
    words: { type: "string", default: "300" },
    eval: { type: "string", default: "../shared/eval" },
  },
});
const { rougeN, tokens } = await loadScorer(values.eval ?? "");
const words = Number(values.words);
/** The sentences in the given order, none repeating one taken, until the length is met. */
function fill(order: Candidate[]): string {
  const chosen: Candidate[] = [];
  let n = 0;
  for (const c of order) {
    if (n >= words) break;
    if (chosen.some((x) => cosine(x.vector, c.vector) > REPEATS)) continue;
    chosen.push(c);
    n += c.words;
  }
  return chosen.map((c) => c.shown).join(" ");
}

const lines = readFileSync(values.data ?? "", "utf8")
  .split("\n")
  .filter(Boolean);
const sum = { random: 0, precision: 0, greedy: 0 };
for (const line of lines) {
  const raw = JSON.parse(line);
  const refs: string[] = raw.references ?? [String(raw.summary)];
  const f = (text: string) => rougeN(text, refs, { n: 1, words }).f;
  const refWords = new Set(refs.flatMap((r) => tokens(r, true)));
  const documents = buildCorpus(rawArticles(Story.parse(raw).documents));
  const pool = candidates(documents, storyContext(documents), { relaxed: true });
  for (let seed = 1; seed <= 5; seed++) {
    const random = seeded(seed);
    const keys = new Map(pool.map((c) => [c, random.next()]));
    sum.random += f(fill([...pool].sort((a, b) => (keys.get(a) ?? 0) - (keys.get(b) ?? 0)))) / 5;
  }
  const precision = (c: Candidate) => {
    const t = tokens(c.shown, true);
    return t.filter((w) => refWords.has(w)).length / Math.max(1, t.length);
  };
  sum.precision += f(fill([...pool].sort((a, b) => precision(b) - precision(a))));
  const chosen: string[] = [];
  let n = 0;
  while (n < words) {
    const now = f(chosen.join(" "));
    let best: { c: Candidate; score: number } | undefined;
    for (const c of pool) {
      if (chosen.includes(c.shown)) continue;
      const score = f([...chosen, c.shown].join(" "));
      if (score > (best?.score ?? now)) best = { c, score };
    }
    if (!best) break;
    chosen.push(best.c.shown);
    n += best.c.words;
  }
  sum.greedy += f(chosen.join(" "));
}
const pc = (x: number) => ((100 * x) / lines.length).toFixed(2);
process.stdout.write(
  `${lines.length} stories, R-1 F at ${words} words: random ${pc(sum.random)}, by true precision ${pc(sum.precision)}, greedy oracle ${pc(sum.greedy)}\n`,
);
