import MiniSearch from "minisearch";
import type { Document } from "../corpus/document.js";
import { irregularBase, joinedCompounds, openCompounds, placeStems } from "../text/word-forms.js";
import { stemOf } from "../text/word-stem.js";

// How well a story fits an editor's topic, from what its reports say. Each topic word counts by the
// share of the story's reports that carry it in some form ("approved", "approval" for "approves"),
// a headline counting more than the text under it: outlets that tell the same event each name it
// in their headline, while a report that mentions the word in passing carries it once, in its text.
// A word's worth saturates (a story does not fit better for repeating one word in every headline
// than for having the others too), and a word few stories use weighs more than one most use.
// Reports that name the words together, in one sentence, add to the fit.

/** How the search splits text into words, to read the editor's words as the index read the stories'. */
export const tokenize = MiniSearch.getDefault("tokenize") as (text: string) => string[];

/**
 * A word as matched: accents and apostrophes off, and currency signs, for an amount is typed without
 * its sign ("484 billion" for "$484 billion"); an ordinal as its number, for a date is written both
 * ways ("May 6th", "May 6").
 */
export const fold = (term: string) =>
  term
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/['’`$€£¥]/g, "")
    .toLowerCase()
    .replace(/^(\d+)(?:st|nd|rd|th)$/, "$1");

/** Reports of a story read, its latest (a long-running story's first ask stays cheap). */
const FIT_REPORTS = 16;
/** A headline that carries the word counts this much beyond the report's carrying it. */
const HEADLINE = 2;
/** Share (headline included) at which a word gives half its worth: all reports carrying it, in text only. */
const HALF = 1.5;

/** A topic word as stem, with its weight: the rarer among stories, the more it tells. */
export interface TopicWord {
  stem: string;
  weight: number;
  /** Stems of the word joined to the one typed before or after it: a compound a report writes solid. */
  joined: string[];
}

/** The topic's words weighed by how many of the `stories` searched are found by each (`storiesWith`). */
export function topicWords(
  asked: string[],
  stories: number,
  storiesWith: (word: string) => number,
): TopicWord[] {
  const pairs = openCompounds(asked).map(stemOf);
  return asked.map((w, i) => ({
    stem: stemOf(w),
    weight: Math.sqrt(Math.log(1 + stories / Math.max(1, storiesWith(w)))),
    joined: [pairs[i - 1], pairs[i]].filter((p) => p !== undefined),
  }));
}

/** Worth of a story's reports each naming the topic's words together, beside their carrying each. */
const TOGETHER = 0.3;

/**
 * Each report's word stems, headline and each sentence apart, with the joined forms of its hyphenated
 * compounds, the places its peoples name and the verbs its irregular past forms tell (word-forms.ts:
 * a headline says "sought" where the editor types "seek"); a report is read once
 * however often it is asked about.
 */
interface Read {
  headline: Set<string>;
  /**
   * Each stem's sentences, by index (0 the headline): one list per stem rather than a set per
   * sentence, for a story's first ask reads every sentence of its latest reports.
   */
  where: Map<string, number[]>;
}
const read = new WeakMap<Document, Read>();
function stemsOf(doc: Document): Read {
  let known = read.get(doc);
  if (!known) {
    const stems = (text: string) => {
      const words = tokenize(text);
      const found: string[] = [];
      for (const w of words) {
        const folded = fold(w);
        found.push(stemOf(folded));
        const base = irregularBase(folded);
        if (base !== undefined) found.push(stemOf(base));
      }
      for (const w of joinedCompounds(text)) found.push(stemOf(fold(w)));
      for (const w of words) for (const place of placeStems(w, fold)) found.push(place);
      return found;
    };
    const where = new Map<string, number[]>();
    const note = (found: string[], sentence: number) => {
      for (const stem of found) {
        const list = where.get(stem);
        if (list === undefined) where.set(stem, [sentence]);
        else if (list[list.length - 1] !== sentence) list.push(sentence);
      }
    };
    const headline = stems(doc.title);
    note(headline, 0);
    let sentence = 0;
    for (const p of doc.paragraphs) for (const s of p.sentences) note(stems(s.text), ++sentence);
    known = { headline: new Set(headline), where };
    read.set(doc, known);
  }
  return known;
}

const carries = ({ stem, joined }: TopicWord, stems: { has: (stem: string) => boolean }) =>
  stems.has(stem) || joined.some((j) => stems.has(j));

/** The most of the topic's weight one sentence of a report carries (the headline counts as one). */
function closestSentence(report: Read, words: TopicWord[]): number {
  const told = new Map<number, number>();
  for (const word of words) {
    const sentences = new Set<number>();
    for (const stem of [word.stem, ...word.joined])
      for (const i of report.where.get(stem) ?? []) sentences.add(i);
    for (const i of sentences) told.set(i, (told.get(i) ?? 0) + word.weight);
  }
  let closest = 0;
  for (const weight of told.values()) closest = Math.max(closest, weight);
  return closest;
}

/**
 * How well a story with these reports fits the topic's words: 0 when no report has any. A report of
 * the event the editor names says its words together, in its headline or one sentence ("Kell council
 * approves harbour levy"); one that has them in sentences apart tells of something else touching each.
 */
export function topicFit(documents: Document[], words: TopicWord[]): number {
  const reports = documents.slice(-FIT_REPORTS).map(stemsOf);
  if (reports.length === 0) return 0;
  let fit = 0;
  for (const word of words) {
    let carried = 0;
    for (const r of reports)
      if (carries(word, r.where)) carried += carries(word, r.headline) ? 1 + HEADLINE : 1;
    const share = carried / reports.length;
    fit += (word.weight * share) / (share + HALF);
  }
  const total = words.reduce((sum, w) => sum + w.weight, 0);
  if (total === 0) return fit;
  let together = 0;
  for (const r of reports) together += closestSentence(r, words) / total;
  return fit + (TOGETHER * together) / reports.length;
}
