import { createHash } from "node:crypto";
import { XMLValidator } from "fast-xml-parser";
import { parseFeed } from "feedsmith";

// A fetched feed → its items, the same shape for RSS, RDF, Atom and JSON Feed (feedsmith parses;
// this module only picks the fields ingestion needs). A feed that is not well-formed is refused
// with where it breaks, so the /status line says what to tell the outlet.

export interface FeedItem {
  /** The item's identity across polls: its guid or id, else its link. */
  key: string;
  /** Absolute address of the item's page. */
  link: string | null;
  guid: string | null;
  title: string | null;
  /** As the feed writes it. */
  published: string | null;
  /** Changes when the outlet updates the item: its updated date, else published date, else a digest of title and summary. */
  version: string;
}

export interface ParsedFeed {
  title: string | null;
  /** The feed's own <ttl>: how many minutes it may be cached. */
  ttlMinutes: number | null;
  items: FeedItem[];
}

export type FeedParse = { ok: true; feed: ParsedFeed } | { ok: false; problem: string };

type Loose = Record<string, unknown>;

export function parseFeedText(text: string, feedUrl: string): FeedParse {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text);
  } catch {
    return { ok: false, problem: whyNotAFeed(text) };
  }
  const feed = parsed.feed as unknown as Loose;
  const raw = (feed.items ?? feed.entries ?? []) as Loose[];
  const ttl = Number(feed.ttl);
  return {
    ok: true,
    feed: {
      title: textOf(feed.title),
      ttlMinutes: Number.isFinite(ttl) && ttl > 0 ? ttl : null,
      items: raw.map((item) => toItem(item, feedUrl)).filter((i): i is FeedItem => i !== null),
    },
  };
}

function toItem(item: Loose, feedUrl: string): FeedItem | null {
  const links = (item.links ?? []) as Loose[];
  const alternate = links.find((l) => l.rel === undefined || l.rel === "alternate") ?? links[0];
  const link = absolute(textOf(item.link) ?? textOf(alternate?.href) ?? textOf(item.url), feedUrl);
  const guid = textOf((item.guid as Loose | undefined)?.value) ?? textOf(item.guid) ?? textOf(item.id);
  const key = guid ?? link;
  if (!key) return null;
  const dc = item.dc as Loose | undefined;
  const published =
    textOf(item.pubDate) ?? textOf(item.published) ?? textOf(item.date_published) ?? textOf(dc?.date);
  const updated = textOf(item.updated) ?? textOf(item.date_modified);
  const title = textOf(item.title);
  return {
    key,
    link,
    guid,
    title,
    published,
    version:
      updated ??
      published ??
      createHash("sha256")
        .update(`${title ?? ""}\n${textOf(item.description) ?? textOf(item.summary) ?? ""}`)
        .digest("hex")
        .slice(0, 16),
  };
}

/** A string, or the `value` of an Atom text construct. */
function textOf(value: unknown): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (value && typeof value === "object" && typeof (value as Loose).value === "string") {
    return textOf((value as Loose).value);
  }
  return null;
}

function absolute(href: string | null, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

function whyNotAFeed(text: string): string {
  const start = text.trimStart().slice(0, 200).toLowerCase();
  if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
    return "the address gives a web page, not an RSS or Atom feed";
  }
  const checked = XMLValidator.validate(text);
  if (checked !== true) {
    return `the feed is not well-formed XML (line ${checked.err.line}, column ${checked.err.col}: ${checked.err.msg})`;
  }
  return "the document is not an RSS, Atom or JSON feed";
}
