import { mapped } from "../../lists.js";
import { countryOf } from "../../text/gazetteer.js";
import { findQuantities, type Qualifier } from "../../text/quantities.js";
import { rememberedPerText } from "../../text/remembered.js";
import type { Measure, VictimClass } from "./claim.js";
import { type VictimGroup, victimGroup } from "./victim-group.js";

// Casualty figures in one sentence: "at least seven militia fighters were killed", "killed one militia
// member and wounded two others", "raised its toll to 22", "a child was killed".

export interface CasualtyFigure {
  measure: Extract<Measure, "killed" | "injured">;
  value: string;
  number: number | null;
  qualifier: Qualifier;
  victims: VictimClass | null;
  group: VictimGroup;
  /**
   * The figure counts part of a toll or of a body ("four children were among the dead", "three of
   * the Greeks", "two members of the family"): it is compared only with counts of that part.
   */
  part: boolean;
  start: number;
}

const CIVILIAN =
  "civilians?|children|child|women|residents|villagers|passengers?|students?|protesters?|demonstrators?|patients|infants?|babies|boys?|girls?|journalists?|migrants?|worshippers|shoppers|pupils|refugees";
const COMBATANT =
  "fighters?|militants?|militiam[ae]n|militia members?|members?|soldiers?|troops|servicem[ae]n|service ?members?|police(?:m[ae]n)?|officers?|guards?|rebels?|insurgents?|combatants?|personnel|commanders?|gunmen|jihadists?|sailors?|pilots?";
const PEOPLE =
  "people|persons?|others|victims?|bodies|Americans|nationals|citizens|staff|employees|workers?|contractors?|men|miners?|crew(?: members)?|teenagers?|individuals|dead|deaths?|fatalities|casualties";

const VICTIM_RE = new RegExp(
  String.raw`^\s+(?:(?:of|from)\s+(?:its|their|the|his|her)\s+)?((?:[A-Za-z.'’-]+\s+){0,3}?)(${CIVILIAN}|${COMBATANT}|${PEOPLE})\b`,
  "i",
);
const KILL_AFTER =
  /\b(killed|dead|died|die|slain|perished|lost (?:their|his|her) li(?:ves|fe)|death|deaths|fatalities)\b/i;
const HURT_AFTER = /\b(wounded|injured|hurt|injuries)\b/i;
const KILL_BEFORE =
  /\b(killed|killing|kills|kill|left|leaving|claimed|acknowledged|counted|toll of|toll at)\s+$/i;
// "the death toll ... rose to 57", "the number of people killed has risen to four", "put the toll at 41".
const TOLL_BEFORE =
  /\b(?:toll|number of (?:people |those )?(?:killed|dead))\b[^.;]{0,70}?\b(?:rose|risen|climbed|increased|jumped|reached|stood|stands|stand|is|was|to|at)\s+(?:to\s+|at\s+)?$/i;
