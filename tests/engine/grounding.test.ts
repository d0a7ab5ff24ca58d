import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type Briefing,
  BriefingSchema,
  type Citation,
  composeDigest,
  createBriefingService,
  type Document,
  SourcesAnswerSchema,
} from "../../src/index.js";
import { fixtureCorpora, loadFixture, NOW } from "../helpers/fixtures.js";
import {
  briefingCitations,
  digestCitations,
  type GroundingSource,
  groundingSource,
  sourcesCitations,
  ungrounded,
} from "../helpers/grounding.js";

// The worst bug we can ship is a quote that is not in its document, or one cut out of a word. Every
// quote of every answer the engine gives on every fixture corpus is checked against the article's
// file (helpers/grounding.ts): the whole briefing and each story's `brief TOPIC`, every `sources`
// answer (claims and discrepancies), and every digest as the corpus grows article by article.

/** Aspects editors ask about, on top of the ones each corpus suggests. */
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

function sourcesOf(dir: string, docs: Document[]): Map<string, GroundingSource> {
  const raw = (id: string) => {
    const file = [".txt", ".md"].map((ext) => join(dir, `${id}${ext}`)).find((f) => existsSync(f));
    return file ? readFileSync(file, "utf8") : "";
  };
  return new Map(docs.map((d) => [d.id, groundingSource(raw(d.id), d)]));
}

/** A briefing's citations, and each reaction's quote as a citation of the first document that has it. */
function briefingQuotes(b: Briefing, sources: Map<string, GroundingSource>): Citation[] {
  const reactionQuotes = b.reactions.map((r) => {
    const home = r.citations.find((c) => ungrounded(sources, [{ doc: c.doc, quote: r.quote }]).length === 0);
    return { doc: home?.doc ?? r.citations[0]?.doc ?? "", quote: r.quote };
  });
  return [...briefingCitations(b), ...reactionQuotes];
}

describe.each(fixtureCorpora())("grounding on $name", ({ name, dir }) => {
  it("grounds every quote of the whole briefing and of each topic's briefing", async () => {
    const docs = await loadFixture(name);
    const sources = sourcesOf(dir, docs);
    const service = createBriefingService(docs, () => NOW);
    const topics = ["", ...service.topics()];
    const quotes = topics.flatMap((topic) => {
      const result = service.brief(topic);
      if (topic === "") expect(result.ok).toBe(true);
      return result.ok ? briefingQuotes(BriefingSchema.parse(result.briefing), sources) : [];
    });
    expect(quotes.length).toBeGreaterThan(0);
    expect(ungrounded(sources, quotes)).toEqual([]);
  });

  it("grounds every claim and discrepancy of every sources answer, and lists every document", async () => {
    const docs = await loadFixture(name);
    const sources = sourcesOf(dir, docs);
    const service = createBriefingService(docs, () => NOW);
    const aspects = [...new Set([...service.aspects(), ...ASPECTS])];
    const quotes = aspects.flatMap((aspect) => {
      const answer = SourcesAnswerSchema.parse(service.sources(aspect));
      expect(answer.bySource.map((s) => s.doc).sort()).toEqual(docs.map((d) => d.id).sort());
      return sourcesCitations(answer);
    });
    expect(quotes.length).toBeGreaterThan(0);
    expect(ungrounded(sources, quotes)).toEqual([]);
  });

  it("grounds every change of every digest as the corpus grows one article at a time", async () => {
    const docs = (await loadFixture(name)).sort((a, b) => a.id.localeCompare(b.id));
    const sources = sourcesOf(dir, docs);
    const briefings = docs.map((_, i) => {
      const result = createBriefingService(docs.slice(0, i + 1), () => NOW).brief("");
      if (!result.ok) throw new Error(`no briefing of ${name}'s first ${i + 1} articles`);
      return result.briefing;
    });
    const quotes = briefings.slice(1).flatMap((current, i) => {
      const previous = briefings[i] as Briefing;
      const digest = composeDigest("grounding", current, {
        generatedAt: previous.generatedAt,
        briefing: previous,
      });
      return digestCitations(digest);
    });
    if (docs.length > 1) expect(quotes.length).toBeGreaterThan(0);
    expect(ungrounded(sources, quotes)).toEqual([]);
  });
});
