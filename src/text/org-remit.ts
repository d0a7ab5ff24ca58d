import { lookupPlace } from "./gazetteer.js";
import { isLexiconWord } from "./tokens.js";
import { isOrganisationWord } from "./vocabulary/organisations.js";
import { PERSON_TITLES } from "./vocabulary/titles.js";

/**
 * "Centers for Water Safety and Prevention", "Ministry of Trade and Industry": a body's remit after
 * "of"/"for" may name two fields joined by "and". The words after "and" continue it when they are a
 * few plain words, not a body, a title, a person or a place of their own.
 */
export function remitGoesOn(leftWords: string[], right: string[]): boolean {
  const remit = leftWords.some(
    (w, i) => isOrganisationWord(w) && /^(?:of|for)$/.test(leftWords[i + 1] ?? ""),
  );
  return (
    remit &&
    right.length <= 3 &&
    right.every(
      (w) => isLexiconWord(w) && !isOrganisationWord(w.toLowerCase()) && !PERSON_TITLES.has(w.toLowerCase()),
    ) &&
    lookupPlace(right.join(" ")) === null
  );
}
