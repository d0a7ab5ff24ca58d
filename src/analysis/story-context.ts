import type { Document } from "../corpus/document.js";

/** What every analyser needs to know about the story as a whole: when it happened, each report's date. */
export interface StoryContext {
  /** The day the story broke: the earliest stated publication date (YYYY-MM-DD). */
  storyDay: string;
  /** The date relative expressions in a document are resolved against. */
  dateOf(docId: string): Date;
  /** The document a copy derives from, or the document itself: copies are not independent sources. */
  rootOf(docId: string): string;
}

export function storyContext(documents: Document[], now: Date): StoryContext {
  const stated = documents
    .map((d) => d.published)
    .filter((p): p is string => p !== null)
    .sort();
  const storyDay = stated[0] ?? now.toISOString().slice(0, 10);
  // Undated reports are read against the middle of the dated ones: copies and reposts follow the story.
  const fallback = stated[Math.floor(stated.length / 2)] ?? storyDay;
  const byId = new Map(documents.map((d) => [d.id, d]));
  const rootOf = (id: string): string => {
    const seen = new Set<string>();
    let current = id;
    while (!seen.has(current)) {
      seen.add(current);
      const parent = byId.get(current)?.derivedFrom;
      if (!parent || !byId.has(parent)) return current;
      current = parent;
    }
    return current;
  };
  // A copy is as old as its original when it does not say otherwise.
  const dayOf = (id: string) => byId.get(id)?.published ?? byId.get(rootOf(id))?.published ?? fallback;
  return {
    storyDay,
    dateOf: (id) => new Date(`${dayOf(id)}T12:00:00Z`),
    rootOf,
  };
}
