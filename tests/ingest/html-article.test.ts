import { describe, expect, it } from "vitest";
import { extractArticle } from "../../adapters/ingest/html-article.js";
import { dateAsWritten, siteFromTitle } from "../../adapters/ingest/page-metadata.js";
import { blogPage, CHROME_TEXT, newsPage, wirePage } from "./helpers/pages.js";
import { DAM_COURIER, DAM_HERALD, DAM_WIRE } from "./helpers/stories.js";

// A page as an outlet serves it → the story, its metadata, and none of the page around it.

function extracted(html: string, url: string | null = null) {
  const result = extractArticle(html, url);
  if (!result.ok) throw new Error(result.problem);
  return result.article;
}

describe("extracting an article from a web page", () => {
  it("reads a blog-CMS page by its Open Graph meta and canonical link, without its chrome", () => {
    const a = extracted(blogPage(DAM_COURIER), "http://127.0.0.1:1/feed-item?utm_source=rss");
    expect(a.title).toBe(DAM_COURIER.title);
    expect(a.outlet).toBe("Larkmoor Courier");
    expect(a.published).toBe("2024-03-03");
    expect(a.url).toBe(DAM_COURIER.url);
    expect(a.byline).toBe("Hanna Ostrel");
    expect(a.paragraphs).toEqual(DAM_COURIER.paragraphs);
  });

  it("reads a news-CMS page by its JSON-LD NewsArticle", () => {
    const a = extracted(newsPage(DAM_HERALD));
    expect(a).toMatchObject({
      title: DAM_HERALD.title,
      outlet: "Valley Herald",
      published: "2024-03-03",
      url: DAM_HERALD.url,
      byline: "Marek Sollis",
    });
    expect(a.paragraphs).toEqual(DAM_HERALD.paragraphs);
  });

  it("reads a page with neither: the outlet from its <title>, the address it was fetched from", () => {
    const a = extracted(wirePage(DAM_WIRE), "http://127.0.0.1:1/world/tessel-dam-varden");
    expect(a.title).toBe(DAM_WIRE.title);
    expect(a.outlet).toBe("Northwire");
    expect(a.published).toBeNull();
    expect(a.url).toBe("http://127.0.0.1:1/world/tessel-dam-varden");
    expect(a.paragraphs).toEqual(DAM_WIRE.paragraphs);
  });

  it.each([
    ["blog", blogPage],
    ["news", newsPage],
    ["wire", wirePage],
  ])(
    "leaves out navigation, cookie banner, share bar, newsletter box, related list and comments (%s)",
    (_, page) => {
      const text = extracted(page(DAM_COURIER)).paragraphs.join("\n");
      for (const chrome of CHROME_TEXT) expect(text).not.toContain(chrome);
    },
  );

  it("keeps a short article's comments out (Readability alone keeps them when the story is short)", () => {
    const short = { ...DAM_HERALD, paragraphs: DAM_HERALD.paragraphs.slice(0, 2) };
    const text = extracted(blogPage(short)).paragraphs.join("\n");
    expect(text).not.toContain("thirty years");
    expect(text).not.toContain("My cousin lives");
  });

  it("keeps the page's words exactly: curly quotes, dashes and accents", () => {
    const story = {
      ...DAM_COURIER,
      paragraphs: [
        ...DAM_COURIER.paragraphs,
        "Café owner Zoë Mäki — who lost her shop — said: “We start again.”",
      ],
    };
    expect(extracted(newsPage(story)).paragraphs.at(-1)).toBe(
      "Café owner Zoë Mäki — who lost her shop — said: “We start again.”",
    );
  });

  it("says why a page without an article is refused", () => {
    const front = `<html><head><title>Courier</title></head><body><nav><a href="/">Home</a></nav><ul><li><a href="/a">One headline</a></li><li><a href="/b">Another headline</a></li></ul></body></html>`;
    const result = extractArticle(front);
    expect(result).toEqual({
      ok: false,
      problem: expect.stringMatching(/^no article text in the page \(a front page/),
    });
  });
});

describe("page metadata", () => {
  it("dates a story as its outlet wrote the date, not converted to UTC", () => {
    expect(dateAsWritten("2024-03-03T00:30:00+02:00")).toBe("2024-03-03");
    expect(dateAsWritten("Sun, 03 Mar 2024 23:30:00 -0500")).toBe("2024-03-03");
    expect(dateAsWritten("yesterday")).toBeNull();
    expect(dateAsWritten("2024-02-30")).toBeNull();
  });

  it("takes a site name from the <title> only when the headline comes before it", () => {
    expect(siteFromTitle("Dam holds | Valley Wire", "Dam holds")).toBe("Valley Wire");
    expect(siteFromTitle("World news - Dam holds", "Dam holds")).toBeNull();
    expect(siteFromTitle("Dam holds", "Dam holds")).toBeNull();
  });
});
