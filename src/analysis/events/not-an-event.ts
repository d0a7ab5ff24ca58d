import { lookupPlace } from "../../text/gazetteer.js";

// Attack words that report no attack. News copy says what did not happen ("no one claimed the
// attack", "did not strike"), what might ("threatened to strike", "could hit"), what words do
// ("bombarded him with questions"), what happens in games ("a hit and run in the seventh inning"),
// and what was feared but called off ("a tsunami warning was lifted").

/** A modal, a negation or an intention right before the verb: "would strike", "did not attack", "plans to seize" (but "forced it to shut"). */
const NOT_DONE_BEFORE =
  /\b(?:would|could|might|may|will|shall|should|can|cannot|can't|won't|not|never|n't|no|neither|nor|without|if|unless|whether|(?:threaten|plan|vow|promis|pledg|want|intend|seek|tr[iy]|attempt|prepar|aim|hope|wish|refus|fail)\w*\s+to|hold(?:s|ing)?\s+off(?:\s+on)?|held\s+off(?:\s+on)?|refrain\w*\s+from)\s+(?:(?:be|have|been|also|ever|possibly|then|to|launch\w*|fir(?:e|es|ed|ing))\s+){0,2}$/i;
/** "a threat of attack", "fears of a strike", "plans for a raid": the noun names something that did not happen. */
const NOT_DONE_NOUN_BEFORE =
  /\b(?:threats?|fears?|risk|danger|plans?|plot|possibility|prospect|warnings?|no|any|without|prevent(?:ed|ing)?|foil(?:ed|ing)?|thwart(?:ed|ing)?|avert(?:ed|ing)?)\s+(?:of\s+|for\s+)?(?:an?\s+|the\s+|further\s+|new\s+|more\s+|possible\s+)?(?:[\w-]+\s+)?$/i;
/** A hazard that was only announced: "tsunami warning", "storm watch", "quake drill". */
const ONLY_ANNOUNCED_AFTER =
  /^\s*(?:warnings?|alerts?|watch(?:es)?|advisor(?:y|ies)|drills?|threat|risk|fears?|sirens?|centers?|centres?)\b/i;
/** Words of speech and dispute aimed at someone: "bombarded with slurs", "attacked the plan as reckless". */
const WORDS_AFTER =
  /^\s*(?:[\w'’,-]+\s+){0,8}?with\s+(?:\w+\s+){0,2}(?:questions?|criticism|slurs?|insults?|abuse|emails?|calls|messages?|complaints?|letters?|requests?|tweets?|posts|comments|jokes|accusations|lawsuits?)\b|^\s*(?:the|his|her|their|its)\s+(?:\w+\s+){0,2}(?:plan|policy|program|programme|proposal|decision|bill|law|record|remarks?|comments?|claims?|report|idea|government's)\b|^\s*(?:[\w'’.-]+\s+){0,4}?(?:over|for)\s+(?:his|her|their|its|the)\s+(?:\w+\s+){0,2}(?:plan|policy|policies|proposal|decision|bill|remarks?|comments?|handling|record|stance|views?|speech|budget)\b/i;
/** Figures of speech: "hit back", "hit a record", "struck a deal", "hit home". */
const FIGURATIVE_AFTER =
  /^\s*(?:back|home|rock bottom)(?![\w-])|^\s*(?:an?\s+|the\s+)?(?:new\s+|fresh\s+|record\s+|all-time\s+)?(?:records?|highs?|lows?|peak|snag|wall|milestone|roadblock|nerve|chord|tone|note|deal|agreement|bargain|compromise|balance)(?![\w-])/i;
/** Criticism: "attacked the senator for blocking the bill", "an attack on the programme". */
const CRITICISM_AFTER =
  /^\s*(?:[\w'’.-]+\s+){0,4}?for\s+\w+ing\b|^\s*on\s+(?:[\w'’,.-]+\s+){0,8}?(?:programs?|programmes?|polic(?:y|ies)|laws?|agenda|press|media|democracy|free speech|rights)\b/i;
/** A measure aimed at people is no attack on them: "policies targeting minorities", "sanctions hitting exporters". */
const MEASURE_BEFORE =
  /\b(?:polic(?:y|ies)|measures?|sanctions?|laws?|rules?|tariffs?|campaigns?|ads|adverts?|rhetoric|legislation|bills?|orders?|programs?|programmes?)\s+$/i;
/**
 * Allegations and denials state no event as fact: "accused Moscow of deliberately targeting civilians",
 * "denies targeting civilians", "denied reports about the use of its territory to launch attacks".
 */
const ALLEGED_BEFORE =
  /\b(?:accus\w*|suspect\w*|charg\w*|alleg\w*)\b[^.;]{0,80}\b(?:of\s+(?:\w+ly\s+)?(?:having\s+)?|to have\s+)$|\bden(?:y|ies|ied|ying)\s+(?:\w+ly\s+)?(?:having\s+)?$/i;
const DENIED_REPORT =
  /\bden(?:y|ies|ied|ying)\s+(?:the\s+)?(?:reports?|claims?|allegations?|accusations?)\b[^.;]{0,80}$/i;
/** A sound likened to an explosion is no report of one: "heard what some described as loud explosions". */
const LIKENED_BEFORE =
  /\b(?:described as|sounded like|what sounded like|likened to|resembl\w*|like)\s+(?:an?\s+)?(?:(?:loud|huge|big|massive|series of)\s+)*$/i;

/** An act named as what was talked about is not reported as done: "never discussed covert strikes with him". */
const TALKED_ABOUT_BEFORE =
  /\b(?:discuss\w*|debat\w*|(?:talk\w*|spoke|speak\w*|asked|questions?)\s+about)\s+(?:[\w'’-]+\s+){0,3}$/i;

/** A count of times makes a verb a series, not one event: "had struck the depots at least 200 times". */
const SERIES_AFTER =
  /^\s*(?:[\w'’-]+\s+){0,8}?(?:(?:at least|more than|over|nearly|about|some)\s+)?(?:\d[\d,]*|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of|scores of|several|many|multiple|countless|numerous)\s+times\b/i;

/** Games and markets: where "strike", "hit" and "attack" are plays and prices. */
const SPORTS =
  /\b(?:innings?|pitcher|batter|home runs?|hit[- ]and[- ]run|touchdowns?|quarterback|striker|midfielder|goalkeeper|penalt(?:y|ies)|league|season opener|playoffs?|tournament|championship|scored|scoring|wickets?|stocks?|shares|markets?|index|Nasdaq|Dow)\b/i;

/** Whether the attack word at [start, end) reports no event: negated, hypothetical, figurative, a game or an adjective. */
export function notAnEvent(
  sentence: string,
  start: number,
  end: number,
  hazard: boolean,
  verb: boolean,
): boolean {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  if (hazard) return ONLY_ANNOUNCED_AFTER.test(after) || NOT_DONE_NOUN_BEFORE.test(before);
  if (SPORTS.test(sentence) || FIGURATIVE_AFTER.test(after)) return true;
  const word = sentence.slice(start, end);
  if (/^attack/i.test(word) && CRITICISM_AFTER.test(after)) return true;
  if (verb && /ing$/i.test(word) && MEASURE_BEFORE.test(before)) return true;
  if (verb && SERIES_AFTER.test(after)) return true;
  // "the arrested men", "a hijacked plane": a participle describing a noun tells no new event.
  // So does one after a possessive or a preposition: "Japan's crippled plant", "in hacked photos".
  if (verb && /\b(?:the|an?|its|their|his|her|our)\s+$|['’]s\s+$/i.test(before)) return true;
  if (
    verb &&
    /ed$/i.test(sentence.slice(start, end)) &&
    /\b(?:in|of|with|from|for|about|over)\s+$/i.test(before)
  )
    return true;
  // An allegation's gerund ("of targeting") or a likened sound ("described as explosions").
  if (
    (verb && ALLEGED_BEFORE.test(before)) ||
    DENIED_REPORT.test(before) ||
    LIKENED_BEFORE.test(before) ||
    TALKED_ABOUT_BEFORE.test(before)
  )
    return true;
  return NOT_DONE_BEFORE.test(before) || NOT_DONE_NOUN_BEFORE.test(before) || WORDS_AFTER.test(after);
}

/** Clock words, reporting fragments and places are never who did it: "GMT", "and added the", a city. */
const NOT_AN_AGENT =
  /^(?:he|she|it|they|we|i|you|one|these|those|this|that|there|officers say \w+)$|^(?:(?:a\.m\.|p\.m\.|ET|EST|EDT|GMT|UTC|BST|CET|PT|PST|local time)|.*\d{1,2}:\d{2}.*)$|^(?:and|or|but|that|which|who|when|where|as|so|then|also)\b|\b(?:said|says|announced|specified|reported|added|told|according|would|will|could|should|might|must|occurs?|is|are|was|were|been|prayed|hopes?)\b|\s(?:to|of|for)$|^(?:use|part|some|most|all) of\b/i;

/** A name that ends in a kind of place is the place: "North Gate", "Central Station", "Harbour Road". */
const PLACE_HEAD =
  /\b(?:Line|Underground|Metro|Gate|Airport|Street|Square|Bridge|Station|Road|Avenue|Hotel|Market|Mosque|Church|Hospital|School|Base|Port|Harbou?r|Province|City|District|Region|Valley|River|Island|Border|Crossing|Checkpoint)s?$/;

/** Whether an actor phrase names someone who can act: not a clock, a fragment, or a city or region. */
export function isActorPhrase(actor: string): boolean {
  const bare = actor.trim().replace(/^(?:the)\s+/i, "");
  if (NOT_AN_AGENT.test(bare) || PLACE_HEAD.test(bare)) return false;
  const place = lookupPlace(bare);
  // A nation's adjective stands for its forces: "a Russian air strike".
  return !place || place.kind === "country" || place.kind === "demonym";
}

/**
 * What seizures and arrests in the news are about: people, vessels, aircraft, places and power.
 * Police seizing evidence, drugs or a website is routine, not the event of a story.
 */
const SEIZED =
  /\b(?:sailors?|crew|marines?|ships?|vessels?|tankers?|boats?|aircraft|planes?|jets?|airliners?|hostages?|personnel|soldiers?|troops|nationals|citizens|people|tourists?|journalists?|reporters?|workers?|children|\w*(?:men|women)|students?|passengers?|town|city|village|base|airport|buildings?|embassy|power|control|territory|port|oil ?field|plant|mine|suspects?|leaders?|officials?|ministers?|activists?|protesters?|missionaries|members)\b/i;

/** A seizure or arrest needs someone who did it and someone or something that matters taken. */
export function seizureHolds(actor: string | null, target: string | null): boolean {
  return actor !== null && target !== null && SEIZED.test(target);
}
