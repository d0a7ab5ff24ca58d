import { describe, expect, it } from "vitest";
import { storyContext } from "../../../src/analysis/story-context.js";
import { aspectsOf } from "../../../src/analysis/summary/aspects.js";
import {
  latestToll,
  reactionSentence,
  responsibilitySentence,
  sureDispute,
} from "../../../src/analysis/summary/composed.js";
import { summarise } from "../../../src/analysis/summary/summarise.js";
import { analyseStory } from "../../../src/briefing/build-briefing.js";
import type { BriefingEvent, Discrepancy, Reaction } from "../../../src/contract/schema.js";
import { buildCorpus } from "../../../src/corpus/build-corpus.js";

// Three invented reports of one story: a factory fire, told with overlapping facts.
const REPORTS = [
  "A fire destroyed the Northgate textile factory in Lowmere on Tuesday night, and two workers were injured. Firefighters from three towns fought the blaze for six hours before bringing it under control. The factory employed about 400 people and made uniforms for hospitals. The owners said production would move to a second plant while the damage is assessed.",
  "Two workers were injured when a fire swept through the Northgate textile factory in Lowmere late on Tuesday. The blaze took firefighters six hours to control, the regional fire service said. Investigators are examining an electrical fault as the possible cause of the fire. About 400 people worked at the factory, which supplies uniforms to hospitals.",
  "Fire gutted the Northgate textile factory in Lowmere on Tuesday, injuring two workers, the fire service said. The mayor of Lowmere called the fire a heavy blow for the town and promised help for the workers. Local residents watched the smoke rise over the valley until the early morning.",
];

const words = (texts: string[]) => texts.join(" ").split(/\s+/).length;

describe("summary", () => {
  const docs = buildCorpus(REPORTS.map((text, i) => ({ id: `doc0${i + 1}`, text })));
  const analysis = analyseStory(docs);

  it("keeps the contract: 3 to 6 sentences, at most 120 words, each cited verbatim", () => {
    expect(analysis.summary.length).toBeGreaterThanOrEqual(3);
    expect(analysis.summary.length).toBeLessThanOrEqual(6);
    expect(words(analysis.summary.map((s) => s.text))).toBeLessThanOrEqual(120);
    for (const s of analysis.summary) {
      for (const c of s.citations) {
        const doc = docs.find((d) => d.id === c.doc);
        expect(doc?.paragraphs.some((p) => p.text.includes(c.quote))).toBe(true);
      }
    }
  });

  it("never says the same thing twice", () => {
    const texts = analysis.summary.map((s) => s.text);
    const injured = texts.filter((t) => /injur/.test(t) && /Northgate/.test(t));
    expect(injured.length).toBe(1);
  });

  it("is as long as the material warrants: short reports get a short summary", () => {
    expect(words(analysis.summary.map((s) => s.text))).toBeLessThan(words(REPORTS));
    expect(words(analysis.summary.map((s) => s.text))).toBeLessThanOrEqual(
      Math.max(60, 0.45 * words(REPORTS)) + 30,
    );
  });

  it("fills a benchmark's longer cap with more sentences", () => {
    const long = analyseStory(docs, { summaryWords: 250 });
    expect(long.summary.length).toBeGreaterThan(analysis.summary.length);
  });
});

const claim = (value: string, number: number | null, attributedTo: string | null) => ({
  value,
  number,
  attributedTo,
  citations: [{ doc: "doc01", quote: value }],
});
const dispute = (claims: ReturnType<typeof claim>[]): Discrepancy =>
  ({
    aspect: "casualties",
    question: "How many?",
    claims,
    status: "open",
    note: null,
    range: null,
    conservative: null,
  }) as unknown as Discrepancy;

describe("a dispute enters the summary only when sure", () => {
  it("two figures of one counted thing, each from a named source, are a dispute", () => {
    expect(
      sureDispute([dispute([claim("3 workers", 3, "the police"), claim("5 workers", 5, "the union")])]),
    ).toBeDefined();
  });

  it("figures of different things are not", () => {
    expect(
      sureDispute([
        dispute([claim("3 firefighters", 3, "the police"), claim("40 residents", 40, "the mayor")]),
      ]),
    ).toBeUndefined();
  });

  it("an unattributed figure is not the other side of a dispute", () => {
    expect(
      sureDispute([dispute([claim("3 workers", 3, "the police"), claim("5 workers", 5, null)])]),
    ).toBeUndefined();
  });
});

