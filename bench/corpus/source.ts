import { readFileSync } from "node:fs";
import { z } from "zod";
import { generateCorpus } from "./generate.js";
import { seeded } from "./prng.js";

// Where a benchmark corpus comes from: the generator (the default) or a JSON-lines file of real
// articles (`--articles FILE`, one `{text}` or `{article_id, cluster_id, text}` per line).

export interface BenchArticle {
  id: string;
  text: string;
  /** The story the article truly belongs to, when the source knows it. */
  cluster?: string;
}

export interface BenchCorpus {
  articles: BenchArticle[];
  /** Later articles, kept out of the corpus to be added one at a time. */
  heldOut: BenchArticle[];
  /** What editors would brief on: the stories' places and people, and kinds of event. */
  topics: string[];
  /** The words a held-out article's story can be asked about, by article id. */
  topicOf: Map<string, string>;
}

export const ASPECTS = [
  "casualties",
  "killed",
  "injured",
  "timing",
  "reactions",
  "damage",
  "ransom",
  "evacuated",
  "turnout",
  "Peru",
];
const HELD_OUT = 20;

const Line = z.object({
  article_id: z.string().optional(),
  cluster_id: z.string().optional(),
  text: z.string().min(1),
});

export function generatedCorpus(seed: number, size: number): BenchCorpus {
  const { articles, stories } = generateCorpus(seed, size + HELD_OUT);
  const all = articles.map((a) => ({ id: a.article_id, text: a.text, cluster: a.cluster_id }));
  const held = all.slice(size);
  const place = new Map(stories.map((s) => [`story-${s.id}`, s.topics[0] ?? ""]));
  const topics = [...new Set(stories.flatMap((s) => s.topics))];
  return {
    articles: all.slice(0, size),
    heldOut: held,
    topics: seeded(seed).sample(topics, Math.min(topics.length, 400)),
    topicOf: new Map(held.map((a) => [a.id, place.get(a.cluster ?? "") ?? ""])),
  };
}

/** The number of usable lines of a JSON-lines file (a size larger than this cannot be run from it). */
export function fileLines(path: string): number {
  return readLines(path).length;
}

export function fileCorpus(path: string, seed: number, size: number): BenchCorpus {
  const lines = readLines(path);
  const all = lines.slice(0, size + HELD_OUT).map((l, i) => ({
    id: l.article_id ?? `line-${i + 1}`,
    text: l.text,
    cluster: l.cluster_id,
  }));
  const cut = Math.max(1, all.length - HELD_OUT);
  const held = all.slice(cut);
  const random = seeded(seed);
  // Topics an editor could type: the longest capitalised words of some articles' openings.
  const topics = random.sample(all.slice(0, cut), 400).flatMap((a) => keyword(a.text) ?? []);
  return {
    articles: all.slice(0, cut),
    heldOut: held,
    topics: [...new Set(topics)],
    topicOf: new Map(held.map((a) => [a.id, keyword(a.text) ?? ""])),
  };
}

function keyword(text: string): string | undefined {
  const words = text.slice(0, 300).match(/\b\p{Lu}\p{Ll}{4,}\b/gu) ?? [];
  return words.sort((a, b) => b.length - a.length)[0];
}

function readLines(path: string): z.infer<typeof Line>[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .flatMap((l) => {
      try {
        const parsed = Line.safeParse(JSON.parse(l));
        return parsed.success ? [parsed.data] : [];
      } catch {
        return [];
      }
    });
}
