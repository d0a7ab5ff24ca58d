import { disasterMention, type EventMention } from "./mention.js";
import { notAnEvent } from "./not-an-event.js";
import { type Place, phraseAfter, subjectBefore } from "./phrases.js";

// After a crash or a disaster the news is what searchers find: wreckage, bodies, the flight
// recorders. "Search teams recovered two bodies", "wreckage was found in the ocean". Each kind of
// find is its own event (the wreckage is found days before the recorders), told with who found it.

/** What is found after a crash or a disaster, by kind: the kind names the event. */
const FINDS: readonly { kind: string; pattern: string }[] = [
  { kind: "bodies", pattern: "bod(?:y|ies)|remains|corpses?" },
  {
    kind: "flight recorders",
    pattern: "black box(?:es)?|(?:flight data|cockpit voice|flight) recorders?",
  },
  { kind: "wreckage", pattern: "wreckage|debris|fuselage|tail(?: section| fin)?" },
];
const FIND = FINDS.map((f) => f.pattern).join("|");
const VERB = "found|recovered|located|locali[sz]ed|retrieved|spotted|pulled|salvaged";

/** "X (has) recovered (the/two …) bodies". */
const ACTIVE = new RegExp(
  String.raw`\b(?:has |have |had )?(${VERB})\s+((?:[\w'’-]+\s+){0,5}?(?:${FIND}))\b`,
  "gi",
);
/** "(the) bodies … (have) been recovered", "wreckage was found". */
const PASSIVE = new RegExp(
  String.raw`\b((?:${FIND}))\b((?:[\s,"“”]+[\w'’-]+){0,20}?)[\s,"“”]+(?:has been|have been|had been|was|were|are|is)\s+(${VERB})\b`,
  "gi",
);
const QUICK = new RegExp(String.raw`\b(?:${VERB})\b`, "i");
/** Who finds: searchers, forces, crews, states, a named body. */
const FINDER =
  /(?:^|\s)(?:[A-Z][\w.'’-]*|[\w-]*(?:teams?|crews?|divers|searchers|rescuers|navy|forces|military|army|police|ships?|vessels?|aircraft|officials|authorities|investigators))(?:\s|$)/;

/** Finding where a thing lies and bringing it up are two acts, days apart: the label tells which. */
const labelOf = (kind: string, verb: string) =>
  `${kind} ${/^(?:recovered|retrieved|pulled|salvaged)$/i.test(verb) ? "recovered" : "located"}`;

const FIND_KINDS = FINDS.map((f) => ({ kind: f.kind, word: new RegExp(`\\b(?:${f.pattern})\\b`, "i") }));
const kindOf = (thing: string) => FIND_KINDS.find((f) => f.word.test(thing))?.kind ?? null;

/** Finds of wreckage, bodies and flight recorders told in one sentence. */
export function recoveryMentions(sentence: string, places: () => Place[]): EventMention[] {
  if (!QUICK.test(sentence)) return [];
  const found: EventMention[] = [];
  for (const m of sentence.matchAll(ACTIVE)) {
    const at = m.index ?? 0;
    // "have not found any debris", "neither have recovered": a search without a find.
    if (notAnEvent(sentence, at, at + m[0].length, false, true) || /\bany\b/i.test(m[2] ?? "")) continue;
    const thing = phraseAfter(m[2] ?? "", 8) ?? m[2]?.trim() ?? "";
    const kind = kindOf(thing);
    const finder = subjectBefore(sentence.slice(0, at));
    // A pronoun or an adverb ("Previously retrieved debris") is no finder.
    if (!kind || !finder || !FINDER.test(finder) || /^(?:he|she|it|they|we|i|you|\w+ly)$/i.test(finder))
      continue;
    found.push(disasterMention(labelOf(kind, m[1] ?? ""), finder, thing, places, at));
  }
  for (const m of sentence.matchAll(PASSIVE)) {
    const at = m.index ?? 0;
    const verbAt = at + m[0].length - (m[3] ?? "").length;
    if (notAnEvent(sentence, verbAt, at + m[0].length, false, true)) continue;
    // "75,000 bodies": a thousands comma is no clause break.
    const cut = sentence.slice(0, at + (m[1] ?? "").length).replace(/(\d),(?=\d{3}\b)/g, "$1\u00a7");
    const thing = subjectBefore(cut)?.replace(/\u00a7/g, ",");
    const kind = kindOf(m[1] ?? "");
    // "no sign of wreckage had been found": nothing was.
    if (!kind || !thing || /^(?:no|any|none)\b/i.test(thing)) continue;
    const by = /^\s+by\s+(.*)$/.exec(sentence.slice(at + m[0].length))?.[1];
    const finder = by ? phraseAfter(by, 6) : null;
    found.push(
      disasterMention(
        labelOf(kind, m[3] ?? ""),
        finder && FINDER.test(finder) ? finder : null,
        thing,
        places,
        at,
        verbAt,
      ),
    );
  }
  return found;
}
