import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BriefingSchema, type Citation, SourcesAnswerSchema } from "../../src/index.js";
import { fixtureCorpora, fixtureService, loadFixture } from "../helpers/fixtures.js";

/** The raw file, whitespace collapsed: a reader must find the quote here with a plain search. */
const rawText = (dir: string, id: string) => {
  const file = [".txt", ".md"].map((ext) => join(dir, `${id}${ext}`)).find((f) => existsSync(f)) ?? "";
  return readFileSync(file, "utf8").replace(/\s+/g, " ");
};

// The worst bug we can ship is a quote that is not in its document. Every citation and every reaction
// quote of every briefing and sources answer, on every corpus we have, is looked up verbatim.

const ASPECTS = [
  "casualties",
  "timing",
  "ransom",
  "Russia",
  "drones",
  "aircraft",
  "fuel shortages",
  "intelligence",
];

describe.each(fixtureCorpora())("grounding on $name", ({ name, dir }) => {
  it("finds every quote of the briefing and of sources answers verbatim in its document", async () => {
    const docs = await loadFixture(name);
    const texts = new Map(docs.map((d) => [d.id, rawText(dir, d.id)]));
    const service = await fixtureService(name);
    const result = service.brief("");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const briefing = BriefingSchema.parse(result.briefing);
    const citations: Citation[] = [
      ...briefing.summary.flatMap((s) => s.citations),
      ...briefing.events.flatMap((e) => e.citations),
      ...briefing.reactions.flatMap((r) => r.citations),
      ...briefing.discrepancies.flatMap((d) => d.claims.flatMap((c) => c.citations)),
    ];
    for (const aspect of ASPECTS) {
      const answer = SourcesAnswerSchema.parse(service.sources(aspect));
      expect(answer.bySource.map((s) => s.doc).sort()).toEqual(docs.map((d) => d.id).sort());
      citations.push(...answer.bySource.flatMap((s) => s.claims.flatMap((c) => c.citations)));
    }
    const missing = citations.filter((c) => !texts.get(c.doc)?.includes(c.quote.replace(/\s+/g, " ")));
    expect(missing).toEqual([]);
    for (const r of briefing.reactions) {
      expect(r.citations.some((c) => texts.get(c.doc)?.includes(r.quote.replace(/\s+/g, " ")))).toBe(true);
    }
  });
});
