// RSS 2.0 and Atom documents as outlets publish them, for the local site server.

export interface FeedEntry {
  title: string;
  link: string;
  id: string;
  /** RFC 822 for RSS, ISO for Atom. */
  published: string;
  updated?: string;
}

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function rssFeed(title: string, entries: FeedEntry[], ttlMinutes?: number): string {
  const items = entries
    .map(
      (e) => `  <item>
    <title>${esc(e.title)}</title>
    <link>${esc(e.link)}</link>
    <guid isPermaLink="false">${esc(e.id)}</guid>
    <pubDate>${e.published}</pubDate>
    <dc:creator>Desk</dc:creator>
    <description><![CDATA[<p>${esc(e.title)}</p>]]></description>
  </item>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>${esc(title)}</title>
  <link>https://courier.test/</link>
  <description>Latest news</description>
  ${ttlMinutes ? `<ttl>${ttlMinutes}</ttl>` : ""}
${items}
</channel>
</rss>`;
}

export function atomFeed(title: string, entries: FeedEntry[]): string {
  const items = entries
    .map(
      (e) => `  <entry>
    <title type="text">${esc(e.title)}</title>
    <link rel="alternate" type="text/html" href="${esc(e.link)}"/>
    <id>${esc(e.id)}</id>
    <published>${e.published}</published>
    <updated>${e.updated ?? e.published}</updated>
    <author><name>Desk</name></author>
    <summary>${esc(e.title)}</summary>
  </entry>`,
    )
    .join("\n");
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(title)}</title>
  <id>urn:test:${esc(title)}</id>
  <updated>${entries[0]?.updated ?? entries[0]?.published ?? "2024-03-03T00:00:00Z"}</updated>
${items}
</feed>`;
}
