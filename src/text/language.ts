import { eld } from "eld/small";

// eld's small n-gram set: the medium set's answers on all but 3 of 5,001 stretches the English screen
// let through (from 3,000 real articles and our corpora; the 3 were page chrome and a URL), loaded
// in 0.30 s instead of 0.42 s, with some 50 MB less memory. It is unreliable on short text, so every
// answer here is gated on isReliable() and on length, and a fragment must also look like running
// prose (mostly lower-case words) — otherwise "Defense Secretary Lloyd Jones" may read as Tagalog.

const MIN_PARAGRAPH_WORDS = 5;
const MIN_FRAGMENT_WORDS = 5;
const MIN_LOWER_CASE_SHARE = 0.5;
const MIN_MARGIN = 0.08;
/** A hundred words settle a paragraph's language; reading more only costs time. */
const MAX_DETECTED_WORDS = 100;
/** Edited English prose is roughly half function words; a stretch with few of them may be foreign. */
const MAX_ENGLISH_FUNCTION_SHARE = 0.3;

/** Common English function words (general vocabulary, shared with the fingerprints of sentences). */
export const ENGLISH_FUNCTION_WORDS = new Set(
  (
    "a an the and or but nor of in on at to for from by with as is are was were be been being has have had " +
    "do does did it its this that these those he she they them his her their we our you your i me my not no " +
    "will would could should can may might must shall also than then there here which who whom whose what " +
    "when where while after before about into over under up down out more most some any all such other " +
    "said says say saying told tells according just very so if because since until only even still"
  ).split(" "),
);

const words = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
// Names ("Rio de Janeiro", "Tour de France") say nothing of a text's language: judge by the rest.
// Scripts without case (Arabic, Hebrew) write every word as running prose does.
const RUNNING = /^[\p{Ll}\p{Lo}]/u;
const lowerCaseWords = (text: string) => words(text).filter((w) => RUNNING.test(w));
const englishShare = (lower: string[]) =>
  lower.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length / lower.length;

// Copies and boilerplate repeat paragraphs word for word across a feed: each text is detected once.
// Keyed by the text itself (held by its document anyway), so remembering costs no copy of it.
const CACHE_LIMIT = 50_000;

function memo<K>(cache: Map<K, string | null>, key: K, detect: () => string | null): string | null {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  const language = detect();
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, language);
  return language;
}
const byParagraph = new Map<string, string | null>();
const byFragment = new Map<string, Map<string, string | null>>();

/** The language of a paragraph (ISO 639-1), or null when the text is too short to tell reliably. */
export function paragraphLanguage(text: string): string | null {
  return memo(byParagraph, text, () => {
    const lower = lowerCaseWords(text);
    if (lower.length < MIN_PARAGRAPH_WORDS) return null;
    // Most paragraphs of an English feed are plainly English: the detector is asked about the rest.
    if (englishShare(lower) > MAX_ENGLISH_FUNCTION_SHARE) return "en";
    const result = eld.detect(lower.slice(0, MAX_DETECTED_WORDS).join(" "));
    return result.language !== "" && result.isReliable() ? result.language : null;
  });
}

/** The language of a whole body: the language most of its reliably detected text is in. */
export function bodyLanguage(paragraphs: { text: string; language: string | null }[]): string {
  const weight = new Map<string, number>();
  for (const p of paragraphs) {
    if (p.language) weight.set(p.language, (weight.get(p.language) ?? 0) + p.text.length);
  }
  const best = [...weight].sort((a, b) => b[1] - a[1])[0];
  if (best) return best[0];
  const whole = eld.detect(paragraphs.map((p) => p.text).join(" "));
  return whole.language || "und";
}

/**
 * The language of a sentence-sized stretch of `sentence` written in another language than
 * `expected` ("... were injured, selon le ministère de la santé du pays"), or null.
 */
export function foreignFragment(sentence: string, expected: string): string | null {
  const cache = byFragment.get(expected) ?? new Map<string, string | null>();
  byFragment.set(expected, cache);
  return memo(cache, sentence, () => {
    for (const part of [sentence, ...sentence.split(/[,;:()[\]“”"]|\s[-–—]\s/)]) {
      const language = proseLanguage(part, expected);
      if (language) return language;
    }
    return null;
  });
}

function proseLanguage(text: string, expected: string): string | null {
  const all = words(text);
  const lower = all.filter((w) => RUNNING.test(w));
  if (lower.length < MIN_FRAGMENT_WORDS || lower.length / all.length < MIN_LOWER_CASE_SHARE) return null;
  // Cheap screen before eld: running English is full of its function words.
  if (expected === "en" && englishShare(lower) > MAX_ENGLISH_FUNCTION_SHARE) return null;
  const result = eld.detect(lower.slice(0, MAX_DETECTED_WORDS).join(" "));
  if (result.language === "" || result.language === expected || !result.isReliable()) return null;
  const scores = result.getScores();
  return (scores[result.language] ?? 0) - (scores[expected] ?? 0) >= MIN_MARGIN ? result.language : null;
}
