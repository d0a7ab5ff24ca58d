import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { openArticleShelf } from "../../adapters/ingest/article-shelf.js";
import { startFeedPoller } from "../../adapters/ingest/feed-poller.js";
import { createLogger } from "../../adapters/log.js";
import { newsPage } from "./helpers/pages.js";
import { type SiteServer, startSiteServer } from "./helpers/site-server.js";
import { DAM_HERALD } from "./helpers/stories.js";

// JSON Feed 1.1, the third format README promises beside RSS and Atom, from a local site on 127.0.0.1.

const LIMITS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, userAgent: "deskbrief-test" };
let site: SiteServer;
let dir: string;

beforeAll(async () => {
  site = await startSiteServer();
  dir = mkdtempSync(join(tmpdir(), "deskbrief-json-feed-"));
  site.set("/pages/herald-dam", { body: newsPage(DAM_HERALD), type: "text/html" });
  site.set("/feed.json", {
    type: "application/feed+json",
    body: JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "Valley news",
      home_page_url: site.base,
      items: [
        {
          id: "herald-1",
          url: `${site.base}/pages/herald-dam`,
          title: DAM_HERALD.title,
          date_published: "2024-03-03T12:05:00Z",
          content_text: DAM_HERALD.title,
        },
      ],
    }),
  });
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("a JSON Feed", () => {
  it("brings its item's page into the corpus like an RSS or Atom item", async () => {
    const poller = await startFeedPoller({
      feeds: [`${site.base}/feed.json`],
      shelf: await openArticleShelf(dir),
      intervalMs: 3_600_000,
      hostGapMs: 0,
      pageLimits: LIMITS,
      feedLimits: LIMITS,
      log: createLogger("error", () => {}),
      onChange: () => {},
      firstPollMs: 3_600_000,
    });
    await poller.pollNow();
    poller.stop();
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(warnings).toEqual([]);
    expect(documents).toHaveLength(1);
    expect(documents[0]).toMatchObject({
      title: DAM_HERALD.title,
      outlet: DAM_HERALD.outlet,
      url: DAM_HERALD.url,
    });
    expect(documents[0]?.paragraphs.map((p) => p.text)).toEqual(DAM_HERALD.paragraphs);
  });
});
