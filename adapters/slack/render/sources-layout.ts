import type { SourcesAnswer } from "../../../src/index.js";
import { CitationStyle, discrepancyItem, reportCount } from "./citations.js";
import { bold, escapeMrkdwn, italic } from "./escape.js";
import type { Layout, Part } from "./layout-types.js";

/** "Who says what about X": one part per source, silent sources included, then the discrepancies. */
export function sourcesLayout(a: SourcesAnswer): Layout {
  const style = new CitationStyle(a.documents);
  const parts: Part[] = a.bySource.map((s) => ({
    heading: style.source(s.doc),
    items:
      s.claims.length === 0
        ? [[italic("Says nothing about this.")]]
        : s.claims.map((c) => {
            const who = c.attributedTo ? ` ${italic(`(${escapeMrkdwn(c.attributedTo)})`)}` : "";
            return [
              `• ${escapeMrkdwn(c.text)}${who} ${style.markers(c.citations)}`,
              ...style.lines(c.citations, c.text),
            ];
          }),
  }));
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
