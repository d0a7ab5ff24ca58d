import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openArticleShelf } from "../../adapters/ingest/article-shelf.js";
import { startFeedPoller } from "../../adapters/ingest/feed-poller.js";
import { createLogger } from "../../adapters/log.js";
import { rssFeed } from "./helpers/feeds.js";
import { type SiteServer, startSiteServer } from "./helpers/site-server.js";

// Each feed on its own schedule: the feed's TTL when it is longer than the interval, and a failing
// feed retried sooner, then less and less often, with Retry-After honoured.

let site: SiteServer;
let dir: string;
const limits = { timeoutMs: 10_000, maxBytes: 1024 * 1024, userAgent: "t" };

beforeAll(async () => {
  site = await startSiteServer();
  dir = mkdtempSync(join(tmpdir(), "deskbrief-schedule-"));
});
afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

async function start(feeds: string[], intervalMs: number, firstRetryMs: number) {
  return startFeedPoller({
    feeds,
    shelf: await openArticleShelf(dir),
    intervalMs,
    hostGapMs: 0,
    pageLimits: limits,
    feedLimits: limits,
    log: createLogger("error", () => {}),
    onChange: () => {},
    firstRetryMs,
  });
}

const until = async (check: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe("feed schedule", () => {
  it("polls by itself, and waits the feed's TTL when it is longer than the interval", async () => {
    site.set("/ttl.xml", { type: "application/rss+xml", body: rssFeed("Slow feed", [], 45) });
    const poller = await start([`${site.base}/ttl.xml`], 60_000, 1_000);
    await until(() => poller.port.list()[0]?.lastSuccessAt !== null);
    const view = poller.port.list()[0];
    poller.stop();
    const wait = Date.parse(view?.nextAt ?? "") - Date.parse(view?.lastCheckedAt ?? "");
    expect(wait).toBeGreaterThanOrEqual(45 * 60_000);
    expect(wait).toBeLessThan(46 * 60_000);
  });

  it("retries a failing feed sooner, then less and less often", async () => {
    site.set("/down.xml", { status: 503, type: "text/plain", body: "busy" });
    const poller = await start([`${site.base}/down.xml`], 60_000, 40);
    await until(() => (poller.port.list()[0]?.failures ?? 0) >= 3);
    const view = poller.port.list()[0];
    poller.stop();
    expect(site.hits("/down.xml")).toBeGreaterThanOrEqual(3);
    // After the n-th failure in a row the next try is 40 ms × 2^(n−1) later.
    const failures = view?.failures ?? 0;
    const wait = Date.parse(view?.nextAt ?? "") - Date.parse(view?.lastCheckedAt ?? "");
    expect(wait).toBeGreaterThanOrEqual(40 * 2 ** (failures - 1));
    expect(view?.lastError).toMatch(/^HTTP 503 Service Unavailable from /);
  });

  it("waits at least what the site's Retry-After asks", async () => {
    site.set("/limited.xml", {
      handle: (_req, res) => res.writeHead(429, { "retry-after": "120" }).end(),
    });
    const poller = await start([`${site.base}/limited.xml`], 60_000, 40);
    await until(() => (poller.port.list()[0]?.failures ?? 0) >= 1);
    const view = poller.port.list()[0];
    poller.stop();
    const wait = Date.parse(view?.nextAt ?? "") - Date.parse(view?.lastCheckedAt ?? "");
    expect(wait).toBeGreaterThanOrEqual(119_000);
  });
});
