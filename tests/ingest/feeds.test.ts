import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CONSOLE_CALLER } from "../../adapters/cli/console.js";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { openArticleShelf } from "../../adapters/ingest/article-shelf.js";
import { type FeedPoller, startFeedPoller } from "../../adapters/ingest/feed-poller.js";
import type { FetchLimits } from "../../adapters/ingest/fetch-limited.js";
import { withFeeds } from "../../adapters/ingest/start-feeds.js";
import { createLogger } from "../../adapters/log.js";
import {
  briefingCitations,
  type CommandOutcome,
  createBriefingService,
  type Document,
  runCommand,
} from "../../src/index.js";
import { NOW } from "../helpers/fixtures.js";
import { atomFeed, rssFeed } from "./helpers/feeds.js";
import { blogPage, CHROME_TEXT, newsPage, wirePage } from "./helpers/pages.js";
import { type SiteServer, startSiteServer } from "./helpers/site-server.js";
import { DAM_COURIER, DAM_HERALD, DAM_WIRE, MARKET_STORY } from "./helpers/stories.js";

// Feeds polled from a local site on 127.0.0.1: an RSS feed and an Atom feed whose items link to
// article pages wrapped in chrome; then an item updated by its outlet; then feeds that fail.

// Generous: the suite shares two cores with other work; only the timeout case uses a short one.
const LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, userAgent: "deskbrief-test" };
const quiet = createLogger("error", () => {});

let site: SiteServer;
let dir: string;
const EXISTING = "An earlier report on the valley, written by hand and kept in the corpus folder.\n";

beforeAll(async () => {
  site = await startSiteServer();
  dir = mkdtempSync(join(tmpdir(), "deskbrief-feeds-"));
  writeFileSync(join(dir, "000_desk-note.txt"), `Valley desk note\n\n${EXISTING}`);
  site.set("/pages/courier-dam", { body: blogPage(DAM_COURIER), type: "text/html; charset=utf-8" });
  site.set("/pages/market", { body: blogPage(MARKET_STORY), type: "text/html; charset=utf-8" });
  site.set("/pages/herald-dam", { body: newsPage(DAM_HERALD), type: "text/html" });
  site.set("/pages/wire-dam", { body: wirePage(DAM_WIRE), type: "text/html" });
  site.set("/rss.xml", {
    etag: '"rss-1"',
    type: "application/rss+xml",
    body: rssFeed("Larkmoor Courier", [
      {
        title: DAM_COURIER.title,
        link: `${site.base}/pages/courier-dam?utm_source=rss`,
        id: "courier-1",
        published: "Sun, 03 Mar 2024 07:40:00 +0100",
      },
      {
        title: MARKET_STORY.title,
        link: "/pages/market",
        id: "courier-2",
        published: "Sat, 02 Mar 2024 09:00:00 +0100",
      },
    ]),
  });
  site.set("/atom.xml", {
    etag: '"atom-1"',
    type: "application/atom+xml",
    body: heraldAtom("2024-03-03T12:05:00Z", DAM_HERALD),
  });
});

afterAll(async () => {
  await site.close();
  rmSync(dir, { recursive: true, force: true });
});

function heraldAtom(heraldUpdated: string, _herald: typeof DAM_HERALD): string {
  return atomFeed("Valley news", [
    {
      title: DAM_HERALD.title,
      link: `${site.base}/pages/herald-dam`,
      id: "urn:herald:1",
      published: "2024-03-03T12:05:00Z",
      updated: heraldUpdated,
    },
    {
      title: DAM_WIRE.title,
      link: `${site.base}/pages/wire-dam`,
      id: "urn:wire:7",
      published: "2024-03-03T15:30:00Z",
    },
  ]);
}

async function poller(feeds: string[], limits = LIMITS): Promise<FeedPoller> {
  return startFeedPoller({
    feeds,
    shelf: await openArticleShelf(dir),
    intervalMs: 3_600_000,
    hostGapMs: 0,
    pageLimits: limits,
    feedLimits: limits,
    log: quiet,
    onChange: () => {},
    firstPollMs: 3_600_000,
  });
}

const files = () =>
  readdirSync(dir)
    .filter((f) => !f.startsWith("."))
    .sort();
