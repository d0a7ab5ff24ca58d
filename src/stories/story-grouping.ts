import type { Document } from "../corpus/document.js";

// What story grouping offers the rest of the engine (built in src/briefing/group-stories.ts).

export interface Story {
  id: number;
  documents: Document[];
}

export interface StoryGrouping {
  /** Stories in the order they were started. */
  stories(): Iterable<Story>;
  storyCount(): number;
  story(id: number): Story | undefined;
  storyOf(docId: string): Story | undefined;
  /** The story an article would join by its words (not by what it copies), if any. */
  closest(doc: Document): Story | undefined;
  /** Adds an article: it joins the closest story or starts one. Returns the story it went to. */
  add(doc: Document): Story;
  /** The stories the last `add` merged into the one it returned (they are gone). */
  absorbed(): Story[];
  /** Swaps in a new version of an article whose text is unchanged (its lineage, say); returns its story. */
  replace(doc: Document): Story | undefined;
  /** Takes an article out. Returns the stories that changed. */
  remove(docId: string): Story[];
}
