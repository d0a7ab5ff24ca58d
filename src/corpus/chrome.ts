import { COMMENTS_MARKER, lineChrome, RELATED_MARKER, shareButtons } from "./chrome-patterns.js";
import type { RemovalReason } from "./document.js";
import { continues, type Line, wordCount } from "./lines.js";
import { isDateLine } from "./published-date.js";

/** One reason per line, null for the article's own lines (and for blank ones). */
export type Reasons = (RemovalReason | null)[];

/** Where the article's prose starts and ends: the page's header is above, its footer below. */
export interface Regions {
  firstBody: number;
  lastBody: number;
}

/**
 * Marks the page chrome of an article. `preset` carries reasons already known (front matter).
 * Lines are judged on their own first, then by what surrounds them: the list under a "Related:"
 * line, everything after the comment box, captions that repeat, headline lists in the footer.
 */
export function markChrome(lines: Line[], preset: Reasons): { reasons: Reasons; regions: Regions } {
  const reasons: Reasons = lines.map((l, i) => preset[i] ?? lineChrome(l.text));
  markShareButtonRuns(lines, reasons);
  markCaptions(lines, reasons);
  markListsUnderMarkers(lines, reasons);
  markCommentSection(lines, reasons);
  const regions = findRegions(lines, reasons);
  markDateLines(lines, reasons, regions);
  markFooterAfterMarkers(lines, reasons, regions);
  if (regions.lastBody >= 0) markFooterHeadlines(lines, reasons, regions);
  return { reasons, regions };
}

/**
 * A line that reads like running prose: a sentence of some length that is finished. A headline may
 * end in a quoted phrase or an abbreviation ('... "to face trial"', '... aid deductible in the U.S.'):
 * neither is a full stop.
 */
