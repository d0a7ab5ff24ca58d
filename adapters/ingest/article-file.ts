import { createHash } from "node:crypto";

// An ingested article as a corpus file: front matter (what the corpus reader takes: title, outlet,
// url, published; and where the text came from, which the reader ignores and the ingester uses to
// recognise it again) and the article's paragraphs, one per line.

export interface ArticleRecord {
  title: string;
  outlet: string | null;
  url: string | null;
  published: string | null;
  byline: string | null;
  /** The feed, page or file the article was taken from. */
  source: string;
  /** The feed item's own link and id, when it came from a feed. */
  link?: string | null;
  guid?: string | null;
  /** The item's updated date (or published date, or a digest of its title and summary): a new value means the outlet changed it. */
  version?: string | null;
  paragraphs: string[];
}

/** Front-matter keys this module writes, in order. */
const KEYS = ["title", "outlet", "url", "published", "byline", "source", "link", "guid", "version"] as const;
type Key = (typeof KEYS)[number];

export function renderArticleFile(record: ArticleRecord): string {
  const head = KEYS.flatMap((key) => {
    const value = record[key];
    return value ? [`${key}: ${frontMatterValue(value)}`] : [];
  });
  head.push(`content: ${contentKey(record.paragraphs)}`);
  const body = record.paragraphs.filter((p) => p !== "---");
  return `---\n${head.join("\n")}\n---\n\n${body.join("\n\n")}\n`;
}

/**
 * One line, and safe from the reader's unquoting: a value wrapped in one kind of quote mark is
 * wrapped again in the other, so the reader hands back the quote marks the headline has.
 */
function frontMatterValue(value: string): string {
  const line = value.replace(/\s+/g, " ").trim();
  if (/^".*"$/.test(line)) return `'${line}'`;
  if (/^'.*'$/.test(line)) return `"${line}"`;
  return line;
}

/** Same text, same key: how an article reposted under another address is recognised. */
export function contentKey(paragraphs: string[]): string {
  const text = paragraphs.join("\n").replace(/\s+/g, " ").trim().toLowerCase();
  return createHash("sha256").update(text).digest("hex").slice(0, 20);
}

export type ArticleHead = Partial<Record<Key | "content", string>>;

/** The front matter of a file this module wrote (read back to recognise articles already in the corpus). */
export function readArticleHead(text: string): ArticleHead | null {
  if (!text.startsWith("---\n")) return null;
  const end = text.indexOf("\n---", 4);
  if (end < 0) return null;
  const head: ArticleHead = {};
  for (const line of text.slice(4, end).split("\n")) {
    const match = /^([a-z]+): (.*)$/.exec(line);
    const key = match?.[1] as Key | "content" | undefined;
    if (key && (KEYS.includes(key as Key) || key === "content")) head[key] = match?.[2] ?? "";
  }
  return head.source ? head : null;
}

const MAX_ID_LENGTH = 60;

/**
 * A file name for an article's address: readable (its site and the end of its path) and stable (a
 * digest of the whole address), so the same story always lands in the same file and an update
 * replaces it. "https://www.courier.example/2024/03/floods-cut-off?x=1" → "courier-example-floods-cut-off-1a2b3c".
 */
export function articleId(address: string): string {
  let site = "";
  let path = address;
  try {
    const url = new URL(address);
    site = url.hostname.replace(/^www\./, "");
    path = url.pathname.split("/").filter(Boolean).at(-1) ?? "";
  } catch {
    // A file path: its name says what it is.
    path = address.split(/[\\/]/).at(-1) ?? address;
  }
  const words = `${site} ${path.replace(/\.[a-z0-9]{2,5}$/i, "")}`
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, MAX_ID_LENGTH)
    .replace(/-+$/, "");
  const digest = createHash("sha256").update(address).digest("hex").slice(0, 6);
  return `${words || "article"}-${digest}`;
}
