import { GIVEN_NAMES } from "./vocabulary/given-names.js";
import { PERSON_TITLES, ROLE_PHRASES } from "./vocabulary/titles.js";

// Where the title ends in a capitalised run that opens with one ("US Defense Secretary Lloyd
// Austin", "Minister of Foreign Affairs Ana Ruiz"): the words after it are the person's name.

/** Role phrases as words, for matching a run word by word. */
export const ROLES_BY_LENGTH = ROLE_PHRASES.map((r) => r.split(/\s+/));

/** Index (within the run, words in lower case) of the last word of the last title or role phrase, or -1. */
export function lastTitleEnd(words: string[]): number {
  let end = -1;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    if (PERSON_TITLES.has(word) || PERSON_TITLES.has(word.replace(/s$/, ""))) end = Math.max(end, i);
    for (const role of ROLES_BY_LENGTH) {
      if (role.every((w, k) => words[i + k] === w)) end = Math.max(end, i + role.length - 1);
    }
  }
  return end < 0 || words[end + 1] !== "of" ? end : officeEnd(words, end + 2);
}

/**
 * A title's "of" names its office ("Minister of Defence", "Governor of Tessel Province"): the title
 * runs on to where the name starts, at a given name, or else at the last two words when more than
 * two follow "of". When the words do not settle it ("Minister of Defence Ruiz"), all is title: no
 * name at all is better than "of Defence Ruiz".
 */
function officeEnd(words: string[], from: number): number {
  const given = words.findIndex((w, i) => i > from && GIVEN_NAMES.has(w));
  if (given > 0) return given - 1;
  return words.length - from > 2 ? words.length - 3 : words.length - 1;
}
