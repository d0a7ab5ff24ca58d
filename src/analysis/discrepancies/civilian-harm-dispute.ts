import type { Discrepancy, DiscrepancyClaim } from "../../contract/schema.js";
import type { Document } from "../../corpus/document.js";
import { attributionOf } from "../../text/attribution.js";
import { nameKey } from "../../text/name-key.js";
import { sentenceTexts } from "../background.js";
import { casualtyFigures } from "../claims/casualty-claims.js";

// Whether a strike harmed civilians, when the force that struck says none were and others count some:
// "the military said it knew of no civilian casualties; residents said two women were wounded". A
// report that sets the two side by side (one sentence, or the next) is about one strike; the dispute is
// open, since neither side concedes in the text.

/** A force's statement that no civilian was harmed. */
const NONE_HARMED =
  /\b(?:(?:knew|know|knows|aware) of no|no (?:known |reported )?|not (?:aware of )?any )civilian (?:casualties|deaths|victims|injuries)\b|\bno civilians? (?:were |was |had been |have been )?(?:known to have been |reported )?(?:killed|hurt|harmed|injured|wounded)\b/i;

interface Side {
  value: string;
  by: string;
  doc: string;
  quote: string;
}

/** The clauses of a sentence that may each have their own speaker: "A said…; B said…". */
const clausesOf = (sentence: string) => sentence.split(/;\s+|,\s+(?:but|while|whereas)\s+|\s+but\s+/);

function sidesIn(text: string, doc: string): { none: Side[]; some: Side[] } {
  const none: Side[] = [];
  const some: Side[] = [];
  for (const clause of clausesOf(text)) {
    const by = attributionOf(clause);
    if (!by || /^(?:it|they|he|she)$/i.test(by)) continue;
    if (NONE_HARMED.test(clause)) {
      none.push({ value: "no civilians harmed", by, doc, quote: text });
      continue;
    }
    const civilians = casualtyFigures(clause).filter(
      (f) => f.victims === "civilian" && f.number !== null && f.number > 0,
    );
    if (civilians.length > 0)
      some.push({
        value: `civilians harmed: ${civilians.map((f) => `${f.value} ${f.measure}`).join(", ")}`,
        by,
        doc,
        quote: text,
      });
  }
  return { none, some };
}

const claimOf = (side: Side): DiscrepancyClaim => ({
  value: side.value,
  number: null,
  attributedTo: side.by,
  citations: [{ doc: side.doc, quote: side.quote }],
});

export function civilianHarmDisputes(documents: Document[]): Discrepancy[] {
  for (const doc of documents) {
    const texts = sentenceTexts(doc);
    for (let i = 0; i < texts.length; i++) {
      if (!NONE_HARMED.test(texts[i] ?? "")) continue;
      const here = sidesIn(texts[i] ?? "", doc.id);
      const near = [i - 1, i + 1].map((j) => sidesIn(texts[j] ?? "", doc.id));
      const none = here.none[0];
      if (!none) continue;
      const some = [here, ...near].flatMap((s) => s.some).find((s) => nameKey(s.by) !== nameKey(none.by));
      if (!some) continue;
      return [
        {
          aspect: "civilian harm",
          question: "Were civilians harmed?",
          claims: [claimOf(some), claimOf(none)],
          status: "open",
          note: null,
          range: null,
          conservative: null,
        },
      ];
    }
  }
  return [];
}
