import type { SourcesAnswer } from "../../../src/index.js";
import { BRAND_COLOR, OPEN_COLOR } from "./briefing-parts.js";
import { address, type CitationStyle, discrepancyItem } from "./citations.js";
import { escapeText } from "./escape.js";
import type { Item, Part } from "./layout-types.js";

/** "Who says what about X": one part per report, silent reports included, then the discrepancies. */
export function sourcesParts(a: SourcesAnswer, style: CitationStyle): Part[] {
  const urls = new Map(a.documents.map((d) => [d.id, d.url]));
  const parts: Part[] = a.bySource.map((s) => {
    const url = urls.get(s.doc);
    const link = url ? [[style.fit(address(url), () => "*(address too long for Discord)*")]] : [];
    return { title: style.sourceTitle(s.doc), items: [...link, ...claimItems(s, style)], color: BRAND_COLOR };
  });
  if (a.discrepancies.length > 0) {
    parts.push({
      title: "Discrepancies",
      items: a.discrepancies.map((d) => discrepancyItem(d, style)),
      color: OPEN_COLOR,
    });
  }
  return parts;
}

/** A report's claims about the aspect, or that it says nothing about it. */
function claimItems(s: SourcesAnswer["bySource"][number], style: CitationStyle): Item[] {
  if (s.claims.length === 0) return [["*Says nothing about this.*"]];
  return s.claims.map((c) => {
    const line = style.textLine("• ", c.text, c.citations);
    const who = c.attributedTo ? [`  *per ${escapeText(c.attributedTo)}*`] : [];
    return [line, ...who, ...style.quoteLines(c.citations, line)];
  });
}
