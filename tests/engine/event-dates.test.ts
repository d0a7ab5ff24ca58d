import { describe, expect, it } from "vitest";
import { datingPart } from "../../src/analysis/events/act-clause.js";
import { eventMentions } from "../../src/analysis/events/event-mentions.js";
import { findEvents } from "../../src/analysis/events/find-events.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { documentOf } from "../helpers/documents.js";

// Which date belongs to which act when one sentence names two: our own short texts, coined names.

const dated = (id: string, published: string, paragraphs: string[]) => ({
  ...documentOf(id, paragraphs),
  published,
});
const eventsOf = (docs: ReturnType<typeof dated>[]) => findEvents(docs, storyContext(docs));

describe("the date of an act, not of the clause around it", () => {
  it("dates a find by its own clause, not by the crash a relative clause recalls", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", [
        "The flight recorders of a Skyway jet that crashed on 3 March last year have been located, an official said on Friday.",
      ]),
    ]);
    const find = events.find((e) => e.action === "flight recorders located");
    expect(find).toMatchObject({ when: "2031-05-09", background: false });
  });

  it("keeps the recalled date for the act inside the relative clause", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", [
        "Relatives of those aboard Skyway Flight 12, which crashed into the sea on 3 March, met on Friday.",
      ]),
    ]);
    expect(events.find((e) => e.action === "crash")?.when).toBe("2031-03-03");
  });

  it("keeps the date of a relative clause that hangs on the act's own noun", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", ["Officials condemned the air raid that hit a depot on Tuesday near Tessel."]),
    ]);
    expect(events.find((e) => e.action === "airstrike")?.when).toBe("2031-05-06");
  });

  it("does not date an act by the answer to it, nor by the start of a span", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", [
        "The Ruritanian air force carried out airstrikes on depots on Tuesday in response to drone attacks on Ruritanian bases.",
        "There have been at least six drone attacks against Ruritanian bases since March.",
      ]),
    ]);
    expect(events.find((e) => e.action === "airstrike")?.when).toBe("2031-05-06");
    expect(events.find((e) => e.action === "drone attack")?.when).toBeNull();
  });

  it("does not date an act a span away by the main clause's day", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", [
        "The trial of the guards opens on Tuesday, a month after gunmen stormed the Tessel parliament.",
      ]),
    ]);
    expect(events.find((e) => e.action === "raid")?.when).toBeNull();
  });

  it("does not date an act by the day of what followed it, nor by a date naming other people", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", [
        "The minister signed new rules on Wednesday following a ransomware attack on the Tessel grid.",
        'The envoy said the "12" 11 September hijackers had trained in Orsa, defending the drone strike that killed Ivo Marn.',
      ]),
    ]);
    expect(events.find((e) => e.action === "ransomware attack")?.when).toBeNull();
    expect(events.find((e) => e.action === "drone attack")?.when).toBeNull();
  });

  it("does not date an act told after a reporting verb by the day it was told", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", [
        "The ministry acknowledged reports on Sunday that the Tessel grid operator was hacked by a foreign government.",
        "The navy said Monday that a Ruritanian jet shot down a patrol drone last week.",
      ]),
    ]);
    expect(events.find((e) => e.action === "hack")?.when).toBeNull();
    expect(events.find((e) => e.action === "shoot-down")?.when).toBe("2031-05-02");
  });

  it("does not date a storm by the day of what came before it or weeks after it", () => {
    const before = eventsOf([
      dated("a", "2031-05-09", [
        "On Thursday the mayor toured the harbour that lay in ruins before the storm hit the coast.",
      ]),
    ]);
    const after = eventsOf([
      dated("a", "2031-05-09", [
        "The mayor toured the harbour on Thursday, weeks after the storm hit the coast of Tessel.",
      ]),
    ]);
    expect(before.find((e) => e.action === "storm")?.when).toBeNull();
    expect(after.find((e) => e.action === "storm")?.when).toBeNull();
  });

  it("leaves no date for a storm named in a compound modifier", () => {
    const sentence = "The governor issued a warning on Thursday to the hurricane-ravaged Tessel islands.";
    expect(datingPart(sentence, sentence.indexOf("hurricane")).trim()).toBe("");
    expect(datingPart(sentence, sentence.indexOf("warning"))).toBe(sentence);
  });

  it("tells an aftershock on Tuesday apart from the quake whose date names it", () => {
    const events = eventsOf([
      dated("a", "2031-07-10", [
        "A magnitude 7.4 earthquake struck the coast of Ruritania on 4 May.",
        "Another strong aftershock of the 4 May 7.4 earthquake rocked the coast on Tuesday, the survey said.",
      ]),
    ]);
    expect(events.map((e) => e.when).sort()).toEqual(["2031-05-04", "2031-07-08"]);
    expect(events.find((e) => e.when === "2031-07-08")).toMatchObject({ actor: "strong aftershock" });
  });
});

describe("who acted when the report does not name them", () => {
  it("gives a find with no finder to unnamed searchers, not to an unknown attacker", () => {
    const events = eventsOf([
      dated("a", "2031-05-09", [
        "The plane's flight recorders have been located on the seabed, officials said.",
      ]),
    ]);
    expect(events[0]).toMatchObject({ action: "flight recorders located", actor: "unnamed searchers" });
  });
});

describe("what a hazard struck", () => {
  it("reads the target after a dashed aside and stops at a time adverb", () => {
    const quake = eventMentions("A quake — the strongest in a decade — rocked Tessel earlier on Monday.")[0];
    expect(quake?.target).toBe("Tessel");
  });
});
