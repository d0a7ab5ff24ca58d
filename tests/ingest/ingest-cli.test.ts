import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../../adapters/config.js";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { createHostGate } from "../../adapters/ingest/host-gate.js";
import { ingestTargets, renderIngestLine } from "../../adapters/ingest/ingest-cli.js";
import { FeedConfigError, feedList } from "../../adapters/ingest/start-feeds.js";
import { atomFeed } from "./helpers/feeds.js";
import { blogPage, newsPage, wirePage } from "./helpers/pages.js";
import { type SiteServer, startSiteServer } from "./helpers/site-server.js";
import { DAM_COURIER, DAM_HERALD, DAM_WIRE } from "./helpers/stories.js";

// `npm run ingest -- URL|FILE --corpus DIR` by hand, and the feed settings.

let site: SiteServer;
const dirs: string[] = [];
const temp = () => {
  const dir = mkdtempSync(join(tmpdir(), "deskbrief-ingest-"));
  dirs.push(dir);
  return dir;
};
const fetching = {
  gate: createHostGate(0),
  limits: { timeoutMs: 2_000, maxBytes: 5 * 1024 * 1024, userAgent: "t" },
};

beforeAll(async () => {
  site = await startSiteServer();
  site.set("/herald", { body: newsPage(DAM_HERALD), type: "text/html" });
  site.set("/wire", { body: wirePage(DAM_WIRE), type: "text/html" });
  site.set("/feed", {
    type: "application/atom+xml",
    body: atomFeed("Valley", [
      { title: DAM_HERALD.title, link: `${site.base}/herald`, id: "h", published: "2024-03-03T12:05:00Z" },
      { title: DAM_WIRE.title, link: `${site.base}/wire`, id: "w", published: "2024-03-03T15:30:00Z" },
      { title: "Gone", link: `${site.base}/missing`, id: "m", published: "2024-03-03T16:00:00Z" },
    ]),
  });
});
afterAll(async () => {
  await site.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe("npm run ingest", () => {
  it("adds a page by URL, a saved page by file and a feed's items, and says what it did", async () => {
    const dir = temp();
    const saved = join(temp(), "courier.html");
    writeFileSync(saved, blogPage(DAM_COURIER));
    const run = await ingestTargets([`${site.base}/herald`, saved, `${site.base}/feed`], dir, fetching);
    expect(run.lines.map((l) => [l.action, l.detail])).toEqual([
      ["added", DAM_HERALD.title],
      ["added", DAM_COURIER.title],
      ["unchanged", DAM_HERALD.title],
      ["added", DAM_WIRE.title],
      ["failed", `HTTP 404 Not Found from ${site.base.replace("http://", "")}`],
    ]);
    expect(renderIngestLine(run.lines[0] ?? { action: "failed", what: "", detail: "" })).toMatch(
      /^added +herald-test-tessel-dam-collapse-[0-9a-f]{6}\.md {2}Tessel dam collapse/,
    );
    expect(run.failed).toBe(1);
    const { documents } = await loadCorpusFolder(dir);
    expect(documents.map((d) => d.url).sort()).toEqual(
      [DAM_COURIER.url, DAM_HERALD.url, `${site.base}/wire`].sort(),
    );
  });

  it("adds nothing the second time", async () => {
    const dir = temp();
    await ingestTargets([`${site.base}/wire`], dir, fetching);
    const again = await ingestTargets([`${site.base}/wire`], dir, fetching);
    expect(again.lines.map((l) => l.action)).toEqual(["unchanged"]);
    expect(readdirSync(dir).filter((f) => f.endsWith(".md"))).toHaveLength(1);
  });

  it("keeps out a repost of the same text under another address", async () => {
    site.set("/repost", {
      body: wirePage({ ...DAM_WIRE, title: "Varden school evacuated" }),
      type: "text/html",
    });
    const dir = temp();
    const run = await ingestTargets([`${site.base}/wire`, `${site.base}/repost`], dir, fetching);
    expect(run.lines.map((l) => l.action)).toEqual(["added", "duplicate"]);
  });
});

describe("feed settings", () => {
  it("asks for CORPUS_DIR with FEEDS, so the bundled seeds are never written to", () => {
    expect(parseConfig({ FEEDS: "https://courier.test/rss.xml" })).toEqual({
      ok: false,
      problems: [expect.stringMatching(/^CORPUS_DIR: required with FEEDS or FEEDS_FILE/)],
    });
    const ok = parseConfig({ FEEDS: "https://a.test/rss, https://b.test/atom", CORPUS_DIR: "./corpus" });
    expect(ok.ok && [ok.config.FEEDS, ok.config.FEED_POLL_MINUTES]).toEqual([
      ["https://a.test/rss", "https://b.test/atom"],
      10,
    ]);
    expect(parseConfig({ FEEDS: "courier.test/rss", CORPUS_DIR: "./c" })).toMatchObject({
      ok: false,
      problems: ["FEEDS: expected http:// or https:// feed URLs, separated by commas"],
    });
  });

  it("reads FEEDS_FILE one URL a line, with comments, and names a bad line", () => {
    const file = join(temp(), "feeds.txt");
    writeFileSync(file, "# wires\nhttps://a.test/rss\n\nhttps://b.test/atom  # valley\n");
    expect(feedList({ FEEDS: ["https://a.test/rss"], FEEDS_FILE: file })).toEqual([
      "https://a.test/rss",
      "https://b.test/atom",
    ]);
    writeFileSync(file, "https://a.test/rss\nb.test/atom\n");
    expect(() => feedList({ FEEDS: [], FEEDS_FILE: file })).toThrow(FeedConfigError);
    expect(() => feedList({ FEEDS: [], FEEDS_FILE: file })).toThrow(
      /line 2: expected one http:\/\/ or https:\/\/ feed URL/,
    );
  });
});
