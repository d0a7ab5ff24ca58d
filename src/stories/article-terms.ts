import type { Document } from "../corpus/document.js";
import { terms } from "../text/similarity.js";

// What an article is about, as weighted words. The headline names the event in a few words, so its
// words count double. Names (capitalised words inside a sentence) are what tell two stories of one
// kind apart — who and where — and outlets that frame an event differently still name the same
// people and places, so a name counts once more, and a run of them ("Ola Brenn") also counts as one
// term; a line in title case marks no names. Sentences the feed's articles carry word for word (page
// chrome) count for nothing.

const HEADLINE_WEIGHT = 2;
const NAME_WEIGHT = 1;
/** A capitalised word not opening a sentence (after ". " or at a line start it proves nothing). */
const NAME_RUN = /(?<![.!?:"“]\s|^)\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gmu;

/**
 * A line in title case ("Mayor Opens New Bridge Over Tessary"), as a headline read atop the body or a
 * crosshead: outlets that capitalise every word of a headline mark no names by it, and reading it as
 * one long name gave each such report a word, and its headline's words a weight, that no outlet's
 * sentence-case headline on the same event has. Its longer words (four letters or more, for some
 * styles leave "on", "for", "the" small) are all capitalised.
 */
const LONG_WORD = /\p{L}{4,}/gu;
const titleCase = (sentence: string) => {
  const words = sentence.match(LONG_WORD) ?? [];
  return words.length >= 3 && words.every((w) => w[0] !== w[0]?.toLowerCase());
};

/** A figure as written, commas and all ("778,000"): one term, where the word splitter would see "778" and "000". */
const FIGURE = /\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?/g;
/** Figures of three characters or more ("778,000", "2.4", "97") weigh as two words (3 split a 10-report folder). */
const FIGURE_WEIGHT = 2;

/**
 * The article's sentences, headline first (an article titled by its id has no headline). Plain loops
 * into one array: spreading an empty or a one-headline list gave two shapes, and the grouping's hot
 * functions that inline this were recompiled for each.
 */
export function sentencesOf(doc: Document): string[] {
  const all: string[] = [];
  if (doc.title !== doc.id) all.push(doc.title);
  for (const p of doc.paragraphs) for (const s of p.sentences) all.push(s.text);
  return all;
}

/**
 * Share of an article's sentences other articles carry word for word above which the article may
 * be a rewrite of a story's wire copy, not a page wrapped in chrome: a page's own report outweighs
 * its chrome, a rewrite has little of its own. Its shared sentences that one story's reports alone
 * carry (`own`) are the wire's, and are read, or it would have nothing to find its story by; lines
 * seen under two stories stay a site's chrome. A page of chrome alone (a cookie notice, an archive's
 * crawl note) may have made a story of its own before its lines were known to be shared: its few
 * lines do not count as a wire report.
 */
const REWRITE_SHARE = 0.75;
/** One story's own lines a rewrite carries at least: a wire report runs to paragraphs, a block of chrome to a few lines. */
const REWRITE_LINES = 5;

export function articleTerms(
  doc: Document,
  chrome: (sentence: string) => boolean = () => false,
  own: (sentence: string) => boolean = () => false,
): Map<string, number> {
  const all = sentencesOf(doc);
  // Each sentence is looked up once (a hash of its text), however often it is asked about below.
  const chromeLines = new Set(all.filter(chrome));
  const rewrite =
    chromeLines.size > 0 &&
    all.filter((s) => chromeLines.has(s)).length >= all.length * REWRITE_SHARE &&
    [...chromeLines].filter(own).length >= REWRITE_LINES;
  const wire = rewrite ? new Set([...chromeLines].filter(own)) : new Set<string>();
  const shared = (s: string) => chromeLines.has(s) && !wire.has(s);
  const counts = new Map<string, number>();
  const put = (t: string, n: number) => counts.set(t, (counts.get(t) ?? 0) + n);
  if (doc.title !== doc.id && !shared(doc.title)) for (const t of terms(doc.title)) put(t, HEADLINE_WEIGHT);
  for (const p of doc.paragraphs) {
    for (const s of p.sentences) {
      if (shared(s.text)) continue;
      for (const t of terms(s.text)) put(t, 1);
      // Figures tell apart a story's weeks, rounds and tolls: this week's claims from last week's.
      for (const f of s.text.match(FIGURE) ?? [])
        if (f.length >= 3) put(`#${f.replace(/,/g, "")}`, FIGURE_WEIGHT);
      if (titleCase(s.text)) continue;
      for (const run of s.text.match(NAME_RUN) ?? []) {
        const words = terms(run);
        for (const t of words) put(t, NAME_WEIGHT);
        if (words.length > 1) put(words.join(" "), NAME_WEIGHT);
      }
    }
  }
  return counts;
}
