import type { Sentence } from "../corpus/document.js";
import { nlp } from "./nlp.js";
import { rememberedPerText } from "./remembered.js";

/**
 * Splits one line of text (a paragraph with no line breaks left in it) into sentences. Every
 * sentence's `text` equals `line.slice(start, start + text.length)`, so a citation of a sentence is
 * always verbatim. Paragraphs are split on line breaks before they get here (wink joins lines).
 */
export function splitSentences(line: string): Sentence[] {
  // Fresh objects: a paragraph's sentences are its own, whoever else shares its text. Pushed into a
  // literal, not mapped: `map` gives a holey list before V8 optimises it and a packed one after, and
  // every analyser that walks a paragraph's sentences was recompiled for the second shape.
  const sentences: Sentence[] = [];
  for (const { text, start } of splitRemembered(line)) sentences.push({ text, start });
  return sentences;
}

// Copies repeat their originals' paragraphs word for word: each text is split once.
const splitRemembered = rememberedPerText(split);

function split(line: string): readonly Sentence[] {
  const sentences: Sentence[] = [];
  let cursor = 0;
  for (const raw of nlp.readDoc(line).sentences().out()) {
    const text = raw.trim();
    if (text === "") continue; // wink yields empty sentences for runs of non-breaking spaces
    const found = line.indexOf(text, cursor);
    // wink rebuilds sentences from tokens and spacing; if that ever differs from the source,
    // fall back to the rest of the line rather than cite text that is not there.
    const start = found >= 0 ? found : cursor;
    const end = found >= 0 ? start + text.length : line.length;
    cursor = end;
    const previous = sentences.at(-1);
    if (previous && startsLowerCase(text)) {
      // "... across the valley. the agency reported." is one sentence split by a stray full stop.
      previous.text = line.slice(previous.start, end);
    } else {
      sentences.push({ text: line.slice(start, end), start });
    }
    if (found < 0) break;
  }
  return sentences.filter((s) => s.text.trim() !== "");
}

const startsLowerCase = (text: string) => /^[("'“‘]?\p{Ll}/u.test(text);
