import { describe, expect, it } from "vitest";
import { storyContext } from "../../../src/analysis/story-context.js";
import { candidates } from "../../../src/analysis/summary/centrality.js";
import { conceptsOf } from "../../../src/analysis/summary/concepts.js";
import { analyseStory } from "../../../src/briefing/build-briefing.js";
import { buildCorpus } from "../../../src/corpus/build-corpus.js";

// Invented reports of a council vote: no act of violence, no disaster, so no main event to open with.
const REPORTS = [
  "Residents packed the hall in Brackley on Monday evening as the debate went on for hours. The Brackley council approved a new housing plan by nine votes to four after a long debate. The plan allows 2,000 new homes on the old rail yards. Opponents said the roads could not carry the traffic.",
  "The Brackley council approved a housing plan for 2,000 homes on the old rail yards by nine votes to four on Monday, ending months of dispute over the site. Building could start next spring, the council's planning chief said. The vote was cheered by the local builders' association.",
  "Opponents of the plan vowed to appeal. The council approved the housing plan by nine votes to four, the mayor said. Traffic on the ring road was the main worry of those who spoke against it.",
];

describe("agreed facts", () => {
  const docs = buildCorpus(REPORTS.map((text, i) => ({ id: `doc0${i + 1}`, text })));
  const context = storyContext(docs);
  const pool = candidates(docs, context);
  const concepts = conceptsOf(pool, context.rootOf);

  it("a word pair several reports use weighs as many reports; one report's own pair weighs nothing", () => {
    expect(concepts.weight("council approv")).toBe(3);
    expect(concepts.weight("rail yard")).toBe(2);
    expect(concepts.weight("ring road")).toBe(0);
  });

  it("with no main event, the summary opens with the report lead that states most agreed facts", () => {
    const summary = analyseStory(docs).summary;
    expect(summary[0]?.citations[0]?.quote).toMatch(
      /^The Brackley council approved a housing plan for 2,000/,
    );
  });
});
