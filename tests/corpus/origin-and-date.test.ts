import { describe, expect, it } from "vitest";
import { buildCorpus, type Document } from "../../src/index.js";
import { removedReasons } from "./fixtures.js";

const read = (text: string): Document => {
  const [doc] = buildCorpus([{ id: "a", text }]);
  if (!doc) throw new Error("no document");
  return doc;
};

const BODY =
  "Emergency crews worked through the night to reach families stranded by the rising water, officials said.\n\n" +
  "The regional council said it would open three more shelters on Tuesday if the rain continued.";

const page = (...header: string[]) =>
  ["Storm floods coastal towns as rivers rise", "", ...header, "", BODY].join("\n");

describe("the outlet is what the page states, never a guess", () => {
  it.each([
    ["By Jane Roe, The Example Courier", "The Example Courier"],
    ["By Jane Roe and John Doe, Example News", "Example News"],
    ["By Example Daily Staff | Source: Example Wire", "Example Daily"],
    ["Example Daily Newsdesk - via Example Wire", "Example Daily"],
  ])("reads %j as %j", (byline, outlet) => {
    const doc = read(page(byline));
    expect(doc.outlet).toBe(outlet);
    expect(removedReasons(doc, byline)).toEqual(["byline"]);
  });

  it("reads the agency of a wire dateline", () => {
    const doc = read(
      ["Storm floods coastal towns", "", `LISBON, Feb 26 (Example Wire) - ${BODY}`].join("\n"),
    );
    expect(doc.outlet).toBe("Example Wire");
    expect(doc.published).toBeNull(); // "Feb 26" has no year
  });

  it("reads the holder of a copyright line", () => {
    expect(read(`${page()}\n\nCopyright 2024 Example Gazette. All rights reserved.`).outlet).toBe(
      "Example Gazette",
    );
  });

  it("falls back on the credited source when the page names no outlet of its own", () => {
    const doc = read(`${page()}\n\nSource: Example Wire`);
    expect(doc.outlet).toBe("Example Wire");
    expect(doc.credits).toEqual(["Example Wire"]);
  });

  it("keeps a credited source apart from the page's own outlet", () => {
    const doc = read(
      `${page("By Jane Roe, Example Daily")}\n\nThis story was originally published by Example Wire.`,
    );
    expect(doc.outlet).toBe("Example Daily");
    expect(doc.credits).toEqual(["Example Wire"]);
  });

  it("never takes a contributor for the outlet", () => {
    const doc = read(`${page()}\n\nExample Wire contributed to this report.`);
    expect(doc.outlet).toBeNull();
    expect(doc.credits).toEqual(["Example Wire"]);
  });

  it("never takes a reporter's role or a photo agency for the outlet", () => {
    const doc = read(`${page("By Jane Roe, Political Correspondent")}\n\nImage Source: Example Images`);
    expect(doc.outlet).toBeNull();
  });

  it("takes a masthead the page confirms, in the casing the page prefers", () => {
    const doc = read(["THE EXAMPLE HERALD", "", page("By Jane Roe, The Example Herald")].join("\n"));
    expect(doc.outlet).toBe("The Example Herald");
    expect(doc.title).toBe("Storm floods coastal towns as rivers rise");
    expect(removedReasons(doc, "THE EXAMPLE HERALD")).toEqual(["masthead"]);
  });

  it("takes the name a site prints above its section menu for a masthead", () => {
    const doc = read(["Example Evening Radio", "News | Live | World | Listen", "", page()].join("\n"));
    expect(doc.outlet).toBe("Example Evening Radio");
  });

  it("takes a masthead ending in 'Desk' whole, and prefers it to a desk's byline or a reporter's role", () => {
    expect(read(["THE EXAMPLE MARKETS DESK", "Energy | Metals | FX", "", page()].join("\n")).outlet).toBe(
      "THE EXAMPLE MARKETS DESK",
    );
    expect(
      read(
        ["EXAMPLE HIVE", "Home | World | Sport", "", page("Hive World Desk | via Example Wire")].join("\n"),
      ).outlet,
    ).toBe("EXAMPLE HIVE");
    expect(
      read(["THE EXAMPLE GAZETTE", "Local | World", "", page("By Jane Roe, Staff Reporter")].join("\n"))
        .outlet,
    ).toBe("THE EXAMPLE GAZETTE");
  });

  it("takes a name of two words leading the first menu line for the masthead", () => {
    expect(read(["Example Public Radio | World | Explainer", "", page()].join("\n")).outlet).toBe(
      "Example Public Radio",
    );
  });

  it("does not take a section label for a masthead", () => {
    const doc = read(["WORLD", "", page()].join("\n"));
    expect(doc.outlet).toBeNull();
    expect(removedReasons(doc, "WORLD")).toEqual(["section-label"]);
  });
});

