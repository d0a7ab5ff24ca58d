import type { Document } from "../corpus/document.js";
import type { Story } from "./story-grouping.js";

// An article as the grouping compares it: its words as term ids with their weights, and the pure
// arithmetic of comparing two of them. The corpus-wide rarity of each word is the grouping's; it is
// passed in as `weight`.

/** One grouped article. */
export interface Entry {
  doc: Document;
  story: Story;
  terms: Int32Array;
  /** Each kept word's weight within the article, 1 + log of its count (the rarity is the corpus's, read at comparison). */
  tf: Float32Array;
  /** How many distinct words the article has: a long report shares a smaller part of them. */
  length: number;
  alive: boolean;
}

/** An article's words as term ids with their counts. */
export interface Counted {
  terms: number[];
  counts: number[];
}

/** An article's weightiest words, heaviest first. */
export interface Weighed {
  vector: Map<number, number>;
  order: number[];
  tf: number[];
  norm: number;
}

/** A copy of the array at least `size` long, the rest zeros. */
export function grown(a: Float64Array, size: number): Float64Array {
  const b = new Float64Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/**
 * The article's weightiest words, heaviest first, as a map for comparisons: as many as an earlier
 * article keeps (`kept`), so a long report and a short one compare on equal terms.
 */
export function weighTerms(
  c: Counted,
  tfOf: (count: number) => number,
  weight: (term: number, tf: number) => number,
  kept: number,
): Weighed {
  // Lists pushed into literals, not mapped: `map` gives a holey list before V8 optimises it and a
  // packed one after, and the grouping's placing of an article was recompiled for each.
  const all: { t: number; tf: number; w: number }[] = [];
  for (let i = 0; i < c.terms.length; i++) {
    const t = c.terms[i] as number;
    const tf = tfOf(c.counts[i] ?? 1);
    all.push({ t, tf, w: weight(t, tf) });
  }
  all.sort((a, b) => b.w - a.w || a.t - b.t);
  const vector = new Map<number, number>();
  const order: number[] = [];
  const tfs: number[] = [];
  let norm = 0;
  for (const { t, tf, w } of all.slice(0, kept)) {
    norm += w * w;
    vector.set(t, w);
    order.push(t);
    tfs.push(tf);
  }
  return { vector, order, tf: tfs, norm };
}

/**
 * The items whose likeness reaches their bar, in order, with their likeness. Pushed into a literal, not
 * filtered and mapped: `map` gives a holey list before V8 optimises it and a packed one after, and
 * the grouping's placing of an article was recompiled for each.
 */
export function reaching<T>(scored: readonly (readonly [T, number])[], bar: (item: T) => number) {
  const out: (readonly [T, number])[] = [];
  for (const [item, x] of scored) if (x >= bar(item)) out.push([item, x] as const);
  return out;
}

/**
 * Two reports of one event share most of a lead's words but a smaller part of a long report's
 * (background, quotes, detail): their likeness is scaled up by the square root of how much
 * longer than a lead (`lead` words) the shorter of the two is.
 */
export const leadScaled = (a: number, b: number, lead: number) =>
  lead === 0 ? 1 : Math.sqrt(Math.max(1, Math.min(a, b) / lead));

/** The cosine of the article being placed (its weight per word id in `placing`, norm `norm`) with `e`. */
export function cosineWith(
  placing: Float64Array,
  weight: (term: number, tf: number) => number,
  norm: number,
  e: Entry,
): number {
  let dot = 0;
  let other = 0;
  for (let i = 0; i < e.terms.length; i++) {
    const t = e.terms[i] as number;
    const w = weight(t, e.tf[i] ?? 1);
    other += w * w;
    dot += (placing[t] as number) * w;
  }
  return norm === 0 || other === 0 ? 0 : dot / Math.sqrt(norm * other);
}
