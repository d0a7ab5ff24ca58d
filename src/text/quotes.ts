/** A span of text inside quotation marks; `start`/`end` exclude the marks. */
export interface QuotedSpan {
  start: number;
  end: number;
  /** False when the closing mark is missing: the quotation runs on into the next paragraph. */
  closed: boolean;
}

const OPEN_CURLY = "“«„";
const CLOSE_CURLY = "”»";

/**
 * Quoted spans of a text. Curly marks pair by direction; straight double quotes pair in order. Single
 * marks are too often apostrophes to pair, except ‘…’ opened after a space.
 */
export function quotedSpans(text: string): QuotedSpan[] {
  let spans = cache.get(text);
  if (!spans) {
    spans = scan(text);
    if (cache.size > 20_000) cache.clear();
    cache.set(text, spans);
  }
  return spans;
}
const cache = new Map<string, QuotedSpan[]>();
const MARKS = `${OPEN_CURLY}${CLOSE_CURLY}"'\`‘’`;

function scan(text: string): QuotedSpan[] {
  const spans: QuotedSpan[] = [];
  let open: { at: number; mark: string } | null = null;
  for (let i = 0; i < text.length; i++) {
    // Only quotation marks, apostrophes and backticks open, close or double: other characters pass,
    // most of them (ASCII below «) on their code alone, without making a one-letter string.
    const code = text.charCodeAt(i);
    if (code < 0xab && code !== 0x22 && code !== 0x27 && code !== 0x60) continue;
    const c = text[i] as string;
    if (!MARKS.includes(c)) continue;
    // Typewriter copy writes a double quotation mark as two apostrophes ('') or two backticks (``).
    const doubled = text.startsWith("''", i) || text.startsWith("``", i);
    if (open === null) {
      const singleOpens = c === "‘" && (i === 0 || /\s|[([]/.test(text[i - 1] as string));
      if (doubled) {
        open = { at: i + 1, mark: "''" };
        i++;
      } else if (OPEN_CURLY.includes(c) || c === '"' || singleOpens) open = { at: i, mark: c };
      else if (CLOSE_CURLY.includes(c) && spans.length === 0 && text.slice(0, i).trim() !== "") {
        // A closing mark with no opening: the quotation began in an earlier paragraph.
        spans.push({ start: 0, end: i, closed: true });
      }
      continue;
    }
    const closes =
      (open.mark === '"' && c === '"') ||
      (open.mark === "''" && text.startsWith("''", i)) ||
      (OPEN_CURLY.includes(open.mark) && (CLOSE_CURLY.includes(c) || c === '"')) ||
      (open.mark === "‘" && c === "’" && !/\p{L}/u.test(text[i + 1] ?? ""));
    if (closes) {
      if (i > open.at + 1) spans.push({ start: open.at + 1, end: i, closed: true });
      open = null;
      if (text.startsWith("''", i)) i++;
    }
  }
  if (open !== null && text.length > open.at + 1)
    spans.push({ start: open.at + 1, end: text.length, closed: false });
  return spans;
}

/** True when the offset lies inside a quoted span. */
export function isQuoted(spans: QuotedSpan[], offset: number): boolean {
  return spans.some((s) => offset >= s.start && offset < s.end);
}
