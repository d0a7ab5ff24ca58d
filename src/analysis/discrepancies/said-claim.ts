import type { DiscrepancyClaim } from "../../contract/schema.js";
import { attributionOf } from "../../text/attribution.js";

/** A sentence of one report that tells one side of a dispute without a figure. */
export interface Said {
  doc: string;
  quote: string;
}

/** One side of a dispute that is not a figure: what was said, by whom the first sentence credits, each report once. */
export function saidClaim(said: Said[], value: string): DiscrepancyClaim {
  return {
    value,
    number: null,
    attributedTo: attributionOf(said[0]?.quote ?? ""),
    citations: [...new Map(said.map((s) => [s.doc, { doc: s.doc, quote: s.quote }])).values()],
  };
}
