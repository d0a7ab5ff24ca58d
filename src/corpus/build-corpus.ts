import { copyDocument, type Document } from "./document.js";
import { assignLineage } from "./lineage.js";
import { readArticle } from "./read-article.js";
import { findCopyLinks } from "./syndication.js";

/** A file's text as read from disk, before any cleaning. */
export interface RawArticle {
  id: string;
  text: string;
}

/** Turns raw articles into documents: each read on its own, then linked to what it copies. */
export function buildCorpus(articles: RawArticle[]): Document[] {
  const documents = articles.map((a) => readArticle(a.id, a.text));
  const sentences = documents.map((d) => d.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
  const derivedFrom = assignLineage(documents, findCopyLinks(sentences));
  return documents.map((d) => copyDocument(d, derivedFrom.get(d.id) ?? null, d.paragraphs));
}
