import { describe, expect, it } from "vitest";
import { composeDigest, diffBriefings } from "../../src/briefing/digest-diff.js";
import { DigestSchema } from "../../src/index.js";
import { briefing, casualties, doc } from "./briefing-fixtures.js";

describe("what changed since the last digest", () => {
  it("finds nothing new when the briefing says the same things in another order", () => {
    const before = briefing();
    const after = briefing({
      generatedAt: "2021-02-28T08:00:00.000Z",
      documents: [...before.documents].reverse(),
      events: before.events.map((e) => ({ ...e, actor: "US Forces" })),
    });
    expect(diffBriefings(before, after)).toEqual([]);
  });

  it("reports a source's revised figure, matched by who said it and about what, citing both", () => {
    const after = briefing({
      documents: [...briefing().documents, doc("c", "AP")],
      discrepancies: [
        casualties([
          ["Syrian Observatory", 5, "a"],
          ["Syrian Observatory", 7, "c"],
          ["a militia official", 1, "b"],
        ]),
      ],
    });
    const changes = diffBriefings(briefing(), after);
    expect(changes[0]).toEqual({
      kind: "revised-figure",
      text: "Syrian Observatory: casualties figure revised from 5 to 7",
      citations: [
        { doc: "c", quote: "Syrian Observatory said 7 were killed" },
        { doc: "a", quote: "Syrian Observatory said 5 were killed" },
      ],
    });
    expect(changes.filter((c) => c.kind === "changed-discrepancy")).toEqual([]);
  });

  it("reports a new report, says when its outlet is new, and cites a quote from it", () => {
    const after = briefing({
      documents: [...briefing().documents, doc("c", "Associated Press", "Militia says strikes killed one")],
      summary: [
        ...briefing().summary,
        { text: "A militia said one died.", citations: [{ doc: "c", quote: "one fighter was killed" }] },
      ],
    });
    expect(diffBriefings(briefing(), after)).toEqual([
      {
        kind: "new-report",
        text: "New report from Associated Press (a new outlet): Militia says strikes killed one",
        citations: [{ doc: "c", quote: "one fighter was killed" }],
      },
    ]);
  });

  it("reports new events, reactions and discrepancies with their citations, figures first", () => {
    const before = briefing();
    const after = briefing({
      events: [
        ...before.events,
        {
          actor: "Iran",
          action: "condemned",
          target: "the strikes",
          location: null,
          when: null,
          instrument: null,
          citations: [{ doc: "b", quote: "Iran condemned the strikes" }],
          background: false,
        },
      ],
      reactions: [
        ...before.reactions,
        {
          speaker: "Saeed Khatibzadeh",
          role: "foreign ministry spokesman",
          affiliation: "Iran",
          stance: "condemn",
          quote: "illegal aggression",
          citations: [{ doc: "b", quote: "illegal aggression" }],
        },
      ],
      discrepancies: [
        ...before.discrepancies,
        {
          ...casualties([
            ["Pentagon", 7, "a"],
            ["a local source", 2, "b"],
          ]),
          aspect: "facilities",
          question: "How many facilities were destroyed?",
        },
      ],
    });
    const changes = diffBriefings(before, after);
    expect(changes.map((c) => c.kind)).toEqual(["new-discrepancy", "new-event", "new-reaction"]);
    expect(changes[0]?.text).toBe(
      "Sources disagree: How many facilities were destroyed? — Pentagon: 7 killed; a local source: 2 killed",
    );
    expect(changes[1]).toMatchObject({
      text: "Iran condemned the strikes",
      citations: [{ doc: "b", quote: "Iran condemned the strikes" }],
    });
    expect(changes[2]?.text).toBe(
      'Saeed Khatibzadeh, foreign ministry spokesman (condemn): "illegal aggression"',
    );
  });

  it("reports a discrepancy that was reconciled, and a new source weighing in", () => {
    const [open] = briefing().discrepancies;
    if (!open) throw new Error("fixture has a discrepancy");
    const reconciled = {
      ...open,
      status: "reconciled" as const,
      note: "the militia figure counts only its own",
    };
    expect(diffBriefings(briefing(), briefing({ discrepancies: [reconciled] }))).toEqual([
      {
        kind: "changed-discrepancy",
        text: "How many were killed?: now reconciled; the militia figure counts only its own",
        citations: [
          { doc: "a", quote: "Syrian Observatory said 5 were killed" },
          { doc: "b", quote: "a militia official said 1 were killed" },
        ],
      },
    ]);
    const wider = casualties([
      ["Syrian Observatory", 5, "a"],
      ["a militia official", 1, "b"],
      ["Iraqi officials", 4, "c"],
    ]);
    expect(diffBriefings(briefing(), briefing({ discrepancies: [wider] }))).toEqual([
      {
        kind: "changed-discrepancy",
        text: "How many were killed?: new: Iraqi officials: 4 killed",
        citations: [{ doc: "c", quote: "Iraqi officials said 4 were killed" }],
      },
    ]);
  });

  it("makes a valid first digest with nothing to compare, and a later one since the first", () => {
    const first = composeDigest("strikes-1", briefing(), null);
    expect(DigestSchema.parse(first)).toMatchObject({ since: null, changes: [], topic: "strikes" });
    const next = composeDigest("strikes-1", briefing({ generatedAt: "2021-02-28T08:00:00.000Z" }), first);
    expect(next).toMatchObject({ since: "2021-02-27T08:00:00.000Z", changes: [] });
  });
});
