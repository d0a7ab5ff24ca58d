import { describe, expect, it } from "vitest";
import { eventMentions } from "../../src/analysis/events/event-mentions.js";
import { findEvents } from "../../src/analysis/events/find-events.js";
import { storyContext } from "../../src/analysis/story-context.js";
import { documentOf } from "../helpers/documents.js";

// Events whose verb is no attack word, actors that are agents, and reports that state no event:
// our own short texts, with coined names.

const first = (s: string) => eventMentions(s)[0];

describe("what gave way or went down", () => {
  it("reads a dam that burst or gave way, with the dam as what was hit and no actor", () => {
    const collapse = (s: string) => eventMentions(s).find((m) => m.label === "dam collapse");
    expect(
      collapse("Dozens died in Tessel after two dams above the town burst during the storm."),
    ).toMatchObject({
      label: "dam collapse",
      actor: null,
      target: "two dams",
    });
    expect(collapse("Hours later the upper of two dams on the river gave way.")).toMatchObject({
      label: "dam collapse",
      target: "two dams",
    });
    expect(collapse("Prosecutors opened an inquiry into the collapse of the two dams.")).toMatchObject({
      label: "dam collapse",
      target: "the two dams",
    });
  });

  it("reads a crash, a disappearance and a sinking, naming the vehicle", () => {
    expect(first("The Skyway A320 jetliner crashed into the sea in May.")).toMatchObject({
      label: "crash",
      target: "The Skyway A320 jetliner",
    });
    expect(
      first("Relatives of those aboard Skyway Flight 12, which crashed in the sea, met on Monday."),
    ).toMatchObject({ label: "crash", target: "Skyway Flight 12" });
    expect(first("The ferry capsized off the island on Sunday.")).toMatchObject({ label: "sinking" });
    expect(first("A cargo plane went missing over the desert.")).toMatchObject({ label: "disappearance" });
  });

  it("leaves out what only might give way and what is not a vehicle or a structure", () => {
    expect(eventMentions("Engineers warned the bridge could collapse at any time.")).toEqual([]);
    expect(eventMentions("Stocks plunged after the report.")).toEqual([]);
    expect(eventMentions("The talks collapsed on Friday.")).toEqual([]);
  });

  it("prints a failure with an unknown actor, apart from the storm that preceded it", () => {
    const documents = [
      documentOf("a", [
        "Storm Keld struck the northern coast of Ruritania on Sunday.",
        "Hours later two dams above the port burst.",
      ]),
    ];
    const events = findEvents(documents, storyContext(documents));
    expect(events.find((e) => e.action === "dam collapse")).toMatchObject({
      actor: "unknown",
      target: "two dams",
    });
  });
});

describe("arrests told with a noun", () => {
  it("reads 'ordered the detention of' with its subject as the actor", () => {
    expect(
      first("The chief prosecutor ordered the detention of nine officials over the disaster."),
    ).toMatchObject({
      family: "arrest",
      actor: "The chief prosecutor",
      target: "nine officials",
    });
  });
});

describe("the actor is an agent", () => {
  it("never takes a weapon, a count or an outlet for the actor", () => {
    expect(first('"Two rockets hit the central station," the railway said.')?.actor).toBeNull();
    expect(first("The mayor says the station was hit by a cluster missile.")?.actor ?? null).toBeNull();
    expect(first("The railway says on its channel that two rockets struck the depot.")?.actor).toBeNull();
    for (const m of eventMentions("Officials said Vorga-K missiles hit the depot."))
      expect(m.actor).toBeNull();
  });

  it("takes the nation behind a weapon or a strike, and who fired or answered with it", () => {
    expect(first("On 3 May a Russian air strike destroyed the theatre.")).toMatchObject({ actor: "Russian" });
    expect(first("Israeli drones struck a car near the border town.")).toMatchObject({ actor: "Israeli" });
    expect(first("Iran answered days later with ballistic missiles on the air base.")).toMatchObject({
      actor: "Iran",
    });
    expect(first("A similar Vorga-K fired by rebel troops had hit the square.")).toMatchObject({
      actor: "rebel troops",
    });
  });

  it("leaves the actor of a quoted attribution to the disputes", () => {
    expect(
      first('"This was an Iranian attack on the refinery," he told reporters.')?.actor ?? null,
    ).toBeNull();
  });
});

describe("reports that state no event", () => {
  it("skips allegations, denials and sounds likened to explosions", () => {
    expect(eventMentions("The president accuses the rebels of deliberately targeting civilians.")).toEqual(
      [],
    );
    expect(eventMentions("The ministry denies targeting civilians.")).toEqual([]);
    expect(
      eventMentions(
        "The office denied reports about the use of its territory to launch attacks on the refinery.",
      ),
    ).toEqual([]);
    expect(
      eventMentions(
        "Residents heard what some described as loud explosions as the levee on the river gave way.",
      ),
    ).toEqual([expect.objectContaining({ label: "levee collapse" })]);
  });

  it("skips insults told at length and participles that describe a noun", () => {
    expect(
      eventMentions(
        "The sergeant bombarded the recruit, a quiet, 19-year-old private, with slurs and abuse.",
      ),
    ).toEqual([]);
    expect(eventMentions("Smoke rose from a building at the region's crippled power plant.")).toEqual([]);
    expect(eventMentions("The singer said she was underage in hacked photos.")).toEqual([]);
  });
});

describe("what searchers find after a crash or a disaster", () => {
  it("reads finds of wreckage, bodies and flight recorders, with who found them", () => {
    expect(first("Navy divers have recovered two bodies from the lake.")).toMatchObject({
      label: "bodies recovered",
      actor: "Navy divers",
      target: "two bodies",
    });
    expect(first("Coast guard aircraft have found wreckage of a plane off the cape.")).toMatchObject({
      label: "wreckage located",
      actor: "Coast guard aircraft",
    });
    expect(
      first('The flight recorder, or "black box", of the Skyway plane has been located on the seabed.'),
    ).toMatchObject({ label: "flight recorders located", actor: null });
  });

  it("leaves out searches without a find and finds of no one in particular", () => {
    expect(eventMentions("Teams from both countries said neither have recovered any debris.")).toEqual([]);
    expect(eventMentions("He found the debris of his old life scattered.")).toEqual([]);
    expect(eventMentions("Officials say that no sign of wreckage had been found.")).toEqual([]);
    expect(eventMentions("Previously retrieved debris turned out to be ship trash.")).toEqual([]);
    expect(first("More than 75,000 bodies have been recovered so far.")?.target).toBe(
      "More than 75,000 bodies",
    );
  });
});

describe("an actor named only by a generic noun", () => {
  it("is no actor when nothing earlier names it", () => {
    const documents = [
      documentOf("a", ["The group has fired rockets at the Tessel refinery, the ministry said."]),
    ];
    expect(findEvents(documents, storyContext(documents))[0]?.actor).not.toMatch(/group/i);
  });
});
