import type { ArticleShelf, SaveOutcome } from "./article-shelf.js";
import type { FeedItem } from "./feed-items.js";
import { type FetchLimits, fetchLimited } from "./fetch-limited.js";
import type { HostGate } from "./host-gate.js";
import { extractArticle } from "./html-article.js";
import { dateAsWritten } from "./page-metadata.js";

// One article page: fetched politely, its story extracted, and put on the shelf (added, updated,
// or recognised as one already there).

export interface Fetching {
  gate: HostGate;
  limits: FetchLimits;
  signal?: AbortSignal;
}

export type Taken = { ok: true; outcome: SaveOutcome; title: string } | { ok: false; problem: string };

const PAGE_TYPES = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";

export async function takePage(
  pageUrl: string,
  from: { source: string; item?: FeedItem },
  shelf: ArticleShelf,
  fetching: Fetching,
): Promise<Taken> {
  const fetched = await fetching.gate.run(pageUrl, () =>
    fetchLimited(
      pageUrl,
      { accept: PAGE_TYPES, ...(fetching.signal ? { signal: fetching.signal } : {}) },
      fetching.limits,
    ),
  );
  if (!fetched.ok) return { ok: false, problem: fetched.problem };
  if (fetched.contentType && !/html|xml|text\/plain/i.test(fetched.contentType)) {
    return { ok: false, problem: `not a web page (${fetched.contentType.split(";")[0]})` };
  }
  return takeHtml(fetched.body, fetched.url, from, shelf);
}

/** A page already in hand (fetched, or a saved file) onto the shelf. */
export async function takeHtml(
  html: string,
  pageUrl: string | null,
  from: { source: string; item?: FeedItem },
  shelf: ArticleShelf,
): Promise<Taken> {
  let extracted: ReturnType<typeof extractArticle>;
  try {
    extracted = extractArticle(html, pageUrl);
  } catch (error) {
    return { ok: false, problem: `the page could not be parsed (${(error as Error).message})` };
  }
  if (!extracted.ok) return { ok: false, problem: extracted.problem };
  const { article } = extracted;
  const item = from.item;
  const outcome = await shelf.save(
    {
      ...article,
      // A page that does not date itself is dated by its feed item.
      published: article.published ?? dateAsWritten(item?.published),
      source: from.source,
      link: item?.link ?? null,
      guid: item?.guid ?? null,
      version: item?.version ?? null,
    },
    item?.key,
  );
  return { ok: true, outcome, title: article.title };
}
