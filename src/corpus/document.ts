import type { DocumentFlag, DocumentSummary } from "../contract/schema.js";

/** One sentence of a paragraph; `text` is a verbatim substring of the paragraph text. */
export interface Sentence {
  text: string;
  /** Offset of the sentence inside its paragraph's text. */
  start: number;
}

export interface Paragraph {
  /** The paragraph's lines joined by single spaces (the loader's whitespace normalisation). */
  text: string;
  /** ISO 639-1 code, or null when the paragraph is too short to tell reliably. */
  language: string | null;
  sentences: Sentence[];
  /** 1-based number of the raw file's line the paragraph starts on. */
  line?: number;
}

/** A line of the raw file that is not part of the article, kept so nothing is silently lost. */
export interface RemovedLine {
  /** 1-based line number in the raw file. */
  line: number;
  text: string;
  reason: RemovalReason;
}

export type RemovalReason =
  | "front-matter"
  | "site-menu"
  | "comment-form"
  | "source-link"
  | "posted-on"
  | "related-links"
  | "share-bar"
  | "repeated-caption"
  | "headline-list"
  | "newsletter"
  | "byline"
  | "dateline"
  | "credit-line"
  | "copyright"
  | "image-credit"
  | "media-placeholder"
  | "tags"
  | "reading-time"
  | "title"
  | "masthead"
  | "section-label"
  | "separator"
  | "reader-callout"
  | "duplicate";

/** An article as the core sees it: cleaned, segmented, with what the text says about its origin. */
export interface Document {
  id: string;
  title: string;
  outlet: string | null;
  url: string | null;
  /** YYYY-MM-DD, only when stated or safely inferred from the text. */
  published: string | null;
  language: string;
  flags: DocumentFlag[];
  derivedFrom: string | null;
  paragraphs: Paragraph[];
  removed: RemovedLine[];
  /** Outlets the text credits as its source or as contributors ("Source: X", "X contributed to this report"). */
  credits?: string[];
}

/**
 * A copy of a report with its lineage and paragraphs given, written out field by field in the reader's
 * order: a spread copy takes another shape while V8 warms up, and every analyser that reads reports
 * by the thousand was recompiled for it.
 */
export function copyDocument(doc: Document, derivedFrom: string | null, paragraphs: Paragraph[]): Document {
  return {
    id: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.url,
    published: doc.published,
    language: doc.language,
    flags: doc.flags,
    derivedFrom,
    paragraphs,
    removed: doc.removed,
    credits: doc.credits,
  };
}

/** A file the reader could not take, with a one-line reason a person understands. */
export interface CorpusWarning {
  file: string;
  message: string;
}

/** What goes into the contract's `documents` array. */
export function summariseDocument(doc: Document): DocumentSummary {
  return {
    id: doc.id,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    language: doc.language,
    flags: doc.flags,
    derivedFrom: doc.derivedFrom,
    ...(doc.url ? { url: doc.url } : {}),
  };
}
