import type { Document } from "./document.js";

/** A file's text as read from disk, before any cleaning. */
export interface RawArticle {
  id: string;
  text: string;
}

/** Turns raw articles into documents. Placeholder until the reader lands: one paragraph per non-empty line. */
export function buildCorpus(articles: RawArticle[]): Document[] {
  return articles.map((a) => {
    const lines = a.text
      .split(/\r?\n/)
      .map((l) => l.replace(/\s+/g, " ").trim())
      .filter(Boolean);
    return {
      id: a.id,
      title: lines[0] ?? a.id,
      outlet: null,
      url: null,
      published: null,
      language: "en",
      flags: [],
      derivedFrom: null,
      paragraphs: lines.slice(1).map((text) => ({ text, language: "en", sentences: [{ text, start: 0 }] })),
      removed: [],
    };
  });
}
