import { countryOf } from "../../text/gazetteer.js";
import { nameKey } from "../../text/name-key.js";
import { ASPECT_GROUPS } from "../../text/vocabulary/aspect-synonyms.js";

// Does a sentence speak to what the editor asked about? An aspect is a few words; each word stands for a
// concept (a synonym group, a country with its people, capital and institutions, or the word itself).
// The last word is the head ("Iraqi intelligence" is about intelligence): it must be in the sentence;
// the other words must be in the sentence or its paragraph.

type Concept = (sentence: string) => boolean;

const FILLER = new Set([
  "the",
  "a",
  "an",
  "of",
  "about",
  "on",
  "in",
  "and",
  "for",
  "to",
  "who",
  "what",
  "how",
  "many",
]);

function groupConcept(word: string): Concept | null {
  const groups = ASPECT_GROUPS.filter((g) => g.some((p) => new RegExp(`^(?:${p})$`, "i").test(word)));
  if (groups.length === 0) return null;
  const re = new RegExp(`(?:^|[^\\p{L}])(?:${groups.flat().join("|")})(?![\\p{L}])`, "iu");
  return (s) => re.test(s);
}

function countryConcept(word: string): Concept | null {
  const country = countryOf(word);
  if (!country) return null;
  return (s) => {
    const words = s.match(/[\p{L}][\p{L}'’.-]*/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        if (
          countryOf(
            words
              .slice(i, i + n)
              .join(" ")
              .replace(/[.,]$/, ""),
          ) === country
        )
          return true;
      }
    }
    return false;
  };
}

function literalConcept(word: string): Concept {
  const key = nameKey(word).replace(/(?:ies|es|s)$/, "");
  return (s) => nameKey(s).includes(key);
}

export interface AspectMatcher {
  /** True when the sentence (read with its paragraph) speaks to the aspect. */
  matches(sentence: string, paragraph: string): boolean;
}

export function aspectMatcher(aspect: string): AspectMatcher {
  const wholeKey = nameKey(aspect);
  const words = aspect
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}$]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w && !FILLER.has(w.toLowerCase()));
  // A term of several words the vocabulary knows whole ("black boxes") is one concept, not a head and its modifier.
  const whole = words.length > 1 ? groupConcept(words.join(" ")) : null;
  const concepts = whole
    ? [whole]
    : words.map((w) => groupConcept(w) ?? countryConcept(w) ?? literalConcept(w));
  const head = concepts.at(-1);
  const modifiers = concepts.slice(0, -1);
  return {
    matches(sentence, paragraph) {
      if (wholeKey.length > 3 && words.length > 1 && nameKey(sentence).includes(wholeKey)) return true;
      if (!head?.(sentence)) return false;
      return modifiers.every((m) => m(sentence) || m(paragraph));
    },
  };
}

/** Plain words of the synonym groups a word belongs to, for search engines that take words not patterns. */
export function expansionsOf(word: string): string[] {
  return ASPECT_GROUPS.filter((g) => g.some((p) => new RegExp(`^(?:${p})$`, "i").test(word)))
    .flat()
    .map((p) => p.replace(/\\w\*|\?|\\/g, "").replace(/\(.*\)/g, ""))
    .filter((p) => /^[a-z][a-z -]+$/i.test(p));
}
