// A relative clause recalls another act with its own date: "the recorders of a jet that crashed on
// 3 March last year have been found, an official said on Friday". The clause's date belongs to its
// own verb, not to the act the sentence reports; so an act's date and whether it is old news are read
// from the sentence with every relative clause that does not hold the act blanked out, and, for an
// act that another answers, without the answer's part.

/** "that crashed", "which had sunk", "who was arrested": a relative pronoun and a past verb. */
const RELATIVE =
  /\b(?:that|which|who)\s+(?:(?:had|has|have|was|were)\s+(?:been\s+)?)?(?:\w+ed|hit|struck|went|broke|fell|sank|took|began|came|left|shot|blew|tore|swept|caught|held|led|seized)\b/gi;
/** The clause ends at a break or where the main verb resumes ("… on 3 March was found"). */
const CLAUSE_END = /[,;:()—–]|\s(?:was|were|is|are|has|have|had|will|would|can|could)\s/;

/**
 * "… struck on Sunday in response to drone attacks", "signed an order on Wednesday following a hack":
 * what answers or follows an act is dated apart from it, and so is what came before an act ("the
 * port was in ruins before the storm", "evacuated on Monday ahead of the storm"). So is an act a span
 * away ("the trial opens on Tuesday, a month after a mob stormed the building"): its day is the main
 * clause's less the span, which the copy leaves to the reader. A bare "after" is not among them: "the
 * rally turned violent on Saturday after counter-protesters attacked" tells one day.
 */
const ANSWERING =
  /\b(?:in response to|in retaliation for|to retaliate for|to avenge|following|before|ahead of|prior to|in the (?:aftermath|wake) of|(?:(?:an?|one|two|three|four|five|six|several|few|\d+)\s+)?(?:days?|weeks?|months?|years?)\s+(?:after|since))\s/gi;

/**
 * An act named inside a compound modifier ("the hurricane-ravaged island", "quake-hit towns",
 * "post-war Tessel") recalls it as the cause of a state: the clause's date is the main verb's
 * ("issued a warning Thursday to the hurricane-ravaged island"), never the act's.
 */
const COMPOUND_AFTER =
  /^[\p{L}]+-(?:ravaged|hit|stricken|battered|damaged|affected|torn|devastated|wrecked|struck|swept|scarred|related|induced|prone)\b/iu;
const COMPOUND_BEFORE = /\b(?:post|pre)-$/i;

/**
 * Where the act's own date may stand: not before an "in response to" that introduces it (that date is
 * the answer's), nowhere for an act named in a compound modifier. Only for its date: an act answered
 * later is no less old news for it.
 */
export function datingPart(clause: string, at: number): string {
  if (COMPOUND_AFTER.test(clause.slice(at)) || COMPOUND_BEFORE.test(clause.slice(Math.max(0, at - 5), at)))
    return " ".repeat(clause.length);
  const answer = [...clause.matchAll(ANSWERING)].filter((m) => (m.index ?? 0) < at).at(-1);
  return answer ? " ".repeat(answer.index ?? 0) + clause.slice(answer.index ?? 0) : clause;
}

/** The sentence with the relative clauses that do not tell the act at `at` blanked (same length). */
export function actClause(sentence: string, at: number): string {
  if (!/\b(?:that|which|who)\s/i.test(sentence)) return sentence;
  let clause = sentence;
  for (const m of sentence.matchAll(RELATIVE)) {
    const start = m.index ?? 0;
    const from = start + m[0].length;
    const rest = CLAUSE_END.exec(sentence.slice(from));
    const end = rest ? from + rest.index : sentence.length;
    // A clause that holds the act, or hangs on the act's own noun ("the raid that hit a depot on
    // Monday"), tells the act itself.
    if (at >= start && at < end) continue;
    if (at < start && /^\S+(?:\s+\S+){0,2}\s+$/.test(sentence.slice(at, start))) continue;
    clause = clause.slice(0, start) + " ".repeat(end - start) + clause.slice(end);
  }
  return clause;
}

/**
 * A reporting verb and up to two words of its object right before a date ("said Monday", "acknowledged
 * reports on Sunday", "told reporters on Friday"): the date is the telling's, and an act told after it
 * ("… that the ministry was hacked", "… shot down by the navy last week") may be days older. An act
 * told before the attribution ("the recorders were found, an official said on Thursday") keeps it:
 * that is how copy dates the news it leads with.
 */
const TELLING_BEFORE =
  /\b(?:said|says|told|confirmed|acknowledged|announced|admitted|disclosed|revealed|claimed|stated|warned|denied|insisted|added|noted|tweeted|wrote|served notice)(?:\s+(?!that\b)[\w’'-]+){0,2}?\s+$/i;

/** Whether a date dates the telling of the act at `at`, not the act. */
export const datesTheTelling = (clause: string, date: { start: number }, at: number): boolean =>
  date.start < at && TELLING_BEFORE.test(clause.slice(Math.max(0, date.start - 60), date.start));

const FUNCTION_WORD =
  /^(?:a|an|the|this|these|those|his|her|its|their|at|in|on|of|to|for|from|by|and|or|but|when|after|before|that|which|who|was|were|is|are|had|has|have|local|time)$/i;

/**
 * Whether a date is not the act's: one that opens a span ("since April"), or one written as a noun's
 * modifier, which names that noun's event ("another aftershock of the 4 May quake rocked the coast on
 * Tuesday": the quake is 4 May's, the aftershock Tuesday's) when that noun is not the act at `at`.
 */
export function namesAnEvent(clause: string, date: { text: string; start: number }, at: number): boolean {
  const before = clause.slice(Math.max(0, date.start - 6), date.start);
  // "five attacks since April": "since" opens a span, it does not date the act.
  if (/\bsince\s+$/i.test(before)) return true;
  // After a determiner or a count ("the 4 May quake", 'the "12" 11 September hijackers') the date is a modifier.
  if (!/\b(?:the|an?|its|their|his|her)\s+$|\d["”’]?\s+$/i.test(before)) return false;
  const end = date.start + date.text.length;
  const next = /^\s+(?:[\d.]+\s+)?([a-z][\w-]*)/.exec(clause.slice(end));
  if (!next?.[1] || FUNCTION_WORD.test(next[1])) return false;
  return at < end || at > end + next[0].length;
}
