import { describe, expect, it } from "vitest";
import { casualtyFigures } from "../../src/analysis/claims/casualty-claims.js";
import { findClaims } from "../../src/analysis/claims/find-claims.js";
import { figureDiscrepancies } from "../../src/analysis/discrepancies/figure-discrepancies.js";
import { findEvents } from "../../src/analysis/events/find-events.js";
import { storyContext } from "../../src/analysis/story-context.js";
import type { Document } from "../../src/corpus/document.js";
import { documentOf } from "../helpers/documents.js";

// Each frame rule on short texts of our own: figures disagree only about the same thing.

const dated = (id: string, published: string | null, paragraphs: string[]): Document => ({
  ...documentOf(id, paragraphs),
  published,
});

function disputes(documents: Document[]) {
  const context = storyContext(documents);
  return figureDiscrepancies(findClaims(documents, context), context);
}

const casualtyDisputes = (documents: Document[]) =>
  disputes(documents).filter((d) => d.aspect === "casualties");

describe("claim frames", () => {
  it("never sets a retaliation's dead against the attack's dead", () => {
    const found = casualtyDisputes([
      dated("a", "2030-04-02", ["Gunmen killed 12 soldiers in an attack on a border post, the army said."]),
      dated("b", "2030-04-03", [
        "In retaliation, air strikes killed 40 militants, the defence ministry said.",
      ]),
    ]);
    expect(found).toEqual([]);
  });

  it("sets a retaliation's dead against another count of the same retaliation", () => {
    const found = casualtyDisputes([
      dated("a", "2030-04-03", [
        "In retaliation, air strikes killed 40 militants, the defence ministry said.",
      ]),
      dated("b", "2030-04-03", [
        "The militants said the retaliatory air strikes killed 3 of their fighters.",
      ]),
    ]);
    expect(found.map((d) => d.status)).toEqual(["open"]);
  });

  it("counts neither the homeless, the convicted nor the almost killed as casualties", () => {
    expect(casualtyFigures("The storm left 300,000 people homeless.")).toEqual([]);
    expect(casualtyFigures("About 300,000 people were made homeless by the floods.")).toEqual([]);
    expect(
      casualtyFigures("Four men convicted over the bombing that killed 20 people.").map((f) => f.number),
    ).toEqual([20]);
    expect(casualtyFigures("The ferry nearly killed 40 passengers when it capsized.")).toEqual([]);
    expect(casualtyFigures("A fisherman almost was killed by the wave.")).toEqual([]);
    expect(casualtyFigures("No one was killed, but a lot of dead fish washed up.")).toEqual([]);
    expect(casualtyFigures("The blast killed 9 people.").map((f) => f.number)).toEqual([9]);
  });

  it("reads a later, larger toll as an update, with the sequence shown", () => {
    const [toll] = casualtyDisputes([
      dated("a", "2030-04-02", ["Officials said 12 people were killed in the blast."]),
      dated("b", "2030-04-04", ["Hospital staff said 31 people were killed in the blast."]),
    ]);
    expect(toll?.status).toBe("reconciled");
    expect(toll?.note).toMatch(/12, then 31/);
    expect(toll?.conservative).toBeNull();
  });

  it("never reads a toll a report tells as lowered as raised", () => {
    const [toll] = casualtyDisputes([
      dated("a", "2030-04-02", ["Officials said 40 people were killed in the floods."]),
      dated("b", "2030-04-05", [
        "The relief agency put the toll at 25 people killed in the floods, after it had earlier published a figure of 60 people killed.",
      ]),
      dated("c", "2030-04-05", ["A rights group said 33 people were killed in the floods."]),
    ]);
    expect(toll?.status).toBe("open");
    expect(toll?.conservative).toBe(25);
    expect(toll?.note).not.toMatch(/\(25\b/);
  });

  it("keeps competing bodies on the same day open, with the conservative figure of that frame", () => {
    const [toll] = casualtyDisputes([
      dated("a", "2030-04-02", ["The ministry said 12 people were killed in the blast."]),
      dated("b", "2030-04-02", ["A rights group said 31 people were killed in the blast."]),
    ]);
    expect(toll).toMatchObject({ status: "open", conservative: 12 });
  });

  it("never sets a subset or another group against the toll", () => {
    const found = casualtyDisputes([
      dated("a", "2030-04-02", ["The blast killed 40 Peruvians and 9 Chilean soldiers, officials said."]),
      dated("b", "2030-04-02", ["The army said 9 soldiers were killed, including two officers."]),
    ]);
    expect(found.filter((d) => d.status === "open")).toEqual([]);
  });
});

describe("parts, places and denials", () => {
  const part = (s: string) => casualtyFigures(s).map((f) => [f.measure, f.number, f.part]);

  it("reads a dead-count noun as the dead, whatever follows", () => {
    expect(part("Officials: 30 dead, more than 100 injured")[0]).toEqual(["killed", 30, false]);
  });

  it("marks subsets and increments as parts of the toll", () => {
    expect(part("Four children were among those killed.")).toEqual([["killed", 4, true]]);
    expect(part("Officials reported 12 new deaths overnight.")).toEqual([["killed", 12, true]]);
    expect(part("Two of the pilots were killed; the navy first reported one dead.")).toEqual([
      ["killed", 2, true],
      ["killed", 1, true],
    ]);
  });

  it("takes no figure a source denies, nor another place's dead", () => {
    expect(casualtyFigures("The agency denied that the toll had reached 9,000.")).toEqual([]);
    expect(casualtyFigures("The storm also killed 40 people elsewhere in the region.")).toEqual([]);
  });

  it("takes no toll from a charge, a hedged count, a noun phrase, and gives a country its own dead", () => {
    expect(casualtyFigures("The nurse was jailed in 1990 for killing four patients.")).toEqual([]);
    expect(casualtyFigures("The province alone may have as many as 8,000 dead.")).toEqual([]);
    expect(casualtyFigures("The study covers the three regions with the greatest death toll.")).toEqual([]);
    expect(casualtyFigures("Norway has 17 confirmed dead.").map((f) => f.group)).toEqual([
      { category: "people", side: "country:Norway" },
    ]);
  });

  it("still compares the toll when a part of it is counted as well", () => {
    const [toll] = casualtyDisputes([
      dated("a", "2030-04-02", [
        "The ministry said 12 people were killed in the flood.",
        "Three children were among the dead.",
      ]),
      dated("b", "2030-04-02", ["A rights group said 31 people were killed when the storm hit."]),
    ]);
    expect(toll).toMatchObject({ status: "open", conservative: 12 });
  });
});

describe("dates of an undated report", () => {
  it("leave its 'Friday' as written", () => {
    const story = [documentOf("a", ["Gunmen attacked a police station in the town of Harlow on Friday."])];
    const [event] = findEvents(story, storyContext(story));
    expect(event?.when).toBe("on Friday");
  });
});
