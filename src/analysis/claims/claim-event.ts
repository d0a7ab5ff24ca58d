import { remember } from "../../remember.js";
import { ATTACK_WORDS, mentionsAttack } from "../../text/vocabulary/attack-words.js";

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

interface Named {
  label: string;
  start: number;
  end: number;
}

/** Sentences read for event words lately: claims and responsibility read the same sentences. */
const named = new Map<string, Named[]>();
const NAMED_KEPT = 4096;

/** Every event word and weapon the sentence names, read once per sentence. */
function namedIn(sentence: string): Named[] {
  const known = named.get(sentence);
  if (known) return known;
  const found: Named[] = [];
  // Most sentences name no attack: one combined test spares the per-word patterns.
  const words = mentionsAttack(sentence) ? ATTACK_WORDS : [];
  for (const word of words) {
    if (word.family === "generic" || word.family === "shutdown") continue;
    const label = word.family === "disaster" ? word.label : word.family;
    for (const m of sentence.matchAll(word.pattern))
      found.push({ label, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  for (const means of MEANS) {
    for (const m of sentence.matchAll(means.pattern))
      found.push({ label: means.family, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  remember(named, sentence, found, NAMED_KEPT);
  return found;
}

/** The kind of event named nearest to `at` in the sentence; null when it names none but "attack". */
export function eventNear(sentence: string, at: number, reach = REACH): string | null {
  let best: { label: string; distance: number } | null = null;
  for (const n of namedIn(sentence)) {
    const distance = n.start < at ? at - n.end : n.start - at;
    if (distance <= reach && (!best || distance < best.distance)) best = { label: n.label, distance };
  }
  const response = RESPONSE.exec(sentence);
  if (response && Math.abs((response.index ?? 0) - at) <= reach) return `${best?.label ?? "attack"} response`;
  return best?.label ?? null;
}
