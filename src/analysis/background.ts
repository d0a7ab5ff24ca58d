import type { Document } from "../corpus/document.js";
import { isBackground } from "../text/dates.js";
import { type DocumentDates, perDocumentAlone } from "./document-memo.js";

/**
 * The sentences of a document in reading order, across its paragraphs: listed once per document
 * for the several analysers that walk them (the last thousand documents). Shared: read only.
 */
export const sentenceTexts: (doc: Document) => readonly string[] = perDocumentAlone(textsOf, 1_000);

/**
 * The sentences of a document, listed by plain loops: `flatMap` over paragraphs took several times
 * as long, for every report of every story.
 */
export function textsOf(doc: Document): string[] {
  const texts: string[] = [];
  for (const p of doc.paragraphs) for (const s of p.sentences) texts.push(s.text);
  return texts;
}

/**
 * Whether the i-th sentence of a document is about something earlier than the story: it says so
 * itself, or it points back (`anaphora`, "in those strikes") at a sentence that does. Worked out only
 * for the sentences asked about: resolving dates is the costliest step of reading a sentence, and
 * most sentences carry no figure or attack that needs it. `part`, when given, is the part of the
 * i-th sentence to judge instead of all of it (one act's clause), and is not remembered.
 */
export function backgroundReader(
  texts: readonly string[],
  { storyDay, docDate }: DocumentDates,
  anaphora: RegExp,
): (i: number, part?: string) => boolean {
  const known: boolean[] = [];
  const judge = (i: number, text: string) =>
    isBackground(text, docDate, storyDay) || (i > 0 && anaphora.test(text) && at(i - 1));
  const at = (i: number, part?: string): boolean => {
    if (part !== undefined && part !== texts[i]) return judge(i, part);
    const cached = known[i];
    if (cached !== undefined) return cached;
    const background = judge(i, texts[i] ?? "");
    known[i] = background;
    return background;
  };
  return at;
}
