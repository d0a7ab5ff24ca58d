/** One line of a raw article: its 1-based number and its text with whitespace normalised. */
export interface Line {
  number: number;
  /** Runs of whitespace (non-breaking spaces included) collapsed to one space, trimmed; "" for a blank line. */
  text: string;
}

/** Splits a raw file into lines. Only whitespace changes, so every word stays citable verbatim. */
export function splitLines(raw: string): Line[] {
  return raw.split(/\r\n|\r|\n/).map((line, i) => ({ number: i + 1, text: normaliseSpace(line) }));
}

export const normaliseSpace = (text: string) => text.replace(/[\s\uFEFF]+/g, " ").trim();

const MIN_WRAPPED_LENGTH = 50;
const MAX_WRAPPED_LENGTH = 100;

/**
 * Whether `next` carries on the sentence `previous` broke off: a hard-wrapped paragraph. A line
 * that ends a sentence is never continued, nor a short one (a headline), nor one followed by a
 * line longer than any wrapping width (a headline above an unwrapped paragraph).
 */
export function continues(previous: string, next: string): boolean {
  if (previous === "" || next === "" || /[.!?…"'”’:)\]]$/.test(previous)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  return previous.length >= MIN_WRAPPED_LENGTH && next.length <= MAX_WRAPPED_LENGTH;
}

/** The space-separated pieces of a line that hold a letter or a digit: counted in place, not split. */
export function wordCount(text: string): number {
  let count = 0;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) {
      counted = false;
      continue;
    }
    if (counted) continue;
    // ASCII letters and digits at once; other characters as the pattern reads them, a surrogate pair whole.
    const pair = c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const word =
      (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)
        ? true
        : c >= 0x80 && LETTER_OR_DIGIT.test(text.slice(i, pair ? i + 2 : i + 1));
    if (pair) i++;
    if (word) {
      count++;
      counted = true;
    }
  }
  return count;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
