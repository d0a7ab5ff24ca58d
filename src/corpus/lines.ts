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

export const wordCount = (text: string) => text.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
