import type { BriefingEvent } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { cosineWithNorms, squaredNorm, terms, type Vector, vectorOf } from "../../text/similarity.js";
import type { Candidate } from "./centrality.js";
import { statedTitle } from "./headline.js";

// What predicts that a sentence carries what an editor's summary of the story says. Each feature
// is one signal news writing gives: what several outlets repeat, what a report puts first, what
// echoes the headlines, what names the story's main event, what states a figure.

export const FEATURES = [
  "bias",
  "supportShare",
  "supportAny",
  "sharedTerms",
  "lead",
  "early",
  "centrality",
  "titleEcho",
  "mainEvent",
  "figure",
  "quoted",
  "cause",
  "consequence",
  "degraded",
  "long",
] as const;
export type Feature = (typeof FEATURES)[number];

const FIGURE = /\d|\b(?:hundreds?|thousands?|millions?|billions?|dozens?)\b/i;
// Why it happened and what it did: the two things a reader asks next, in any kind of story.
const CAUSE =
  /\b(?:because|in response to|in retaliation|retaliat\w*|responded|after (?:a|an|the)|blamed|responsible for|triggered|caused by|due to)\b/i;
const CONSEQUENCE =
  /\b(?:shortages?|evacuat\w+|displaced|homeless|stranded|cancell?ed|closed|shut|halted|suspended|outages?|prices?|injured|wounded|killed|dead|died|damage\w*|resign\w*|arrest\w*|charged|fined|approved|passed|rejected)\b/i;
// Direct speech inside a sentence: editors summarise it rather than quote it.
const QUOTED = /["“”]/;

/** The feature vector of every candidate, in the order of FEATURES. */
export function featuresOf(
  pool: Candidate[],
  documents: Document[],
  events: BriefingEvent[],
  rootCount: number,
): number[][] {
  const centroid: Vector = new Map();
  for (const c of pool) for (const [t, w] of c.vector) centroid.set(t, (centroid.get(t) ?? 0) + w);
  // Norms once: the centroid holds every word of the story, and summing it per sentence was quadratic.
  const centroidNorm = squaredNorm(centroid);
  const titles = documents.flatMap((d) => {
    const title = statedTitle(d);
    const vector = title ? vectorOf(terms(title)) : null;
    return vector ? [{ vector, norm: squaredNorm(vector) }] : [];
  });
  const main = events.find((e) => !e.background);
  const mainQuotes = new Set(main?.citations.map((c) => c.quote) ?? []);
  const others = Math.max(1, rootCount - 1);
  const docTerms = new Map(
    documents.map((d) => [d.id, new Set(terms(d.paragraphs.map((p) => p.text).join(" ")))]),
  );
  const reportsUsing = new Map<string, number>();
  for (const set of docTerms.values())
    for (const t of set) reportsUsing.set(t, (reportsUsing.get(t) ?? 0) + 1);
  /** Share of a sentence's words that other reports use too: what they tell in common. */
  const shared = (c: Candidate) => {
    const own = [...c.vector.keys()];
    if (own.length === 0) return 0;
    const mine = docTerms.get(c.doc);
    const elsewhere = own.filter((t) => (reportsUsing.get(t) ?? 0) - (mine?.has(t) ? 1 : 0) > 0);
    return elsewhere.length / own.length;
  };
  return pool.map((c) => {
    const norm = squaredNorm(c.vector);
    return [
      1,
      c.support / others,
      c.support > 0 ? 1 : 0,
      shared(c),
      c.position === 0 ? 1 : 0,
      1 / (1 + c.position),
      cosineWithNorms(c.vector, norm, centroid, centroidNorm),
      Math.max(0, ...titles.map((t) => cosineWithNorms(c.vector, norm, t.vector, t.norm))),
      mainQuotes.has(c.text) ? 1 : 0,
      FIGURE.test(c.shown) ? 1 : 0,
      QUOTED.test(c.shown) ? 1 : 0,
      CAUSE.test(c.shown) ? 1 : 0,
      CONSEQUENCE.test(c.shown) ? 1 : 0,
      c.degraded ? 1 : 0,
      c.words / 30,
    ];
  });
}

/**
 * Expected number of the summary's words a sentence supplies: its length times a rate that the
 * features raise or lower (a Poisson model with the length as exposure).
 */
export const expectedOverlap = (x: number[], words: number, weights: readonly number[]): number =>
  words * Math.exp(x.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0));
