import type { Document } from "../corpus/document.js";
import { remember } from "../remember.js";
import type { StoryContext } from "./story-context.js";

// What claims and attacks a report states depends on the report and on two dates of its story: the
// day the story broke and the date the report is read against. A story that takes in one more
// article is analysed again; its other articles are not read again while those dates hold.

/** The dates of its story a report is read with. */
export interface DocumentDates {
  storyDay: string | null;
  docDate: Date | null;
}

/** Readings kept, most recently used last: the stories a desk follows (10,000 cost about 19 MB). */
const KEEP = 10_000;

/**
 * `read` remembered per document object (a changed article is a new object) and dates. Readings
 * are shared between analyses, so nothing downstream may change them.
 */
export function perDocument<T>(read: (doc: Document, dates: DocumentDates) => T) {
  const kept = new Map<Document, { dates: string; value: T }>();
  return (doc: Document, context: StoryContext): T => {
    const dates = { storyDay: context.storyDay, docDate: context.dateOf(doc.id) };
    const key = `${dates.storyDay} ${dates.docDate?.getTime() ?? "undated"}`;
    const hit = kept.get(doc);
    const value = hit?.dates === key ? hit.value : read(doc, dates);
    remember(kept, doc, { dates: key, value }, KEEP);
    return value;
  };
}

/**
 * `read` remembered per document object alone, for readings that do not depend on the story's dates:
 * the last `keep` documents read (a story's reports, read by several analysers).
 */
export function perDocumentAlone<T>(read: (doc: Document) => T, keep: number) {
  const kept = new Map<Document, T>();
  return (doc: Document): T => {
    const value = kept.has(doc) ? (kept.get(doc) as T) : read(doc);
    remember(kept, doc, value, keep);
    return value;
  };
}