describe("the publication date is reported only when stated with its year", () => {
  it.each([
    ["June 28, 2021", "2021-06-28"],
    ["Saturday, 27 February 2021", "2021-02-27"],
    ["Published 14 May 2021", "2021-05-14"],
    ["May 10, 2021 9:47 PM GMT", "2021-05-10"],
    ["By Jane Roe | June 8, 2021", "2021-06-08"],
    ["September 14, 2021 / 7:05 PM GMT", "2021-09-14"],
  ])("reads %j as %s", (line, date) => {
    expect(read(page(line)).published).toBe(date);
  });

  it.each([["Updated 3 hours ago"], ["Posted on"], ["5 min read"]])("says nothing for %j", (line) => {
    expect(read(page(line)).published).toBeNull();
  });

  it("finds the date line under a headline that ends in a quotation or an abbreviation", () => {
    for (const title of [
      'Sailors held by navy "to be tried for espionage"',
      "Tsunami aid donations deductible in the U.S.",
    ]) {
      expect(read([title, "", "Sunday, March 25, 2007", "", BODY].join("\n"))).toMatchObject({
        title,
        published: "2007-03-25",
      });
    }
  });

  it("reads a dateline that carries its year", () => {
    expect(
      read(["Storm floods coastal towns", "", `LISBON, Feb. 26, 2021 (Example Wire) - ${BODY}`].join("\n"))
        .published,
    ).toBe("2021-02-26");
  });
});

describe("front matter overrides what the text says", () => {
  const front = [
    "---",
    'title: "Given title"',
    "outlet: Given Outlet",
    "url: https://example.org/a",
    "published: 2024-03-03",
    "---",
    "",
  ];

  it("takes title, outlet, url and date from the block and keeps the block as removed lines", () => {
    const doc = read([...front, page("By Jane Roe, Example Daily", "June 28, 2021")].join("\n"));
    expect(doc).toMatchObject({
      title: "Given title",
      outlet: "Given Outlet",
      url: "https://example.org/a",
      published: "2024-03-03",
    });
    expect(doc.removed.filter((r) => r.reason === "front-matter")).toHaveLength(6);
  });

  it("removes the headline line when it repeats the given title", () => {
    const doc = read(["---", "title: Storm floods coastal towns as rivers rise", "---", page()].join("\n"));
    expect(doc.removed.filter((r) => r.text === "Storm floods coastal towns as rivers rise")).toEqual([
      expect.objectContaining({ reason: "title" }),
    ]);
  });

  it("treats an unclosed block as text, losing nothing", () => {
    const doc = read(["---", "outlet: Given Outlet", "", BODY].join("\n"));
    expect(doc.outlet).toBeNull();
    expect(doc.removed.map((r) => r.reason)).toEqual(["separator", "title"]);
    expect(doc.title).toBe("outlet: Given Outlet");
    expect(doc.paragraphs).toHaveLength(2);
  });
});

describe("a title is always there", () => {
  it("uses the first sentence when the file has no headline line", () => {
    expect(
      read(
        "The river rose overnight, officials said.\n\nMore rain is expected on Tuesday morning in the hills.",
      ).title,
    ).toBe("The river rose overnight, officials said.");
  });
});

describe("lines that only look like credits", () => {
  it("does not take a chart's source inside the body for the outlet", () => {
    const doc = read(
      page().replace("\n\nThe regional", "\n\nSource: National Weather Service\n\nThe regional"),
    );
    expect(doc.outlet).toBeNull();
    expect(doc.credits).toEqual(["National Weather Service"]);
  });

  it("keeps a sentence about copyright", () => {
    const line = "Copyright lawyers say the footage may be used freely";
    expect(read(`${page()}\n\n${line}`).paragraphs.map((p) => p.text)).toContain(line);
  });
});
