import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { findReactions } from "../../../src/analysis/reactions/find-reactions.js";
import { FIXTURES, loadFixture } from "../../helpers/fixtures.js";
import { expectGrounded } from "./helpers.js";

interface GoldReaction {
  id: string;
  core: boolean;
  speaker: string;
  stance: string[];
}

// The scorer's rule: a reaction matches a gold item when speaker, role or affiliation matches its pattern
// and the stance is one the annotator accepted (a denial passes where "other" or "defend" is accepted).
describe.each(["feb2021-syria-strikes", "colonial-pipeline-ransomware"])("reactions on %s", (name) => {
  it("finds every core reaction of the gold, with few that match nothing", async () => {
    const documents = await loadFixture(name);
    const gold = JSON.parse(readFileSync(join(FIXTURES, name, "gold.json"), "utf8"))
      .reactions as GoldReaction[];
    const reactions = findReactions(documents);
    const matches = (g: GoldReaction, r: (typeof reactions)[number]) =>
      new RegExp(g.speaker, "i").test(`${r.speaker} ${r.role ?? ""} ${r.affiliation ?? ""}`) &&
      (g.stance.includes(r.stance) ||
        (r.stance === "deny" && (g.stance.includes("other") || g.stance.includes("defend"))));
    const missed = gold.filter((g) => g.core && !reactions.some((r) => matches(g, r))).map((g) => g.id);
    expect(missed).toEqual([]);
    const unmatched = reactions.filter((r) => !gold.some((g) => matches(g, r)));
    expect(unmatched.length / reactions.length).toBeLessThanOrEqual(0.2);
    expectGrounded(reactions, documents);
  });
});
