import { rememberedPerText } from "../remembered.js";

// How news copy names an attack, by family. General English; the family decides which mentions can
// be the same event, the label is what the briefing shows.

export type AttackFamily =
  | "air"
  | "drone"
  | "rocket"
  | "ground"
  | "bombing"
  | "cyber"
  | "shutdown"
  | "disaster"
  | "seizure"
  | "arrest"
  | "crash"
  | "generic";

export interface AttackWord {
  pattern: RegExp;
  family: AttackFamily;
  label: string;
  /** A verb: the actor is its subject and the target its object. */
  verb: boolean;
}

const w = (pattern: string, family: AttackFamily, label: string, verb = false): AttackWord => ({
  pattern: new RegExp(`\\b(?:${pattern})\\b`, "gi"),
  family,
  label,
  verb,
});

/** Longest and most specific first: a sentence position is claimed by the first word that matches it. */
export const ATTACK_WORDS: readonly AttackWord[] = [
  w("ransomware (?:attacks?|hacks?)", "cyber", "ransomware attack"),
  w("earthquakes?|quakes?|tremors?|aftershocks?", "disaster", "earthquake"),
  w("floods?|flooding|flash floods?", "disaster", "flood"),
  w("hurricanes?|typhoons?|cyclones?|tornado(?:e?s)?|storms?", "disaster", "storm"),
  w("wildfires?|bushfires?|forest fires?", "disaster", "wildfire"),
  w("landslides?|mudslides?|avalanches?", "disaster", "landslide"),
  w("tsunamis?", "disaster", "tsunami"),
  w("(?:volcanic )?eruptions?", "disaster", "eruption"),
  w("cyber-?(?:attacks?|intrusions?|assaults?)", "cyber", "cyberattack"),
  w("(?:data )?breach(?:es)?|intrusions?|hack(?:s|ing)?", "cyber", "hack"),
  w("hacked|compromised", "cyber", "hack", true),
  // "Rioters breached the building": a breach is a hack only when what was breached is digital.
  w(
    "breached(?=\\s+(?:[\\w'’.-]+\\s+){0,4}?(?:networks?|systems?|servers?|accounts?|databases?|data|e-?mails?|computers?|software|cloud)\\b)",
    "cyber",
    "hack",
    true,
  ),
  w(
    "drone (?:strikes?|attacks?)|(?:air )?attacks? (?:with|by) (?:an? )?(?:armed )?drones?",
    "drone",
    "drone attack",
  ),
  w("shot down|shoots? down|shooting down|downed", "crash", "shoot-down", true),
  w("(?:plane|air|helicopter|jet|train|bus) crash(?:es)?", "crash", "crash"),
  w(
    "hijack(?:ed|ing)?|seized|seizure of|commandeered|captured|capturing|capture of",
    "seizure",
    "seizure",
    true,
  ),
  w("kidnapp(?:ed|ing)|abduct(?:ed|ion)", "seizure", "kidnapping", true),
  w("arrested|detained", "arrest", "arrest", true),
  w("detention of|arrests? of", "arrest", "arrest"),
  w("blew (?:himself|herself|themselves) up|detonated", "bombing", "bombing", true),
  w("(?:ballistic )?missile (?:strikes?|attacks?)|(?:ballistic )?missiles", "rocket", "missile attack"),
  // One missile is an attack only when the sentence says what it did: "a missile fired at dawn killed…".
  w(
    "missile(?=(?:\\s+[\\w.,-]+){0,8}?\\s+(?:hit|struck|killed|destroyed|slammed|landed|exploded)\\b)",
    "rocket",
    "missile attack",
  ),
  w("rocket (?:attacks?|fire|barrages?)|barrages?|rockets", "rocket", "rocket attack"),
  w(
    "air ?strikes?|air raids?|air attacks?|aerial (?:attacks?|bombardments?)|bombing raids?",
    "air",
    "airstrike",
  ),
  w("bombed|bombarded", "air", "airstrike", true),
  w("shelling|shelled|artillery fire", "ground", "shelling", true),
  w("stormed", "ground", "raid", true),
  w("(?:suicide |car )?bombings?", "bombing", "bombing"),
  // An explosion is no bombing until someone is said to have set it off: a plant or a pipeline can blow up.
  w("explosions?|blasts?", "bombing", "explosion"),
  w("shootings?|gunfire", "ground", "shooting"),
  w("assassinat(?:ed|ion)", "generic", "killing", true),
  w("strikes?|attacks?|assaults?|raids?", "generic", "strike"),
  w("struck|hit|attacked|targeted|crippled|hitting|striking|targeting", "generic", "strike", true),
  w("shut down|shut|halted|took (?:\\w+ ){0,3}offline|paraly[sz]ed", "shutdown", "shutdown", true),
];

/** Verbs that carry an attack noun: "carried out strikes", "ordered an air strike". */
export const LIGHT_VERBS =
  /\b(?:carried out|carries out|carry out|fired|launched|launches|launch|conducted|conducts|ordered|orders|flew|mounted|staged|executed|made|unleashed)\s+(?:\w+\s+){0,4}$/i;

/** "X was responsible for / behind / claimed" the attack. */
export const RESPONSIBILITY_BEFORE =
  /\b(?:was|were|is|are)\s+(?:responsible for|behind)\s+(?:the|a|an|this|that)?\s*(?:[\w-]+\s+){0,3}$/i;
export const ATTRIBUTED_TO =
  /\b(?:attributed|blamed|pinned)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:on|to)\s+$/i;

/** Weapons and means: what the event was carried out with. */
export const INSTRUMENT =
  /\b(?:[A-Z]{1,3}-\d{1,3}[A-Z]?s?(?: [A-Z][a-z]+ [A-Z][a-z]+)?|(?:fighter |military )?jets|warplanes|fighter aircraft|aircraft|helicopters?|(?:armed |small )?drones|(?:\d+mm )?rockets|(?:ballistic |cruise )?missiles|(?:satellite|precision)-guided munitions|munitions|bombs|artillery|tanks|explosives|ransomware|malware)\b/g;

// One pattern for every attack word, without the global flag (whose lastIndex would carry over).
const ANY_ATTACK_WORD = new RegExp(ATTACK_WORDS.map((w) => w.pattern.source).join("|"), "i");

// Events, claims and timing each ask of every sentence, and copies repeat their originals' sentences:
// each text is scanned once while a story is analysed (the scan is one of the costliest regexes).
/** Whether a text uses any attack word: one scan instead of one per word, once per text. */
export const mentionsAttack = rememberedPerText((text) => ANY_ATTACK_WORD.test(text));
