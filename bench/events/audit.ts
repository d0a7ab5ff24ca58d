import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { rawArticles, Story } from "../../adapters/cli/story-input.js";
import { analyseStory, buildCorpus, type RawArticle } from "../../src/index.js";

// Every event the engine prints, with the sentence it cites, for reading by hand: the unseen check
// of the events extractor on real multi-outlet clusters (JSON lines of {id, documents}) or on a
// corpus folder of .txt reports. `tsx bench/events/audit.ts --jsonl FILE [--limit N]` or `--dir DIR`.
// Prints one block per story and a last line with the number of stories and of events printed.

const { values } = parseArgs({
  options: {
    jsonl: { type: "string", multiple: true },
    dir: { type: "string", multiple: true },
    limit: { type: "string" },
  },
});
const limit = values.limit ? Number(values.limit) : Number.POSITIVE_INFINITY;

function stories(): { id: string; articles: RawArticle[] }[] {
  const out: { id: string; articles: RawArticle[] }[] = [];
  for (const file of values.jsonl ?? []) {
    const lines = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim());
    for (const line of lines.slice(0, limit)) {
      const story = Story.parse(JSON.parse(line));
      out.push({ id: `${basename(file)}#${story.id}`, articles: rawArticles(story.documents) });
    }
  }
  for (const dir of values.dir ?? []) {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort();
    out.push({
      id: basename(dir),
      articles: files.map((f) => ({ id: basename(f, ".txt"), text: readFileSync(join(dir, f), "utf8") })),
    });
  }
  return out;
}

let storiesSeen = 0;
let printed = 0;
for (const { id, articles } of stories()) {
  storiesSeen++;
  const { events } = analyseStory(buildCorpus(articles));
  if (events.length === 0) continue;
  process.stdout.write(`== ${id}\n`);
  for (const e of events) {
    printed++;
    const bg = e.background ? " [background]" : "";
    process.stdout.write(
      `  * ${e.actor} | ${e.action} | ${e.target} | ${e.location ?? "-"} | ${e.when ?? "-"} | ${e.instrument ?? "-"}${bg}\n`,
    );
    for (const c of e.citations.slice(0, 2))
      process.stdout.write(`      [${c.doc}] ${c.quote.slice(0, 260)}\n`);
  }
}
process.stdout.write(`stories=${storiesSeen} events=${printed}\n`);