describe("the latest of a rising toll", () => {
  const rising = (status: "open" | "reconciled", note: string) =>
    ({
      ...dispute([claim("12 people", 12, "the police"), claim("31 people", 31, "the ministry")]),
      status,
      note,
    }) as Discrepancy;

  it("is the highest figure of a toll the reports raised, with its sentence", () => {
    expect(latestToll([rising("reconciled", "The figure rose as reports came in (12, then 31).")])).toEqual({
      value: "31 people",
      quotes: ["31 people"],
    });
  });

  it("offers every sentence that states the latest figure, not only the first report's", () => {
    const told = rising("reconciled", "The figure rose as reports came in (12, then 31).");
    const again = {
      ...claim("at least 31 people", 31, "the mayor"),
      citations: [{ doc: "doc02", quote: "b" }],
    };
    expect(latestToll([{ ...told, claims: [...told.claims, again] }])?.quotes).toEqual(["31 people", "b"]);
  });

  it("is nothing when the figures are in dispute", () => {
    expect(latestToll([rising("open", "Reported figures range from 12 to 31.")])).toBeNull();
  });
});

describe("a responsibility dispute in the summary", () => {
  const responsibility = (status: "open" | "reconciled") =>
    ({
      ...dispute([
        claim("denied by Norland", null, "Norland"),
        claim("claimed by the Red Hand group", null, "the Red Hand group"),
        claim("blamed on Norland", null, "the interior minister"),
      ]),
      aspect: "responsibility",
      status,
    }) as Discrepancy;

  it("says each side in the order of the story, the blame with who lays it, each cited", () => {
    const sentence = responsibilitySentence([responsibility("open")]);
    expect(sentence?.text).toBe(
      "Who was responsible is disputed: claimed by the Red Hand group; blamed on Norland by the interior minister; denied by Norland.",
    );
    expect(sentence?.citations).toHaveLength(3);
  });

  it("says nothing of a dispute a party conceded", () => {
    expect(responsibilitySentence([responsibility("reconciled")])).toBeNull();
  });
});

describe("who condemned the main act", () => {
  const event = (action: string): BriefingEvent => ({
    actor: "unidentified attackers",
    action,
    target: "the ministry gates",
    location: null,
    when: null,
    instrument: null,
    citations: [{ doc: "a", quote: "A suicide bomber blew himself up outside the ministry gates." }],
    background: false,
  });
  const condemning = (affiliation: string, quote: string, doc = "a"): Reaction => ({
    speaker: `${affiliation}'s foreign ministry`,
    role: null,
    affiliation,
    stance: "condemn",
    quote,
    citations: [{ doc, quote }],
  });

  it("leaves out a condemnation that names another act of the story", () => {
    const sentence = reactionSentence(
      [
        condemning("Eastland", "We condemn this cowardly act against civilians."),
        condemning("Eastland", "Eastland condemned the attack as cowardly.", "b"),
        condemning("Westland", "We condemn the drone attack on the truck as illegal."),
      ],
      [event("bombing"), event("drone attack")],
    );
    expect(sentence?.text).toBe("Eastland condemned the bombing.");
  });

  it("needs two independent reports that carry a condemnation: one report's closing line is a formality", () => {
    const inReport = (affiliation: string, doc: string) =>
      condemning(affiliation, "We condemn this cowardly bombing.", doc);
    const oneReport = [inReport("Eastland", "a"), inReport("Westland", "a")];
    expect(reactionSentence(oneReport, [event("bombing")])).toBeNull();
    const twoReports = [inReport("Eastland", "a"), inReport("Westland", "b")];
    expect(reactionSentence(twoReports, [event("bombing")])?.text).toBe(
      "Eastland and Westland condemned the bombing.",
    );
    // A copy of a report is not a second report.
    const copyOf = (doc: string) => (doc === "b" ? "a" : doc);
    expect(reactionSentence(twoReports, [event("bombing")], copyOf)).toBeNull();
  });
});

