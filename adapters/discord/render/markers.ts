import type { Citation, DocumentSummary } from "../../../src/index.js";
import { escapeText } from "./escape.js";

/** Citation markers: [n] is the n-th report in the answer's Sources list. */
export interface Markers {
  /** "[2]" for one document id. */
  of(doc: string): string;
  /** "[1][3]": every document the citations come from, once each, in order. */
  all(citations: Citation[]): string;
  /** The outlet of a document, or a plain label when the text does not say. */
  outlet(doc: string): string;
}

export function markersFor(documents: DocumentSummary[]): Markers {
  const number = new Map(documents.map((d, i) => [d.id, i + 1]));
  const byId = new Map(documents.map((d) => [d.id, d]));
  const of = (doc: string) => `[${number.get(doc) ?? escapeText(doc)}]`;
  return {
    of,
    all: (citations) => [...new Set(citations.map((c) => of(c.doc)))].join(""),
    outlet: (doc) => escapeText(byId.get(doc)?.outlet ?? "") || "outlet not stated",
  };
}

/** "6 reports, 5 independent; [4] copies [2]" */
export function lineage(documents: DocumentSummary[], markers: Markers): string {
  const copies = documents.filter((d) => d.derivedFrom !== null);
  const head = `${plural(documents.length, "report")}, ${documents.length - copies.length} independent`;
  const pairs = copies.map((d) => `${markers.of(d.id)} copies ${markers.of(d.derivedFrom ?? "")}`);
  return pairs.length > 0 ? `${head}; ${pairs.join(", ")}` : head;
}

export const plural = (n: number, word: string, words = `${word}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? word : words}`;
