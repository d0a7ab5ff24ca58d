import { describe, expect, it } from "vitest";
import { GOLD_CORPORA, loadFixture, readGold } from "./fixtures.js";

// The same reader on every corpus with a gold.json: the dev corpora copied from the shared folder
// and the small corpora written for these tests (other stories, outlets and page chrome). Nothing
// in the reader names an article; these tests only read what the gold says.

const JUDGED_FLAGS = ["machine-translation", "mixed-language"] as const;

describe.each(GOLD_CORPORA)("%s", (corpus) => {
  const gold = readGold(corpus);
  const load = loadFixture(corpus);

  it("reads every article the gold lists, and nothing else", async () => {
    expect((await load).map((d) => d.id).sort()).toEqual(Object.keys(gold).sort());
  });

  it.each(Object.entries(gold))(
    "%s: outlet, date, flags and lineage as the gold records them",
    async (id, g) => {
      const doc = (await load).find((d) => d.id === id);
      expect(doc).toBeDefined();
      if (!doc) return;
      if (g.outlet === null) expect(doc.outlet).toBeNull();
      else if (g.outlet !== undefined) expect(doc.outlet ?? "").toMatch(new RegExp(g.outlet, "i"));
      if (g.published !== undefined) expect(doc.published).toBe(g.published);
      if (g.derivedFrom !== undefined) expect(doc.derivedFrom).toBe(g.derivedFrom);
      for (const flag of g.flags ?? []) expect(doc.flags).toContain(flag);
      // A careful reader's flags are also the only ones: no garbling or foreign text where there is none.
      for (const flag of JUDGED_FLAGS) expect(doc.flags.includes(flag)).toBe((g.flags ?? []).includes(flag));
    },
  );
});
