import { accessSync, constants, createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { analyseStory, buildCorpus } from "../../src/index.js";
import { rawArticles, Story } from "./story-input.js";

// `npm run --silent summarize -- --jsonl FILE [--words N]`: one line of JSON per story in, one out —
// {id, headline, summary, citations} — each story analysed as `/brief` reads a corpus of its reports.
// `--words` raises the summary's length cap for benchmarks only (the product keeps 120).

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { jsonl: { type: "string" }, words: { type: "string" } },
  });
  if (!values.jsonl) {
    process.stderr.write("usage: npm run --silent summarize -- --jsonl FILE [--words N]\n");
    return 2;
  }
  const words = values.words === undefined ? undefined : Number(values.words);
  if (words !== undefined && !(Number.isInteger(words) && words > 0)) {
    process.stderr.write("deskbrief: --words takes a positive whole number\n");
    return 2;
  }
  try {
    accessSync(values.jsonl, constants.R_OK);
  } catch (error) {
    process.stderr.write(`deskbrief: cannot read ${values.jsonl}: ${(error as Error).message}\n`);
    return 2;
  }
  let line = 0;
  let failed = 0;
  for await (const text of createInterface({ input: createReadStream(values.jsonl), crlfDelay: Infinity })) {
    line++;
    if (text.trim() === "") continue;
    const parsed = Story.safeParse(jsonOrUndefined(text));
    if (!parsed.success) {
      // One bad line is reported and skipped: the other stories are still summarised.
      process.stderr.write(`${values.jsonl}:${line}: not a JSON story with id and documents\n`);
      failed++;
      continue;
    }
    const { id, documents } = parsed.data;
    const corpus = buildCorpus(rawArticles(documents));
    const analysis = analyseStory(corpus, words === undefined ? {} : { summaryWords: words });
    const out = {
      id,
      headline: analysis.headline,
      summary: analysis.summary.map((s) => s.text).join(" "),
      citations: analysis.summary.map((s) => s.citations),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return failed > 0 ? 1 : 0;
}

function jsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

process.exitCode = await main(process.argv.slice(2));
