import model from "wink-eng-lite-web-model";
import { remember } from "../remember.js";

// A word's stem by the Porter algorithm that comes with the language model: "approves", "approved"
// and "approval" are one word, where the crude `terms` stemmer of similarity.ts keeps them apart.

const porter = model.addons.stem as ((word: string) => string) | undefined;

/** Stems asked for lately: a feed's vocabulary repeats, and the algorithm runs a dozen patterns a word. */
const REMEMBERED = 50_000;
const stems = new Map<string, string>();

/** The stem of a lower-case word. */
export function stemOf(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = porter ? porter(word) : word;
    remember(stems, word, stem, REMEMBERED);
  }
  return stem;
}
