import { describe, expect, it } from "vitest";
import { buildCorpus, type Document } from "../../src/index.js";
import { bodyText, removedReasons } from "./fixtures.js";

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

describe("page chrome is removed, with the reason kept", () => {
  it.each([
    ["Home | World | Business | Sport | Video", "site-menu"],
    ["× Home News Sport Weather Business Health Science Technology Culture Travel Video", "site-menu"],
    ["World › Europe", "site-menu"],
    ["Subscribe  Sign in", "site-menu"],
    ["Advertisement", "site-menu"],
    ["Share this: Facebook | Twitter | WhatsApp | Email", "share-bar"],
    ["Share on Twitter | Share on LinkedIn | Copy link", "share-bar"],
    ["[Video: Drone footage of the flooded valley]", "media-placeholder"],
    ["Listen to this article (4 min)", "reading-time"],
    ["6 min read", "reading-time"],
    ["Updated 3 hours ago", "posted-on"],
    ["Newsletter: Get the morning briefing in your inbox. Enter your email [Sign up]", "newsletter"],
    ["TAGS: floods, weather, coast", "tags"],
    ["Previous article: Council approves new budget", "related-links"],
    ["READ MORE: Why the coast floods more often", "related-links"],
    ["Source link", "source-link"],
    ["Comments are closed.", "comment-form"],
    ["© 2024 Example Media Group. All rights reserved.", "copyright"],
    ["Photo: Jane Roe / Example Agency", "image-credit"],
    ["Have you been affected? Email us at news@example.org", "reader-callout"],
  ])("removes %j as %s", (line, reason) => {
    const doc = read(article(PROSE, line, PROSE_2));
    expect(removedReasons(doc, line.replace(/\s+/g, " "))).toEqual([reason]);
    expect(doc.flags).toContain("boilerplate-removed");
    expect(bodyText(doc)).toContain(PROSE_2);
  });

  it("removes the headlines listed under a 'Related:' or 'More from' line", () => {
    const doc = read(
      article(
        PROSE,
        "More from Example Radio\n- Podcast: the week\n- What the rain means for farmers",
        PROSE_2,
      ),
    );
    expect(removedReasons(doc, "Podcast: the week")).toEqual(["related-links"]);
    expect(removedReasons(doc, "What the rain means for farmers")).toEqual(["related-links"]);
    expect(bodyText(doc)).toContain(PROSE_2);
  });

  it("removes everything below a comment box, readers' comments included", () => {
    const doc = read(
      article(
        PROSE,
        PROSE_2,
        "Leave a Reply",
        "Your email address will not be published.",
        "Great article, thanks for writing it up so clearly.",
      ),
    );
    expect(removedReasons(doc, "Great article")).toEqual(["comment-form"]);
  });

  it("removes a block of other stories' headlines below the article", () => {
    const doc = read(
      article(
        PROSE,
        PROSE_2,
        "Council approves new budget after long debate\nLocal team wins the regional cup final",
      ),
    );
    expect(removedReasons(doc, "Council approves")).toEqual(["headline-list"]);
    expect(removedReasons(doc, "Local team wins")).toEqual(["headline-list"]);
  });

  it("removes a photo caption printed twice", () => {
    const caption = "Rescuers carry a child through the flood (Example Agency)";
    const doc = read(article(`${caption}\n${caption}`, PROSE, PROSE_2));
    expect(removedReasons(doc, caption)).toEqual(["repeated-caption", "repeated-caption"]);
  });

  it("removes a caption printed under its photo tag without the tag's credit", () => {
    const caption = "Boats lie on the quay of the flooded harbour in Varn.";
    const doc = read(article(`[Photo: ${caption} Handout via Example Wire]\n${caption}`, PROSE, PROSE_2));
    expect(removedReasons(doc, "Boats lie")).toEqual(["media-placeholder", "repeated-caption"]);
  });
});

describe("the article's own lines are kept, however chrome-like they look", () => {
  it("keeps a sentence that starts with 'By' and a subheading in capitals", () => {
    const doc = read(
      article(PROSE, "By Saturday the water had started to fall in most streets.", "DAMAGE UNCLEAR", PROSE_2),
    );
    expect(bodyText(doc)).toContain("By Saturday the water had started to fall in most streets.");
    expect(doc.paragraphs.map((p) => p.text)).toContain("DAMAGE UNCLEAR");
  });

  it("keeps a bulleted list in the body and a dated timeline", () => {
    const doc = read(
      article(
        PROSE,
        "- 300 homes flooded\n- 2 bridges closed",
        "March 12, 1987",
        "A smaller flood hit the same towns.",
        PROSE_2,
      ),
    );
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toEqual(
      expect.arrayContaining(["- 300 homes flooded", "- 2 bridges closed", "March 12, 1987"]),
    );
    expect(doc.removed).toEqual([expect.objectContaining({ reason: "title" })]);
    expect(doc.flags).toEqual([]);
  });

  it("keeps body sentences that begin like chrome ('Published reports...', 'Source: ...' in prose)", () => {
    const long =
      "Published reports said the dam had been inspected twice in the past year, but engineers disputed that.";
    const doc = read(article(PROSE, long, PROSE_2));
    expect(bodyText(doc)).toContain(long);
  });

  it("joins a hard-wrapped paragraph back into one, and splits its sentences", () => {
    const doc = read(
      article(
        "Emergency crews worked through the night to reach families stranded\nby the rising water. Officials said the worst was over, but warned that\nmore rain was expected.",
      ),
    );
    expect(doc.paragraphs).toHaveLength(1);
    expect(doc.paragraphs[0]?.sentences.map((s) => s.text)).toEqual([
      "Emergency crews worked through the night to reach families stranded by the rising water.",
      "Officials said the worst was over, but warned that more rain was expected.",
    ]);
  });

  it("never joins a headline to the paragraph under it", () => {
    const doc = read(
      "Storm floods coastal towns\nEmergency crews worked through the night, officials said.\nThe rain stopped on Monday.",
    );
    expect(doc.title).toBe("Storm floods coastal towns");
    expect(doc.paragraphs.map((p) => p.text)).toEqual([
      "Emergency crews worked through the night, officials said.",
      "The rain stopped on Monday.",
    ]);
  });
});

describe("line endings and repeats", () => {
  it("reads a file with Windows line endings like any other", () => {
    const unix = read(article(PROSE, "Share: Facebook | Twitter", PROSE_2));
    const windows = read(article(PROSE, "Share: Facebook | Twitter", PROSE_2).replace(/\n/g, "\r\n"));
    expect(windows.paragraphs).toEqual(unix.paragraphs);
    expect(windows.removed).toEqual(unix.removed);
  });

  it("keeps the first copy of a paragraph repeated further down the page", () => {
    const doc = read(article(PROSE, PROSE_2, "DAMAGE UNCLEAR", PROSE));
    expect(doc.paragraphs.filter((p) => p.text === PROSE)).toHaveLength(1);
    expect(removedReasons(doc, PROSE)).toEqual(["duplicate"]);
  });
});
