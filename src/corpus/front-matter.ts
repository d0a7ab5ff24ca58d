import type { Line } from "./lines.js";

/** What a front-matter block may state; each field overrides what the reader would infer. */
export interface FrontMatter {
  title?: string;
  outlet?: string;
  url?: string;
  published?: string;
}

const FIELDS = ["title", "outlet", "url", "published"] as const;
const MAX_BLOCK_LINES = 40;

/**
 * Reads an optional `---` block at the top of a file (`key: value` lines, values optionally quoted).
 * Returns the fields and the line numbers the block occupies; unknown keys are ignored.
 */
export function readFrontMatter(lines: Line[]): { fields: FrontMatter; lines: number[] } {
  const first = lines.findIndex((l) => l.text !== "");
  if (first < 0 || lines[first]?.text !== "---") return { fields: {}, lines: [] };
  const close = lines.findIndex((l, i) => i > first && l.text === "---");
  if (close < 0 || close - first > MAX_BLOCK_LINES) return { fields: {}, lines: [] };
  const fields: FrontMatter = {};
  for (const line of lines.slice(first + 1, close)) {
    const match = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line.text);
    const key = match?.[1]?.toLowerCase();
    const value = unquote(match?.[2] ?? "");
    const field = FIELDS.find((f) => f === key);
    if (field && value !== "") fields[field] = value;
  }
  return { fields, lines: lines.slice(first, close + 1).map((l) => l.number) };
}

const unquote = (value: string) =>
  value
    .trim()
    .replace(/^(["'])(.*)\1$/, "$2")
    .trim();
