import { kept } from "../../lists.js";
import { rememberedPerText } from "../../text/remembered.js";

// Facts a reader asks for after the main event, which reports tell in a sentence of their own and
// a summary chosen by shared words alone leaves out: each is worth more until one sentence tells it.

const COUNT =
  "(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|dozens of|scores of)";

/**
 * Who the dead were: "four children were among those killed", "31 people, four of them children".
 * The victims a toll counts are the part of it reports single out.
 */
const CHILDREN_AMONG_DEAD = new RegExp(
  `^(?=[^]*\\b(?:dead|killed|died|victims|lives)\\b)[^]*(?:\\b${COUNT}\\s+(?:\\w+\\s+)?children\\s+(?:were|are)\\s+among\\b|\\b(?:${COUNT}\\s+of\\s+(?:them|whom)|including|among\\s+them)\\s+(?:${COUNT}\\s+)?children\\b)`,
  "i",
);

/**
 * What made a disaster worse than it had to be, the question every account of one turns to: upkeep
 * neglected ("the levees had not been repaired in twenty years", "years of neglect"), warnings unheeded.
 */
const NEGLECT =
  /\b(?:neglect(?:ed)?|(?:had|has|have|was|were)\s+not\s+been\s+(?:maintained|repaired|inspected|serviced)|(?:lack|absence)\s+of\s+(?:maintenance|upkeep|repairs?)|warnings?\s+(?:were|was|had\s+been|went)\s+(?:ignored|unheeded))\b/i;

/** What follows a disaster once the dead are counted: the rebuilding of what it destroyed. */
const REBUILDING = /\b(?:reconstruction|rebuilding|rebuild)\b/i;

/**
 * A leader's vow to answer an attack ("The president vowed to hunt down those responsible"): the
 * response the story's next events follow from.
 */
const VOW =
  /\b(?:vow(?:ed|s)?|pledged|pledges|promised|promises|swore|swears)\s+(?:\w+\s+){0,3}?(?:to\s+)?(?:hunt|track|punish|retaliate|avenge|make\s+\w+\s+pay|bring\s+\w+(?:\s+\w+)?\s+to\s+justice)\b/i;

export const ASPECTS: readonly RegExp[] = [CHILDREN_AMONG_DEAD, NEGLECT, REBUILDING, VOW];

/**
 * The aspects a sentence tells, read once per text: the selection asks of every candidate each round.
 * Kept, not filtered: most sentences tell none, and an empty list from `filter` has another shape.
 */
export const aspectsOf: (text: string) => readonly RegExp[] = rememberedPerText((text) =>
  kept(ASPECTS, (a) => a.test(text)),
);
