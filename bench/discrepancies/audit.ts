import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { rawArticles, Story } from "../../adapters/cli/story-input.js";
import { analyseStory, buildCorpus } from "../../src/index.js";

// `npx tsx bench/discrepancies/audit.ts FILE.jsonl [...]`: every discrepancy the engine prints on a
// data set of real stories, with the sentences it cites, for a person to judge true or false. Data
// sets are read where they lie, never copied. The last line counts discrepancies by aspect and status.

const counts = new Map<string, number>();
for (const file of process.argv.slice(2)) {
  for await (const line of createInterface({
    input: createReadStream(file),
    crlfDelay: Number.POSITIVE_INFINITY,
  })) {
    if (line.trim() === "") continue;
    const parsed = Story.safeParse(JSON.parse(line));
    if (!parsed.success) continue;
    const analysis = analyseStory(buildCorpus(rawArticles(parsed.data.documents)));
    for (const d of analysis.discrepancies) {
      const key = `${d.aspect}/${d.status}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      console.log(`\n## ${parsed.data.id} [${d.aspect}, ${d.status}] ${d.question}`);
      if (d.note) console.log(`   note: ${d.note}`);
      for (const c of d.claims) {
        console.log(`   - ${c.value} (${c.number ?? "-"}) by ${c.attributedTo ?? "?"}`);
        for (const q of c.citations) console.log(`       [${q.doc}] ${q.quote.slice(0, 300)}`);
      }
    }
  }
}
console.log(`\nTOTAL ${[...counts.entries()].map(([k, n]) => `${k}=${n}`).join(" ")}`);
