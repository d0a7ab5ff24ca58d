import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { rawArticles, Story } from "../../adapters/cli/story-input.js";
import { buildCorpus } from "../../src/corpus/build-corpus.js";
import { centroid, firstThree } from "./baselines.js";

// `npm run bench:summary [-- --datasets ../shared/datasets --limit N]`: the summary's ROUGE table —
// deskbrief through the batch command, First-3 and a centroid ranker at the same length, all scored
// by the shared scorer (rouge.mjs). Data sets are read from their folder, never copied.

const { values } = parseArgs({
  options: {
    datasets: { type: "string", default: "../shared/datasets" },
    eval: { type: "string", default: "../shared/eval" },
    limit: { type: "string" },
  },
});
const root = resolve(values.datasets ?? "");
const rouge = resolve(values.eval ?? "", "rouge.mjs");
const work = mkdtempSync(join(tmpdir(), "summary-bench-"));
const limit = Number(values.limit ?? Infinity);

const runs = [
  { name: "NeuS val (product, + headline)", file: "neus/val.jsonl", words: undefined, headline: true },
  {
    name: "MultiLing 2011 (250 words)",
    file: "multiling2011_en/english_10_topics.jsonl",
    words: 250,
    headline: false,
  },
  { name: "Multi-News val (300 words)", file: "multinews/val_1000.jsonl", words: 300, headline: false },
];

const score = (data: string, pred: string, words: number | undefined, headline: boolean) => {
  const args = [rouge, "--data", data, "--pred", pred, ...(words ? ["--words", String(words)] : [])];
  const out = execFileSync("node", headline ? [...args, "--with-headline"] : args, { encoding: "utf8" });
  const m = /R-1=([\d.]+) R-2=([\d.]+)\s+recall: R-1=([\d.]+) R-2=([\d.]+)/.exec(out);
  return m ? `F ${m[1]}/${m[2]}  R ${m[3]}/${m[4]}` : out.trim();
};

execFileSync("npx", ["tsc", "-b", "tsconfig.build.json"], { stdio: "inherit" });
for (const run of runs) {
  const lines = readFileSync(join(root, run.file), "utf8").split("\n").filter(Boolean).slice(0, limit);
  const data = join(work, "data.jsonl");
  writeFileSync(data, `${lines.join("\n")}\n`);
  const started = performance.now();
  const batch = spawnSync(
    "node",
    ["dist/adapters/cli/summarize.js", "--jsonl", data, ...(run.words ? ["--words", String(run.words)] : [])],
    { encoding: "utf8", maxBuffer: 1 << 28 },
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const ours = join(work, "ours.jsonl");
  writeFileSync(ours, batch.stdout);
  const lengths = new Map(
    batch.stdout
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((p) => [p.id, `${p.headline} ${p.summary}`.split(/\s+/).length]),
  );
  const baselines = { first3: [] as string[], centroid: [] as string[] };
  for (const line of lines) {
    const raw = JSON.parse(line);
    const story = Story.parse(raw);
    const documents = buildCorpus(rawArticles(story.documents));
    // The baselines get deskbrief's length: the words it used, or the benchmark's cap.
    const words = run.words ?? lengths.get(story.id) ?? 100;
    const title = run.headline ? (story.documents.find((d) => typeof d !== "string")?.title ?? "") : "";
    const budget = Math.max(0, words - title.split(/\s+/).length);
    baselines.first3.push(
      JSON.stringify({ id: story.id, headline: title, summary: firstThree(documents, budget) }),
    );
    baselines.centroid.push(
      JSON.stringify({ id: story.id, headline: title, summary: centroid(documents, budget) }),
    );
  }
  const row = [run.name, `${lines.length} stories, batch ${seconds} s`];
  row.push(`deskbrief ${score(data, ours, run.words, run.headline)}`);
  for (const [name, preds] of Object.entries(baselines)) {
    const file = join(work, `${name}.jsonl`);
    writeFileSync(file, `${preds.join("\n")}\n`);
    row.push(`${name} ${score(data, file, run.words, run.headline)}`);
  }
  process.stdout.write(`${row.join("\n  ")}\n`);
}
