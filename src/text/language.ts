import { eld } from "eld/medium";

// eld's medium n-gram set: the same answers as the large one on our paragraphs, loaded in a third of
// the time. It is unreliable on short text, so every answer here is gated on isReliable() and on
// length, and a fragment must also look like running prose (mostly lower-case words) — otherwise
// "Defense Secretary Lloyd Austin" reads as Tagalog.

const MIN_PARAGRAPH_WORDS = 5;
const MIN_FRAGMENT_WORDS = 5;
const MIN_LOWER_CASE_SHARE = 0.5;
const MIN_MARGIN = 0.08;

const words = (text: string) => text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
// Names ("Rio de Janeiro", "Tour de France") say nothing of a text's language: judge by the rest.
const lowerCaseWords = (text: string) => words(text).filter((w) => /^\p{Ll}/u.test(w));

/** The language of a paragraph (ISO 639-1), or null when the text is too short to tell reliably. */
export function paragraphLanguage(text: string): string | null {
  const lower = lowerCaseWords(text);
  if (lower.length < MIN_PARAGRAPH_WORDS) return null;
  const result = eld.detect(lower.join(" "));
  return result.language !== "" && result.isReliable() ? result.language : null;
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
 * `expected` ("... were killed, selon l'Observatoire syrien des droits de l'homme"), or null.
 */
export function foreignFragment(sentence: string, expected: string): string | null {
  for (const part of [sentence, ...sentence.split(/[,;:()[\]“”"]|\s[-–—]\s/)]) {
    const language = proseLanguage(part, expected);
    if (language) return language;
  }
  return null;
}

function proseLanguage(text: string, expected: string): string | null {
  const all = words(text);
  const lower = lowerCaseWords(text);
  if (lower.length < MIN_FRAGMENT_WORDS || lower.length / all.length < MIN_LOWER_CASE_SHARE) return null;
  const result = eld.detect(lower.join(" "));
  if (result.language === "" || result.language === expected || !result.isReliable()) return null;
  const scores = result.getScores();
  return (scores[result.language] ?? 0) - (scores[expected] ?? 0) >= MIN_MARGIN ? result.language : null;
}
