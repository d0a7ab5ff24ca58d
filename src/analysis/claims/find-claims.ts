import type { Document } from "../../corpus/document.js";
import { attributionOf } from "../../text/attribution.js";
import { isBackground } from "../../text/dates.js";
import type { StoryContext } from "../story-context.js";
import { casualtyFigures } from "./casualty-claims.js";
import type { Claim } from "./claim.js";
import { durationFigures } from "./duration-claims.js";
import { moneyFigures } from "./money-claims.js";

const REVISION =
  /\b(raised|revised|updated|lowered|increased|rose to|risen to|climbed to|jumped to|first (counted|said|reported)|later said|new toll|now says)\b/i;
// A sentence that points back at the event of the sentence before ("in those strikes", "days later").
const ANAPHORA =
  /\b(those (strikes|attacks|raids)|that (attack|strike|raid)|days later|weeks later|at the time|then)\b/i;

/** Every figure the documents assert about casualties, money and how long things were down. */
export function findClaims(documents: Document[], context: StoryContext): Claim[] {
  const claims: Claim[] = [];
  for (const doc of documents) {
    const docDate = context.dateOf(doc.id);
    let previousBackground = false;
    let lastAttribution: string | null = null;
    for (const paragraph of doc.paragraphs) {
      for (const { text } of paragraph.sentences) {
        const background: boolean =
          isBackground(text, docDate, context.storyDay) || (previousBackground && ANAPHORA.test(text));
        previousBackground = background;
        const base = {
          doc: doc.id,
          sentence: text,
          background,
          revision: REVISION.test(text),
        };
        const figures = [
          ...casualtyFigures(text),
          ...moneyFigures(text),
          ...durationFigures(text).map((d) => ({ ...d, measure: "duration" as const, victims: null })),
        ];
        const stated = attributionOf(text);
        // "it reported": the source is the one named before.
        const attributedTo: string | null =
          stated && /^(?:it|they|he|she)$/i.test(stated) ? lastAttribution : stated;
        if (attributedTo) lastAttribution = attributedTo;
        if (figures.length === 0) continue;
        for (const f of figures) {
          claims.push({
            ...base,
            measure: f.measure,
            value: f.value,
            number: f.number,
            qualifier: f.qualifier,
            victims: "victims" in f ? f.victims : null,
            attributedTo,
          });
        }
      }
    }
  }
  return claims;
}
