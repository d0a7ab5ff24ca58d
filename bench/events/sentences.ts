import { readFileSync } from "node:fs";
import { eventMentions } from "../../src/analysis/events/event-mentions.js";
import { buildCorpus } from "../../src/index.js";

// Each sentence of one report file that yields event mentions, with the mentions: for reading how the
// extractor sees a text. `tsx bench/events/sentences.ts FILE`.

const file = process.argv[2];
if (!file) throw new Error("usage: tsx bench/events/sentences.ts FILE");
for (const doc of buildCorpus([{ id: "report", text: readFileSync(file, "utf8") }])) {
  for (const p of doc.paragraphs) {
    for (const s of p.sentences) {
      const found = eventMentions(s.text);
      if (found.length > 0) process.stdout.write(`${s.text.slice(0, 200)}\n   -> ${JSON.stringify(found)}\n`);
    }
  }
}
