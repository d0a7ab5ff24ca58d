import type { BriefingEvent } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { cosineWithNorms, squaredNorm, terms, type Vector, vectorOf } from "../../text/similarity.js";
import { bodyVector } from "../body-terms.js";
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
  // Summed in place (one look-up a term), then as a vector in the order the terms came.
  const sums = new Map<string, { w: number }>();
  for (const c of pool) {
    for (const [t, w] of c.vector) {
      const sum = sums.get(t);
      if (sum) sum.w += w;
      else sums.set(t, { w: 0 + w });
    }
  }
  const centroid: Vector = new Map([...sums].map(([t, sum]) => [t, sum.w]));
  // Norms once: the centroid holds every word of the story, and summing it per sentence was quadratic.
  const centroidNorm = squaredNorm(centroid);
  const titles = documents.flatMap((d) => {
    const title = statedTitle(d);
    const vector = title ? vectorOf(terms(title)) : null;
    return vector ? [{ vector, norm: squaredNorm(vector) }] : [];
  });
  const titleEcho = closestTitle(titles);
  const main = events.find((e) => !e.background);
  const mainQuotes = new Set(main?.citations.map((c) => c.quote) ?? []);
  const others = Math.max(1, rootCount - 1);
  // Each report's words once per report, shared with the headline: not re-read for every story.
  const docTerms = new Map(documents.map((d) => [d.id, bodyVector(d).vector]));
  const reportsUsing = new Map<string, { n: number }>();
  for (const words of docTerms.values()) {
    for (const t of words.keys()) {
      const using = reportsUsing.get(t);
      if (using) using.n++;
      else reportsUsing.set(t, { n: 1 });
    }
  }
  /** Share of a sentence's words that other reports use too: what they tell in common. */
  const shared = (c: Candidate) => {
    if (c.vector.size === 0) return 0;
    const mine = docTerms.get(c.doc);
    let elsewhere = 0;
    for (const t of c.vector.keys()) {
      if ((reportsUsing.get(t)?.n ?? 0) - (mine?.has(t) ? 1 : 0) > 0) elsewhere++;
    }
    return elsewhere / c.vector.size;
  };
  // Copies repeat sentences: what depends only on a sentence's words is worked out once per text.
  const byVector = new Map<Vector, { centrality: number; echo: number }>();
  const ofVector = (v: Vector) => {
    let known = byVector.get(v);
    if (!known) {
      const norm = squaredNorm(v);
      known = { centrality: cosineWithNorms(v, norm, centroid, centroidNorm), echo: titleEcho(v, norm) };
      byVector.set(v, known);
    }
    return known;
  };
  const byShown = new Map<string, number[]>();
  const ofShown = (shown: string) => {
    let known = byShown.get(shown);
    if (!known) {
      known = [FIGURE, QUOTED, CAUSE, CONSEQUENCE].map((cue) => (cue.test(shown) ? 1 : 0));
      byShown.set(shown, known);
    }
    return known;
  };
  return pool.map((c) => {
    const { centrality, echo } = ofVector(c.vector);
    const [figure, quoted, cause, consequence] = ofShown(c.shown);
    return [
      1,
      c.support / others,
      c.support > 0 ? 1 : 0,
      shared(c),
      c.position === 0 ? 1 : 0,
      1 / (1 + c.position),
      centrality,
      echo,
      mainQuotes.has(c.text) ? 1 : 0,
      figure ?? 0,
      quoted ?? 0,
      cause ?? 0,
      consequence ?? 0,
      c.degraded ? 1 : 0,
      c.words / 30,
    ];
  });
}

/**
 * The cosine of a sentence with the title closest to it (0 when it shares no word with any). Only
 * titles that share a word with the sentence are visited, through a term index: comparing every
 * sentence of a large story with every title was quadratic. Each dot product adds the same terms in
 * the same order as `cosineWithNorms`, so the figures are the same to the last bit.
 */
function closestTitle(titles: { vector: Vector; norm: number }[]): (v: Vector, norm: number) => number {
  const postings = new Map<string, { title: number; weight: number }[]>();
  titles.forEach(({ vector }, title) => {
    for (const [t, weight] of vector) {
      const list = postings.get(t);
      if (list) list.push({ title, weight });
      else postings.set(t, [{ title, weight }]);
    }
  });
  const dots = new Float64Array(titles.length);
  return (v, norm) => {
    if (norm === 0) return 0;
    dots.fill(0);
    for (const [t, x] of v) {
      for (const { title, weight } of postings.get(t) ?? [])
        dots[title] = (dots[title] as number) + x * weight;
    }
    let best = 0;
    titles.forEach((title, i) => {
      if (title.norm !== 0) best = Math.max(best, (dots[i] as number) / Math.sqrt(norm * title.norm));
    });
    return best;
  };
}

/**
 * Expected number of the summary's words a sentence supplies: its length times a rate that the
 * features raise or lower (a Poisson model with the length as exposure).
 */
export const expectedOverlap = (x: number[], words: number, weights: readonly number[]): number =>
  words * Math.exp(x.reduce((sum, v, i) => sum + v * (weights[i] ?? 0), 0));
