import { describe, expect, it } from "vitest";
import { stanceOf } from "../../../src/analysis/reactions/stance.js";

describe("stanceOf", () => {
  it.each([
    ["declined to comment on the raid", "decline"],
    ['replied: "No comment."', "decline"],
    ["did not want to comment", "decline"],
    ["strongly condemns the cowardly aggression", "condemn"],
    ["called the shelling a blatant violation of our sovereignty", "condemn"],
    ["threatened to retaliate", "threaten"],
    ["we are fully ready to respond and take revenge", "threaten"],
    ["said it would publish the files unless the company paid", "threaten"],
    ['said the army was "locked and loaded" and waiting for orders', "threaten"],
    ["said all options remain on the table", "threaten"],
    ["appealed for calm", "urge-restraint"],
    ["urged residents not to hoard fuel", "urge-restraint"],
    ["said the strikes were necessary and proportionate", "defend"],
    ["said paying was the right thing to do", "defend"],
    ["said it stood in solidarity with the victims", "support"],
    ["offered condolences to the families", "support"],
    ["denied any involvement in the blast", "deny"],
    ["rejected the allegations as baseless", "deny"],
    ["said it had nothing to do with the attack", "deny"],
    ["said the toll had risen to 12", "other"],
    ["called the shelling “unconscionable”", "condemn"],
    ["said she was appalled by the attack", "condemn"],
    ["said the raiders must be punished for their crimes", "condemn"],
    ["called the shelling of the market pure evil", "condemn"],
    ["called the raid an act of aggression", "condemn"],
    ["said its territory would never be used for aggression against its neighbours", "other"],
    ["said the gunmen had cynically chosen a school", "condemn"],
    ["warned the consequences of a flood would be disastrous for the valley", "other"],
    ["said the smugglers would face serious consequences", "threaten"],
    ["said the launch showed there are consequences to breaking the accord", "threaten"],
  ])("reads %j as %s", (text, stance) => {
    expect(stanceOf(text)).toBe(stance);
  });

  it("lets a refusal to comment outweigh the words around it", () => {
    expect(stanceOf("declined to comment on the illegal strike")).toBe("decline");
  });

  it("does not read self-description as a call for restraint", () => {
    expect(stanceOf("acted in a deliberate manner that aims to de-escalate the situation")).toBe("other");
  });
});
