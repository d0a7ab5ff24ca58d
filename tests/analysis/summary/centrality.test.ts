import { describe, expect, it } from "vitest";
import { storyContext } from "../../../src/analysis/story-context.js";
import { candidates } from "../../../src/analysis/summary/centrality.js";
import { buildCorpus } from "../../../src/corpus/build-corpus.js";

describe("summary candidates", () => {
  it("a short main clause is shown without its side clause, and cited in full", () => {
    const text =
      "The rebels claimed the attack on the fuel depot, but the army says there is no proof that they launched it.";
    const docs = buildCorpus([
      { id: "doc01", text: `${text} Firefighters worked through the night at the depot.` },
    ]);
    const found = candidates(docs, storyContext(docs)).find((c) => c.text === text);
    expect(found?.shown).toBe("The rebels claimed the attack on the fuel depot.");
  });

  it("cuts at a later side clause when the first would leave too short a main clause", () => {
    const text =
      "The rebels claimed the attack, saying they used ten drones against the depot, but the army says there is no proof.";
    const docs = buildCorpus([
      { id: "doc01", text: `${text} Firefighters worked through the night at the depot.` },
    ]);
    const found = candidates(docs, storyContext(docs)).find((c) => c.text === text);
    expect(found?.shown).toBe(
      "The rebels claimed the attack, saying they used ten drones against the depot.",
    );
  });

  it("a sentence whose source is a pronoun ('..., he said.') is not a candidate", () => {
    const docs = buildCorpus([
      {
        id: "doc01",
        text: "The mayor of Tolvik visited the flooded district on Monday morning. More than 200 homes had been flooded in the lower town, he said.",
      },
    ]);
    const texts = candidates(docs, storyContext(docs)).map((c) => c.text);
    expect(texts).toContain("The mayor of Tolvik visited the flooded district on Monday morning.");
    expect(texts.some((t) => t.includes("200 homes"))).toBe(false);
  });

  it("a dateline with country, date and agency is not shown", () => {
    const text =
      "BRASKO, Norland, May 3 (Pinecone Wire) - A storm flooded the old harbour of Brasko on Tuesday, the coast guard said.";
    const docs = buildCorpus([{ id: "doc01", text: `${text} Boats were torn from their moorings.` }]);
    const found = candidates(docs, storyContext(docs)).find((c) => c.text.includes("old harbour"));
    expect(found?.text).toBe(text);
    expect(found?.shown).toBe("A storm flooded the old harbour of Brasko on Tuesday, the coast guard said.");
  });

  it("a sentence whose reported subject is 'it' leans on the one before and is not a candidate", () => {
    const docs = buildCorpus([
      {
        id: "doc01",
        text: "A strong earthquake shook the coast of Tolvik on Sunday night. The national survey said it occurred at a depth of ten kilometres.",
      },
    ]);
    const texts = candidates(docs, storyContext(docs)).map((c) => c.text);
    expect(texts).toContain("A strong earthquake shook the coast of Tolvik on Sunday night.");
    expect(texts.some((t) => t.includes("depth"))).toBe(false);
  });

  it("a sentence opening with 'The group' leans on the one that names it and is not a candidate", () => {
    const docs = buildCorpus([
      {
        id: "doc01",
        text: "Aircraft struck depots of the Northern Brigade near the river town of Ostrava on Thursday. The group has denied any part in the recent rocket attacks on the garrison.",
      },
    ]);
    const texts = candidates(docs, storyContext(docs)).map((c) => c.text);
    expect(texts.some((t) => t.includes("Aircraft struck depots"))).toBe(true);
    expect(texts.some((t) => t.startsWith("The group"))).toBe(false);
  });

  it("a line without closing punctuation (a live blog's time stamp, a heading) is not a candidate", () => {
    const docs = buildCorpus([
      {
        id: "doc01",
        text: "A strong earthquake shook the coast of Tolvik on Sunday night.\n\n9:40 p.m. - Survey says the quake struck offshore near Tolvik\n\nRescue teams reached the coast of Tolvik on Monday morning.",
      },
    ]);
    const texts = candidates(docs, storyContext(docs)).map((c) => c.text);
    expect(texts).toContain("Rescue teams reached the coast of Tolvik on Monday morning.");
    expect(texts.some((t) => t.includes("Survey says"))).toBe(false);
  });

  it("a speaker's 'it' for itself ('the ministry said it had ...') keeps the sentence", () => {
    const text = "The defence ministry of Norland said it had struck a fuel depot near the border on Monday.";
    const docs = buildCorpus([{ id: "doc01", text: `${text} Smoke rose over the border town all day.` }]);
    expect(candidates(docs, storyContext(docs)).map((c) => c.text)).toContain(text);
  });

  it("a relative clause closed by a comma inside the sentence is not cut off as a side clause", () => {
    const text =
      "Ann Vell told reporters on Monday that her younger brother, who lived beside the river, had not been heard from since the flood.";
    const docs = buildCorpus([
      { id: "doc01", text: `${text} The river rose two metres overnight in Tolvik.` },
    ]);
    const found = candidates(docs, storyContext(docs)).find((c) => c.text === text);
    expect(found?.shown).toBe(text);
  });

  it("'Others …' and 'The next day …' lean on the sentence before and are not candidates", () => {
    const docs = buildCorpus([
      {
        id: "doc01",
        text: "Rescue teams carried twelve survivors out of the flooded houses of Tolvik on Monday. Others are still being searched for along the banks of the river. The next day reporters were told to leave the town of Tolvik.",
      },
    ]);
    const texts = candidates(docs, storyContext(docs)).map((c) => c.text);
    expect(texts.some((t) => t.startsWith("Rescue teams"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Others"))).toBe(false);
    expect(texts.some((t) => t.startsWith("The next day"))).toBe(false);
  });

  it("a pronoun subject behind an opening phrase of time ('Earlier in the day he …') leans back", () => {
    const docs = buildCorpus([
      {
        id: "doc01",
        text: "The governor of Tolvik ordered the evacuation of the lower town on Monday evening. Earlier in the day he had asked the army for boats and pumps.",
      },
    ]);
    const texts = candidates(docs, storyContext(docs)).map((c) => c.text);
    expect(texts.some((t) => t.startsWith("The governor"))).toBe(true);
    expect(texts.some((t) => t.startsWith("Earlier in the day"))).toBe(false);
  });

  it("a report that quotes another language keeps its own sentences clean; only the foreign one is degraded", () => {
    const text = [
      "A landslide buried three houses in the village of Corvale on Sunday, the regional civil protection agency said.",
      "Rescue teams pulled two survivors from the mud before nightfall.",
      "Según una vecina del pueblo, la montaña se vino abajo en pocos segundos y nadie pudo hacer nada para salvar las casas.",
      "The agency said heavy rain had loosened the slope above the village.",
      "Roads into the valley were closed to traffic while engineers inspected the hillside.",
      "The mayor of Corvale asked families living below the slope to stay with relatives until the inspection was over.",
      "Schools in the district will reopen on Wednesday, the education office said.",
    ].join(" ");
    const docs = buildCorpus([{ id: "doc01", text }]);
    expect(docs[0]?.flags).toContain("mixed-language");
    const found = candidates(docs, storyContext(docs));
    expect(found.find((c) => c.text.startsWith("Rescue teams"))?.degraded).toBe(false);
    expect(found.find((c) => c.text.startsWith("Según"))?.degraded).toBe(true);
  });

  it("a 'pending' clause (what the act waits on) is a side clause", () => {
    const text =
      "The prosecutor of Ardmoor ordered the detention of six port officials, among them the harbour master, pending an inquiry into the collapse of the pier that killed four people.";
    const docs = buildCorpus([{ id: "doc01", text: `${text} Divers searched the harbour.` }]);
    const found = candidates(docs, storyContext(docs)).find((c) => c.text === text);
    expect(found?.shown).toBe(
      "The prosecutor of Ardmoor ordered the detention of six port officials, among them the harbour master.",
    );
  });

  it("an opening phrase that points back with a demonstrative ('across that divide, …') leans back", () => {
    const docs = buildCorpus([
      {
        id: "doc01",
        text: "The two councils of Brask have quarrelled over the harbour for years. In a rare show of unity across that divide, both councils voted on Monday to fund the new breakwater. In a vote on Monday, the councils of Brask approved money for the new breakwater.",
      },
    ]);
    const texts = candidates(docs, storyContext(docs)).map((c) => c.text);
    expect(texts.some((t) => t.startsWith("In a rare show"))).toBe(false);
    expect(texts.some((t) => t.startsWith("In a vote on Monday"))).toBe(true);
  });

  it("an aside between a pair of dashes is not shown; the citation quotes the whole sentence", () => {
    const text =
      "Besides the nine firefighters - six volunteers, two drivers and a medic - at least 40 villagers were killed in Ostrel, officials said.";
    const docs = buildCorpus([{ id: "doc01", text: `${text} The fire burned for two days.` }]);
    const found = candidates(docs, storyContext(docs)).find((c) => c.text === text);
    expect(found?.shown).toBe(
      "Besides the nine firefighters at least 40 villagers were killed in Ostrel, officials said.",
    );
    const figure = "A second tremor - of magnitude 5.2 - shook the hill towns of Ostrel province on Monday.";
    const withFigure = buildCorpus([{ id: "doc01", text: `${figure} Schools were closed.` }]);
    expect(candidates(withFigure, storyContext(withFigure))[0]?.shown).toBe(figure);
  });

  it("a report's opening sentence may run longer than a body sentence (the summary lead)", () => {
    const long =
      "The regional council of Varnholm on Tuesday approved a plan to rebuild the flooded river port of Tolvik within three years at a cost of 400 million crowns after two weeks of debate between the coastal towns and the farming districts over who would pay for the dykes.";
    const short = "Work on the first dyke is due to begin in the spring.";
    const docs = buildCorpus([
      { id: "doc01", text: `${long} ${short}` },
      { id: "doc02", text: `${short} ${long}` },
    ]);
    const found = candidates(docs, storyContext(docs)).filter((c) => c.text === long);
    expect(found.map((c) => c.doc)).toEqual(["doc01"]);
  });

  it("', but not …' qualifies the main clause and is not cut off as a side clause", () => {
    const text =
      "The storm that reached the coast of Varnholm on Monday was strong, but not exceptionally so.";
    const docs = buildCorpus([
      { id: "doc01", text: `${text} Boats were torn from their moorings in the old harbour.` },
    ]);
    const found = candidates(docs, storyContext(docs)).find((c) => c.text === text);
    expect(found?.shown).toBe(text);
  });
});
