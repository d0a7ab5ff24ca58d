import type { SourcesAnswer } from "../../../src/index.js";
import { BRAND_COLOR, OPEN_COLOR } from "./briefing-parts.js";
import { type CitationStyle, discrepancyItem } from "./citations.js";
import { escapeText } from "./escape.js";
import type { Part } from "./layout-types.js";

/** "Who says what about X": one part per report, silent reports included, then the discrepancies. */
export function sourcesParts(a: SourcesAnswer, style: CitationStyle): Part[] {
  const parts: Part[] = a.bySource.map((s) => ({
    title: style.sourceTitle(s.doc),
    items:
      s.claims.length === 0
        ? [["*Says nothing about this.*"]]
        : s.claims.map((c) => {
            const line = style.textLine("• ", c.text, c.citations);
            const who = c.attributedTo ? [`  *per ${escapeText(c.attributedTo)}*`] : [];
            return [line, ...who, ...style.quoteLines(c.citations, line)];
          }),
    color: BRAND_COLOR,
  }));
  if (a.discrepancies.length > 0) {
    parts.push({
      title: "Discrepancies",
      items: a.discrepancies.map((d) => discrepancyItem(d, style)),
      color: OPEN_COLOR,
    });
  }
  return parts;
}
