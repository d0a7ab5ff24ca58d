import type { Document } from "./document.js";
import { assignLineage } from "./lineage.js";
import { findCopyLinks } from "./syndication.js";

/**
 * Copy links for one article added to a corpus, found among its neighbours (the documents of the
 * story it belongs to) with the reader's own sentence alignment and lineage rules, instead of
 * aligning the whole corpus again. Returns copy id → original id for the pairs that involve the
 * new article; a neighbour that is already a copy keeps its original.
 */
export function linkArticle(doc: Document, neighbours: Document[]): Map<string, string> {
  const docs = [...neighbours, doc];
  const last = docs.length - 1;
  const links = findCopyLinks(docs.map((d) => d.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))));
  const lineage = assignLineage(
    docs,
    links.filter((l) => l.b === last),
  );
  const linked = new Map<string, string>();
  for (const [copy, original] of lineage) {
    const isNeighbour = copy !== doc.id;
    if (isNeighbour && neighbours.find((n) => n.id === copy)?.derivedFrom) continue;
    linked.set(copy, original);
  }
  return linked;
}
