import { describe, expect, it } from "vitest";
import { responsibilityDispute } from "../../src/analysis/discrepancies/responsibility-dispute.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { documentOf } from "../helpers/documents.js";

// Who did it, on short texts of our own: a claim of responsibility against a denial is open.

const dispute = (paragraphs: string[][]) => {
  const documents = paragraphs.map((p, i) => documentOf(`d${i}`, p));
  return responsibilityDispute(documents, storyContext(documents), "bombing");
};

describe("responsibility", () => {
  it("keeps a claim of responsibility against an accusation and a denial open, each side cited", () => {
    const [d] = dispute([
      [
        "A bombing hit the port of Halden on Monday.",
        "The Red Hand Front claimed responsibility for the bombing.",
      ],
      [
        "The interior minister blamed the Northern Army for the bombing.",
        "The Northern Army denied any involvement.",
      ],
    ]);
    expect(d?.status).toBe("open");
    expect(d?.claims.map((c) => c.value)).toEqual([
      "claimed by The Red Hand Front",
      "blamed on the Northern Army",
      "denied by The Northern Army",
    ]);
    expect(d?.claims.map((c) => c.attributedTo)).toEqual([
      "The Red Hand Front",
      "The interior minister",
      "The Northern Army",
    ]);
  });

  it("reconciles when the party that denied it concedes", () => {
    const [d] = dispute([
      ["The minister blamed the Northern Army for the bombing.", "The Northern Army denied any involvement."],
      ["The Northern Army later admitted responsibility for the bombing."],
    ]);
    expect(d?.status).toBe("reconciled");
  });

  it("finds no dispute in one uncontested claim, nor in 'no group has claimed'", () => {
    expect(dispute([["The Red Hand Front claimed responsibility for the bombing."]])).toEqual([]);
    expect(
      dispute([
        ["No group has claimed responsibility for the bombing.", "The Northern Army denied any involvement."],
      ]),
    ).toEqual([]);
  });

  it("leaves disputes over another event out", () => {
    const documents = [
      documentOf("d0", [
        "Warplanes struck a depot near Halden on Monday.",
        "Last week's rocket attack was blamed on the Northern Army, which denied any involvement.",
      ]),
    ];
    expect(responsibilityDispute(documents, storyContext(documents), "airstrike")).toEqual([]);
  });

  it("reads no accusation from a passive 'was blamed for' or from a party that is not named", () => {
    expect(
      dispute([
        [
          "A bombing hit the port of Halden on Monday.",
          "The Red Hand Front claimed responsibility for the bombing.",
        ],
        ["The front was blamed for some of the worst attacks of recent years."],
        ["A senator blamed for some time the failures of the port police."],
      ]),
    ).toEqual([]);
  });

  it("reads a headline's present claim, a blame with the attack understood, and a denial of its forces' role", () => {
    const [d] = dispute([
      [
        "Rebels claim bombing of Halden port",
        "The governor blamed the Northern Army and said more attacks would come.",
      ],
      ["The Northern Army's command denied that its forces were responsible for the bombing."],
    ]);
    expect(d?.status).toBe("open");
    expect(d?.claims.map((c) => c.value)).toEqual([
      "claimed by Rebels",
      "blamed on the Northern Army",
      "denied by The Northern Army's command",
    ]);
  });

  it("counts the attack by its weapons as the lead event, and takes no speaker from a leading phrase", () => {
    const documents = [
      documentOf("d0", [
        "Drones hit two oil plants on Saturday.",
        "The Red Hand Front claimed the attack.",
        "In a later post he accused the Northern Army of the attack.",
        "The minister blamed the Northern Army and said the drones came from the north.",
      ]),
    ];
    const [d] = responsibilityDispute(
      documents,
      storyContext(documents),
      "missile attack",
      "drones, missiles",
    );
    expect(d?.claims.map((c) => c.attributedTo)).toEqual(["The Red Hand Front", "The minister"]);
  });

  it("reads three names of one claimant as one party, no dispute", () => {
    expect(
      dispute([
        ["Red Hand Front claims bombing"],
        ["The Red Hand Front group claimed responsibility for the bombing."],
        ["A Red Hand Front affiliate claimed the bombing."],
      ]),
    ).toEqual([]);
  });
});
