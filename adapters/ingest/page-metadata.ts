import { type PageDocument, squash } from "./dom.js";

// What a page states about itself in markup: schema.org JSON-LD (what news CMSs emit for search
// engines), Open Graph and article meta tags, the canonical link, and the <title>. Read from the
// page as served, before anything is removed; each field is null when the page does not state it.

export interface PageMetadata {
  headline: string | null;
  outlet: string | null;
  byline: string | null;
  /** As the page writes it (an ISO instant, an RFC 822 date); see `dateAsWritten`. */
  published: string | null;
  /** Absolute http(s) URL the page names as its own address. */
  canonical: string | null;
  /** The <title> element, whose tail often names the site ("Headline | Outlet"). */
  documentTitle: string | null;
}

type Json = Record<string, unknown>;

/** schema.org types a news page describes its story with (NewsArticle, ReportageNewsArticle, BlogPosting…). */
const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

export function readPageMetadata(document: PageDocument, pageUrl: string | null): PageMetadata {
  const ld = articleJsonLd(document);
  const meta = (selector: string) =>
    squash(document.querySelector(selector)?.getAttribute("content")) || null;
  const ldUrl = text(ld?.url) ?? text(asObject(ld?.mainEntityOfPage)?.["@id"]) ?? text(ld?.mainEntityOfPage);
  return {
    headline: text(ld?.headline) ?? meta('meta[property="og:title"]'),
    outlet:
      text(asObject(ld?.publisher)?.name) ??
      meta('meta[property="og:site_name"]') ??
      meta('meta[name="application-name"]'),
    byline:
      names(ld?.author) ??
      meta('meta[name="author"]') ??
      (squash(document.querySelector('[rel="author"], [itemprop="author"]')?.textContent) || null),
    published:
      text(ld?.datePublished) ??
      meta('meta[property="article:published_time"]') ??
      meta('meta[itemprop="datePublished"]') ??
      meta('meta[name="pubdate"], meta[name="publishdate"], meta[name="parsely-pub-date"]') ??
      meta('meta[name="dc.date.issued"], meta[name="DC.date.issued"]') ??
      (squash(
        document.querySelector("time[itemprop=datePublished], time[pubdate]")?.getAttribute("datetime"),
      ) ||
        null),
    canonical: absolute(
      document.querySelector('link[rel="canonical"]')?.getAttribute("href") ??
        meta('meta[property="og:url"]') ??
        ldUrl,
      pageUrl,
    ),
    documentTitle: squash(document.title) || null,
  };
}

/** The first JSON-LD object describing an article, looking inside arrays and @graph lists. */
function articleJsonLd(document: PageDocument): Json | null {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? "");
    } catch {
      continue; // A broken block is common (CMS templating); the page's other fields still count.
    }
    const queue = [parsed];
    while (queue.length > 0) {
      const node = queue.shift();
      if (Array.isArray(node)) queue.push(...node);
      const object = asObject(node);
      if (!object) continue;
      const types = [object["@type"]].flat().filter((t): t is string => typeof t === "string");
      if (types.some((t) => ARTICLE_TYPE.test(t))) return object;
      if (Array.isArray(object["@graph"])) queue.push(...object["@graph"]);
    }
  }
  return null;
}

const asObject = (value: unknown): Json | null =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null;

const text = (value: unknown): string | null => (typeof value === "string" && squash(value)) || null;

/** "Jane Doe" from a string, a Person, or a list of either; several become "Jane Doe, Sam Roe". */
function names(value: unknown): string | null {
  const found = [value]
    .flat()
    .map((v) => text(v) ?? text(asObject(v)?.name))
    .filter((v): v is string => v !== null);
  return found.length > 0 ? found.join(", ") : null;
}

function absolute(href: string | null | undefined, base: string | null): string | null {
  if (!href) return null;
  try {
    const url = base ? new URL(href, base) : new URL(href);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/**
 * YYYY-MM-DD as the outlet dated it: the date part of an ISO instant as written (its own offset,
 * not converted to UTC: a story published at 00:30 local time is dated that day), the day of an RFC
 * 822 date ("Sun, 03 Mar 2024 06:15:00 +0100"), or null when there is no such date.
 */
export function dateAsWritten(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return valid(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const rfc = /\b(\d{1,2})\s+([A-Za-z]{3})[a-z]*\.?\s+(\d{4})\b/.exec(value);
  const month = rfc ? MONTHS.indexOf((rfc[2] ?? "").toLowerCase()) : -1;
  if (rfc && month >= 0) return valid(Number(rfc[3]), month + 1, Number(rfc[1]));
  return null;
}

function valid(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1900) return null;
  return date.toISOString().slice(0, 10);
}

const TITLE_SEPARATORS = [" | ", " – ", " — ", " - ", " :: ", " · "];
const MAX_SITE_NAME_WORDS = 6;

/**
 * The site named in the <title> after the headline ("Dam holds | Valley Wire" → "Valley Wire"),
 * only when what precedes the separator is the headline itself: otherwise the tail may be a section
 * or a slogan, and no outlet is better than a wrong one.
 */
export function siteFromTitle(documentTitle: string | null, headline: string | null): string | null {
  if (!documentTitle || !headline) return null;
  for (const separator of TITLE_SEPARATORS) {
    const at = documentTitle.lastIndexOf(separator);
    if (at <= 0) continue;
    const head = squash(documentTitle.slice(0, at));
    const tail = squash(documentTitle.slice(at + separator.length));
    if (head === squash(headline) && tail !== "" && tail.split(" ").length <= MAX_SITE_NAME_WORDS)
      return tail;
  }
  return null;
}
