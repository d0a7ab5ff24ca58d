import { describe, expect, it } from "vitest";
import { storyContext } from "../../../src/analysis/story-context.js";
import { aspectsOf, storyAspects } from "../../../src/analysis/summary/aspects.js";
import { candidates } from "../../../src/analysis/summary/centrality.js";
import { summarise } from "../../../src/analysis/summary/summarise.js";
import { placesLeadsLeaveOut } from "../../../src/analysis/summary/unnamed-place.js";
import { buildCorpus } from "../../../src/corpus/build-corpus.js";

// Invented: a refinery blast. Every lead describes the plant ("the country's largest refinery")
// and names it only later; two reports open with the market's move, each in its own words.
const NAME = "The Brakholm refinery, on the coast north of Ostvik, processes crude from the offshore fields.";
const MARKETS = "Fuel prices jumped by a tenth on Monday as traders weighed the outage.";
const texts = [
  `An explosion tore through the country's largest refinery on Sunday, killing two workers and halting a third of the nation's fuel output, the energy ministry said. ${NAME} Firefighters brought the blaze under control by the evening. An inquiry into the cause has been opened. The plant employs about 900 people.`,
  `Two workers died when a blast hit the nation's biggest refinery early on Sunday, cutting a third of its fuel output, officials said. Crews fought the fire at Brakholm for most of the day. The energy minister said stocks would cover demand for a month. Police have ruled out sabotage for now.`,
  `${MARKETS} Traders had feared a longer outage after the weekend blast at Brakholm, the biggest plant of its kind in the country. The energy minister said stocks would last for a month.`,
  `Diesel prices at the pump rose sharply across the region after Sunday's explosion at the largest refinery in the country, which killed two workers. Drivers queued at filling stations in Ostvik, near Brakholm, through the night. The energy minister urged calm and said reserves were ample.`,
];
const summaryOf = (reports: string[]) => {
  const documents = buildCorpus(reports.map((text, i) => ({ id: `doc0${i + 1}`, text })));
  const context = storyContext(documents);
  return summarise({ documents, context, events: [], reactions: [], discrepancies: [] })
    .map((s) => s.text)
    .join(" ");
};
const documents = buildCorpus(texts.map((text, i) => ({ id: `doc0${i + 1}`, text })));
// The same story told with the market's move deep in the two reports that tell it.
const deep = [
  texts[0] as string,
  `Two workers died when a blast hit the nation's biggest refinery early on Sunday, cutting a third of its fuel output, officials said. Crews fought the fire at Brakholm for most of the day. The energy minister said stocks would cover demand for a month. Police have ruled out sabotage for now.`,
  `Traders had feared a longer outage after the weekend blast at Brakholm, the biggest plant of its kind in the country. The energy minister said stocks would last for a month. ${MARKETS}`,
  `Sunday's explosion at the largest refinery in the country killed two workers and cut its fuel output by a third. Drivers queued at filling stations in Ostvik, near Brakholm, through the night. The energy minister urged calm and said reserves were ample. Diesel prices at the pump rose sharply across the region.`,
];

describe("what the markets did after the event", () => {
  it("is a fact a reader asks for", () => {
    expect(aspectsOf(MARKETS)).toHaveLength(1);
    expect(aspectsOf("Shares in the shipping line fell 9% in early trading.")).toHaveLength(1);
    expect(aspectsOf("Prices at the Tessaly market are set by the council each spring.")).toHaveLength(0);
    expect(aspectsOf("The death toll rose to 14 on Monday.")).toHaveLength(0);
  });

  const DIESEL = "Diesel prices at the pump rose sharply across the region.";
  const CREWS = "Crews fought the fire for most of the day.";
  const byOwnReport = (doc: string) => doc;

  it("is backed by each other report that tells it, in whatever words", () => {
    const aspects = storyAspects(
      [
        { doc: "a", text: MARKETS },
        { doc: "b", text: DIESEL },
        { doc: "c", text: CREWS },
      ],
      byOwnReport,
    );
    expect(aspects.backing(MARKETS)).toBe(1);
    expect(aspects.backing(CREWS)).toBe(0);
  });

  it("backs no aspect that is one report's fact by design, however many tell it", () => {
    const CHILDREN = "Three children were among the dead, a doctor said.";
    const aspects = storyAspects(
      [
        { doc: "a", text: CHILDREN },
        { doc: "b", text: "The nine killed included four children, police said." },
      ],
      byOwnReport,
    );
    expect(aspects.of(CHILDREN)).toHaveLength(1);
    expect(aspects.backing(CHILDREN)).toBe(0);
  });

  it("is not the story's when only one report tells it: a markets aside is colour", () => {
    const one = storyAspects(
      [
        { doc: "a", text: MARKETS },
        { doc: "c", text: CREWS },
      ],
      byOwnReport,
    );
    expect(one.of(MARKETS)).toHaveLength(0);
    expect(
      storyAspects(
        [
          { doc: "a", text: MARKETS },
          { doc: "b", text: DIESEL },
        ],
        byOwnReport,
      ).of(MARKETS),
    ).toHaveLength(1);
  });

  it("comes into the summary", () => {
    expect(summaryOf(deep)).toMatch(/prices (?:jumped|at the pump rose)/);
  });
});

describe("the place every report names but no lead", () => {
  it("is the plant the leads only describe, not a day or a sentence's first word", () => {
    const pool = candidates(documents, storyContext(documents));
    const names = placesLeadsLeaveOut(pool, storyContext(documents).rootOf);
    expect(names).toContain("Brakholm");
    expect(names).not.toContain("Sunday");
    expect(names).not.toContain("Firefighters");
  });

  it("is not one a report's lead prints: the selection weighs that one already", () => {
    const pool = [
      { doc: "a", position: 0, text: "A blast hit the Brakholm refinery on Sunday." },
      { doc: "b", position: 0, text: "Two workers died in a refinery blast." },
      { doc: "b", position: 1, text: "Crews fought the fire at Brakholm." },
      { doc: "c", position: 0, text: "Fuel prices jumped on Monday." },
      { doc: "c", position: 2, text: "The blast at Brakholm cut output." },
    ];
    expect(placesLeadsLeaveOut(pool, (doc) => doc)).toEqual([]);
    const unnamedLead = { doc: "a", position: 0, text: "A blast hit the country's largest refinery." };
    const named = { doc: "a", position: 3, text: "The plant at Brakholm was built in 1974." };
    expect(placesLeadsLeaveOut([unnamedLead, named, ...pool.slice(1)], (doc) => doc)).toEqual(["Brakholm"]);
  });

  it("is a place: not a minister every report quotes", () => {
    const pool = ["a", "b", "c"].flatMap((doc) => [
      { doc, position: 0, text: "A blast hit the country's largest refinery." },
      { doc, position: 1, text: "The energy minister, Alda Varga, said stocks would last." },
    ]);
    expect(placesLeadsLeaveOut(pool, (doc) => doc)).toEqual([]);
  });

  it("is named in the summary", () => {
    expect(summaryOf(texts)).toContain("Brakholm");
  });
});
