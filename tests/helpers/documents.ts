import type { Document } from "../../src/corpus/document.js";
import { splitSentences } from "../../src/text/sentences.js";

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

/** A hand-built English article whose paragraphs are split into sentences as the reader splits them. */
export function articleOf(id: string, paragraphs: string[], outlet: string | null = null): Document {
  return {
    ...documentOf(id, paragraphs),
    outlet,
    paragraphs: paragraphs.map((text) => ({ text, language: "en", sentences: splitSentences(text) })),
  };
}
