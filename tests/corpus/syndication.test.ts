import { describe, expect, it } from "vitest";
import { buildCorpus, type Document } from "../../src/index.js";

// Lineage: which document copies or rewrites which, and which way round.

const WIRE = [
  "Heavy rain caused the Orrin river to burst its banks on Friday, flooding the lower town and forcing about 2,000 people from their homes.",
  "Firefighters in boats rescued 46 residents, including a family of five who had climbed onto the roof of their house on Mill Street.",
  "Two people were treated in hospital for hypothermia, and no deaths have been reported so far, the county fire service said.",
  "The council opened emergency shelters at the leisure centre and in two church halls, and asked people in the upper town not to travel.",
  "Engineers closed the main bridge over the river after finding debris piled against its supports late on Friday afternoon.",
  "Residents say flood defences promised after a smaller flood in 2016 were never built, and insurers expect claims in the tens of millions.",
];

const OTHER = [
  "Shopkeepers in Orrin waded back into their premises on Saturday to find stock ruined and walls soaked as the water began to fall.",
  "At a bakery on the high street, the owner said the flood had destroyed two ovens and a week of flour, and that warning came too late.",
  "The chamber of commerce asked the government for emergency grants, saying many small firms had no flood insurance at all.",
  "Volunteers from the rugby club filled sandbags for homes on the edge of the flooded area, and the council counted 900 requests for help.",
  "Forecasters said the weekend would be dry, but warned that the ground was saturated and any more rain could bring new flooding.",
];

const text = (title: string, header: string[], body: string[], footer: string[] = []) =>
  [title, "", ...header, "", ...body.flatMap((p) => [p, ""]), ...footer].join("\n");

const lineage = (docs: Document[]) => Object.fromEntries(docs.map((d) => [d.id, d.derivedFrom]));

describe("copies are found by sentence alignment", () => {
  it("takes the text that credits a source for the copy, even when it is dated and the other is not", () => {
    const docs = buildCorpus([
      { id: "wire", text: text("River bursts its banks in Orrin", [], WIRE) },
      {
        id: "repost",
        text: text("Orrin flood forces 2,000 from homes", ["April 15, 2023", "Source: Example Wire"], WIRE),
      },
      {
        id: "other",
        text: text("Orrin counts the cost", ["By Jane Roe, Example Post", "April 16, 2023"], OTHER),
      },
    ]);
    // The wire names no outlet: the text that credits a source is the copy.
    expect(lineage(docs)).toEqual({ wire: null, repost: "wire", other: null });
    const withOutlet = buildCorpus([
      { id: "wire", text: text("River bursts its banks in Orrin", ["By Jane Roe, Example Wire"], WIRE) },
      {
        id: "repost",
        text: text("Orrin flood forces 2,000 from homes", ["April 15, 2023", "Source: Example Wire"], WIRE),
      },
      {
        id: "other",
        text: text("Orrin counts the cost", ["By John Doe, Example Post", "April 16, 2023"], OTHER),
      },
    ]);
    expect(lineage(withOutlet)).toEqual({ wire: null, repost: "wire", other: null });
  });

  it("takes the undated copy wrapped in page chrome for the copy when neither credits the other", () => {
    const docs = buildCorpus([
      {
        id: "a",
        text: text("Orrin flood forces 2,000 from homes", ["Home | News | World", "3 min read"], WIRE, [
          "Source link",
        ]),
      },
      { id: "b", text: text("River bursts its banks in Orrin", ["April 14, 2023"], WIRE) },
    ]);
    expect(lineage(docs)).toEqual({ a: "b", b: null });
  });

  it("takes the later of two clean, dated texts for the copy", () => {
    const docs = buildCorpus([
      { id: "early", text: text("River bursts its banks in Orrin", ["April 14, 2023"], WIRE) },
      { id: "late", text: text("Orrin flood forces 2,000 from homes", ["April 16, 2023"], WIRE.slice(0, 5)) },
    ]);
    expect(lineage(docs)).toEqual({ early: null, late: "early" });
  });

  it("links every repost of one wire story to the wire, not to each other", () => {
    const credit = ["By Jane Roe, Example Wire"];
    const docs = buildCorpus([
      { id: "wire", text: text("River bursts its banks in Orrin", credit, WIRE) },
      { id: "r1", text: text("Orrin flood: 2,000 leave homes", ["via Example Wire"], WIRE) },
      { id: "r2", text: text("Floods in Orrin", ["Source: Example Wire"], WIRE.slice(1)) },
    ]);
    expect(lineage(docs)).toEqual({ wire: null, r1: "wire", r2: "wire" });
  });

  it("does not link independent reports that share a quote word for word", () => {
    const quote =
      '"We expect the level to peak overnight and stay high until Sunday," the county flood officer said.';
    const docs = buildCorpus([
      { id: "a", text: text("River bursts its banks in Orrin", ["April 14, 2023"], [...WIRE, quote]) },
      { id: "b", text: text("Orrin counts the cost", ["April 15, 2023"], [...OTHER, quote]) },
    ]);
    expect(lineage(docs)).toEqual({ a: null, b: null });
  });

  it("does not link two texts that share a single background paragraph", () => {
    const docs = buildCorpus([
      { id: "a", text: text("River bursts its banks in Orrin", ["April 14, 2023"], WIRE) },
      { id: "b", text: text("Orrin counts the cost", ["April 15, 2023"], [...OTHER, WIRE[5] ?? ""]) },
    ]);
    expect(lineage(docs)).toEqual({ a: null, b: null });
  });
});