describe("the story's other events in the summary", () => {
  // Invented: a bridge collapse, and in one report the arrest that followed it.
  const ARREST =
    "Prosecutors in Varnholt ordered the detention of three engineers of the contractor on Friday pending an inquiry into the inspections.";
  const texts = [
    "The Kessel bridge in Varnholt collapsed on Monday morning, killing seven people and injuring twelve, the regional police said. Rescue teams searched the river for survivors until nightfall. The bridge carried about 20,000 vehicles a day across the river. Engineers had warned in a report last year that the steel of the middle span was corroding. The city council will meet on Thursday to discuss a temporary ferry service for commuters. Schools in the district will stay closed until Wednesday, the mayor of Varnholt said. Divers from the coast guard joined the search of the river on Tuesday.",
    "Seven people were killed and twelve injured when the Kessel bridge in Varnholt collapsed on Monday, police said. Cars fell into the river as the middle span gave way. Rescue teams searched the river for survivors through the day. Schools in the district will stay closed until Wednesday, the mayor said. Divers from the national coast guard joined the search on Tuesday.",
    `The collapse of the Kessel bridge in Varnholt on Monday killed seven people, police said. Witnesses said the middle span gave way without warning. ${ARREST} The bridge carried about 20,000 vehicles a day.`,
  ];
  const documents = buildCorpus(texts.map((text, i) => ({ id: `doc0${i + 1}`, text })));
  const event = (action: string, quote: string, doc: string): BriefingEvent => ({
    actor: "unknown",
    action,
    target: "the story",
    location: null,
    when: null,
    instrument: null,
    background: false,
    citations: [{ doc, quote }],
  });
  const main = event("collapse", documents[0]?.paragraphs[0]?.sentences[0]?.text ?? "", "doc01");
  const summaryWith = (events: BriefingEvent[]) =>
    summarise({ documents, context: storyContext(documents), events, reactions: [], discrepancies: [] })
      .map((s) => s.text)
      .join(" ");

  it("a sentence telling an event no chosen sentence tells yet comes in", () => {
    expect(summaryWith([main, event("arrest", ARREST, "doc03")])).toContain("detention of three engineers");
  });

  it("the same sentence does not when it tells no event of the story", () => {
    expect(summaryWith([main])).not.toContain("detention of three engineers");
  });

  it("nor when its event came before the main one: what led up to it is background", () => {
    const dated = { ...main, when: "2031-05-12" };
    const earlier = { ...event("arrest", ARREST, "doc03"), when: "2031-05-09" };
    expect(summaryWith([dated, earlier])).not.toContain("detention of three engineers");
    expect(summaryWith([dated, { ...earlier, when: "2031-05-16" }])).toContain(
      "detention of three engineers",
    );
  });
});

describe("facts a reader asks for after the main event", () => {
  // Invented: a market bombing; one report says who the dead were.
  const CHILDREN = "A hospital official said three children were among the dead.";
  const texts = [
    "A bomb exploded in the crowded Solvar market in Tessaly on Saturday, killing nine people and wounding 30, police said. Police sealed off the streets around the market for the rest of the day. The market had reopened last month after a year of repairs.",
    `Nine people were killed and 30 wounded when a bomb went off in the Solvar market in Tessaly on Saturday, police said. Police sealed off the streets around the market after the blast. ${CHILDREN} Traders said the market had reopened only last month.`,
    "The bombing of the Solvar market in Tessaly killed nine people on Saturday, police said. The streets around the market were sealed off by police. The market had been rebuilt over the past year.",
  ];
  const documents = buildCorpus(texts.map((text, i) => ({ id: `doc0${i + 1}`, text })));
  const summary = summarise({
    documents,
    context: storyContext(documents),
    events: [],
    reactions: [],
    discrepancies: [],
  }).map((s) => s.text);

  it("who the dead were comes in", () => {
    expect(summary).toContain(CHILDREN);
  });

  it("children among the dead are who the dead were; a portrait's child or the wounded are not", () => {
    const told = (t: string) => aspectsOf(t).length;
    expect(told(CHILDREN)).toBe(1);
    expect(told("The blast killed 14 people, five of them children, the ministry said.")).toBe(1);
    expect(told("A nurse who was expecting her first child was among the nine killed.")).toBe(0);
    expect(told("Forty people were taken to hospital, 12 of them children.")).toBe(0);
  });

  it("so is what made a disaster worse: upkeep neglected, warnings unheeded", () => {
    const told = (t: string) => aspectsOf(t).length;
    expect(told("The town's engineer said the levee had not been maintained since 1998.")).toBe(1);
    expect(told("Critics say years of neglect turned a storm into a catastrophe.")).toBe(1);
    expect(told("Warnings were ignored for a decade, residents of Pellow said.")).toBe(1);
    expect(told("The levee was inspected in May, the town's engineer said.")).toBe(0);
  });

  it("so is a leader's vow to answer an attack", () => {
    expect(aspectsOf("President Aldo Brenn vowed to hunt down those behind the bombing.")).toHaveLength(1);
    expect(aspectsOf("President Aldo Brenn promised to visit the wounded on Sunday.")).toHaveLength(0);
  });

  it("so is the rebuilding that follows a disaster", () => {
    expect(aspectsOf("Volunteers from Pellow began the reconstruction of the flooded school.")).toHaveLength(
      1,
    );
    expect(aspectsOf("Volunteers from Pellow cleared the mud from the flooded school.")).toHaveLength(0);
  });
});
