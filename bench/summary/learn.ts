import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { rawArticles, Story } from "../../adapters/cli/story-input.js";
import { findEvents } from "../../src/analysis/events/find-events.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { candidates } from "../../src/analysis/summary/centrality.js";
import { FEATURES, featuresOf } from "../../src/analysis/summary/features.js";
import { buildCorpus } from "../../src/corpus/build-corpus.js";
import { loadScorer } from "./scorer.js";

// `npm run learn-summary -- --data neus/train.jsonl [--data multinews/val_1000.jsonl:300]
//   --eval ../shared/eval`: fits the sentence scorer's weights (a Poisson regression of how many
// words of the editor's summary each candidate sentence supplies, the sentence's length as
// exposure) and writes them to src/analysis/summary/weights.ts. Data sets are read, never copied.

const { values } = parseArgs({
  options: {
    data: { type: "string", multiple: true },
    eval: { type: "string", default: "../shared/eval" },
    "dry-run": { type: "boolean", default: false },
  },
});
const { tokens } = await loadScorer(values.eval ?? "");
const tok = (s: string): string[] => tokens(s, true).filter((t) => !FUNCTION_WORDS.has(t));
// Words every text has: a sentence's worth is the story's own words it shares with the summary.
const FUNCTION_WORDS = new Set(
  "a an the and or but of in on at to for from by with as is are was were be been ha have had it it this that these those he she they them hi her their we our you your i not no said say also than then there which who whom what when where while would will could can may might into about after before over under more most some any all such only other one two s t".split(
    " ",
  ),
);

const rows: { x: number[]; words: number; y: number }[] = [];
for (const spec of values.data ?? []) {
  const [file = "", limit] = spec.split(":");
  const lines = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .slice(0, Number(limit ?? Infinity));
  for (const line of lines) {
    const raw = JSON.parse(line);
    const story = Story.parse(raw);
    const reference = String(raw.summary_text ?? raw.summary ?? (raw.references ?? [])[0] ?? "");
    const refCounts = new Map<string, number>();
    for (const t of tok(reference)) refCounts.set(t, (refCounts.get(t) ?? 0) + 1);
    const documents = buildCorpus(rawArticles(story.documents));
    const context = storyContext(documents);
    const events = findEvents(documents, context);
    const pool = candidates(documents, context, { relaxed: true });
    const roots = new Set(documents.map((d) => context.rootOf(d.id))).size;
    const xs = featuresOf(pool, documents, events, roots);
    pool.forEach((c, i) => {
      const words = tok(c.shown);
      const left = new Map(refCounts);
      let y = 0;
      for (const w of words) {
        const n = left.get(w) ?? 0;
        if (n > 0) {
          y++;
          left.set(w, n - 1);
        }
      }
      rows.push({ x: xs[i] as number[], words: Math.max(1, words.length), y });
    });
  }
  process.stderr.write(`${file}: ${rows.length} sentences so far\n`);
}

// Newton's method on the Poisson log-likelihood with a small ridge, so the fit is stable.
const k = FEATURES.length;
let w = new Array<number>(k).fill(0);
w[0] = Math.log(rows.reduce((a, r) => a + r.y, 0) / rows.reduce((a, r) => a + r.words, 0));
for (let iter = 0; iter < 25; iter++) {
  const g = new Array<number>(k).fill(0);
  const h = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (const { x, words, y } of rows) {
    const mu = words * Math.exp(x.reduce((s, v, i) => s + v * (w[i] ?? 0), 0));
    for (let i = 0; i < k; i++) {
      g[i] = (g[i] ?? 0) + (x[i] ?? 0) * (y - mu);
      const hi = h[i] as number[];
      for (let j = 0; j < k; j++) hi[j] = (hi[j] ?? 0) + (x[i] ?? 0) * (x[j] ?? 0) * mu;
    }
  }
  for (let i = 1; i < k; i++) {
    g[i] = (g[i] ?? 0) - 1 * (w[i] ?? 0);
    (h[i] as number[])[i] = ((h[i] as number[])[i] ?? 0) + 1;
  }
  const step = solve(h, g);
  w = w.map((v, i) => v + (step[i] ?? 0));
  if (Math.max(...step.map(Math.abs)) < 1e-6) break;
}

function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i] ?? 0]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]?.[c] ?? 0) > Math.abs(m[p]?.[c] ?? 0)) p = r;
    [m[c], m[p]] = [m[p] as number[], m[c] as number[]];
    const pivot = m[c]?.[c] || 1e-12;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = (m[r]?.[c] ?? 0) / pivot;
      for (let j = c; j <= n; j++) (m[r] as number[])[j] = (m[r]?.[j] ?? 0) - f * (m[c]?.[j] ?? 0);
    }
  }
  return m.map((row, i) => (row[n] ?? 0) / (row[i] || 1e-12));
}

const rounded = w.map((v) => Math.round(v * 1000) / 1000);
for (const [i, f] of FEATURES.entries()) process.stderr.write(`${f.padEnd(14)} ${rounded[i]}\n`);
if (!values["dry-run"]) {
  const body = FEATURES.map((f, i) => `  ${f}: ${rounded[i]},`).join("\n");
  writeFileSync(
    join(import.meta.dirname, "../../src/analysis/summary/weights.ts"),
    `// Written by \`npm run learn-summary\` (bench/summary/learn.ts) from ${rows.length} sentences of\n// ${(values.data ?? []).map((f) => f.split("/").slice(-2).join("/")).join(", ")}: do not edit by hand.\nimport type { Feature } from "./features.js";\n\nexport const WEIGHTS: Record<Feature, number> = {\n${body}\n};\n`,
  );
}
