import { describe, expect, it } from "vitest";
import { answerSources } from "../../src/briefing/answer-sources.js";
import { articleOf } from "../helpers/documents.js";

// Which sentences of each report speak to what an editor asks about: our own short texts.

const NOW = new Date("2031-01-01T00:00:00Z");
const claimsOf = (aspect: string, doc: ReturnType<typeof articleOf>) =>
  answerSources([doc], aspect, [], NOW).bySource[0]?.claims.map((c) => c.text) ?? [];

describe("sources on an aspect", () => {
  it("reads market copy that never says 'price' as prices, with the report's headline as subject", () => {
    const doc = {
      ...articleOf("a", [
        "Futures jumped as much as 12% to $81 a barrel in early trading. The benchmark settled up 9%.",
        "The port reopened on Tuesday.",
      ]),
      title: "Crude posts its biggest jump in years after refinery fire",
    };
    expect(claimsOf("oil prices", doc)).toEqual([
      "Futures jumped as much as 12% to $81 a barrel in early trading.",
      "The benchmark settled up 9%.",
    ]);
  });

  it("does not take a headline's subject for a sentence about something else", () => {
    const doc = {
      ...articleOf("a", ["Ticket prices at the stadium rose by a third."]),
      title: "Dock strike",
    };
    expect(claimsOf("oil prices", doc)).toEqual([]);
  });

  it("reads warnings told as warned, or as what residents were told to do", () => {
    const doc = articleOf("a", [
      "An engineer warned last year that the levee needed repair.",
      "Residents ask why they were told to stay at home that night.",
      "The river rose two metres.",
    ]);
    expect(claimsOf("warnings", doc)).toEqual([
      "An engineer warned last year that the levee needed repair.",
      "Residents ask why they were told to stay at home that night.",
    ]);
  });

  it("reads debris told as the parts of a craft, and wreckage", () => {
    const doc = articleOf("a", [
      "Divers lifted part of the tail section of the ferry plane on Sunday.",
      "Navy ships found several pieces of the fuselage near the reef.",
      "Wreckage was spotted 80 kilometres off Port Lira.",
      "The airline said it would pay for the families' travel.",
    ]);
    expect(claimsOf("debris", doc)).toEqual([
      "Divers lifted part of the tail section of the ferry plane on Sunday.",
      "Navy ships found several pieces of the fuselage near the reef.",
      "Wreckage was spotted 80 kilometres off Port Lira.",
    ]);
  });

  it("reads a crash's black boxes told as its recorders, as one term", () => {
    const doc = articleOf("a", [
      "The cockpit voice recorder and the flight data recorder are still missing.",
      "The black box was sent to the lab in Orsa.",
      "Black clouds hung over the runway.",
    ]);
    expect(claimsOf("black boxes", doc)).toEqual([
      "The cockpit voice recorder and the flight data recorder are still missing.",
      "The black box was sent to the lab in Orsa.",
    ]);
  });

  it("reads a cause told as a chain or a suspicion, not any result", () => {
    const doc = articleOf("a", [
      "A worn valve led to the leak, the inspectors said.",
      "Faulty sensor readings led suspicion to fall on the pumps.",
      "The result of the vote was announced at noon.",
    ]);
    expect(claimsOf("cause", doc)).toEqual([
      "A worn valve led to the leak, the inspectors said.",
      "Faulty sensor readings led suspicion to fall on the pumps.",
    ]);
  });
});
