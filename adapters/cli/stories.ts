import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { groupArticles } from "../../src/index.js";

// `npm run --silent stories -- --jsonl FILE`: groups the articles of a JSON-lines file into stories
// as the bot groups a feed (one at a time, in file order) and prints one `{article_id, story}` line
// per article; a summary line (stories, time) goes to stderr. Lines are `{article_id, text}`; other
// fields are ignored, and a line without an id is named by its line number.

const Line = z.looseObject({ article_id: z.string().optional(), text: z.string() });

function main(): number {
  const { values } = parseArgs({ options: { jsonl: { type: "string" } } });
  if (!values.jsonl) {
    process.stderr.write("usage: npm run --silent stories -- --jsonl FILE\n");
    return 2;
  }
  let raw: string;
  try {
    raw = readFileSync(values.jsonl, "utf8");
  } catch (e) {
    process.stderr.write(`Cannot read ${values.jsonl}: ${(e as Error).message}\n`);
    return 1;
  }
  const articles: { id: string; text: string }[] = [];
  let skipped = 0;
  const lines = raw.split("\n");
  for (const [i, text] of lines.entries()) {
    if (text.trim() === "") continue;
    let parsed: z.infer<typeof Line>;
    try {
      parsed = Line.parse(JSON.parse(text));
    } catch {
      // One bad line is named and skipped: the other articles are still grouped.
      process.stderr.write(`${values.jsonl}:${i + 1}: not a JSON object with a "text" string\n`);
      skipped++;
      continue;
    }
    articles.push({ id: parsed.article_id ?? `line-${i + 1}`, text: parsed.text });
  }
  const started = performance.now();
  const storyOf = groupArticles(articles);
  const ms = performance.now() - started;
  const out = articles.map((a) => JSON.stringify({ article_id: a.id, story: storyOf.get(a.id) ?? -1 }));
  process.stdout.write(out.length > 0 ? `${out.join("\n")}\n` : "");
  const stories = new Set(storyOf.values()).size;
  process.stderr.write(
    `${JSON.stringify({ articles: articles.length, stories, ms: Math.round(ms), msPerArticle: articles.length ? +(ms / articles.length).toFixed(2) : 0 })}\n`,
  );
  return skipped > 0 ? 1 : 0;
}

process.exitCode = main();
