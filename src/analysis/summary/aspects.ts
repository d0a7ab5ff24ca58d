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

/**
 * What an event did to markets ("wheat prices soared by a third", "shares in the carrier fell 9%"): the
 * consequence a business desk leads with and a summary of the event's own reports leaves out, since
 * only the markets reports tell it.
 */
const MARKET_MOVE =
  /\b(?:prices?|futures|shares|stocks|markets?)\b[^.;:]{0,60}?\b(?:surged|soared|jumped|spiked|rose|climbed|rallied|plunged|plummeted|tumbled|slumped|fell|dropped|sank)\b/i;

export const ASPECTS: readonly RegExp[] = [CHILDREN_AMONG_DEAD, NEGLECT, REBUILDING, VOW, MARKET_MOVE];

/**
 * The aspects a sentence tells, read once per text: the selection asks of every candidate each round.
 * Kept, not filtered: most sentences tell none, and an empty list from `filter` has another shape.
 */
export const aspectsOf: (text: string) => readonly RegExp[] = rememberedPerText((text) =>
  kept(ASPECTS, (a) => a.test(text)),
);

/**
 * Aspects that one report's line does not make the story's (a markets report's aside is colour),
 * and that the reports telling them back as near copies would. The others are the one report's
 * fact a summary of shared words misses: backing them would crowd out the story's next events.
 */
const AGREED_ONLY: ReadonlySet<RegExp> = new Set([MARKET_MOVE]);

export interface StoryAspects {
  /** The aspects a text tells that count in this story. */
  of: (text: string) => readonly RegExp[];
  /**
   * How many reports other than one tell one of a text's agreed aspects: a fact each outlet words
   * its own way ("futures soared", "pump prices rose") shares no word pair, yet they agree on it.
   */
  backing: (text: string) => number;
}

export function storyAspects(
  pool: readonly { doc: string; text: string }[],
  rootOf: (doc: string) => string,
): StoryAspects {
  const reports = new Map<RegExp, Set<string>>();
  for (const c of pool) {
    for (const a of aspectsOf(c.text)) {
      const set = reports.get(a) ?? new Set<string>();
      set.add(rootOf(c.doc));
      reports.set(a, set);
    }
  }
  const told = (a: RegExp) => reports.get(a)?.size ?? 0;
  const of = (text: string) => aspectsOf(text).filter((a) => !AGREED_ONLY.has(a) || told(a) > 1);
  const agreed = (text: string) => of(text).filter((a) => AGREED_ONLY.has(a));
  return { of, backing: (text) => Math.max(0, ...agreed(text).map((a) => told(a) - 1)) };
}
