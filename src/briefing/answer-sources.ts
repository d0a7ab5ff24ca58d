import { aspectMatcher } from "../analysis/aspects/aspect-matcher.js";
import type { Discrepancy, SourceClaim, SourcesAnswer } from "../contract/schema.js";
import type { Document } from "../corpus/document.js";
import { summariseDocument } from "../corpus/document.js";
import { attributionOf } from "../text/attribution.js";
import { findQuantities } from "../text/quantities.js";

/** Who says what about an aspect, document by document; silent documents are listed too. */
export function answerSources(
  documents: Document[],
  aspect: string,
  discrepancies: Discrepancy[],
  now: Date,
): SourcesAnswer {
  const matcher = aspectMatcher(aspect);
  const bySource = documents.map((doc) => {
    const claims: SourceClaim[] = [];
    for (const paragraph of doc.paragraphs) {
      for (const { text } of paragraph.sentences) {
        // A report's headline sets its subject: "prices" under a headline about oil are oil prices.
        if (!matcher.matches(text, `${doc.title} ${paragraph.text}`)) continue;
        claims.push({
          text,
          attributedTo: attributionOf(text),
          numbers: findQuantities(text).flatMap((q) => (q.number === null ? [] : [q.number])),
          citations: [{ doc: doc.id, quote: text }],
        });
      }
    }
    return { doc: doc.id, outlet: doc.outlet, claims };
  });
  const relevant = discrepancies.filter(
    (d) =>
      matcher.matches(`${d.aspect} ${d.question}`, "") ||
      d.claims.some((c) => c.citations.some((x) => matcher.matches(x.quote, ""))),
  );
  return {
    schema: "sources/v1",
    aspect,
    generatedAt: now.toISOString(),
    documents: documents.map(summariseDocument),
    bySource,
    discrepancies: relevant,
  };
}
