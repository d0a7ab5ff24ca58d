import type { Reaction } from "../../briefing/schema.js";
import type { Document } from "../../corpus/document.js";

/** Official and institutional statements across the documents, merged and ranked. */
export function findReactions(_documents: Document[]): Reaction[] {
  return [];
}
