import { createHash } from "node:crypto";
import { extname } from "node:path";
import { renderArticleFile } from "./article-file.js";
import { extractArticle } from "./html-article.js";

// A web page saved into the corpus folder (from a browser, or a CMS export) is read like a .txt
// article: the story is extracted and handed to the reader as front matter plus text. The folder is
// read again whenever it changes, so extractions are remembered by the page's bytes.

export const PAGE_EXTENSIONS: readonly string[] = [".html", ".htm"];

const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, { text: string } | { problem: string }>();

/** The article text of a decoded corpus file: pages are extracted, other files pass through. */
export function articleFromFile(
  name: string,
  decoded: { text: string } | { problem: string },
): { text: string } | { problem: string } {
  if (!PAGE_EXTENSIONS.includes(extname(name).toLowerCase()) || !("text" in decoded)) return decoded;
  const key = createHash("sha256").update(decoded.text).digest("hex");
  const known = remembered.get(key);
  if (known) return known;
  const extracted = extractArticle(decoded.text);
  const result = extracted.ok
    ? { text: renderArticleFile({ ...extracted.article, source: name }) }
    : { problem: `skipped: ${extracted.problem}.` };
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, result);
  return result;
}
