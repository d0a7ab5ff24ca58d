import { readFileSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import type { Config } from "../config.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import { openArticleShelf } from "./article-shelf.js";
import type { FeedPoller } from "./feed-poller.js";
import type { FetchLimits } from "./fetch-limited.js";

// Feeds as operations configure them: FEEDS (comma-separated URLs) and/or FEEDS_FILE (one URL a
// line, # comments), polled every FEED_POLL_MINUTES into CORPUS_DIR.

export const USER_AGENT = "deskbrief/0.1 (newsroom briefing bot; feed reader)";

/** 5 MB: a page is held to the corpus loader's limit for one article file; a feed may list many. */
const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const PAGE_LIMITS: FetchLimits = {
  timeoutMs: 15_000,
  maxBytes: MAX_ARTICLE_BYTES,
  userAgent: USER_AGENT,
};
export const FEED_LIMITS: FetchLimits = { ...PAGE_LIMITS, maxBytes: 2 * MAX_ARTICLE_BYTES };
/** One request per second to any one site. */
export const HOST_GAP_MS = 1_000;

export class FeedConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("; "));
    this.name = "FeedConfigError";
  }
}

export function feedList(config: Pick<Config, "FEEDS" | "FEEDS_FILE">): string[] {
  const urls = [...config.FEEDS];
  const problems: string[] = [];
  if (config.FEEDS_FILE) {
    let text = "";
    try {
      text = readFileSync(config.FEEDS_FILE, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      problems.push(
        `FEEDS_FILE (${config.FEEDS_FILE}): ${code === "ENOENT" ? "the file does not exist" : `cannot be read (${code})`}`,
      );
    }
    text.split("\n").forEach((raw, i) => {
      const line = raw.replace(/#.*/, "").trim();
      if (line === "") return;
      if (/^https?:\/\/\S+$/.test(line)) urls.push(line);
      else
        problems.push(
          `FEEDS_FILE (${config.FEEDS_FILE}) line ${i + 1}: expected one http:// or https:// feed URL`,
        );
    });
  }
  if (problems.length > 0) throw new FeedConfigError(problems);
  return [...new Set(urls)];
}

export async function startFeeds(
  config: Config,
  log: Logger,
  onChange: () => void | Promise<void>,
): Promise<FeedPoller> {
  const feeds = feedList(config);
  await mkdir(config.CORPUS_DIR, { recursive: true });
  const shelf = await openArticleShelf(config.CORPUS_DIR);
  // Loaded only when feeds are configured: the extractor and the feed parser cost start-up time.
  const { startFeedPoller } = await import("./feed-poller.js");
  log.info("feeds started", { feeds: feeds.length, every_minutes: config.FEED_POLL_MINUTES });
  return startFeedPoller({
    feeds,
    shelf,
    intervalMs: config.FEED_POLL_MINUTES * 60_000,
    hostGapMs: HOST_GAP_MS,
    pageLimits: PAGE_LIMITS,
    feedLimits: FEED_LIMITS,
    log,
    onChange,
  });
}

/** The corpus as commands see it, with the feeds' state for /status. */
export function withFeeds(source: CorpusSource, poller: FeedPoller | undefined): CorpusSource {
  if (!poller) return source;
  return { state: () => ({ ...source.state(), feeds: poller.port }) };
}