const HURT_BEFORE = /\b(wounded|wounding|injured|injuring|injures|wounds)\s+$/i;
// A plural demonym counts people of a country: "40 Peruvians", "two Britons".
const DEMONYM_VICTIM = /^\s+((?:[\p{L}'’-]+\s+){0,2}?)(\p{Lu}\p{Ll}+s)\b/u;
// Words that make a figure no toll: a hedge or negation on the verb ("almost killed", "were not
// hurt"), and predicates that count something other than casualties (made homeless, convicted).
const HEDGE = /\b(?:almost|nearly|narrowly|not|never|no|could|would|might|may|if)\b/i;
const HEDGE_BEFORE =
  /\b(?:almost|nearly|narrowly|not|never|could|would|might|may)\s+(?:have\s+)?(?:been\s+)?(?:\w+\s+)?$/i;
const NOT_CASUALTY =
  /\b(?:homeless|displaced|evacuated|convicted|sentenced|arrested|detained|charged|rescued|missing|jailed|guilty|acquitted|stranded|trapped|affected|evacuees|survived|unharmed|freed|released|kidnapped|abducted|fled)\b/i;
// "one of the dead" singles out a victim, it does not count them.
const SUBSET_AFTER = /^\s+of\s+(?:the|those)\s+(?:dead|killed|victims|wounded|injured|casualties)\b/i;
// "including three children", "five officers, a driver and a nurse": parts of a count.
const SUBSET_BEFORE =
  /(?:\b(?:including|includes|among them|among whom|of whom|of them)\s+(?:\w+\s+){0,2}|\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[\w.-]+(?:\s+[\w.-]+)?(?:,\s*|\s+and\s+))$/i;
const LIST_FOLLOWS =
  /^(?:\s+of\s+[\w\s]{1,30}?)?\s*(?:,|\band)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b/i;
// "three times as many men", "twice as many": a comparison, not a count.
const COMPARATIVE = /\b(?:times|as many|as much|more|fewer|less)\b/i;
const VAGUE_AMOUNT = /\b(?:dozens|scores|hundreds|thousands|several|a few|numerous)\b/i;
// "a lot of dead", "a fifth soldier": vague amounts and ordinals are no count.
const NOT_A_COUNT =
  /\b(?:lots?|number|handful|couple|few|host|total|of|first|second|third|\w+th|\d+(?:st|nd|rd|th))\b/i;
// "four children were among those killed": a part of the toll, named by what it is among.
const AMONG = /^\s*(?:,\s*)?(?:(?:were|was|are|is)\s+)?among\s+(?:the|those)\b/i;
// "members of the family", "of the Greeks": a count of some of a body, not of everyone.
const MEMBERS_OF = /^\s+of\s/i;
// "170 people elsewhere in the region": another place's dead, not the story's toll.
const ELSEWHERE = /\b(?:elsewhere|in other (?:parts|areas|towns|cities|regions|provinces|countries))\b/i;
// "denied that the toll reached 11,000": a figure a source rejects is no figure it claims.
const DENIED_BEFORE =
  /\b(?:denied|denies|deny|rejected|rejects|dismissed)\s+(?:(?:reports?|claims?)\s+)?that\b[^.;]*$/i;
// A noun that is itself a death ("30 dead", "12 fatalities") says the measure: what follows does not.
const DEATH_NOUN = /^(?:dead|deaths?|fatalities)$/i;
/** Only words of counting may stand between the figure and that noun: "17 confirmed dead". */
const COUNT_WORDS = /^(?:(?:confirmed|reported|known|recorded|new|more|further|additional)\s+)*$/i;
// "jailed for killing four infants", "convicted of murdering two": a charge counts a case's victims,
// and two defendants' cases are not two counts of one toll.
const CHARGE_BEFORE =
  /\b(?:jailed|imprisoned|convicted|sentenced|charged|accused|guilty|tried|arrested|indicted)\b[^.;]{0,40}\b(?:for|of|with)\s+(?:killing|murdering|the (?:murders?|deaths?|killings?) of)\s+$/i;
// "Sweden has 17 confirmed dead": the dead a country counts as its own are its nationals.
const COUNTRY_HAS = /\b(\p{Lu}[\p{L}-]+)\s+(?:has|had|have|counts|counted|reported)\s+$/u;
const ARTICLE_VICTIM = new RegExp(
  String.raw`\b(an?|one)\s+((?:[A-Za-z'’-]+\s+){0,2}?)(${CIVILIAN}|${COMBATANT}|${PEOPLE})\b`,
  "gi",
);

/** "31 new deaths", "12 more": what a count added, not the count. */
const INCREMENT = /\b(?:new|more|further|additional)\b/i;

/** Whether a figure counts only part of the toll or of a body (CasualtyFigure.part). */
function partOf(victim: RegExpExecArray | null, after: string): boolean {
  if (AMONG.test(after)) return true;
  if (!victim) return false;
  const noun = victim[2] ?? "";
  return (
    /^\s+(?:of|from)\s/i.test(victim[0]) ||
    INCREMENT.test(victim[1] ?? "") ||
    (/^members?$/i.test(noun) && MEMBERS_OF.test(after))
  );
}

const generic = (g: VictimGroup) => g.category === "people" && g.side === null;

const CIVILIAN_NOUN = new RegExp(`^(${CIVILIAN})$`, "i");
const COMBATANT_NOUN = new RegExp(`^(${COMBATANT})$`, "i");

function classOf(noun: string, modifiers: string): VictimClass {
  const words = `${modifiers} ${noun}`.toLowerCase();
  if (/\bcivilian/.test(words) || CIVILIAN_NOUN.test(noun)) return "civilian";
  if (COMBATANT_NOUN.test(noun) || /\b(militia|military|army)\b/.test(words)) return "combatant";
  return "people";
}

/**
 * The casualty verb that goes with a figure: just before it, or after it in the same clause. `after`
 * starts right after the victim noun. Null when the verb is hedged or negated, or when the figure's
 * own predicate counts something else ("300,000 people were made homeless").
 */
function measureFor(before: string, after: string): CasualtyFigure["measure"] | null {
  const predicate =
    /^\s*(?:,\s*)?(?:(?:who|that)\s+)?(?:(?:were|was|are|is|have|has|had|been|being|left|made)\s+){0,3}(\w+)/i.exec(
      after,
    );
  if (predicate && NOT_CASUALTY.test(predicate[1] ?? "")) return null;
  const beforeVerb = KILL_BEFORE.exec(before) ?? TOLL_BEFORE.exec(before);
  // "left 17 wounded": "left" counts whatever word follows the figure.
  if (
    beforeVerb &&
    /^(?:left|leaving)$/i.test(beforeVerb[1] ?? "") &&
    /^\s*(?:wounded|injured|hurt)\b/i.test(after)
  ) {
    return HEDGE_BEFORE.test(before.slice(0, beforeVerb.index)) ? null : "injured";
  }
  if (beforeVerb) return HEDGE_BEFORE.test(before.slice(0, beforeVerb.index)) ? null : "killed";
  const hurtVerb = HURT_BEFORE.exec(before);
  if (hurtVerb) return HEDGE_BEFORE.test(before.slice(0, hurtVerb.index)) ? null : "injured";
  const clause = after.split(/[;:]|,\s(?:while|but|and)\s|\s(?:but|while)\s/)[0] ?? "";
  const kill = clause.search(KILL_AFTER);
  const hurt = clause.search(HURT_AFTER);
  if (kill < 0 && hurt < 0) return null;
  const verbAt = kill < 0 ? hurt : hurt < 0 ? kill : Math.min(kill, hurt);
  const lead = clause.slice(0, verbAt);
  if (HEDGE.test(lead) || NOT_CASUALTY.test(lead)) return null;
  return verbAt === kill ? "killed" : "injured";
}

/** The casualty figures of a sentence, read once per sentence (copies repeat their originals'). */
export const casualtyFigures = rememberedPerText(readFigures);

// A rate or a share ("9,000 die on the roads each year", "one in five deaths") is a statistic of a
// population, not the toll of an event.
const STATISTIC =
  /\b(?:each|every|per) year\b|\bannually\b|\ba year\b(?!\s+(?:ago|after|earlier|later|before))|\b(?:\d+|one) in (?:\d+|two|three|four|five|six|ten|every)\b/i;

const GRAVE = /\b(?:serious(?:ly)?|critical(?:ly)?|life-threatening|severe(?:ly)?|grave(?:ly)?)\b/i;
const SELF_AFTER = /^\s+and\s+(?:himself|herself|themselves)\b/i;
const PERPETRATOR_AFTER =
  /^\s+(?:(?:who|that)\s+)?(?:shot|killed|stabbed|wounded|injured|attacked)\s+(?:and\s+\w+\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|an?|the|his|her|their)\b)/i;

function readFigures(sentence: string): CasualtyFigure[] {
  if (STATISTIC.test(sentence)) return [];
  const figures: CasualtyFigure[] = [];
  // Pushed into one literal, not spread from filtered lists: one shape for every sentence (lists.ts).
  const candidates: { value: string; number: number | null; qualifier: Qualifier; start: number }[] = [];
  for (const q of findQuantities(sentence)) if (q.currency === null) candidates.push(q);
  const starts = mapped(candidates, (q) => q.start);
  for (const m of sentence.matchAll(ARTICLE_VICTIM)) {
    if (starts.includes(m.index ?? -1) || NOT_A_COUNT.test(m[2] ?? "")) continue;
    candidates.push({ value: m[1] ?? "", number: 1, qualifier: "exact", start: m.index ?? 0 });
  }
  candidates.sort((a, b) => a.start - b.start);

  candidates.forEach((q, i) => {
    const end = q.start + q.value.length;
    const next = candidates[i + 1]?.start ?? sentence.length;
    const rest = sentence.slice(end, Math.max(end, next === q.start ? sentence.length : sentence.length));
    if (SUBSET_AFTER.test(rest) || SUBSET_BEFORE.test(sentence.slice(0, q.start))) return;
    const demonym = DEMONYM_VICTIM.exec(rest);
    const victim = VICTIM_RE.exec(rest) ?? (demonym && countryOf(demonym[2] ?? "") ? demonym : null);
    const bare = /^\s+(dead|deaths?|fatalities|killed|wounded|injured)\b/i.exec(rest);
    const toll = TOLL_BEFORE.test(sentence.slice(Math.max(0, q.start - 110), q.start));
    if (!victim && !bare && !toll) return;
    const nounEnd = victim ? end + victim[0].length : end;
    const tail = sentence.slice(nounEnd);
    // "killing two guards and himself": the attacker's own death makes the toll one more.
    if (SELF_AFTER.test(tail)) return;
    // "a pupil shot and injured a teacher": the one who acted, not a victim.
    if (PERPETRATOR_AFTER.test(tail)) return;
    // "four suffered serious injuries", "two critically injured": the worst hurt, part of the injured.
    if (GRAVE.test(tail.split(/[;,]/)[0] ?? "")) return;
    if (q.number === 1 && LIST_FOLLOWS.test(sentence.slice(nounEnd))) return;
    const windowEnd = Math.min(sentence.length, Math.max(nounEnd + 90, next));
    const noun = victim?.[2] ?? "";
    const before = sentence.slice(Math.max(0, q.start - 110), q.start);
    const after = sentence.slice(nounEnd, windowEnd);
    if (DENIED_BEFORE.test(before) || ELSEWHERE.test(after.split(/[;:,]/)[0] ?? "")) return;
    if (CHARGE_BEFORE.test(before)) return;
    const deathNoun = DEATH_NOUN.test(noun) && COUNT_WORDS.test(victim?.[1] ?? "");
    if (deathNoun && HEDGE_BEFORE.test(before)) return;
    const measure = measureFor(before, deathNoun ? ` ${noun}` : after);
    // "50,000 displaced people": the words before the noun can say what is counted, too.
    if (!measure || NOT_CASUALTY.test(victim?.[1] ?? "") || COMPARATIVE.test(victim?.[1] ?? "")) return;
    let victims: VictimClass | null = victim ? classOf(noun, victim[1] ?? "") : "people";
    // "others" and a bare count ("13 soldiers killed, 18 wounded") count the group named before them.
    const previous = figures.at(-1);
    // So does a bare "three dead" after a named group: "four of the Greeks were killed; the army
    // first reported three dead".
    const inherits = previous && (noun.toLowerCase() === "others" || !victim || deathNoun);
    if (inherits) victims = previous.victims;
    const owner = COUNTRY_HAS.exec(before);
    const country = owner ? countryOf(owner[1] ?? "") : null;
    const group = inherits
      ? previous.group
      : country && generic(victimGroup(noun, victim?.[1] ?? "", sentence.slice(nounEnd)))
        ? { category: "people" as const, side: `country:${country}` }
        : victimGroup(noun, victim?.[1] ?? "", sentence.slice(nounEnd));
    figures.push({
      measure,
      value: sentence.slice(q.start, nounEnd).trim(),
      // "dozens", "thousands": a word for many is no figure to set against another.
      number: VAGUE_AMOUNT.test(q.value) ? null : q.number,
      qualifier: q.qualifier,
      victims,
      group,
      part: (inherits && previous.part) || partOf(victim, after),
      start: q.start,
    });
  });
  return figures;
}
