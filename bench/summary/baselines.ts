import type { Document } from "../../src/corpus/document.js";
import { cosine, terms, type Vector, vectorOf } from "../../src/text/similarity.js";

// The two baselines the issue compares against, on the project's own sentence splitting.

const sentencesOf = (d: Document) => d.paragraphs.flatMap((p) => p.sentences.map((s) => s.text));

/** Cut at a word budget, as the scorer would. */
const upTo = (sentences: string[], words: number) => {
  const out: string[] = [];
  let n = 0;
  for (const s of sentences) {
    if (n >= words) break;
    out.push(s);
    n += s.split(/\s+/).length;
  }
  return out.join(" ");
};

/** First-3: the first three sentences of each report, report after report. */
export const firstThree = (documents: Document[], words: number): string =>
  upTo(
    documents.flatMap((d) => sentencesOf(d).slice(0, 3)),
    words,
  );

/** A centroid ranker: sentences closest to the story's tf-idf centroid, none repeating another. */
export function centroid(documents: Document[], words: number): string {
  const all = documents.flatMap(sentencesOf);
  const bags = all.map(terms);
  const df = new Map<string, number>();
  for (const b of bags) for (const t of new Set(b)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + all.length / (df.get(t) ?? 1));
  const vectors = bags.map((b) => vectorOf(b, idf));
  const centre: Vector = new Map();
  for (const v of vectors) for (const [t, w] of v) centre.set(t, (centre.get(t) ?? 0) + w);
  const order = vectors.map((v, i) => ({ i, score: cosine(v, centre) })).sort((a, b) => b.score - a.score);
  const chosen: number[] = [];
  let n = 0;
  for (const { i } of order) {
    if (n >= words) break;
    const v = vectors[i] as Vector;
    if ((all[i] ?? "").split(/\s+/).length < 6) continue;
    if (chosen.some((j) => cosine(vectors[j] as Vector, v) > 0.5)) continue;
    chosen.push(i);
    n += (all[i] ?? "").split(/\s+/).length;
  }
  return chosen.map((i) => all[i]).join(" ");
}
