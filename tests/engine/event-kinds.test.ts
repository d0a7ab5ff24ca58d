import { describe, expect, it } from "vitest";
import { eventMentions } from "../../src/analysis/events/event-mentions.js";
import { findEvents } from "../../src/analysis/events/find-events.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { documentOf } from "../helpers/documents.js";

// Events of every kind, and the uses of attack words that report none: our own short texts.

const first = (s: string) => eventMentions(s)[0];

describe("events whose verb is not an attack word", () => {
  it("reads seizures, arrests, shoot-downs and suicide bombings", () => {
    expect(first("Naval forces seized a cargo ship and its crew in the strait.")).toMatchObject({
      family: "seizure",
      actor: "Naval forces",
      target: "a cargo ship and its crew",
    });
    expect(first("Twelve fishermen were captured by coast guards near the reef.")).toMatchObject({
      label: "seizure",
      actor: "coast guards",
    });
    expect(first("Police arrested two suspects after the blast.")).toMatchObject({ family: "arrest" });
    expect(first("Rebels shot down an army helicopter over the valley.")).toMatchObject({
      label: "shoot-down",
      actor: "Rebels",
    });
    expect(first("A suicide bomber blew himself up outside the ministry gates.")).toMatchObject({
      family: "bombing",
      actor: "A suicide bomber",
    });
  });

  it("gives an act a state owns up to to that state, past a scare-quoted adverb", () => {
    expect(first('Vardia has acknowledged that it "unintentionally" shot down the airliner.')).toMatchObject({
      actor: "Vardia",
      label: "shoot-down",
    });
  });

  it("leaves out routine seizures of things", () => {
    expect(eventMentions("Customs officers seized four shipments of counterfeit watches.")).toEqual([]);
  });
});

describe("attack words that report no event", () => {
  it("skips negated, hypothetical and intended attacks", () => {
    expect(eventMentions("Iran could strike US bases in the Gulf, the general warned.")).toEqual([]);
    expect(eventMentions("Israel did not strike the Syrian convoy, officials said.")).toEqual([]);
    expect(eventMentions("There was no attack on the Central Bank.")).toEqual([]);
  });

  it("skips figurative and sports uses", () => {
    expect(eventMentions("Fans bombarded the referee with insults after the match.")).toEqual([]);
    expect(eventMentions("Critics attacked the Prime Minister over his budget plan.")).toEqual([]);
  });

  it("skips an attack called off or held back", () => {
    expect(eventMentions("The general decided on Tuesday not to fire missiles at the islands.")).toEqual([]);
    expect(eventMentions("The council planned to hold off launching rockets at the port.")).toEqual([]);
  });

  it("skips figures of speech: hitting back, hitting a record, criticism, measures aimed at people", () => {
    expect(eventMentions("Vardia hit back at the president by imposing new tariffs on grain.")).toEqual([]);
    expect(eventMentions("The trade deficit hit a record in March, the statistics office said.")).toEqual([]);
    expect(eventMentions("The mayor attacked the council for rejecting her housing plan.")).toEqual([]);
    expect(eventMentions("A judge blocked the governor's attack on the school meals program.")).toEqual([]);
    expect(eventMentions("Critics said the new policies targeting farmers were unfair.")).toEqual([]);
    // The same words still report real acts.
    expect(first("Rebels attacked the garrison for two hours before dawn.")).toMatchObject({
      actor: "Rebels",
    });
    expect(first("A missile hit a depot near the port on Monday.")).toMatchObject({ family: "rocket" });
    expect(first("Rebels hit a high-rise block near the port on Monday.")).toMatchObject({ actor: "Rebels" });
  });

  it("calls a breach of a building no hack, and an explosion no bombing until someone set it off", () => {
    expect(eventMentions("Protesters breached the parliament building on Friday.")).toEqual([]);
    expect(first("Hackers breached the company's billing systems on Friday.")).toMatchObject({
      family: "cyber",
    });
    expect(first("Two explosions rocked a chemical plant outside Tessel on Thursday.")).toMatchObject({
      label: "explosion",
    });
  });

  it("skips an act named as what was talked about, and a series told by its count", () => {
    expect(
      eventMentions("The envoy said he had never discussed covert Vardian airstrikes with the minister."),
    ).toEqual([]);
    expect(eventMentions("He said the navy had attacked Tessel depots at least 40 times.")).toEqual([]);
    expect(first("The navy attacked Tessel depots on Monday.")).toMatchObject({ target: "Tessel depots" });
  });

  it("takes no target from a noun of talk the act gave rise to", () => {
    expect(eventMentions("The shooting sparked a fierce debate on Ostrian gun laws.")).toEqual([]);
    expect(first("The shooting at a Marlow bakery, police said, was the town's first.")).toMatchObject({
      target: "a Marlow bakery",
    });
  });

  it("reads the crashed thing past a clause before it", () => {
    expect(
      first(
        "Officials admitted that they mistakenly shot down a Vardian passenger plane that crashed near Orsa.",
      ),
    ).toBeDefined();
    const crash = eventMentions(
      "Officials admitted that they mistakenly shot down a Vardian passenger plane that crashed near Orsa.",
    ).find((m) => m.label === "crash");
    expect(crash?.target).toBe("a Vardian passenger plane");
  });

  it("never takes a pronoun for the target", () => {
    expect(eventMentions("Rebels attacked it at dawn.").map((m) => m.target)).not.toContain("it");
  });

  it("skips a hazard that was only announced", () => {
    expect(eventMentions("A tsunami warning was issued for the coast.")).toEqual([]);
  });

  it("never takes a clock, a fragment or a city for the actor", () => {
    for (const s of [
      "10:06 a.m. ET - Explosion hits the crowded market",
      "Lisbon bombing kills three near the cathedral",
    ]) {
      for (const m of eventMentions(s)) expect(m.actor ?? "").not.toMatch(/ET|Lisbon/);
    }
  });
});

