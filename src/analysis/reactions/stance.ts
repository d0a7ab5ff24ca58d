import type { Stance } from "../../contract/schema.js";
import { rememberedPerText } from "../../text/remembered.js";

// General newsroom vocabulary of positions (readiness to use force — "locked and loaded", "all options on
// the table" — is a threat), checked in this order: a refusal to comment says more than
// any word around it, a threat outweighs the condemnation that often comes with it, and so on.
const CUES: [Stance, RegExp][] = [
  [
    "decline",
    /\b(?:declin(?:ed|es|ing)|refus(?:ed|es|ing))\s+(?:to\s+)?(?:comment|discuss|respond|elaborate|answer|confirm|be drawn)|\bno comment\b|\b(?:did|does|do|would|could|has|have|had)\s*(?:not|n't)\s+(?:immediately\s+)?(?:want\s+to\s+|wish\s+to\s+|yet\s+)?(?:comment|respond|reply)|\bnot\s+(?:immediately\s+)?available\s+for\s+comment|\bdeclined comment/i,
  ],
  // A denial answers an accusation; it comes before "condemn" because denials quote the accusation's words.
  [
    "deny",
    /\bden(?:y|ies|ied|ying)\b|\breject(?:s|ed)?\s+(?:the\s+)?(?:claims?|allegations?|accusations?|reports?|charges?)\b|\b(?:had|has|have)\s+nothing\s+to\s+do\s+with\b|\b(?:was|were|is|are)\s+not\s+(?:involved|responsible|behind)\b|\b(?:baseless|unfounded|untrue|fabricated|groundless)\b/i,
  ],
  [
    "threaten",
    /\bthreat(?:en|ened|ens|ening)\b|\brevenge\b|\bretaliat|\bavenge|\bvow(?:ed|s)?\s+to\b|\b(?:will|would|shall)\s+(?:respond|retaliate|strike back|hit back|not hesitate)|\breserves?\s+the\s+right\s+to\s+(?:respond|retaliate)|\bwith impunity\b|\bbe careful\b|\bpay\s+(?:a|the)\s+(?:heavy\s+)?price|\b(?:face|suffer|bear)\s+(?:the\s+)?(?:\w+\s+)?consequences\b|\bthere\s+(?:are|will\s+be|would\s+be)\s+consequences\b|\bgo unpunished|\b(?:will|would) be held (?:accountable|responsible)|\bwarn(?:ed|s|ing)?\s+(?:that\s+)?(?:it|they|we|he|she)\s+(?:would|will)\b|\b(?:will|would)\s+(?:publish|release|leak|expose)\b|\bunless\b[^.;]{0,60}\b(?:pa(?:y|id|ys)|compl(?:y|ies)|negotiate)|\bif (?:they|you|the \w+) (?:refuse|do not|don't)\b|\blocked and loaded\b|\ball options (?:are|remain) on the table\b|\bready to (?:strike|retaliate|use force)\b/i,
  ],
  [
    "condemn",
    /\bcondemn|\bdenounc|\bdeplor|\bcritici[sz]|\bslam(?:s|med)?\b|\bviolat|\bbreach of\b|(?<!\bfor\s)\baggression\b|\baggressive\b|\bcowardly\b|\billegal\b|\bunlawful\b|\bblatant\b|\bunacceptable\b|\boutrag|\bbarbaric\b|\bheinous\b|\bwar crime|\b(?:a|the) crime\b|\bcrimes? against\b|\batrocit|\bdeliberate(?:ly)?\s+(?:strike|attack|target)|\bmassacre\b|\baccus(?:e|ed|es|ing)\b|\bregrett?(?:ed|s)?\b|\bcomplain|\bprotest(?:ed|s)?\b|\bunconstitutional\b|\bnot constitutional\b|\bstrongly\s+(?:oppose|reject)|\b(?:unconscionable|despicable|abhorrent|reprehensible|monstrous|inhumane|shameful|disgraceful|evil|cynical(?:ly)?)\b|\bappall(?:ed|ing)\b|\b(?:its|their|his|her|these|such|your)\s+crimes\b|\b(?:must|should)\s+be\s+(?:punished|brought\s+to\s+justice|held\s+(?:accountable|responsible))/i,
  ],
  [
    "urge-restraint",
    /\bappeal(?:ed|s|ing)?\s+for\s+calm|\bcall(?:ed|s|ing)?\s+for\s+(?:calm|restraint|de-?escalation|dialogue|a ceasefire)|\b(?:urg(?:e|ed|es|ing)|ask(?:ed|s|ing)?|call(?:ed|s|ing)?\s+on|plead(?:ed|s)?)\b[^.;]{0,80}?\b(?:calm|restraint|refrain|not to|don'?t|panic|avoid|only when|de-?escalat|patience|hoard)|\brefrain from\b|\bdon['’]?t panic\b|\bexercise restraint\b|\b(?:stay|remain) calm\b/i,
  ],
  [
    "defend",
    /\bdefen[cs]ive\b|\bself-defen[cs]e\b|\bnecessary\b|\bproportionate\b|\bappropriate\b|\bjustified\b|\blegitimate\b|\bright\s+(?:thing|choice|call|decision)\b|\bdeter(?:rent|rence|red)?\b|\bprotect\b|\bdefend(?:ed|s|ing)?\b|\bmeasured response\b|\bconfident\b|\bapolitical\b/i,
  ],
  [
    "support",
    /\bsupport(?:s|ed|ing)?\s+(?:for\s+)?(?:the|this|our|their)\s+(?:strike|decision|action|operation|move|response|people|government)|\boffer(?:s|ed|ing)?\s+to\s+(?:host|mediate)|\bwelcom(?:e|ed|es|ing)\b|\bprais(?:e|ed|es|ing)\b|\bstands?\s+with\b|\bsolidarity\b|\bapplaud|\bcondolences\b|\bsympath(?:y|ies)\b|\bthoughts (?:are|go) (?:out )?(?:with|to)\b|\bprayers\b|\b(?:provid|send|offer|pledg)\w*\s+(?:all\s+)?(?:possible\s+)?(?:help|aid|assistance)\b/i,
  ],
  // Support for a named party: "continue to support Ukraine" (capitals matter, so no "i" flag).
  ["support", /\b[Ss]upport(?:s|ed|ing)?\s+(?:for\s+)?\p{Lu}/u],
];

/**
 * The stance a statement takes, from what it says and how it is reported. Remembered per text:
 * copies report the same statements in the same words, and each reading runs every cue.
 */
export const stanceOf: (content: string) => Stance = rememberedPerText((content) => {
  for (const [stance, cue] of CUES) if (cue.test(content)) return stance;
  return "other";
});

/** How strongly a text shows a stance: the reported words that carry it count most. */
export function evidenceFor(stance: Stance, text: string): number {
  let n = 0;
  for (const [s, cue] of EVERY_CUE) if (s === stance) n += text.match(cue)?.length ?? 0;
  return n;
}

/** The cues again, each finding every match (`match` starts a global pattern afresh each time). */
const EVERY_CUE: [Stance, RegExp][] = CUES.map(([s, cue]) => [s, new RegExp(cue.source, `g${cue.flags}`)]);
