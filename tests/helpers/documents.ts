import type { Document } from "../../src/corpus/document.js";

/** A clean English document built by hand: each paragraph one sentence, no origin, nothing removed. */
export function documentOf(id: string, paragraphs: string[], title = id): Document {
  return {
    id,
    title,
    outlet: null,
    url: null,
    published: null,
    language: "en",
    flags: [],
    derivedFrom: null,
    paragraphs: paragraphs.map((text) => ({ text, language: "en", sentences: [{ text, start: 0 }] })),
    removed: [],
  };
}
