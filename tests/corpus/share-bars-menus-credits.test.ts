import { describe, expect, it } from "vitest";
import { buildCorpus, type Document } from "../../src/index.js";
import { bodyText, removedReasons } from "./fixtures.js";

// Share bars, menus and credit lines in the forms real pages use, each pinned: with and without
// separators, icons kept as words, "Share this article" alone on a line. And the article's own
// lines that look like them, kept.

const read = (text: string): Document => {
  const [doc] = buildCorpus([{ id: "a", text }]);
  if (!doc) throw new Error("no document");
  return doc;
};

const article = (...body: string[]) =>
  ["Storm floods coastal towns as rivers rise", "", ...body.flatMap((line) => [line, ""])].join("\n");

const PROSE =
  "Emergency crews worked through the night to reach families stranded by the rising water, officials said.";
const PROSE_2 =
  "The regional council said it would open three more shelters on Tuesday if the rain continued.";

/** The line is removed for `reason` and both paragraphs around it stay. */
function expectRemoved(line: string, reason: string) {
  const doc = read(article(PROSE, line, PROSE_2));
  expect(removedReasons(doc, line)).toEqual([reason]);
  expect(bodyText(doc)).toContain(PROSE);
  expect(bodyText(doc)).toContain(PROSE_2);
}

describe("share bars", () => {
  it.each([
    ["Share on Facebook"],
    ["Share via WhatsApp"],
    ["Share this article"],
    ["Share this story"],
    ["Share this:"],
    ["Share"],
    ["Share: Facebook, Twitter, WhatsApp, Email"],
    ["Share this article: Facebook | X | LinkedIn"],
    ["Facebook Twitter WhatsApp Email"],
    ["Share Facebook Twitter LinkedIn Email"],
    ["Share on Facebook Share on Twitter Share via Email"],
    ["Facebook · Twitter · Email"],
    ["Facebook • Twitter • LinkedIn"],
    ["Facebook / Twitter / Email"],
    ["Click to share on Twitter (Opens in new window)"],
    ["Click to email a link to a friend (Opens in new window)"],
    ["Tweet"],
    ["Email this article"],
    ["Copy link"],
    ["Print this page"],
    ["Like this:"],
  ])("removes %j", (line) => {
    expectRemoved(line, "share-bar");
  });

  it("removes share buttons stacked one per line, icons as words", () => {
    const doc = read(article(PROSE, "Share\nFacebook\nTwitter\nWhatsApp", PROSE_2));
    for (const button of ["Facebook", "Twitter", "WhatsApp"]) {
      expect(removedReasons(doc, button)).toEqual(["share-bar"]);
    }
    expect(bodyText(doc)).toContain(PROSE_2);
  });
});

describe("menus", () => {
  it.each([
    ["Home | World | Business | Sport | Video"],
    ["Home > World > Middle East"],
    ["Home / World / Middle East"],
    ["World · Business · Tech · Science"],
    ["Home • News • Sport"],
    ["News Home World US Politics Business"],
    ["Skip to main content"],
  ])("removes %j", (line) => {
    expectRemoved(line, "site-menu");
  });
});

describe("credit lines", () => {
  it.each([
    ["Reporting by Jane Doe; Editing by John Roe", "credit-line"],
    ["(Reporting by Jane Doe in Cairo; Writing by Sam Roe; Editing by Ann Poe)", "credit-line"],
    ["Additional reporting by Sam Roe", "credit-line"],
    ["Written by Jane Doe", "credit-line"],
    ["Edited by Ann Poe", "credit-line"],
    ["Photograph: Jane Doe/Example Agency", "image-credit"],
    ["Image source, Example Agency", "image-credit"],
    ["(Photo by Jane Doe/Example Agency via Example Images)", "image-credit"],
    ["(EXAMPLE Photo/Jane Doe)", "image-credit"],
  ])("removes %j as %s", (line, reason) => {
    expectRemoved(line, reason);
  });
});

describe("the article's own lines that look like chrome are kept", () => {
  it.each([
    ["Share prices fell sharply on Monday after the announcement."],
    ["Share this with your neighbours, the mayor urged residents."],
    ["Facebook said it had removed the posts within hours."],
    ["Twitter, Facebook and WhatsApp were blocked for several hours, the ministry said."],
    ["Twitter"],
    ["300 homes flooded • 2 bridges closed • 40 people rescued"],
    ["Jane Doe · Sam Roe · Ann Poe"],
    ["Officials · 14 dead · 300 injured"],
    ["Home / away fixtures were cancelled for the weekend."],
    ["Photo by photo, investigators rebuilt the timeline."],
    ["Written by hand, the note was found near the gate."],
    ["Image source material was not released."],
  ])("keeps %j", (line) => {
    const doc = read(article(PROSE, line, PROSE_2));
    expect(doc.paragraphs.map((p) => p.text)).toContain(line);
  });
});
