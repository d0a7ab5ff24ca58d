// Sentences a careful editor strikes from a short summary even when their words are the story's:
// they restate what the reports knew before, what was believed before the latest count, or what
// an unnamed crowd is said to think. Each kind lowers a sentence's worth, it does not bar it.

/**
 * A standing state told in the present perfect since a past year: "Norland has led an alliance
 * against the rebels since March 2011." The reader's background, not the news.
 */
const STANDING =
  /\b(?:has|have)\s+(?:\w+\s+){0,3}?(?:been|had|led|ruled|fought|held|run|controlled|governed|waged|backed|faced)\b[^.;:]*\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b/;

/**
 * A figure given as the one before the latest: "Police had earlier put the toll at 12." A later
 * count replaced it; the summary gives that one.
 */
const SUPERSEDED =
  /\bhad\s+(?:(?:earlier|initially|previously|first)\s+(?:put|given|reported|said|estimated|counted|published)|(?:put|given|reported|said|estimated|counted|published)\s+(?:earlier|initially|previously|at first))\b/i;

/**
 * What a whole crowd is said to think, with no one named: "Many residents say nobody warned them."
 * A generalisation the reporter did not attribute to anyone who can be checked.
 */
const CROWD =
  /^(?:Many|Some|Most|Several)\s+(?:\w+\s+)?(?:residents|people|locals|survivors|villagers|families|citizens|witnesses|observers)\s+(?:say|said|says|believe|feel|complain)\b/i;

/**
 * An addendum to the sentence before: "Two firefighters were also hurt.", "Deaths were also reported
 * in Varn." Alone in a summary it adds to a list the reader has not seen.
 */
const ADDENDUM = /\b(?:is|are|was|were|has|have|had|been)\s+also\b/i;

/** How much of its worth a sentence of one of these kinds keeps. */
const KEPT = 0.5;

/** The share of its worth a sentence keeps in a short summary: 1, or less for filler. */
export function fillerWeight(text: string): number {
  return STANDING.test(text) || SUPERSEDED.test(text) || CROWD.test(text) || ADDENDUM.test(text) ? KEPT : 1;
}
