import { disasterMention, type EventMention } from "./mention.js";
import { notAnEvent } from "./not-an-event.js";
import { type Place, subjectBefore } from "./phrases.js";

// What gave way or went down. A dam that burst, a bridge that collapsed, a plane that crashed or
// vanished: the verb takes no object, its subject is what was lost ("two dams above the city burst",
// "the jetliner crashed into the ocean"), and no one is its actor. News tells the main event of a
// disaster or an accident this way as often as with a noun ("the collapse of the two dams").

/** Structures whose failure is an event in itself. */
const STRUCTURE = "(?:dams?|levees?|embankments?|bridges?|overpass(?:es)?|reservoirs?)";
/** Vehicles whose loss is an event: aircraft, trains, vessels. */
const VEHICLE = String.raw`(?:Flight \d+|planes?|airplanes?|aircraft|jets?|jetliners?|airliners?|helicopters?|flights?|trains?|ferry|ferries|ships?|vessels?|boats?)`;

const FAILED_VERB = /^(?:burst|collapsed|gave way|failed|broke|caved in|(?:was|were) breached)$/i;

/** The noun of the thing, then up to six words (where it stood), then the verb of its loss. */
const SUBJECT_VERB = new RegExp(
  String.raw`\b(${STRUCTURE}|${VEHICLE})\b((?:,?\s+[\w'’-]+){0,6}?),?\s+(burst|collapsed|gave way|failed|broke|caved in|(?:was|were) breached|crashed|went down|plunged|plummeted|went missing|goes missing|disappeared|vanished|derailed|sank|capsized)\b`,
  "gi",
);
/** "the collapse of the two dams", "the crash of Flight 210". */
const NOUN_OF = new RegExp(
  String.raw`\b(collapse|failure|bursting|breach|crash|disappearance|sinking)\s+of\s+((?:the|a|an|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:${STRUCTURE}|${VEHICLE}))\b`,
  "gi",
);
/** "the Orley dam collapse", "a bridge failure": the compound names the thing before the loss. */
const COMPOUND =
  /\b((?:(?:the|a|an)\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:dam|levee|bridge))\s+(collapse|burst|failure|breach)(?:es|s)?\b/gi;
const IS_STRUCTURE = new RegExp(`^${STRUCTURE}$`, "i");
const MORE_NOUNS = new RegExp(String.raw`^(?:\s+(?:${STRUCTURE}|${VEHICLE})\b)+`, "i");
const QUICK =
  /\b(?:burst|collapse|gave way|failed|failure|broke|caved|breach|crash|went down|plunged|plummeted|missing|disappear|vanished|derailed|sank|sinking|capsized)/i;

const labelOf = (word: string, thing: string): string => {
  if (/^(?:went missing|goes missing|disappeared|vanished|disappearance)$/i.test(word))
    return "disappearance";
  if (/^(?:sank|capsized|sinking)$/i.test(word)) return "sinking";
  if (/^derailed$/i.test(word)) return "derailment";
  return IS_STRUCTURE.test(thing) ? `${thing.replace(/s$/i, "").toLowerCase()} collapse` : "crash";
};

/** Mentions of structures that failed and vehicles that crashed, sank or vanished, in one sentence. */
export function failureMentions(sentence: string, places: () => Place[]): EventMention[] {
  if (!QUICK.test(sentence)) return [];
  const found: EventMention[] = [];
  for (const m of sentence.matchAll(SUBJECT_VERB)) {
    const noun = m[1] ?? "";
    const verb = m[3] ?? "";
    const verbStart = (m.index ?? 0) + m[0].length - verb.length;
    // A dam "failed" only in the sense of giving way; a crash is only of a vehicle.
    const structure = IS_STRUCTURE.test(noun);
    if (structure !== FAILED_VERB.test(verb)) continue;
    // "could collapse", "was feared to have sunk": the loss has to be told as having happened.
    if (notAnEvent(sentence, verbStart, verbStart + verb.length, false, true)) continue;
    // A relative clause between noun and verb ("the plane that the navy found") tells of another act.
    if (/\b(?:that|which|who|whom)\s+\S/i.test(m[2] ?? "")) continue;
    // "the passenger jet airliner": the thing's name runs over the nouns that follow it.
    const more = MORE_NOUNS.exec(m[2] ?? "")?.[0] ?? "";
    const target = thingBefore(sentence.slice(0, (m.index ?? 0) + noun.length + more.length));
    if (!target) continue;
    found.push(disasterMention(labelOf(verb, noun), null, target, places, m.index ?? 0, verbStart));
  }
  for (const m of sentence.matchAll(NOUN_OF)) {
    const thing = m[2] ?? "";
    const noun = /(\S+)$/.exec(thing)?.[1] ?? "";
    if (notAnEvent(sentence, m.index ?? 0, (m.index ?? 0) + (m[1] ?? "").length, false, false)) continue;
    found.push(disasterMention(labelOf(m[1] ?? "", noun), null, thing, places, m.index ?? 0));
  }
  for (const m of sentence.matchAll(COMPOUND)) {
    const thing = m[1] ?? "";
    if (notAnEvent(sentence, m.index ?? 0, (m.index ?? 0) + m[0].length, false, false)) continue;
    const act = (m.index ?? 0) + thing.length;
    found.push(
      disasterMention(
        labelOf(m[2] ?? "", /(\S+)$/.exec(thing)?.[1] ?? ""),
        null,
        thing,
        places,
        m.index ?? 0,
        act,
      ),
    );
  }
  return found;
}

/** The noun phrase ending the text, from after its last preposition: "casualties of Coastline Air Flight 210" → "Coastline Air Flight 210". */
function thingBefore(text: string): string | null {
  const subject = subjectBefore(text)?.replace(
    /^(?:.*\s)?(?:of|from|by|for|to|in|on|with|at|aboard)\s+(?=\S)/i,
    "",
  );
  // An adverbial tail cut away with the noun ("Hours later two dams"): keep the noun and its modifiers.
  const noun = /\S+$/.exec(text)?.[0] ?? "";
  // A clause before the thing ("they shot down a passenger plane that crashed"): the thing's phrase
  // starts at its last determiner.
  if (subject?.endsWith(noun))
    return /^(?:.*\s)?((?:a|an|the|its|their)\s.*)$/i.exec(subject)?.[1] ?? subject;
  const tail = /.*(?:[,;:]\s*|\s(?:of|from|by|for|to|in|on|with|at|aboard)\s+)(.*)$/i.exec(text)?.[1] ?? text;
  const words = tail.replace(/^(?:\w+\s+)?(?:later|earlier|ago|then|now)\s+/i, "").split(/\s+/);
  return words.slice(-6).join(" ") || null;
}