describe("an explosion no one is said to have set off", () => {
  it("is the bombing when a report says a bomber set it off", () => {
    const documents = [
      documentOf("a", [
        "A suicide bombing hit a crowded bus station outside Tessel on Monday, killing nine.",
      ]),
      documentOf("b", ["Two explosions rocked a crowded bus station outside Tessel on Monday."]),
      documentOf("c", ["A blast rocked a crowded bus station outside Tessel on Monday, witnesses said."]),
    ];
    const [event] = findEvents(documents, storyContext(documents));
    expect(event?.action).toBe("bombing");
  });

  it("has an unknown cause, not unidentified attackers", () => {
    const documents = [
      documentOf("a", ["Two explosions rocked a chemical plant outside Tessel on Thursday."]),
    ];
    const [event] = findEvents(documents, storyContext(documents));
    expect(event).toMatchObject({ actor: "unknown", action: "explosion" });
  });
});

describe("hazards of one long story", () => {
  it("keeps a later quake in another month apart from the measured one", () => {
    const documents = [
      {
        ...documentOf("a", ["A magnitude 7.1 earthquake struck the coast of Ruritania on Monday."]),
        published: "2031-02-10",
      },
      {
        ...documentOf("b", ["A strong earthquake hit the Ruritanian coast on Friday."]),
        published: "2031-05-16",
      },
    ];
    const events = findEvents(documents, storyContext(documents));
    expect(events.map((e) => e.when)).toEqual(["2031-02-10", "2031-05-16"]);
  });
});

describe("the story's main event", () => {
  it("is the act the headlines name, even when reports tell another act more often further down", () => {
    const documents = ["a", "b", "c"].map((id, i) =>
      documentOf(
        id,
        [
          "Relatives searched the city's hospitals through the night for the missing.",
          ...(i === 0 ? ["A suicide bomber blew himself up outside the ministry gates."] : []),
          "Separately, an army drone attack hit a truck near the border on Tuesday, officials said.",
        ],
        [
          "Bomber kills dozens at ministry gates",
          "Ministry bombing: the search goes on",
          "After the bombing, a city mourns",
        ][i],
      ),
    );
    const events = findEvents(documents, storyContext(documents));
    expect(events.map((e) => e.action)).toEqual(["bombing", "drone attack"]);
  });
});
