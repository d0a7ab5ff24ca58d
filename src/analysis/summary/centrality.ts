import type { Document } from "../../corpus/document.js";
import { cosine, terms, type Vector, vectorOf } from "../../text/similarity.js";
import type { StoryContext } from "../story-context.js";

/** A sentence the summary may use, with how widely the reports attest what it says. */
export interface Candidate {
  doc: string;
  /** The source sentence, verbatim: what the citation quotes. */
  text: string;
  /** What the summary shows: the sentence, with a trailing side clause dropped when it is long. */
  shown: string;
  words: number;
  /** Number of other independent reports that say much the same. */
  support: number;
  /** Position of the sentence in its document (0 = lead). */
  position: number;
  /** From a garbled or mixed-language report: used only when nothing clean says it. */
  degraded: boolean;
  /** From a copy of another report: the original is the better citation. */
  copy: boolean;
  vector: Vector;
}

const SIMILAR = 0.3;

export function candidates(documents: Document[], context: StoryContext): Candidate[] {
  const all: Omit<Candidate, "support" | "vector">[] = [];
  const DATELINE = /^[A-Z][A-Z .,/'-]{2,}(?:\([^)]*\))?\s*[-–—:]\s+/;
  // A sentence that leans on the one before it ("But it warned...") cannot stand alone in a summary.
  const LEANS_BACK =
    /^(?:But|And|Yet|So|It|They|He|She|This|That|These|Those|However|Still|Meanwhile|Also)\b/;
  const SIDE_CLAUSE = /,\s(?:while|as|but|adding|saying|which|who|amid|even as)\s.*$/;
  const bags: string[][] = [];
  for (const doc of documents) {
    const degraded = doc.flags.includes("machine-translation") || doc.flags.includes("mixed-language");
    let position = 0;
    for (const paragraph of doc.paragraphs) {
      for (const { text } of paragraph.sentences) {
        position++;
        const cut = text
          .replace(DATELINE, "")
          .replace(SIDE_CLAUSE, (_, at, all: string) => (/\.$/.test(all.slice(0, at)) ? "" : "."));
        const shown = cut.split(/\s+/).length >= 12 ? cut : text;
        const words = shown.split(/\s+/).length;
        if (words < 8 || words > 45 || /\?\s*$/.test(text) || /^["“]/.test(text) || LEANS_BACK.test(text))
          continue;
        all.push({
          doc: doc.id,
          text,
          shown,
          words,
          position: position - 1,
          degraded,
          copy: doc.derivedFrom !== null,
        });
        bags.push(terms(text));
      }
    }
  }
  const df = new Map<string, number>();
  for (const bag of bags) for (const t of new Set(bag)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = (t: string) => Math.log(1 + bags.length / (df.get(t) ?? 1));
  const vectors = bags.map((bag) => vectorOf(bag, idf));
  // Only sentences that share a term can be similar: compare through a term index, not all pairs.
  const postings = new Map<string, number[]>();
  vectors.forEach((v, i) => {
    for (const t of v.keys()) postings.set(t, [...(postings.get(t) ?? []), i]);
  });
  const roots = all.map((c) => context.rootOf(c.doc));
  return all.map((c, i) => {
    const supporters = new Set<string>();
    const vector = vectors[i] as Vector;
    const seen = new Set<number>();
    for (const t of vector.keys()) {
      for (const j of postings.get(t) ?? []) {
        if (j === i || seen.has(j) || roots[j] === roots[i] || supporters.has(roots[j] as string)) continue;
        seen.add(j);
        if (cosine(vector, vectors[j] as Vector) >= SIMILAR) supporters.add(roots[j] as string);
      }
    }
    return { ...c, support: supporters.size, vector };
  });
}
