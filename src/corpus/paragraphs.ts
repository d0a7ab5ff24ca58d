import { mapped } from "../lists.js";
import { paragraphLanguage } from "../text/language.js";
import { splitSentences } from "../text/sentences.js";
import type { Reasons } from "./chrome.js";
import type { Paragraph } from "./document.js";
import { continues, type Line } from "./lines.js";

/**
 * Turns the article's own lines into paragraphs. A line is a paragraph, except that a hard-wrapped
 * paragraph (a line that stops mid-sentence, followed directly by its continuation) is joined back
 * with single spaces. Headlines and lines that end a sentence are never joined to what follows,
 * because wink would run a headline into the next sentence.
 */
export function buildParagraphs(lines: Line[], reasons: Reasons): Paragraph[] {
  const groups: Line[][] = [];
  lines.forEach((line, i) => {
    if (line.text === "" || reasons[i] !== null) return;
    const previous = groups.at(-1)?.at(-1);
    const adjacent = previous !== undefined && previous.number === line.number - 1;
    if (adjacent && continues(previous.text, line.text)) groups.at(-1)?.push(line);
    else groups.push([line]);
  });
  // Every analyser walks these lists: built in one shape (see lists.ts).
  return mapped(groups, (group) => {
    const text = group.map((l) => l.text).join(" ");
    return {
      text,
      language: paragraphLanguage(text),
      sentences: splitSentences(text),
      line: group[0]?.number ?? 0,
    };
  });
}
