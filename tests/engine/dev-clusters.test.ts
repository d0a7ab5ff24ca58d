import { describe, expect, it } from "vitest";
import { fixtureService } from "../helpers/fixtures.js";
import { missedCore, readGold, sourcesProblems } from "../helpers/gold.js";

// The two dev clusters with gold annotations: every core event, reaction, discrepancy and summary
// nugget is found, every open discrepancy is a real one, and sources answers list who says what.

describe.each(["feb2021-syria-strikes", "colonial-pipeline-ransomware"])("dev cluster %s", (cluster) => {
  const gold = readGold(cluster);

  it("finds every core item of the gold annotation", async () => {
    const result = (await fixtureService(cluster)).brief(gold.topic);
    expect(result.ok).toBe(true);
    if (result.ok) expect(missedCore(gold, result.briefing)).toEqual([]);
  });

  it("keeps the summary within 6 sentences and 120 words", async () => {
    const result = (await fixtureService(cluster)).brief(gold.topic);
    if (!result.ok) throw new Error("no briefing");
    const words = result.briefing.summary
      .map((s) => s.text)
      .join(" ")
      .split(/\s+/).length;
    expect(result.briefing.summary.length).toBeGreaterThanOrEqual(3);
    expect(result.briefing.summary.length).toBeLessThanOrEqual(6);
    expect(words).toBeLessThanOrEqual(120);
  });

  it("reports documents' outlets, dates and lineage as the gold records them", async () => {
    const result = (await fixtureService(cluster)).brief(gold.topic);
    if (!result.ok) throw new Error("no briefing");
    const docs = new Map(result.briefing.documents.map((d) => [d.id, d]));
    for (const [id, g] of Object.entries(gold.docs)) {
      const d = docs.get(id);
      if (g.published !== undefined) expect(d?.published, id).toBe(g.published);
      if (g.outlet === null) expect(d?.outlet, id).toBeNull();
      else if (g.outlet) expect(d?.outlet ?? "", id).toMatch(new RegExp(g.outlet, "i"));
      if (g.derivedFrom) expect(d?.derivedFrom, id).toBe(g.derivedFrom);
    }
  });

  it.each(gold.sources.map((q) => [q.aspect, q]))("answers sources %s outlet by outlet", async (_, q) => {
    const answer = (await fixtureService(cluster)).sources(q.aspect);
    expect(sourcesProblems(q, answer)).toEqual([]);
  });
});
