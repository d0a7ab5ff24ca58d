import { describe, expect, it } from "vitest";
import type { Speaker } from "../../../src/analysis/reactions/speaker-type.js";
import { canReact, outletKey } from "../../../src/analysis/reactions/who-counts.js";

const speaker = (name: string, role: string | null = null, kind: Speaker["kind"] = "person"): Speaker => ({
  kind,
  name,
  key: name,
  role,
  affiliation: null,
  institution: null,
  stateMedia: false,
  reporting: false,
  head: false,
});
const outlets = new Set([outletKey("The Harbour Ledger")]);

describe("who can voice a reaction", () => {
  it.each([
    ["the corpus's own outlet", speaker("Harbour Ledger", null, "body")],
    ["a wire agency", speaker("Reuters", null, "body")],
    ["a broadcaster", speaker("the BBC", null, "body")],
    ["a relative", speaker("Mara Holt", "widow of the pilot")],
    ["a witness", speaker("Ben Ode", "eyewitness")],
    ["a subject cut at an initial", speaker("Robert C.")],
    ["a subject run over into a conjunction", speaker("the Free Trade Agreement and", null, "body")],
    ["a subject that starts with a preposition", speaker("of Northvale Ana Ruiz")],
    ["a role cut at a preposition", speaker("Ana Ruiz", "owner of")],
    ["a thing someone owns", speaker("Trump's plan", null, "body")],
    ["a party adjective", speaker("Republican", null, "body")],
    ["an office of an unnamed company", speaker("Company's chief executive")],
    ["a newspaper credited by kind", speaker("Northvale paper The Beacon", null, "body")],
    ["data", speaker("Flight recorder data", null, "body")],
    ["pilots opening the sentence", speaker("Pilots from Skyline", null, "body")],
    ["a spokesman with nothing saying whose", speaker("Spokesman")],
  ])("not %s", (_, s) => {
    expect(canReact(s, outlets)).toBe(false);
  });

  it.each([
    ["a minister", speaker("Ana Ruiz", "foreign minister")],
    ["an adviser to a family", speaker("Ana Ruiz", "political adviser to the Ruiz family")],
    ["a ministry", speaker("Foreign Ministry", null, "body")],
    ["a government's office", speaker("Freedonia's government", null, "body")],
    ["an office as written", speaker("The senator", null, "person")],
  ])("%s", (_, s) => {
    expect(canReact(s, outlets)).toBe(true);
  });
});
