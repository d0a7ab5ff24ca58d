import { isElement, type PageElement, type PageNode, squash } from "./dom.js";

// The article Readability kept, as the lines the corpus reader takes for paragraphs: one line per
// block (paragraph, subhead, list item, quote), text as the page has it. Only whitespace changes,
// so every sentence the briefing quotes is the page's own wording.

/** Elements that start a new line of text. */
const BLOCKS = new Set([
  "P",
  "DIV",
  "SECTION",
  "ARTICLE",
  "MAIN",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "UL",
  "OL",
  "LI",
  "DL",
  "DT",
  "DD",
  "BLOCKQUOTE",
  "PRE",
  "HR",
  "BR",
  "TR",
]);

/** Not the story's prose: pictures and their captions, embedded media, code and data tables. */
const SKIPPED = new Set([
  "FIGURE",
  "FIGCAPTION",
  "PICTURE",
  "IMG",
  "VIDEO",
  "AUDIO",
  "SVG",
  "SCRIPT",
  "STYLE",
  "TABLE",
]);

/**
 * A line that is all link text is a list of headlines or a "more on this" link, not reporting
 * (related-article lists and tag clouds survive inside article bodies).
 */
const MIN_LINK_SHARE = 0.9;

interface Run {
  text: string;
  linkText: number;
}

export function articleLines(root: PageElement): string[] {
  const lines: string[] = [];
  let run: Run = { text: "", linkText: 0 };
  const flush = () => {
    const text = squash(run.text);
    if (text !== "" && run.linkText < text.length * MIN_LINK_SHARE) lines.push(text);
    run = { text: "", linkText: 0 };
  };
  const visit = (node: PageNode, inLink: boolean) => {
    if (!isElement(node)) {
      run.text += node.textContent ?? "";
      if (inLink) run.linkText += squash(node.textContent).length;
      return;
    }
    const tag = node.tagName.toUpperCase();
    if (SKIPPED.has(tag)) return;
    const block = BLOCKS.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child, inLink || tag === "A");
    if (block) flush();
  };
  visit(root, false);
  flush();
  return lines;
}
