import type { ArticleShelf, SaveAction } from "./article-shelf.js";
import { type ParsedFeed, parseFeedText } from "./feed-items.js";
import { type FetchLimits, fetchLimited } from "./fetch-limited.js";
import { type Fetching, takePage } from "./take-page.js";

// One poll of one feed: a conditional GET, the items parsed, and each item that is new or that its
// outlet has updated since it was taken fetched and put on the shelf. An item whose page fails is
// tried again at the next polls, up to MAX_ITEM_TRIES; the feed's validators (ETag, Last-Modified)
// are kept only once every item is settled, so a 304 never hides an item still owed.

/** What a feed's poller remembers between polls (in memory: after a restart the first poll is a full GET). */
export interface FeedMemory {
  etag: string | null;
  lastModified: string | null;
  /** Failed tries per item key. */
  itemTries: Map<string, number>;
}

export const MAX_ITEM_TRIES = 3;

export interface ItemResult {
  link: string;
  action: SaveAction;
  id: string;
  title: string;
}

export type PollReport =
  | {
      ok: true;
      notModified: boolean;
      title: string | null;
      ttlMinutes: number | null;
      taken: ItemResult[];
      failed: { link: string; problem: string }[];
      /** Items given up on after MAX_ITEM_TRIES failures. */
      abandoned: number;
    }
  | { ok: false; problem: string; retryAfterMs: number | null };

const FEED_TYPES =
  "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5";

export async function pollFeed(
  feedUrl: string,
  memory: FeedMemory,
  shelf: ArticleShelf,
  fetching: Fetching & { feedLimits: FetchLimits },
): Promise<PollReport> {
  const fetched = await fetching.gate.run(feedUrl, () =>
    fetchLimited(
      feedUrl,
      {
        accept: FEED_TYPES,
        etag: memory.etag,
        lastModified: memory.lastModified,
        ...(fetching.signal ? { signal: fetching.signal } : {}),
      },
      fetching.feedLimits,
    ),
  );
  if (!fetched.ok) return fetched;
  if (fetched.status === 304) {
    return {
      ok: true,
      notModified: true,
      title: null,
      ttlMinutes: null,
      taken: [],
      failed: [],
      abandoned: 0,
    };
  }
  const parsed = parseFeedText(fetched.body, fetched.url);
  if (!parsed.ok) return { ok: false, problem: parsed.problem, retryAfterMs: null };
  const taking = await takeItems(feedUrl, parsed.feed, memory, shelf, fetching);
  const settled = taking.failed.length === 0;
  memory.etag = settled ? fetched.etag : null;
  memory.lastModified = settled ? fetched.lastModified : null;
  return {
    ok: true,
    notModified: false,
    title: parsed.feed.title,
    ttlMinutes: parsed.feed.ttlMinutes,
    ...taking,
  };
}

/** Takes the feed's items that are new or updated since they were taken. */
export async function takeItems(
  source: string,
  feed: ParsedFeed,
  memory: FeedMemory,
  shelf: ArticleShelf,
  fetching: Fetching,
): Promise<{ taken: ItemResult[]; failed: { link: string; problem: string }[]; abandoned: number }> {
  const taken: ItemResult[] = [];
  const failed: { link: string; problem: string }[] = [];
  let abandoned = 0;
  for (const item of feed.items) {
    const held = shelf.findItem(source, item.key);
    if (held && held.version === item.version) continue;
    const tries = memory.itemTries.get(item.key) ?? 0;
    if (tries >= MAX_ITEM_TRIES) {
      abandoned++;
      continue;
    }
    if (!item.link) {
      memory.itemTries.set(item.key, MAX_ITEM_TRIES);
      failed.push({ link: item.title ?? item.key, problem: "the item has no link to its page" });
      continue;
    }
    const result = await takePage(item.link, { source, item }, shelf, fetching);
    if (result.ok) {
      memory.itemTries.delete(item.key);
      taken.push({
        link: item.link,
        action: result.outcome.action,
        id: result.outcome.id,
        title: result.title,
      });
    } else {
      memory.itemTries.set(item.key, tries + 1);
      failed.push({ link: item.link, problem: result.problem });
    }
  }
  return { taken, failed, abandoned };
}
