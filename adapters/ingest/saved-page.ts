import { createHash } from "node:crypto";
import { extname } from "node:path";
import { renderArticleFile } from "./article-file.js";

// A web page saved into the corpus folder (from a browser, or a CMS export) is read like a .txt
// article: the story is extracted and handed to the reader as front matter plus text. The folder is
// read again whenever it changes, so extractions are remembered by the page's bytes. The extractor
// (linkedom, Readability) is loaded on the first page: a folder of .txt files does not pay for it at
// start-up.

export const PAGE_EXTENSIONS: readonly string[] = [".html", ".htm"];

const MAX_REMEMBERED = 5_000;
const remembered = new Map<string, { text: string } | { problem: string }>();

/** The article text of a decoded corpus file: pages are extracted, other files pass through. */
export async function articleFromFile(
  name: string,
  decoded: { text: string } | { problem: string },
): Promise<{ text: string } | { problem: string }> {
  if (!PAGE_EXTENSIONS.includes(extname(name).toLowerCase()) || !("text" in decoded)) return decoded;
  const key = createHash("sha256").update(decoded.text).digest("hex");
  const known = remembered.get(key);
  if (known) return known;
  const { extractArticle } = await import("./html-article.js");
  let result: { text: string } | { problem: string };
  try {
    const extracted = extractArticle(decoded.text);
    result = extracted.ok
      ? { text: renderArticleFile({ ...extracted.article, source: name }) }
      : { problem: `skipped: ${extracted.problem}.` };
  } catch (error) {
    result = { problem: `skipped: the page could not be parsed (${(error as Error).message}).` };
  }
  if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string);
  remembered.set(key, result);
  return result;
}
