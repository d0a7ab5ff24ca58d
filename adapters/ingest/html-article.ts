import { Readability } from "@mozilla/readability";
import { type PageElement, parsePage, squash } from "./dom.js";
import { articleLines } from "./html-blocks.js";
import { removePageChrome } from "./page-chrome.js";
import { dateAsWritten, readPageMetadata, siteFromTitle } from "./page-metadata.js";

// One web page → the story it carries, with what the page says about it. Mozilla's Readability
// (Firefox Reader View) picks the article on a linkedom DOM, after the page's own markup has said
// what is chrome; the metadata comes from the page as served. Measured against jsdom and Defuddle
// in notes/issue-17.md.

export interface ExtractedArticle {
  title: string;
  outlet: string | null;
  byline: string | null;
  /** YYYY-MM-DD as the page dates the story. */
  published: string | null;
  /** The page's canonical address, else the address it was fetched from. */
  url: string | null;
  paragraphs: string[];
}

export type Extraction = { ok: true; article: ExtractedArticle } | { ok: false; problem: string };

/** Fewer words than this is a front page, a login or cookie wall, or a page its scripts fill in. */
const MIN_ARTICLE_WORDS = 40;

const NOT_AN_ARTICLE = "a front page, a login or cookie wall, or a page its scripts fill in";

export function extractArticle(html: string, pageUrl: string | null = null): Extraction {
  const document = parsePage(html);
  const meta = readPageMetadata(document, pageUrl);
  removePageChrome(document);
  // The serializer hands back Readability's article element itself instead of an HTML string.
  const reader = new Readability<PageElement>(document as never, {
    serializer: (node) => node as unknown as PageElement,
  });
  const found = reader.parse();
  const paragraphs = found?.content ? articleLines(found.content) : [];
  const title = meta.headline ?? (squash(found?.title) || null);
  const words = paragraphs.length === 0 ? 0 : paragraphs.join(" ").split(" ").length;
  if (words < MIN_ARTICLE_WORDS) {
    const found = paragraphs.length === 0 ? "no article text" : `only ${words} words of article text`;
    return { ok: false, problem: `${found} in the page (${NOT_AN_ARTICLE})` };
  }
  if (!title)
    return { ok: false, problem: "no headline in the page (no <title>, og:title or JSON-LD headline)" };
  const byline = meta.byline ?? (squash(found?.byline) || null);
  return {
    ok: true,
    article: {
      title,
      outlet: meta.outlet ?? (squash(found?.siteName) || null) ?? siteFromTitle(meta.documentTitle, title),
      // "By Jane Doe · 3 min read" → "Jane Doe".
      byline: byline ? (byline.replace(/^by\s+/i, "").split(/\s[·|]\s/)[0] ?? null) : null,
      published: dateAsWritten(meta.published ?? found?.publishedTime),
      url: meta.canonical ?? pageUrl,
      // The headline is written once, in front matter; a copy above the text would read as a line of it.
      paragraphs: paragraphs.filter((p) => p !== title),
    },
  };
}
