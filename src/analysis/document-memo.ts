import type { Document } from "../corpus/document.js";
import type { StoryContext } from "./story-context.js";

// What claims and attacks a report states depends on the report and on two dates of its story: the
// day the story broke and the date the report is read against. A story that takes in one more
// article is analysed again; its other articles are not read again while those dates hold.

/** The dates of its story a report is read with. */
export interface DocumentDates {
  storyDay: string;
  docDate: Date;
}

/** Readings kept, most recently used last: the stories a desk is following, about 19 MB per 10,000 reports. */
const KEEP = 10_000;

/**
 * `read` remembered per document object (a changed article is a new object) and dates. Readings
 * are shared between analyses, so nothing downstream may change them.
 */
export function perDocument<T>(read: (doc: Document, dates: DocumentDates) => T) {
  const kept = new Map<Document, { key: number; storyDay: string; value: T }>();
  return (doc: Document, context: StoryContext): T => {
    const dates = { storyDay: context.storyDay, docDate: context.dateOf(doc.id) };
    const key = dates.docDate.getTime();
    const hit = kept.get(doc);
    kept.delete(doc);
    if (hit && hit.key === key && hit.storyDay === dates.storyDay) {
      kept.set(doc, hit);
      return hit.value;
    }
    const value = read(doc, dates);
    if (kept.size >= KEEP) kept.delete(kept.keys().next().value as Document);
    kept.set(doc, { key, storyDay: dates.storyDay, value });
    return value;
  };
}
