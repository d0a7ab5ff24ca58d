import type { Document } from "../corpus/document.js";

/** What every analyser needs to know about the story as a whole: when it happened, each report's date. */
export interface StoryContext {
  /** The day the story broke: the earliest stated publication date (YYYY-MM-DD); null when no report states one. */
  storyDay: string | null;
  /** The date relative expressions in a document are resolved against; null when it has none. */
  dateOf(docId: string): Date | null;
  /** The document a copy derives from, or the document itself: copies are not independent sources. */
  rootOf(docId: string): string;
}

// Dates come only from what the reports state: the clock of the machine reading them says nothing
// about when "Friday" was, and an undated report may be years older than the ones beside it.
export function storyContext(documents: Document[]): StoryContext {
  const stated = documents
    .map((d) => d.published)
    .filter((p): p is string => p !== null)
    .sort();
  const storyDay = stated[0] ?? null;
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
  // A copy is as old as its original when it does not say otherwise; an undated original stays undated.
  const dayOf = (id: string) => byId.get(id)?.published ?? byId.get(rootOf(id))?.published ?? null;
  // Asked for every report by every analyser, and per sentence by some: each date parsed once per
  // story. Shared: nothing may change a date it returns.
  const dates = new Map<string, Date | null>();
  return {
    storyDay,
    dateOf: (id) => {
      let date = dates.get(id);
      if (date === undefined) {
        const day = dayOf(id);
        date = day ? new Date(`${day}T12:00:00Z`) : null;
        dates.set(id, date);
      }
      return date;
    },
    rootOf,
  };
}
