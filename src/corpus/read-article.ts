import { bodyLanguage } from "../text/language.js";
import { markChrome, type Reasons } from "./chrome.js";
import type { Document } from "./document.js";
import { documentFlags } from "./flags.js";
import { readFrontMatter } from "./front-matter.js";
import { splitLines } from "./lines.js";
import { readOrigin } from "./outlet.js";
import { buildParagraphs } from "./paragraphs.js";
import { publishedDate } from "./published-date.js";
import { readHeader } from "./title.js";

const FALLBACK_TITLE_WORDS = 20;

/** One raw article → a Document (without lineage, which needs the whole corpus). */
export function readArticle(id: string, raw: string): Document {
  const lines = splitLines(raw);
  const front = readFrontMatter(lines);
  const preset: Reasons = lines.map((l) => (front.lines.includes(l.number) ? "front-matter" : null));
  const { reasons, regions } = markChrome(lines, preset);
  const header = readHeader(lines, reasons, regions, front.fields.title);
  const paragraphs = buildParagraphs(lines, reasons);
  const lead = paragraphs[0]?.text ?? null;
  const origin = readOrigin(lines, reasons, regions, header.masthead, lead, front.fields.outlet);
  const dateLines = lines.filter(
    (_, i) => reasons[i] === "dateline" || reasons[i] === "posted-on" || reasons[i] === "byline",
  );
  const language = bodyLanguage(paragraphs);
  const title = header.title ?? fallbackTitle(paragraphs[0]?.sentences[0]?.text) ?? id;
  const removed = lines.flatMap((l, i) => {
    const reason = reasons[i];
    return reason ? [{ line: l.number, text: l.text, reason }] : [];
  });
  return {
    id,
    title,
    outlet: origin.outlet,
    url: front.fields.url ?? null,
    published: publishedDate(
      front.fields,
      dateLines.map((l) => l.text),
      lead,
    ),
    language,
    flags: documentFlags(
      title,
      paragraphs,
      language,
      removed.map((r) => r.reason),
    ),
    derivedFrom: null,
    paragraphs,
    removed,
    credits: origin.credits,
  };
}

/** An article with no headline is titled by its first sentence when that is short enough. */
const fallbackTitle = (sentence: string | undefined) =>
  sentence && sentence.split(" ").length <= FALLBACK_TITLE_WORDS ? sentence : undefined;
