import { ATTACK_WORDS } from "../../text/vocabulary/attack-words.js";

// Which event of a story a figure counts. A story often reports two: the attack and the strike that
// answered it, a bombing and a drone strike days later, a quake and its aftershock. The figure belongs
// to the kind of event named near it; a figure with none near is the story's main event's.

/** Answers to an earlier attack: their dead are not the attack's dead. */
const RESPONSE = /\b(?:retaliat\w*|reprisals?|in response|counter-?attacks?|counter-?strikes?)\b/i;
/** The weapon that killed names the event as well as an attack word: "a drone killed two". */
const MEANS: readonly { pattern: RegExp; family: string }[] = [
  { pattern: /\b(?:drones?)\b/gi, family: "drone" },
  { pattern: /\b(?:suicide bombers?|car bombs?|bombers?)\b/gi, family: "bombing" },
];
/** How far from the figure a word still names its event, in characters. */
const REACH = 80;

/** The kind of event named nearest to `at` in the sentence; null when it names none but "attack". */
export function eventNear(sentence: string, at: number, reach = REACH): string | null {
  let best: { label: string; distance: number } | null = null;
  for (const word of ATTACK_WORDS) {
    if (word.family === "generic" || word.family === "shutdown") continue;
    for (const m of sentence.matchAll(word.pattern)) {
      const start = m.index ?? 0;
      const distance = start < at ? at - (start + m[0].length) : start - at;
      if (distance <= reach && (!best || distance < best.distance))
        best = { label: word.family === "disaster" ? word.label : word.family, distance };
    }
  }
  for (const means of MEANS) {
    for (const m of sentence.matchAll(means.pattern)) {
      const start = m.index ?? 0;
      const distance = start < at ? at - (start + m[0].length) : start - at;
      if (distance <= reach && (!best || distance < best.distance)) best = { label: means.family, distance };
    }
  }
  const response = RESPONSE.exec(sentence);
  if (response && Math.abs((response.index ?? 0) - at) <= reach) return `${best?.label ?? "attack"} response`;
  return best?.label ?? null;
}
