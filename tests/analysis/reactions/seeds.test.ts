import { beforeAll, describe, expect, it } from "vitest";
import { findReactions } from "../../../src/analysis/reactions/find-reactions.js";
import type { Reaction } from "../../../src/contract/schema.js";
import type { Document } from "../../../src/corpus/document.js";
import { loadFixture } from "../../helpers/fixtures.js";
import { expectGrounded, findReaction } from "./helpers.js";

describe("reactions on the seeds", () => {
  let documents: Document[];
  let reactions: Reaction[];
  beforeAll(async () => {
    documents = await loadFixture("seeds");
    reactions = findReactions(documents);
  });

  it("has the Pentagon spokesman defending the strikes", () => {
    const r = findReaction(reactions, /Kirby/, "defend");
    expect(r).toMatchObject({ affiliation: "United States" });
    expect(r?.role).toMatch(/Pentagon/);
  });

  it("has Iraq condemning them through its military spokesman", () => {
    const r = findReaction(reactions, /Iraq/, "condemn");
    expect(r?.role).toMatch(/[Mm]ilitary spokesman/);
    expect(r?.citations.map((c) => c.quote)).toContain(
      "Iraq's military said the strikes represented a clear breach of Iraqi sovereignty.",
    );
  });

  it("has Iran condemning them through its Foreign Ministry spokesman", () => {
    expect(findReaction(reactions, /Iran/, "condemn")?.role).toMatch(/Foreign Ministry spokesman/);
  });

  it("gives 'it warned' to the militia alliance that threatened to retaliate earlier", () => {
    const r = findReaction(reactions, /Popular Mobilisation Forces/, "threaten");
    expect(r?.quote).toMatch(/to respond and take revenge/);
  });

  it("merges Biden and the White House declining comment into one reaction from two reports", () => {
    const declines = reactions.filter((r) => r.stance === "decline");
    expect(declines).toHaveLength(1);
    expect(declines[0]?.speaker).toMatch(/Biden/);
    expect(new Set(declines[0]?.citations.map((c) => c.doc)).size).toBe(2);
  });

  it("treats state media accusing the US as a reaction, but not the monitor counting the dead", () => {
    expect(findReaction(reactions, /state media/, "condemn")).toBeDefined();
    expect(reactions.some((r) => /Observatory/.test(r.speaker))).toBe(false);
  });

  it("ranks heads of state and officials before other voices", () => {
    expect(reactions[0]?.speaker).toMatch(/Biden/);
  });

  it("quotes every reaction verbatim from a cited sentence", () => {
    expectGrounded(reactions, documents);
  });
});
