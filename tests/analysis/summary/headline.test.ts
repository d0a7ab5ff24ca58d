import { describe, expect, it } from "vitest";
import { headlineOf, looksLikeFileName, mainClause } from "../../../src/analysis/summary/headline.js";
import { buildCorpus } from "../../../src/corpus/build-corpus.js";
import { documentOf } from "../../helpers/documents.js";

const FLOOD =
  "Floodwaters forced the evacuation of three riverside villages in the valley on Sunday morning.";
const summary = [{ text: FLOOD, citations: [{ doc: "doc01", quote: FLOOD }] }];

describe("headline", () => {
  it("takes the stated title that shares most with what the reports say", () => {
    const docs = [
      documentOf(
        "a",
        [FLOOD, "Rescue teams reached the villages by boat."],
        "Opinion: our rivers deserve better",
      ),
      documentOf(
        "b",
        [FLOOD, "Rescue teams used boats to reach the valley villages."],
        "Floods force evacuation of valley villages",
      ),
    ];
    expect(headlineOf(docs, summary)).toBe("Floods force evacuation of valley villages");
  });

  it("never shows a file id when no report has a title: the lead's main clause instead", () => {
    // Read as files without a headline line, reports are titled by their id or their first sentence.
    const docs = buildCorpus([
      {
        id: "doc01",
        text: `${FLOOD} Officials said more rain was expected later in the week across the region.`,
      },
      { id: "doc02", text: "doc02" },
    ]);
    const headline = headlineOf(docs, summary);
    expect(headline).not.toMatch(/^doc\d+$/);
    expect(headline).toBe(
      "Floodwaters forced the evacuation of three riverside villages in the valley on Sunday morning",
    );
  });

  it("cuts a lead to its main clause: no dateline, no trailing attribution, no side clause", () => {
    expect(mainClause("RIVERTON - The council approved the new budget on Tuesday, officials said.")).toBe(
      "The council approved the new budget on Tuesday",
    );
    expect(mainClause("According to the mayor, the council approved the new budget on Tuesday.")).toBe(
      "The council approved the new budget on Tuesday",
    );
    expect(mainClause("The council approved the new budget on Tuesday, ending a month of dispute.")).toBe(
      "The council approved the new budget on Tuesday",
    );
  });

  it("tells a file name from a title", () => {
    expect(looksLikeFileName("doc01")).toBe(true);
    expect(looksLikeFileName("2021-02-26_wire-strike")).toBe(true);
    expect(looksLikeFileName("Council approves budget")).toBe(false);
  });
});
