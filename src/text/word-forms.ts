import verbBases from "wink-eng-lite-web-model/dist/wn-verb-exceptions.js";
import { stemOf } from "./word-stem.js";

// Forms of one word that stemming leaves apart, for matching an editor's topic to what reports say.

/**
 * The words of hyphenated compounds, joined: news spells many compounds both ways ("cease-fire" and
 * "ceasefire", "health-care" and "healthcare"), and an editor types either.
 */
export const joinedCompounds = (text: string): string[] =>
  (text.match(/\p{L}+(?:-\p{L}+)+/gu) ?? []).map((w) => w.replace(/-/g, ""));

/**
 * Each word joined to the next: an editor types a compound open ("fact checking") that a headline
 * writes solid ("factchecking").
 */
export const openCompounds = (words: string[]): string[] => words.slice(1).map((w, i) => `${words[i]}${w}`);

/** Endings that make a people or its adjective of a place name: "Ostrania" → "Ostranian", "Kellan" → "Kellanese". */
const DEMONYM = ["ian", "an", "n", "i", "ese"];
/** Letters a place name keeps at least once the ending is off, so short words are not read as places. */
const PLACE_LETTERS = 4;

/**
 * The stems of the place a capitalized word may name its people by ("Ostranians" → "ostrania"):
 * reports say "Ostranian officials" where the editor types "Ostrania". Empty for other words.
 */
export function placeStems(word: string, fold: (w: string) => string): string[] {
  if (!/^\p{Lu}/u.test(word)) return [];
  const one = fold(word).replace(/s$/, "");
  return DEMONYM.filter((end) => one.endsWith(end) && one.length - end.length >= PLACE_LETTERS).map((end) =>
    stemOf(one.slice(0, -end.length)),
  );
}

/**
 * The base of an irregular verb form ("sought" → "seek", "won" → "win"), from the WordNet table the
 * language model ships: a headline tells in the past what an editor types in the present, and
 * stemming keeps the two apart. Undefined for other words.
 */
export const irregularBase = (word: string): string | undefined =>
  Object.hasOwn(verbBases, word) ? verbBases[word] : undefined;
