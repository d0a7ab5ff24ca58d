import type { FeedStatusView, FeedsPort } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { ArticleShelf } from "./article-shelf.js";
import { type FeedMemory, pollFeed } from "./feed-poll.js";
import type { FetchLimits } from "./fetch-limited.js";
import { createHostGate } from "./host-gate.js";

// Every feed on its own schedule: polled every interval (or the feed's own TTL, when longer);
// after a failure retried sooner, then less and less often (a minute, two, four… up to an hour or
// the interval); each poll's outcome kept for /status. Articles already taken are never touched by
// a failure: the feed is only read, the corpus only added to.

export interface FeedPollerOptions {
  feeds: string[];
  shelf: ArticleShelf;
  intervalMs: number;
  /** Least time between two requests to one site. */
  hostGapMs: number;
  pageLimits: FetchLimits;
  feedLimits: FetchLimits;
  log: Logger;
  /** Called after a poll added or changed articles (the corpus is then read again). */
  onChange(): void | Promise<void>;
  now?: () => number;
  /** First retry after a failure; it doubles with each failure in a row. */
  firstRetryMs?: number;
  /** Delay before the first polls (default at once); tests that poll by hand set it past their end. */
  firstPollMs?: number;
}

export interface FeedPoller {
  port: FeedsPort;
  /** Polls every feed now (or one) and resolves when done; the schedule carries on from there. */
  pollNow(url?: string): Promise<void>;
  stop(): void;
}

const HOUR = 3_600_000;

interface FeedState {
  view: FeedStatusView;
  memory: FeedMemory;
  timer: NodeJS.Timeout | undefined;
  running: Promise<void> | null;
}

export function startFeedPoller(options: FeedPollerOptions): FeedPoller {
  const now = options.now ?? Date.now;
  const gate = createHostGate(options.hostGapMs);
  const stopping = new AbortController();
  const firstRetry = options.firstRetryMs ?? 60_000;
  const states = new Map<string, FeedState>(
    options.feeds.map((url) => [
      url,
      {
        view: {
          url,
          title: null,
          articles: options.shelf.count(url),
          lastCheckedAt: null,
          lastSuccessAt: null,
          nextAt: new Date(now() + (options.firstPollMs ?? 0)).toISOString(),
          failures: 0,
          lastError: null,
        },
        memory: { etag: null, lastModified: null, itemTries: new Map() },
        timer: undefined,
        running: null,
      },
    ]),
  );

  async function poll(state: FeedState): Promise<void> {
    const { view } = state;
    const started = now();
    const report = await pollFeed(view.url, state.memory, options.shelf, {
      gate,
      limits: options.pageLimits,
      feedLimits: options.feedLimits,
      signal: stopping.signal,
    });
    if (stopping.signal.aborted) return;
    view.lastCheckedAt = new Date(started).toISOString();
    let delay = options.intervalMs;
    if (!report.ok) {
      view.failures++;
      view.lastError = report.problem;
      delay = Math.max(
        Math.min(firstRetry * 2 ** (view.failures - 1), Math.max(options.intervalMs, HOUR)),
        report.retryAfterMs ?? 0,
      );
      options.log.warn("feed poll failed", {
        feed: view.url,
        failures: view.failures,
        reason: report.problem,
      });
    } else {
      view.failures = 0;
      view.lastSuccessAt = view.lastCheckedAt;
      view.title = report.title ?? view.title;
      const first = report.failed[0];
      view.lastError = first
        ? `${report.failed.length} item${report.failed.length === 1 ? "" : "s"} not taken (tried again next poll); ${first.link}: ${first.problem}`
        : report.abandoned > 0
          ? `${report.abandoned} item${report.abandoned === 1 ? "" : "s"} given up after repeated failures`
          : null;
      if (report.ttlMinutes) delay = Math.max(delay, report.ttlMinutes * 60_000);
      for (const f of report.failed)
        options.log.warn("feed item not taken", { feed: view.url, item: f.link, reason: f.problem });
      const changed = report.taken.filter((t) => t.action === "added" || t.action === "updated");
      for (const t of changed)
        options.log.info(`feed article ${t.action}`, { feed: view.url, id: t.id, title: t.title });
      view.articles = options.shelf.count(view.url);
      if (changed.length > 0) await options.onChange();
    }
    view.nextAt = new Date(now() + delay).toISOString();
    schedule(state, delay);
  }

  function run(state: FeedState): Promise<void> {
    clearTimeout(state.timer);
    state.running ??= poll(state)
      .catch((error) => {
        // A bug, not a feed problem: shown, and the feed is tried again at the next interval.
        state.view.lastError = `internal error: ${(error as Error).message}`;
        options.log.error("feed poll crashed", { feed: state.view.url, reason: (error as Error).message });
        schedule(state, options.intervalMs);
      })
      .finally(() => {
        state.running = null;
      });
    return state.running;
  }

  function schedule(state: FeedState, delay: number): void {
    if (stopping.signal.aborted) return;
    clearTimeout(state.timer);
    state.timer = setTimeout(() => void run(state), delay);
    state.timer.unref();
  }

  for (const state of states.values()) schedule(state, options.firstPollMs ?? 0);

  return {
    port: { list: () => [...states.values()].map((s) => ({ ...s.view })) },
    async pollNow(url) {
      const chosen = url
        ? [states.get(url)].filter((s): s is FeedState => s !== undefined)
        : [...states.values()];
      await Promise.all(chosen.map(run));
    },
    stop() {
      stopping.abort();
      for (const state of states.values()) clearTimeout(state.timer);
    },
  };
}
