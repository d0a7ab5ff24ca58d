import type { Document } from "./document.js";
import { assignLineage } from "./lineage.js";
import { findCopyLinks } from "./syndication.js";

/**
 * Copy links for one article added to a corpus, found among its neighbours (the documents of the
 * story it belongs to) with the reader's own sentence alignment and lineage rules, instead of
 * aligning the whole corpus again. The neighbourhood is aligned in id order, the order a corpus
 * folder is read in. Returns the lineage (copy id → original id, or null for none) of the new
 * article and of every neighbour linked to it; other neighbours keep theirs.
 */
export function linkArticle(doc: Document, neighbours: Document[]): Map<string, string | null> {
  const docs = [...neighbours.filter((n) => n.id !== doc.id), doc].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
  const at = docs.indexOf(doc);
  const links = findCopyLinks(docs.map((d) => d.paragraphs.flatMap((p) => p.sentences.map((s) => s.text))));
  const lineage = assignLineage(docs, links);
  const touched = new Set([doc.id]);
  for (const { a, b } of links) {
    if (a === at) touched.add(docs[b]?.id ?? "");
    if (b === at) touched.add(docs[a]?.id ?? "");
  }
  return new Map([...touched].map((id) => [id, lineage.get(id) ?? null]));
}
