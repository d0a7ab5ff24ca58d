import { formatInZone } from "./digest-format.js";

// What /status shows of the feeds the bot reads articles from. The core defines it; the ingest
// adapter fills it (fetching, parsing and files live there, never in the core).

/** One feed as /status shows it. Instants are ISO (UTC). */
export interface FeedStatusView {
  url: string;
  /** The feed's own title, once it has been read. */
  title: string | null;
  /** Articles in the corpus taken from this feed. */
  articles: number;
  lastCheckedAt: string | null;
  lastSuccessAt: string | null;
  nextAt: string | null;
  /** Polls in a row that failed (the feed itself: unreachable, an HTTP error, not a feed). */
  failures: number;
  /** Why the last poll failed, or which of its items could not be taken; null when all went well. */
  lastError: string | null;
}

export interface FeedsPort {
  list(): FeedStatusView[];
}

const at = (iso: string | null) => (iso ? `${formatInZone(iso, "UTC")} UTC` : "never");

/** The /status lines for the feeds: a count, then one line per feed with its state and any error. */
export function feedStatusLines(port: FeedsPort | undefined): string[] {
  if (!port) return [];
  const feeds = port.list();
  const lines = [`Feeds: ${feeds.length}.`];
  for (const f of feeds) {
    const name = f.title ? `${f.title} (${f.url})` : f.url;
    const parts = [
      `${name}: ${f.articles} article${f.articles === 1 ? "" : "s"}`,
      `last success ${at(f.lastSuccessAt)}`,
    ];
    if (f.failures > 0) parts.push(`⚠ failing (${f.failures} in a row): ${f.lastError}`);
    else if (f.lastError) parts.push(`⚠ ${f.lastError}`);
    parts.push(`next ${f.nextAt ? at(f.nextAt) : "none"}`);
    lines.push(parts.join(" · "));
  }
  return lines;
}
