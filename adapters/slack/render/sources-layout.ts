import type { SourcesAnswer } from "../../../src/index.js";
import { address, CitationStyle, discrepancyItem, reportCount } from "./citations.js";
import { bold, escapeMrkdwn, italic } from "./escape.js";
import type { Item, Layout, Part } from "./layout-types.js";

/** "Who says what about X": one part per source, silent sources included, then the discrepancies. */
export function sourcesLayout(a: SourcesAnswer): Layout {
  const style = new CitationStyle(a.documents);
  const urls = new Map(a.documents.map((d) => [d.id, d.url]));
  const parts: Part[] = a.bySource.map((s) => {
    const url = urls.get(s.doc);
    return {
      heading: style.source(s.doc),
      items: [...(url ? [[address(url)]] : []), ...claimItems(s, style)],
    };
  });
  if (a.discrepancies.length > 0) {
    parts.push({
      heading: bold("Discrepancies"),
      items: a.discrepancies.map((d) => discrepancyItem(d, style)),
    });
  }
  return {
    title: `Who says what: ${a.aspect}`,
    context: [`Machine-assembled from ${reportCount(a.documents)} · outlet by outlet`],
    parts,
    fallback: `Who says what about "${a.aspect}" — machine-assembled from ${reportCount(a.documents)}`,
  };
}

/** A source's claims about the aspect, or that it says nothing about it. */
function claimItems(s: SourcesAnswer["bySource"][number], style: CitationStyle): Item[] {
  if (s.claims.length === 0) return [[italic("Says nothing about this.")]];
  return s.claims.map((c) => {
    const who = c.attributedTo ? ` ${italic(`(${escapeMrkdwn(c.attributedTo)})`)}` : "";
    return [
      `• ${escapeMrkdwn(c.text)}${who} ${style.markers(c.citations)}`,
      ...style.lines(c.citations, c.text),
    ];
  });
}
