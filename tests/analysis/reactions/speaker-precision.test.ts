import { describe, expect, it } from "vitest";
import { findReactions } from "../../../src/analysis/reactions/find-reactions.js";
import type { Reaction } from "../../../src/contract/schema.js";
import { articleOf } from "../../helpers/documents.js";

const speakerOf = (reactions: Reaction[], words: string) =>
  reactions.find((r) => r.quote.includes(words) || r.citations.some((c) => c.quote.includes(words)))?.speaker;

describe("whose words they are, on copy where the nearest speaker is the wrong one", () => {
  it("gives 'he wrote' to the person the sentence before is about, not to a speaker further back", () => {
    const reactions = findReactions([
      articleOf("a", [
        'The rebels\' spokesman, Tomas Varga, warned that "our next operations will be more painful."',
        'Foreign Minister Ada Kessler took to social media hours later. "There is no proof the drones came from the south," she wrote. She called on all governments to condemn the attack.',
      ]),
    ]);
    expect(speakerOf(reactions, "no proof the drones")).toBe("Ada Kessler");
    expect(speakerOf(reactions, "condemn the attack")).toBe("Ada Kessler");
  });

  it("gives a relative clause's statement to the name it hangs on", () => {
    const reactions = findReactions([
      articleOf("a", [
        "The regional premier, Ivo Brandt, dismissed the city council the same night.",
        '"The crowds of reporters hinder the rescue teams," said Mira Solberg, a minister in the regional government, who denied the order had anything to do with politics.',
      ]),
    ]);
    expect(speakerOf(reactions, "anything to do with politics")).toBe("Mira Solberg");
  });

  it("gives 'he said' to the one who spoke earlier in the same sentence", () => {
    const reactions = findReactions([
      articleOf("a", [
        "Prosecutor General Karl Winter said his office had opened an inquiry into the collapse.",
        'Minister Ola Brekke denied that the order had to do with security, and he said: "The number of reporters became an obstacle for the rescuers."',
      ]),
    ]);
    expect(speakerOf(reactions, "obstacle for the rescuers")).toBe("Ola Brekke");
  });

  it("does not take the subject of what was said for the one who said it", () => {
    const reactions = findReactions([
      articleOf("a", [
        "Late on Thursday Pia Lund, director of the regional ambulance service, said Norvik was being evacuated and that only rescue teams would be allowed in.",
      ]),
    ]);
    expect(reactions.map((r) => r.speaker)).not.toContain("Norvik");
  });

  it("gives a question heading no speaker", () => {
    const reactions = findReactions([
      articleOf("a", [
        "The minister said the company would draw on its stockpiles.",
        "Who says they did it?",
        "The rebels said they had used ten drones.",
      ]),
    ]);
    expect(reactions.some((r) => r.quote.includes("they did it"))).toBe(false);
  });

  it("keeps an adverb out of the speaker's name", () => {
    const reactions = findReactions([
      articleOf("a", [
        "The health minister said four of the volunteers had been killed; Portugal's military at first reported three dead and two missing.",
      ]),
    ]);
    expect(reactions.some((r) => / at$/.test(r.speaker))).toBe(false);
  });
});

describe("a speaker's country, only where the copy gives it", () => {
  it("does not give a president the country the sentence before accused", () => {
    const reactions = findReactions([
      articleOf("a", [
        'The foreign minister placed the responsibility on Portugal. President Leo Marsh wrote that the army was "ready to respond" once the culprit was known.',
      ]),
    ]);
    const marsh = reactions.find((r) => r.speaker === "Leo Marsh");
    expect(marsh).toBeDefined();
    expect(marsh?.affiliation).not.toBe("Portugal");
  });

  it("does not give a place the speaker visits or addresses as the speaker's country", () => {
    const reactions = findReactions([
      articleOf("a", [
        'Commission President Ines Moreau, in Portugal today with the bloc\'s foreign policy chief, called the strike "despicable".',
      ]),
    ]);
    const moreau = reactions.find((r) => /Moreau/.test(r.speaker));
    expect(moreau).toBeDefined();
    expect(moreau?.affiliation).toBeNull();
  });

  it("does not give an armed group's spokesman the country it is fighting", () => {
    const reactions = findReactions([
      articleOf("a", [
        "Drones struck two oil plants in Portugal on Saturday, the Portuguese interior ministry said.",
        'The rebels\' military spokesman, Tomas Varga, warned Portugal that "our future operations will expand."',
      ]),
    ]);
    const varga = reactions.find((r) => r.speaker === "Tomas Varga");
    expect(varga).toBeDefined();
    expect(varga?.affiliation).not.toBe("Portugal");
  });

  it("still gives a spokesman the country whose position the sentence before reports", () => {
    const reactions = findReactions([
      articleOf("a", [
        'Norway condemned the strikes. Foreign Ministry spokesman Pavel Dorn said they were "a grave violation of international law".',
      ]),
    ]);
    expect(reactions.find((r) => r.speaker === "Pavel Dorn")?.affiliation).toBe("Norway");
  });
});
