import { fork } from "node:child_process";
import { writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { BOT_NODE_FLAGS } from "./bot-flags.js";
import { build } from "./build.js";
import { coldStart } from "./cold-start.js";
import { fileLines } from "./corpus/source.js";
import { type Progress, progress } from "./progress.js";
import { slackAcks } from "./slack-acks.js";
import { printTable, type SizeResult } from "./table.js";

// `npm run bench [-- --quick] [--articles FILE] [--seed N] [--feed]`: how fast deskbrief is and how its
// cost grows, in one run. Prints a table, writes bench/results.json. A benchmark, not a test: it
// never fails on a slow machine.

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    articles: { type: "string" },
    seed: { type: "string", default: "7" },
    // Feed the articles to the service in batches (addArticles) instead of reading the corpus whole.
    feed: { type: "boolean", default: false },
  },
});
const quick = values.quick === true;
const seed = values.seed ?? "7";
const here = import.meta.dirname;
const load = () => loadavg().map((n) => Math.round(n * 100) / 100);
const loadBefore = load();
const started = performance.now();

let sizes = quick ? [500, 2000] : [1000, 10_000, 100_000];
if (values.articles) {
  const lines = fileLines(values.articles) - 20;
  sizes = [...new Set(sizes.map((s) => Math.min(s, lines)))];
}
const incrementalAt = sizes.includes(10_000) ? 10_000 : (sizes.at(-1) ?? 0);

build();
const coldBar = progress("cold start (seeds)", quick ? 3 : 5);
const cold = await coldStart(quick ? 3 : 5, coldBar.tick);
coldBar.end();

const waves = quick ? 3 : 6;
const slackBar = progress("slack: 50 commands in flight", waves + 1);
const slack = await slackAcks(waves, 50, slackBar.tick);
slackBar.end();

// The corpus sizes last: a 100k run leaves the machine busy reclaiming gigabytes for a while, which
// would slow the start-up and ack timings above.
const results: SizeResult[] = [];
for (const size of sizes) {
  results.push(await runSize(size, size === incrementalAt));
}

const summary = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, model: cpus()[0]?.model ?? "", node: process.version },
  loadAverage: { before: loadBefore, after: load() },
  mode: quick ? "quick" : "full",
  corpus: values.articles ? { file: values.articles } : { generated: { seed: Number(seed) } },
  sizes: results,
  coldStartMs: cold,
  slack,
  seconds: Math.round((performance.now() - started) / 1000),
};
writeFileSync(join(here, "results.json"), `${JSON.stringify(summary, null, 2)}\n`);
printTable(summary);

function runSize(size: number, incremental: boolean): Promise<SizeResult> {
  return new Promise((resolve, reject) => {
    const args = ["--size", String(size), "--seed", seed, ...(incremental ? ["--incremental"] : [])];
    if (values.feed) args.push("--feed");
    if (values.articles) args.push("--articles", values.articles);
    const child = fork(join(here, "size-run.ts"), args, {
      execArgv: [...BOT_NODE_FLAGS, "--import", "tsx"],
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    let out = "";
    child.stdout?.on("data", (d) => {
      out += String(d);
    });
    const label = `${size.toLocaleString("en")} articles`;
    let bar: Progress | undefined;
    let phase = "";
    let timer: NodeJS.Timeout | undefined;
    child.on("message", (m: { phase: string; done?: number; total?: number; estimateMs?: number }) => {
      if (m.phase !== phase) {
        clearInterval(timer);
        bar?.end();
        phase = m.phase;
        bar = progress(`${label}: ${phase}`, m.total ?? m.estimateMs ?? 1);
        if (m.estimateMs) {
          // A step that cannot report (one call): the bar follows the time it is expected to take.
          const from = performance.now();
          const estimate = m.estimateMs;
          timer = setInterval(() => bar?.tick(Math.min(estimate * 0.99, performance.now() - from)), 500);
        }
      }
      if (m.done !== undefined) bar?.tick(m.done);
    });
    child.on("exit", (code) => {
      clearInterval(timer);
      bar?.end();
      if (code !== 0) reject(new Error(`the ${label} run exited with ${code}`));
      else resolve(JSON.parse(out) as SizeResult);
    });
  });
}
