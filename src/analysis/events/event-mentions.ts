import { lookupPlace } from "../../text/gazetteer.js";
import { rememberedPerText } from "../../text/remembered.js";
import {
  ATTACK_WORDS,
  ATTRIBUTED_TO,
  type AttackFamily,
  INSTRUMENT,
  LIGHT_VERBS,
  mentionsAttack,
  RESPONSIBILITY_BEFORE,
} from "../../text/vocabulary/attack-words.js";
import { failureMentions } from "./failures.js";
import type { EventMention } from "./mention.js";
import { isActorPhrase, notAnEvent, seizureHolds } from "./not-an-event.js";
import { isPronoun, type Place, phraseAfter, placesIn, reportingSubject, subjectBefore } from "./phrases.js";
import { recoveryMentions } from "./recoveries.js";

export type { EventMention } from "./mention.js";

interface Hit {
  start: number;
  end: number;
  family: AttackFamily;
  label: string;
  verb: boolean;
}

function hits(sentence: string): Hit[] {
  if (!mentionsAttack(sentence)) return [];
  const taken: Hit[] = [];
  for (const word of ATTACK_WORDS) {
    for (const m of sentence.matchAll(word.pattern)) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (taken.some((h) => start < h.end && end > h.start)) continue;
      taken.push({ start, end, family: word.family, label: word.label, verb: word.verb });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

const NOT_ACTOR =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|^(?:the |a |an )?(?:\w+ )?(?:strikes?|attacks?|operation|action|statement|officials?|reports?|media|sources?|this|that|these|those|rockets?|missiles?|drones?|bombs?|warplanes|jets|aircraft|shells|explosions?|blasts?)$|\b(?:attack|strike|raid|bombing)s?\b/i;
// The noun's own verb may come after a dashed aside ("A quake — the strongest in years — rocked …").
const FOLLOWING_VERB =
  /^\s+(?:(?:that|which)\s+)?(?:(?:were|was|have|has|had)\s+)?(?:also\s+)?(?:[\w\s.-]{0,40}?\s|[\w\s.]{0,40}[—–][\w\s.]{0,30}[—–]\s)??(targeted|hit|struck|destroyed|killed|damaged|forced|shut|crippled|disrupted|swept|battered|ravaged|devastated|flattened|flooded|tore through|rocked|shook|jolted)\s+/i;
const MODIFIER_ACTOR =
  /((?:[A-Z][\w.'’-]*|[A-Z]?[\w]+-backed|pro-\w+)(?:\s+(?:[A-Z][\w.'’-]*|military|army|forces|militias?|militants|fighter jets|jets|warplanes))*)\s+(?:(?!(?:after|before|a|an|the|in|on|of|by|with|and|to|at|from|that|which|who|when|where|while|as|said|says|told)\b)[a-z-]+\s+){0,2}$/;
// An actor names someone: a capitalised name, or a noun for people or forces that act.
const AGENT =
  /(?:^|\s)(?:[A-Z][\w.'’-]*[a-zA-Z.]|[\w-]*(?:hackers?|militants?|gunmen|rebels?|insurgents?|forces|troops|military|army|police|militias?|attackers?|guards?|bombers?|hijackers?|kidnappers?|pirates?|groups?|gangs?|jets|warplanes?|aircraft|fighters|soldiers|government|regime|navy|criminals?|cybercriminals?|extortionists?|protesters|mob|terrorists?|prosecutors?|courts?|judges?|authorities|investigators|officers))(?:\s|$)/;
const AGENT_NOUN = /^(?:army|military|forces|troops|militias?|militants|rebels|navy|guards?)$/i;
const NOT_TARGET =
  /^(?:neither|either|nor|both|none|(?:most|many|some|all|several|few|others)$|scene|victims?|today|yesterday|tonight)\b|^(?:his|her|their|its|an?|the)?\s*(?:\w+\s+)?(?:explosives?|bombs?|vests?|devices?|charges?)$|^(?:a |the )?(?:time|end|start|beginning|moment|period|day|week|month|year|series|round|wave|number|part|result|way|before|after|over|during|since|until|as|late|early|were|was|is|are|had|have|has|what|who|which|where|when|how)\b|^(?:\d+\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:\s+\d+)?$|^\d/i;
/** What may stand before a hazard's name: its size and force ("a magnitude 6.8", "a powerful"), not the clause. */
const HAZARD_LEAD =
  /((?:(?:magnitude|[\d.]+(?:-magnitude)?|powerful|strong|massive|major|deadly|huge|devastating|violent|severe|great|big|flash|tropical|undersea|submarine)\s+){0,3})$/i;
const BEHIND = /^(.*?)\s+behind\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,3})$/;
const PASSIVE_BEFORE = /\b(?:was|were|been|is|are|being)\s+$/i;
const DETERMINER = /^(?:The|A|An|This|That|These|Those|Its|Their|His|Her)$/;
const ATTRIBUTED_BEFORE = /\b(?:attributed|blamed|pinned)\s+(?:the|this|that)\s+$/i;

/** The attacker named around an attack word, as written; null when the sentence does not say. */
function actorOf(sentence: string, hit: Hit): string | null {
  const before = sentence.slice(0, hit.start);
  // A natural hazard is its own actor: "A magnitude 6.8 earthquake", "Hurricane Ida".
  if (hit.family === "disaster") {
    const lead = HAZARD_LEAD.exec(before.split(/[,;:()]/).at(-1) ?? "")?.[1] ?? "";
    const named = /^\s*[A-Z][a-z]+/.exec(sentence.slice(hit.end))?.[0] ?? "";
    return `${lead}${sentence.slice(hit.start, hit.end)}${named}`.trim();
  }
  const after = sentence.slice(hit.end);
  const by = /^\s*(?:[\w,-]+\s+){0,3}?(?:by|,?\s*in which|,?\s*during which)\s+(.*)$/.exec(after);
  if (
    by &&
    !/^\s*(?:\w+\s+){0,2}?(?:used|backed|owned|run|operated|controlled|ordered|led)\s+by\b/i.test(after)
  ) {
    const phrase = phraseAfter(by[1] ?? "", 6);
    if (phrase) return phrase;
  }
  if (ATTRIBUTED_BEFORE.test(before)) {
    const to = /^\s+(?:on|to)\s+(.*)$/.exec(after);
    if (to) return phraseAfter(to[1] ?? "", 6);
  }
  if (hit.verb && PASSIVE_BEFORE.test(before)) return null;
  const behind = BEHIND.exec(before);
  if (behind?.[1]) return subjectBefore(behind[1]);
  const responsible = RESPONSIBILITY_BEFORE.exec(before) ?? ATTRIBUTED_TO.exec(before);
  if (responsible) return subjectBefore(before.slice(0, responsible.index));
  // "Iran answered days later with ballistic missiles": who answered fired them.
  const answered =
    /\b(?:answered|responded|retaliated|replied|hit back)\s+(?:[\w-]+\s+){0,3}?with\s+(?:[\w-]+\s+){0,2}$/i.exec(
      before,
    );
  if (!hit.verb && answered) return subjectBefore(before.slice(0, answered.index));
  const forced = /\b(?:forced|caused|prompted|led)\s+(.{2,60}?)\s+to\s+$/.exec(before);
  if (hit.verb && forced?.[1]) return forced[1];
  const light = LIGHT_VERBS.exec(before);
  const verbStart = hit.verb ? hit.start : light ? light.index : -1;
  if (verbStart >= 0) {
    const subject = subjectBefore(before.slice(0, verbStart));
    if (subject && isPronoun(subject.split(/\s+/).at(-1) ?? ""))
      return reportingSubject(before.slice(0, verbStart));
    // "a missile fired by rebel troops hit": the agent of the weapon is the actor.
    const firedBy = /\b(?:fired|launched|flown|sent|used|operated)\s+by\s+(.+)$/i.exec(subject ?? "")?.[1];
    // "Israeli drones struck": the weapon's owner is the actor.
    const owner = firedBy ?? (subject ? ownerOfWeapon(subject) : null);
    if (owner && !NOT_ACTOR.test(owner)) return owner;
  }
  if (!hit.verb && hit.family !== "cyber") {
    const modifier = MODIFIER_ACTOR.exec(before);
    // The name before a bare weapon noun is mostly its model ("Vanta-3 missiles"): only a nation's
    // or a force's name says who fired it ("Iranian missiles", "Army rockets").
    const model =
      /^(?:missiles?|rockets?)$/i.test(sentence.slice(hit.start, hit.end)) &&
      !modifier?.[1]?.split(/\s+/).some((w) => isNation(w) || AGENT_NOUN.test(w));
    if (
      modifier?.[1] &&
      !model &&
      !DETERMINER.test(modifier[1]) &&
      before.length - (modifier.index ?? 0) < 40
    ) {
      return modifier[1];
    }
  }
  return null;
}

/** Nouns of talk and attention whose "on"/"at" names a subject, not what was hit. */
const TALK_NOUN_END =
  /\b(?:conversations?|debates?|discussions?|questions?|concerns?|criticism|outrage|calls?|focus|attention|spotlight|light|views?|comments?|reports?|crackdowns?|votes?|hearings?|briefings?|talks|policies|laws?|rules?)\s*$/i;

function targetOf(sentence: string, hit: Hit): string | null {
  const after = sentence.slice(hit.end);
  const before = sentence.slice(0, hit.start);
  if (hit.verb && PASSIVE_BEFORE.test(before)) return subjectBefore(before.replace(PASSIVE_BEFORE, ""));
  if (hit.verb) return phraseAfter(after.replace(/^\s*(?:on|against|at)\s/, " "));
  // "the detention of eight officials": the noun's object follows its "of".
  if (/\sof$/i.test(sentence.slice(hit.start, hit.end))) return phraseAfter(after);
  if (hit.family === "cyber") {
    const named = /((?:[A-Z][\w'’-]*\s+){1,3})$/.exec(before.replace(/^.*\bbehind\s+(?:the\s+)?/, ""));
    if (named?.[1] && !/^(?:The|A|An)\s+$/.test(named[1])) return named[1].trim();
  }
  const clause = after.split(/[;]|\.(?=\s|$)/)[0] ?? "";
  const following = FOLLOWING_VERB.exec(clause);
  if (following) return phraseAfter(clause.slice(following[0].length));
  const prep =
    /\s(?:on|against|targeting|at|upon)\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|about|least|the request)\b)/i.exec(
      clause,
    );
  // A preposition after a noun of talk is that noun's: "shootings sparked a debate on gun laws".
  const gap = clause.slice(0, prep?.index ?? 0);
  if (prep && (prep.index ?? 0) < 60 && !TALK_NOUN_END.test(gap))
    return phraseAfter(clause.slice((prep.index ?? 0) + prep[0].length));
  const passive = /\b(?:was|were)\s+(?:hit|targeted|struck)\s+(?:by|in)\s*$/i;
  if (passive.test(sentence.slice(0, hit.start)))
    return subjectBefore(sentence.slice(0, hit.start).replace(passive, ""));
  return null;
}

/** Weapons are what was fired, never who fired it: "hit by a cluster Korvan missile", "Vanta-3 missiles". */
const WEAPON =
  /\b(?:missiles?|rockets?|drones?|bombs?|shells?|warheads?|munitions|explosives?|grenades?|mortars?|projectiles?|fragments?)\b/i;
/** A bare count is no one: "Two rockets hit…" gives "Two". */
const COUNT =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|several|many|some|dozens|scores|hundreds|thousands)$/i;
/** A nation named by its country or people: "Russian" in "a Russian air strike". */
const isNation = (word: string) => {
  const kind = lookupPlace(word)?.kind;
  return kind === "country" || kind === "demonym";
};

/** The nations a weapon phrase names as its owner ("Israeli drones" → "Israeli"); null when none. */
function ownerOfWeapon(phrase: string): string | null {
  if (!WEAPON.test(phrase)) return phrase;
  const nations = phrase.split(/\s+/).filter(isNation);
  return nations.length > 0 ? nations.join(" ") : null;
}

/** Whether position `at` of the sentence lies inside a quotation (straight or curly marks). */
function insideQuote(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const opened = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || opened > 0;
}

function isAgent(phrase: string): boolean {
  const words = phrase.trim().split(/\s+/);
  if (words.length === 1 && DETERMINER.test(words[0] ?? "")) return false;
  return AGENT.test(phrase.replace(/^(?:The|A|An|There|This|That)\s/, " "));
}

/** The place closest to the attack word, preferring one after it: a sentence may name several. */
function nearestPlace(places: Place[], hit: Hit, actor: string | null, target: string | null): string | null {
  const distance = (p: Place) => (p.start >= hit.end ? p.start - hit.end : (hit.start - p.start) * 2);
  return (
    places
      .filter((p) => !actor?.includes(p.text) && !target?.includes(p.text))
      .sort((a, b) => distance(a) - distance(b))[0]?.text ?? null
  );
}

/** The event mentions of a sentence, read once per sentence (copies repeat their originals'). */
export const eventMentions = rememberedPerText(readMentions);

function readMentions(sentence: string): EventMention[] {
  const found: EventMention[] = [];
  // Most sentences name no event: their places are never asked for.
  let read: Place[] | undefined;
  const places = () => {
    read ??= placesIn(sentence);
    return read;
  };
  let instrumentHits: RegExpExecArray[] | undefined;
  for (const hit of hits(sentence)) {
    if (notAnEvent(sentence, hit.start, hit.end, hit.family === "disaster", hit.verb)) continue;
    instrumentHits ??= [...sentence.matchAll(INSTRUMENT)];
    // Weapons named near the attack word belong to it; a sentence may tell of two attacks.
    const instruments = [
      ...new Set(
        instrumentHits
          .filter((m) => (m.index ?? 0) > hit.start - 80 && (m.index ?? 0) < hit.end + 120)
          .map((m) => m[0]),
      ),
    ];
    if (found.length > 0 && hit.family === "generic") {
      const target = targetOf(sentence, hit);
      const same = found.find((f) => f.target === target || target === null);
      if (same) {
        same.actor ??= actorOf(sentence, hit);
        continue;
      }
    }
    // Inside a quotation the actor is the speaker's attribution, not the report's: "This was an
    // Iranian attack," he said. Who did it is then a claim for the disputes, not a fact of the event.
    // A hazard names itself and is nobody's attribution.
    const attributed = hit.family !== "disaster" && insideQuote(sentence, hit.start);
    const stated = attributed ? null : actorOf(sentence, hit);
    const rawActor = stated && !COUNT.test(stated.trim()) ? ownerOfWeapon(stated) : null;
    const actor =
      rawActor &&
      (hit.family === "disaster" ||
        (!NOT_ACTOR.test(rawActor) && isAgent(rawActor) && isActorPhrase(rawActor)))
        ? rawActor
        : null;
    const rawTarget = targetOf(sentence, hit);
    const bareTarget = rawTarget?.replace(/^the\s+/i, "") ?? null;
    const target = bareTarget && !NOT_TARGET.test(bareTarget) ? rawTarget : null;
    if (!actor && !target) continue;
    if (hit.family === "shutdown" && !actor) continue;
    if ((hit.family === "seizure" || hit.family === "arrest") && !seizureHolds(actor, target)) continue;
    if (
      !actor &&
      (hit.family === "generic" ||
        !target ||
        !/[A-Z]|\s/.test(target) ||
        /^(?:its|their|his|her)\b/i.test(target))
    ) {
      continue;
    }
    found.push({
      family: hit.family,
      label: hit.label,
      actor,
      target,
      location: nearestPlace(places(), hit, actor, target),
      instruments,
      at: hit.start,
    });
  }
  return [...found, ...failureMentions(sentence, places), ...recoveryMentions(sentence, places)];
}
