import { beforeAll, describe, expect, it } from "vitest";
import type { Document } from "../../src/index.js";
import { bodyText, byId, loadFixture, removedReasons } from "./fixtures.js";

// The five seed articles: one June 2021 story from five web sources, each with its own quirks.

let docs: Document[];
beforeAll(async () => {
  docs = await loadFixture("seeds");
});

describe("seed 000: a garbled machine translation of the wire copy in 001", () => {
  it("reads its headline, no outlet (Reuters only contributed) and no date", () => {
    const doc = byId(docs, "000");
    expect(doc.title).toBe("Iraq and Syria support militias hit by U.S. airstrikes");
    expect(doc.outlet).toBeNull();
    expect(doc.credits).toEqual(["Reuters"]);
    expect(doc.published).toBeNull();
  });

  it("is flagged as machine translation, and as a rewrite of 001", () => {
    const doc = byId(docs, "000");
    expect(doc.flags).toContain("machine-translation");
    expect(doc.flags).not.toContain("mixed-language");
    expect(doc.derivedFrom).toBe("001_cfe9d0e2a512a90d");
  });

  it("removes the contributor line and the empty 'Posted on'", () => {
    const doc = byId(docs, "000");
    expect(removedReasons(doc, "Reuters contributed to this report.")).toEqual(["credit-line"]);
    expect(removedReasons(doc, "Posted on")).toEqual(["posted-on"]);
    expect(bodyText(doc)).toContain("Biden and the White House declined to comment on Sunday’s strike.");
  });
});

describe("seed 001: the wire copy, no blank lines between paragraphs", () => {
  it("reads its headline and states no outlet or date", () => {
    const doc = byId(docs, "001");
    expect(doc.title).toBe("US carries out airstrikes against militia in Iraq, Syria");
    expect(doc.outlet).toBeNull();
    expect(doc.published).toBeNull();
    expect(doc.derivedFrom).toBeNull();
  });

  it("removes the READ MORE link and keeps every paragraph around it", () => {
    const doc = byId(docs, "001");
    expect(removedReasons(doc, "READ MORE:")).toEqual(["related-links"]);
    expect(doc.paragraphs).toHaveLength(10);
    expect(doc.flags).toEqual(["boilerplate-removed"]);
  });
});

describe("seed 002: a repost with a Spanish fragment", () => {
  it("is flagged mixed-language and its Spanish paragraph is tagged es", () => {
    const doc = byId(docs, "002");
    expect(doc.flags).toContain("mixed-language");
    expect(doc.language).toBe("en");
    expect(doc.paragraphs.find((p) => p.text.startsWith("Estados Unidos"))?.language).toBe("es");
  });

  it("names no outlet ('(AFP)' is a photo credit) and states no date", () => {
    const doc = byId(docs, "002");
    expect(doc.title).toBe("US launches airstrikes against Iranian-backed militias on Iraqi-Syrian border");
    expect(doc.outlet).toBeNull();
    expect(doc.published).toBeNull();
  });

  it("removes the repeated photo caption, the headlines of other stories and 'Source link'", () => {
    const doc = byId(docs, "002");
    expect(removedReasons(doc, "confirmed the attacks (AFP)")).toEqual([
      "repeated-caption",
      "repeated-caption",
    ]);
    expect(removedReasons(doc, "Israel urged US")).toEqual(["headline-list"]);
    expect(removedReasons(doc, "Iranian regime deepens tensions")).toEqual(["headline-list"]);
    expect(removedReasons(doc, "Source link")).toEqual(["source-link"]);
  });

  it("keeps its garbled sentences as they are, stray full stops included", () => {
    const text = bodyText(byId(docs, "002"));
    expect(text).toContain("on Iraqi soil. the Pentagon reported.");
    expect(text).toContain("nuclear agreement of 2015.. Iraqi and US officials");
  });
});

describe("seed 003: a BBC story behind a site menu", () => {
  it("takes the outlet from 'Source: BBC' and the stated date", () => {
    const doc = byId(docs, "003");
    expect(doc.title).toBe("US Air Strikes In Iraq And Syria Target Iran-Backed Militias");
    expect(doc.outlet).toBe("BBC");
    expect(doc.published).toBe("2021-06-28");
    expect(doc.flags).toEqual(["boilerplate-removed"]);
  });

  it("removes the menu line, its close glyph and the footer credits", () => {
    const doc = byId(docs, "003");
    expect(removedReasons(doc, "Startups Business News Education")).toEqual(["site-menu"]);
    expect(doc.removed.find((r) => r.line === 2)).toMatchObject({ text: "×", reason: "separator" });
    expect(removedReasons(doc, "Source: BBC")).toEqual(["credit-line"]);
    expect(removedReasons(doc, "Image Source: Getty Images")).toEqual(["image-credit"]);
  });

  it("drops lines of non-breaking spaces without making empty sentences", () => {
    const doc = byId(docs, "003");
    expect(
      doc.paragraphs.every((p) => p.text.trim() !== "" && p.sentences.every((s) => s.text.trim() !== "")),
    ).toBe(true);
  });
});

describe("seed 004: a translated story with a comment form", () => {
  it("removes the comment form and 'Latest Posts'", () => {
    const doc = byId(docs, "004");
    expect(removedReasons(doc, "Leave a Reply")).toEqual(["comment-form"]);
    expect(removedReasons(doc, "Your email address will not be published")).toEqual(["comment-form"]);
    expect(removedReasons(doc, "Latest Posts")).toEqual(["related-links"]);
  });

  it("keeps its subheadings, and is neither garbled nor mixed", () => {
    const doc = byId(docs, "004");
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toContain("At least five militia fighters killed");
    expect(texts).toContain("Trump dropped out of agreement");
    expect(doc.flags).toEqual(["boilerplate-removed"]);
    expect(doc.outlet).toBeNull();
    expect(doc.published).toBeNull();
  });
});

describe("the seeds as a corpus", () => {
  it("has five reports, four of them independent", () => {
    expect(docs).toHaveLength(5);
    expect(docs.filter((d) => d.derivedFrom !== null).map((d) => [d.id, d.derivedFrom])).toEqual([
      ["000_ac08b193e759dd84", "001_cfe9d0e2a512a90d"],
    ]);
  });
});
