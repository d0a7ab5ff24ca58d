import type { Discrepancy } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { sentenceTexts } from "../background.js";
import { phraseAfter } from "../events/phrases.js";
import { type Said, saidClaim } from "./said-claim.js";

// A report its own source later took back: "there was no second blast at the depot, the
// ministry said, revising its account". The earlier statement and the correction are both shown; the
// source conceded, so the question is settled (reconciled), with the correction cited.

/** The words of a source taking back what it said. */
const CORRECTING =
  /\b(?:revis(?:ed|ing) (?:its|their|the) (?:earlier )?(?:account|version|statement)|walk(?:ed|ing) back|drops? (?:the |a |its )?report|dropped (?:the |a |its )?report|retract(?:ed|s|ing)|that report was (?:wrong|incorrect|false|mistaken|inaccurate)|(?:was|were) provided incorrectly)\b/i;
/** What the correction says did not happen: "there was no second blast at the depot". */
const DENIED_THING =
  /\b(?:there (?:was|were|had been) no|no|not believe that there was an?|drops? report of an?|dropped report of an?)\s+((?:second|other|another|further|additional|third|two|second-)\s*[\w-]+(?:\s+(?:at|near|in|on)\s+(?:an?\s+|the\s+)?[\w\s-]{2,40})?)/i;
/** Newspapers correcting their own copy are not a dispute of the story. */
const HOUSE_CORRECTION =
  /\b(?:this (?:story|article|report) (?:has been|was) (?:corrected|updated)|^correction\b)/i;
/** The earlier account, told as earlier: "had said", "had reported", "initially". */
const EARLIER =
  /\b(?:had (?:said|reported|spoken|described|confirmed)|initially|first reported|earlier (?:said|reported))\b/i;

export function correctionDisputes(documents: Document[]): Discrepancy[] {
  const corrections: (Said & { thing: string })[] = [];
  const earlier: Said[] = [];
  for (const doc of documents) {
    for (const text of sentenceTexts(doc)) {
      if (HOUSE_CORRECTION.test(text)) continue;
      const thing = DENIED_THING.exec(text);
      if (thing && (CORRECTING.test(text) || /\bdo not believe\b/i.test(text))) {
        const phrase = phraseAfter(thing[1] ?? "", 8);
        if (phrase) corrections.push({ doc: doc.id, quote: text, thing: phrase });
      } else if (EARLIER.test(text)) earlier.push({ doc: doc.id, quote: text });
    }
  }
  const [first] = corrections;
  if (!first) return [];
  // The head of what was taken back ("explosion") must be in what was said before.
  const head = first.thing
    .split(/\s+/)
    .find((w) => w.length > 3 && !/^(?:second|other|another|further|additional|third)$/i.test(w));
  if (!head) return [];
  const before = earlier.filter((s) => new RegExp(`\\b${head}`, "i").test(s.quote));
  if (before.length === 0) return [];
  return [
    {
      aspect: "correction",
      question: `Was there a ${first.thing.replace(/^an?\s+/i, "")}?`,
      claims: [saidClaim(before, "first reported"), saidClaim(corrections, "later corrected: no")],
      status: "reconciled",
      note: "The earlier report was taken back by its source.",
      range: null,
      conservative: null,
    },
  ];
}
