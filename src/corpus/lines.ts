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

export const wordCount = (text: string) => text.split(" ").filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
