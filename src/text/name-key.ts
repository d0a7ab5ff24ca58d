/**
 * The key two spellings of one name share: accents, apostrophes, punctuation, spaces and case removed,
 * so "Café-Noir" and "cafe noir", or a name written with and without an apostrophe, meet.
 */
export function nameKey(s: string): string {
  let key = keys.get(s);
  if (key === undefined) {
    key = s
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]/gu, "");
    if (keys.size > 50_000) keys.clear();
    keys.set(s, key);
  }
  return key;
}
// Names recur in every sentence that mentions them: normalise each spelling once.
const keys = new Map<string, string>();

/** Drops a leading "the" and a trailing possessive, the two wrappers news copy puts around a name. */
export function bareName(s: string): string {
  return s
    .trim()
    .replace(/^the\s+/i, "")
    .replace(/['’]s?$/u, "")
    .trim();
}