const isProse = (text: string) => {
  const words = wordCount(text);
  const finished = /[.!?…]["'”’)\]]*$/.test(text) && !/\b(?:\p{Lu}\.){2,}$/u.test(text);
  return (words >= 8 && finished) || words >= 25;
};

/** A short line that ends without a full stop: a heading, a link text, a list item. */
const isHeadlineLike = (text: string) =>
  wordCount(text) >= 3 && wordCount(text) <= 25 && !/[.…:;,]$/.test(text);
const isBullet = (text: string) => /^[-•*–—·▪►]\s+\S/.test(text);

/** Prose is judged on whole paragraphs, so the lines of a hard-wrapped paragraph all count as body. */
function findRegions(lines: Line[], reasons: Reasons): Regions {
  const prose = lines.map(() => false);
  let group: number[] = [];
  const close = () => {
    const text = group.map((i) => lines[i]?.text ?? "").join(" ");
    if (group.length > 0 && isProse(text)) for (const i of group) prose[i] = true;
    group = [];
  };
  lines.forEach((line, i) => {
    const previous = group.at(-1);
    const joined = previous === i - 1 && continues(lines[i - 1]?.text ?? "", line.text);
    if (!joined) close();
    if (reasons[i] === null && line.text !== "") group.push(i);
    else close();
  });
  close();
  const firstBody = prose.indexOf(true);
  return { firstBody: firstBody < 0 ? lines.length : firstBody, lastBody: prose.lastIndexOf(true) };
}

/** Below "Leave a Reply" or "Comments (14)" come readers' comments, not the article. */
function markCommentSection(lines: Line[], reasons: Reasons): void {
  const start = lines.findIndex(
    (l, i) =>
      COMMENTS_MARKER.test(l.text) &&
      lines.slice(0, i).some((p, j) => reasons[j] === null && isProse(p.text)),
  );
  if (start < 0) return;
  for (let j = start + 1; j < lines.length; j++) {
    if (reasons[j] === null && lines[j]?.text !== "") reasons[j] = "comment-form";
  }
}

/**
 * Share buttons one per line ("Facebook", "Twitter", "Email" stacked as their icons' labels): a
 * network's name alone stays in the article, but two or more share lines in a row (blank lines
 * between them allowed) are a share bar.
 */
function markShareButtonRuns(lines: Line[], reasons: Reasons): void {
  let run: number[] = [];
  const close = () => {
    if (run.length >= 2) for (const j of run) reasons[j] ??= "share-bar";
    run = [];
  };
  lines.forEach((line, i) => {
    if (line.text === "") return;
    if (reasons[i] === "share-bar" || shareButtons(line.text) > 0) run.push(i);
    else close();
  });
  close();
}

/**
 * Date lines belong to the header or footer; inside the body a bare date is the article's (a timeline),
 * except right under the headline (the body's first two lines), where it is the page's date.
 */
function markDateLines(lines: Line[], reasons: Reasons, { firstBody, lastBody }: Regions): void {
  const opening = lines
    .map((_, i) => i)
    .filter((i) => i >= firstBody && lines[i]?.text !== "")
    .slice(0, 2);
  lines.forEach((line, i) => {
    const outside = i < firstBody || i > lastBody || opening.includes(i);
    if (outside && reasons[i] === null && line.text !== "" && isDateLine(line.text)) reasons[i] = "dateline";
  });
}

/** "Related:", "MORE IN X" and the like are followed by the headlines they link to. */
function markListsUnderMarkers(lines: Line[], reasons: Reasons): void {
  lines.forEach((_, i) => {
    if (reasons[i] !== "related-links") return;
    for (let j = i + 1; j < lines.length; j++) {
      const text = lines[j]?.text ?? "";
      if (text === "") {
        // A blank line ends the list unless the next item is a bullet.
        const next = lines.slice(j + 1).find((l) => l.text !== "");
        if (!next || !isBullet(next.text)) break;
        continue;
      }
      if (reasons[j] !== null) continue;
      if (!isBullet(text) && !isHeadlineLike(text)) break;
      reasons[j] = "related-links";
    }
  });
}

/** After the article, a "Latest Posts" or "More from X" heading: nothing below is the article's. */
function markFooterAfterMarkers(lines: Line[], reasons: Reasons, { lastBody }: Regions): void {
  const start = lines.findIndex((l, i) => i > lastBody && RELATED_MARKER.test(l.text));
  if (start < 0) return;
  for (let j = start + 1; j < lines.length; j++) {
    if (reasons[j] === null && lines[j]?.text !== "") reasons[j] = "related-links";
  }
}

/**
 * Photo captions: the text of a "[Photo: ...]" placeholder repeated as a line, or a line printed
 * twice in a row ("Rescuers search the rubble on Monday (AFP)"). A line repeated
 * further away keeps its first copy: only the later ones go, so no text is lost.
 */
function markCaptions(lines: Line[], reasons: Reasons): void {
  const key = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim();
  const placeholders = new Set(
    lines
      .filter((_, i) => reasons[i] === "media-placeholder")
      .map((l) => key(l.text.replace(/^\[[^:\]]*:?\s*|\]$/g, ""))),
  );
  const filled = lines.flatMap((l, i) =>
    l.text === "" ? [] : [{ i, key: key(l.text), words: wordCount(l.text) }],
  );
  const first = new Map<string, number>();
  filled.forEach((line, n) => {
    if (!first.has(line.key)) first.set(line.key, line.i);
    if (reasons[line.i] !== null || line.key === "") return;
    if (placeholders.has(line.key) || isCaptionOf(line.key, placeholders))
      reasons[line.i] = "repeated-caption";
    else if (line.words < 3 || line.words > 40) return;
    else if (filled[n - 1]?.key === line.key || filled[n + 1]?.key === line.key)
      reasons[line.i] = "repeated-caption";
    else if ((first.get(line.key) ?? line.i) < line.i) reasons[line.i] = "duplicate";
  });
}

/**
 * The caption printed under its "[Photo: ...]" tag without the credit the tag ends with: "[Photo:
 * Boats fill the harbour of Varn. Handout via Some Wire]" then "Boats fill the harbour of Varn.".
 */
const isCaptionOf = (key: string, placeholders: Set<string>) =>
  key.split(" ").length >= 3 && [...placeholders].some((p) => p.startsWith(`${key} `));

/** Two or more headlines of other stories stacked together below the article. */
function markFooterHeadlines(lines: Line[], reasons: Reasons, { lastBody }: Regions): void {
  let block: number[] = [];
  const flush = () => {
    if (block.length >= 2) for (const j of block) reasons[j] = "headline-list";
    block = [];
  };
  for (let i = Math.max(lastBody + 1, 0); i < lines.length; i++) {
    const text = lines[i]?.text ?? "";
    if (reasons[i] === null && isHeadlineLike(text)) block.push(i);
    else flush();
  }
  flush();
}
