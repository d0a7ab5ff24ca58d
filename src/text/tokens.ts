import { its, nlp } from "./nlp.js";

/** A word or punctuation mark of a sentence, with where it sits in the sentence's text. */
export interface Token {
  text: string;
  lower: string;
  /** Universal POS tag from wink ("PROPN", "NOUN", "VERB", "PUNCT", ...). */
  pos: string;
  start: number;
  end: number;
  /** True for function words ("more", "the", "which"). */
  stopWord: boolean;
}

// wink numbers lexicon words first and gives each unseen word the next id: probing with a nonsense word
// before any text is read yields the lexicon's size.
const LEXICON_SIZE = nlp.readDoc("qxzjvwqk").tokens().out(its.uniqueId)[0] ?? Number.POSITIVE_INFINITY;

// The analysers of one story read its sentences many times over; a few thousand sentences hold
// dozens of stories, and tagged tokens cost some 2.5 KB a sentence.
const CACHE_LIMIT = 4_000;
const cache = new Map<string, Token[]>();

/**
 * Tokens of one sentence, tagged once and cached: names, attribution and the analysers all read the
 * same sentences, and a briefing must compute in milliseconds.
 */
export function tokenize(text: string): Token[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out();
  const tags = doc.tokens().out(its.pos);
  const stops = doc.tokens().out(its.stopWordFlag);
  const tokens: Token[] = [];
  let cursor = 0;
  values.forEach((value, i) => {
    const found = text.indexOf(value, cursor);
    // wink keeps token text verbatim; if that ever fails, skip the token rather than mis-place it.
    if (found < 0) return;
    cursor = found + value.length;
    tokens.push({
      text: value,
      lower: value.toLowerCase(),
      pos: tags[i] ?? "X",
      start: found,
      end: cursor,
      stopWord: stops[i] === true,
    });
  });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, tokens);
  return tokens;
}

const known = new Map<string, boolean>();

/** True when the lower-case word is in the model's English lexicon ("rockets" is, "okonjo" is not). */
export function isLexiconWord(word: string): boolean {
  const lower = word.toLowerCase();
  let hit = known.get(lower);
  if (hit === undefined) {
    hit = (nlp.readDoc(lower).tokens().out(its.uniqueId)[0] ?? LEXICON_SIZE) < LEXICON_SIZE;
    known.set(lower, hit);
  }
  return hit;
}

export const isCapitalised = (t: Token) => /^\p{Lu}/u.test(t.text);
export const isPunct = (t: Token) => t.pos === "PUNCT" || t.pos === "SYM";

// A headline in Title Case capitalises every word: capitals say nothing about names there.
export function isTitleCase(tokens: Token[]): boolean {
  const words = tokens.filter((t) => /^\p{L}/u.test(t.text));
  return words.length >= 5 && words.filter(isCapitalised).length / words.length > 0.8;
}

// Capitalised words that are dates, never names.
export const DATE_WORDS = new Set(
  "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(
    " ",
  ),
);