const byUrl = (docs: Document[], url: string) => docs.find((d) => d.url === url);
const text = (d: Document | undefined) => d?.paragraphs.map((p) => p.text) ?? [];

async function status(p: FeedPoller): Promise<string[]> {
  const { documents } = await loadCorpusFolder(dir);
  const corpus = withFeeds(
    { state: () => ({ ok: true, service: createBriefingService(documents, () => NOW) }) },
    p,
  );
  const outcome: CommandOutcome = await runCommand(
    { corpus: corpus.state(), caller: CONSOLE_CALLER },
    "status",
    "",
  );
  return outcome.kind === "notice" ? outcome.lines : [];
}

describe("feeds", () => {
  let main: FeedPoller;

  it("takes each item's article with title, outlet, date, canonical URL and body, and none of the page around it", async () => {
    main = await poller([`${site.base}/rss.xml`, `${site.base}/atom.xml`]);
    await main.pollNow();
    expect(files()).toHaveLength(5);
    const { documents, warnings } = await loadCorpusFolder(dir);
    expect(warnings).toEqual([]);
    for (const story of [DAM_COURIER, MARKET_STORY, DAM_HERALD]) {
      const doc = byUrl(documents, story.url);
      expect(doc, story.url).toMatchObject({
        title: story.title,
        outlet: story.outlet,
        published: story.published.slice(0, 10),
      });
      expect(text(doc)).toEqual(story.paragraphs);
    }
    // The wire page names no canonical address and no date: the item's link and its feed date stand in.
    const wire = byUrl(documents, `${site.base}/pages/wire-dam`);
    expect(wire).toMatchObject({ title: DAM_WIRE.title, outlet: "Northwire", published: "2024-03-03" });
    expect(text(wire)).toEqual(DAM_WIRE.paragraphs);
    const all = documents.flatMap(text).join("\n");
    for (const chrome of CHROME_TEXT) expect(all).not.toContain(chrome);
    expect(await status(main)).toEqual(expect.arrayContaining([expect.stringMatching(/^Feeds: 2\.$/)]));
    const lines = await status(main);
    expect(lines.find((l) => l.includes("/rss.xml"))).toMatch(
      /^Larkmoor Courier \(.*\/rss\.xml\): 2 articles · last success .* UTC · next /,
    );
    expect(lines.find((l) => l.includes("/atom.xml"))).toMatch(/: 2 articles · last success/);
  });

  it("adds nothing on the next poll: the feeds answer 304 and no page is fetched again", async () => {
    const before = files().map((f) => [f, statSync(join(dir, f)).mtimeMs]);
    const pageHits = site.hits("/pages/herald-dam");
    await main.pollNow();
    expect(files().map((f) => [f, statSync(join(dir, f)).mtimeMs])).toEqual(before);
    expect(site.notModified("/rss.xml")).toBe(1);
    expect(site.notModified("/atom.xml")).toBe(1);
    expect(site.hits("/pages/herald-dam")).toBe(pageHits);
  });

  it("recognises the same article after a restart, from the files alone", async () => {
    const restarted = await poller([`${site.base}/rss.xml`, `${site.base}/atom.xml`]);
    const pageHits = site.hits("/pages/courier-dam");
    await restarted.pollNow();
    restarted.stop();
    expect(files()).toHaveLength(5);
    expect(site.hits("/pages/courier-dam")).toBe(pageHits);
  });

  it("replaces an item's text when its outlet updates it", async () => {
    const updated = {
      ...DAM_HERALD,
      paragraphs: [
        ...DAM_HERALD.paragraphs.slice(0, 1),
        "Officials said on Monday that 19 people had been injured, two of them seriously.",
        ...DAM_HERALD.paragraphs.slice(2),
      ],
    };
    site.set("/pages/herald-dam", { body: newsPage(updated), type: "text/html" });
    site.set("/atom.xml", {
      etag: '"atom-2"',
      type: "application/atom+xml",
      body: heraldAtom("2024-03-04T09:00:00Z", updated),
    });
    const idBefore = byUrl((await loadCorpusFolder(dir)).documents, DAM_HERALD.url)?.id;
    await main.pollNow();
    const docs = (await loadCorpusFolder(dir)).documents;
    const herald = byUrl(docs, DAM_HERALD.url);
    expect(herald?.id).toBe(idBefore);
    expect(text(herald)).toEqual(updated.paragraphs);
    expect(text(herald).join(" ")).not.toContain("17 people");
    expect(files()).toHaveLength(5);
  });

  it("briefs from the new articles, quoting them word for word", async () => {
    const { documents } = await loadCorpusFolder(dir);
    const outcome = await runCommand(
      { corpus: { ok: true, service: createBriefingService(documents, () => NOW) }, caller: CONSOLE_CALLER },
      "brief",
      "dam",
    );
    if (outcome.kind !== "briefing") throw new Error(`expected a briefing, got ${outcome.kind}`);
    const ingested = new Set(documents.filter((d) => d.url).map((d) => d.id));
    const cited = briefingCitations(outcome.briefing);
    expect(cited.some((c) => ingested.has(c.doc))).toBe(true);
    for (const c of cited) expect(text(documents.find((d) => d.id === c.doc)).join(" ")).toContain(c.quote);
    expect(outcome.briefing.documents.filter((d) => ingested.has(d.id)).map((d) => d.url)).toContain(
      DAM_COURIER.url,
    );
  });

  it("shows a 500, a timeout, malformed XML and a 20 MB page each as a clear /status line, and loses nothing", async () => {
    main.stop();
    const kept = Object.fromEntries(files().map((f) => [f, readFileSync(join(dir, f), "utf8")]));
    site.set("/down.xml", { status: 500, type: "text/plain", body: "oops" });
    site.set("/slow.xml", { handle: () => {} });
    site.set("/broken.xml", {
      type: "application/rss+xml",
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Broken</title><item><title>One <link>${site.base}/pages/market</link></channel>`,
    });
    site.set("/pages/huge", {
      handle: (_req, res) => {
        res.writeHead(200, { "content-type": "text/html" });
        const chunk = `<p>${"filler text ".repeat(5_000)}</p>\n`;
        let sent = 0;
        const pump = () => {
          while (sent < 20 * 1024 * 1024 && !res.destroyed) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once("drain", pump);
          }
          res.end();
        };
        pump();
      },
    });
    site.set("/big-items.xml", {
      type: "application/rss+xml",
      body: rssFeed("Big pages", [
        {
          title: "A very long page",
          link: `${site.base}/pages/huge`,
          id: "huge-1",
          published: "Sun, 03 Mar 2024 10:00:00 GMT",
        },
      ]),
    });
    const failing = await poller(
      ["/down.xml", "/broken.xml", "/big-items.xml"].map((p) => `${site.base}${p}`),
    );
    const slow = await poller([`${site.base}/slow.xml`], { ...LIMITS, timeoutMs: 400 });
    await Promise.all([failing.pollNow(), slow.pollNow()]);
    const lines = [...(await status(failing)), ...(await status(slow))];
    failing.stop();
    slow.stop();
    const line = (path: string) => lines.find((l) => l.includes(path)) ?? "";
    expect(line("/down.xml")).toMatch(
      /: 0 articles · last success never · ⚠ failing \(1 in a row\): HTTP 500 Internal Server Error from 127\.0\.0\.1:\d+ · next /,
    );
    expect(line("/slow.xml")).toMatch(
      /⚠ failing \(1 in a row\): no complete answer from 127\.0\.0\.1:\d+ within 400 ms/,
    );
    expect(line("/broken.xml")).toMatch(
      /⚠ failing \(1 in a row\): the feed is not well-formed XML \(line 1, column \d+: Expected closing tag 'title'/,
    );
    expect(line("/big-items.xml")).toMatch(
      /last success .* UTC · ⚠ 1 item not taken \(tried again next poll\); http:.*\/pages\/huge: the answer is over the 5\.0 MB limit; not read/,
    );
    expect(Object.fromEntries(files().map((f) => [f, readFileSync(join(dir, f), "utf8")]))).toEqual(kept);
    expect(readFileSync(join(dir, "000_desk-note.txt"), "utf8")).toContain(EXISTING);
  });
});
