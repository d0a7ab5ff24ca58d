import { parseArgs } from "node:util";
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { type CorpusService, createBriefingService } from "../src/briefing/service.js";
import { buildCorpus } from "../src/index.js";
import { nlp } from "../src/text/nlp.js";
import { seeded } from "./corpus/prng.js";
import { ASPECTS, type BenchCorpus, fileCorpus, generatedCorpus } from "./corpus/source.js";
import { grouping } from "./grouping.js";
import { cpuMs, type Percentiles, peakRssMb, percentiles, timed } from "./stats.js";

// One corpus size, in a process of its own so its peak memory is its own. Reports progress to the
// parent over IPC and prints one JSON result on stdout.

const { values } = parseArgs({
  options: {
    size: { type: "string" },
    seed: { type: "string", default: "7" },
    articles: { type: "string" },
    incremental: { type: "boolean", default: false },
    feed: { type: "boolean", default: false },
    queries: { type: "string", default: "500" },
  },
});
const size = Number(values.size);
const seed = Number(values.seed);
const report = (message: Record<string, unknown>) => process.send?.(message);
const NOW = new Date("2026-01-01T00:00:00Z");

report({ phase: "corpus" });
const corpus: BenchCorpus = values.articles
  ? fileCorpus(values.articles, seed, size)
  : generatedCorpus(seed, size);
let texts: string[] = corpus.articles.map((a) => a.text);

// The floor: wink reading every word and nothing else (tokens only, no sentences or tags).
// Its own wink instance, let go once measured so the peak memory below is deskbrief's.
const floor = ((tokenizer) => inChunks("floor", texts, (t) => tokenizer.readDoc(t).tokens().out().length))(
  winkNLP(model, []),
);
// For reference: the steps the engine's own wink instance runs (sentences and parts of speech).
const sample = texts.slice(0, 2000);
const pipeline = inChunks("wink pipeline", sample, (t) => nlp.readDoc(t).tokens().out().length);
const tokens = floor.units;

// Two ways in. "build": the whole corpus at once (the reader's buildCorpus, which aligns sentences
// across the whole corpus to find copies, then the service). "feed": articles added to a service in
// batches of a thousand, as a feed delivers them (each linked to its copies within its story), so
// no table of the whole corpus is ever held.
const BATCH = 1000;
const raws = () => corpus.articles.map((a) => ({ id: a.id, text: a.text }));
let read: { ms: number; cpu: number };
let group: { ms: number; cpu: number };
let service: CorpusService;
if (values.feed) {
  service = createBriefingService([], () => NOW, { analyse: "lazy" });
  const all = raws();
  const fed = { ms: 0, cpu: 0 };
  for (let i = 0; i < all.length; i += BATCH) {
    const step = timed(() => service.addArticles(all.slice(i, i + BATCH)));
    fed.ms += step.ms;
    fed.cpu += step.cpu;
    report({ phase: "feed", done: i + BATCH, total: all.length });
  }
  read = fed;
  // The search index takes in the new stories at the first question.
  group = timed(() => service.brief(corpus.topics[0] ?? ""));
} else {
  report({ phase: "read", estimateMs: size * 2.5 });
  const built = timed(() => buildCorpus(raws()));
  read = built;
  const lazy = timed(() => createBriefingService(built.value, () => NOW, { analyse: "lazy" }));
  group = lazy;
  service = lazy.value;
}
const documents = service.documents();
// The raw texts are the benchmark's, not the service's: let them go, as a loader would.
texts = [];
const truth = corpus.articles.map(({ id, cluster }) => ({ id, cluster, text: "" }));
corpus.articles = [];

// Analysis: analysePending analyses every story (the same work as an eager service, in steps that
// can report progress).
const analysed = { ms: 0, cpu: 0 };
let left = Number.POSITIVE_INFINITY;
const stories = service.analysePending(0);
while (left > 0) {
  const step = timed(() => service.analysePending(50));
  analysed.ms += step.ms;
  analysed.cpu += step.cpu;
  left = step.value;
  report({ phase: "analyse", done: stories - left, total: stories });
}
const analysisMs = read.ms + group.ms + analysed.ms;
const analysisCpu = read.cpu + group.cpu + analysed.cpu;
const rssAfterAnalysis = peakRssMb();

const random = seeded(seed + size);
/** Latency of each question asked the first time, then of many warm ones drawn at random from them. */
const latency = (label: string, pool: string[], n: number, run: (q: string) => unknown) => {
  const first: number[] = [];
  for (const q of pool) {
    const t = performance.now();
    run(q);
    first.push(performance.now() - t);
  }
  const warm: number[] = [];
  for (let i = 0; i < n; i++) {
    const q = random.pick(pool);
    const t = performance.now();
    run(q);
    warm.push(performance.now() - t);
    if (i % 50 === 0) report({ phase: label, done: i, total: n });
  }
  return { warm: percentiles(warm), first: percentiles(first) };
};
const queries = Number(values.queries);
const brief = latency("brief", corpus.topics, queries, (q) => service.brief(q));
const sources = latency("sources", ASPECTS, queries, (q) => service.sources(q));

let incremental: { ms: Percentiles; reflected: number; tried: number } | undefined;
if (values.incremental) {
  const samples: number[] = [];
  let reflected = 0;
  for (const article of corpus.heldOut) {
    const t = performance.now();
    service.addArticles([{ id: article.id, text: article.text }]);
    const answer = service.brief(corpus.topicOf.get(article.id) ?? "");
    samples.push(performance.now() - t);
    if (answer.ok && answer.briefing.documents.some((d) => d.id === article.id)) reflected++;
  }
  incremental = { ms: percentiles(samples), reflected, tried: corpus.heldOut.length };
}

const result = {
  size: documents.length,
  source: values.articles ? "file" : "generated",
  path: values.feed ? "feed" : "build",
  stories,
  tokens,
  floorTokensPerSec: tokens / (floor.ms / 1000),
  pipelineTokensPerSec: pipeline.units / (pipeline.ms / 1000),
  read: { ms: read.ms, cpu: read.cpu },
  group: { ms: group.ms, cpu: group.cpu },
  analyse: { ms: analysed.ms, cpu: analysed.cpu },
  analysisTokensPerSec: tokens / (analysisMs / 1000),
  analysisCpuTokensPerSec: tokens / (analysisCpu / 1000),
  ratioToFloor: tokens / (analysisMs / 1000) / (tokens / (floor.ms / 1000)),
  peakRssMb: rssAfterAnalysis,
  peakRssMbAfterQueries: peakRssMb(),
  brief: brief.warm,
  briefFirstAsk: brief.first,
  sources: sources.warm,
  sourcesFirstAsk: sources.first,
  incremental,
  grouping: grouping(truth, (id) => service.storyOf(id)),
  cpuMsTotal: cpuMs(),
};
process.stdout.write(`${JSON.stringify(result)}\n`);

function inChunks(label: string, items: string[], read: (text: string) => number) {
  let units = 0;
  let ms = 0;
  for (let i = 0; i < items.length; i += 500) {
    const t = performance.now();
    for (const text of items.slice(i, i + 500)) units += read(text);
    ms += performance.now() - t;
    report({ phase: label, done: i, total: items.length });
  }
  return { units, ms };
}
