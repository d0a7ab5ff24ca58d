import type { Token } from "./tokens.js";

/** A token's lower-case word, a final full stop dropped. */
export const bare = (t: Token) => (t.lower.endsWith(".") ? t.lower.slice(0, -1) : t.lower);

/**
 * The lower-case words of tokens `from` up to `to`, a final full stop dropped ("Gen." reads "gen").
 * Pushed into one literal, not sliced and mapped: the name readers take such lists for every name
 * they see, and lists of one shape keep V8 from recompiling them for each kind (see lists.ts).
 */
export function bareWords(tokens: Token[], from: number, to: number): string[] {
  const words: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tokens.length); i++) words.push(bare(tokens[i] as Token));
  return words;
}
