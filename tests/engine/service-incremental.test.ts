import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/corpus/generate.js";
import { createBriefingService } from "../../src/briefing/service.js";
import { buildCorpus, type RawArticle } from "../../src/index.js";
import { FIXTURES, NOW } from "../helpers/fixtures.js";

// A corpus grows while the bot answers: an added article joins its story (or starts one) and the
// next briefing shows it, a removed one is gone, and the answers are those of a service built from
// scratch on the same documents.

/** A fixture corpus's files as raw articles, ids prefixed with the corpus so corpora can be mixed. */
function raw(corpus: string): RawArticle[] {
  const dir = join(FIXTURES, corpus);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({
      id: `${corpus.split("/").at(-1)}-${f.replace(/\.txt$/, "")}`,
      text: readFileSync(join(dir, f), "utf8"),
    }));
}

const strikes = raw("feb2021-syria-strikes");
const ransomware = raw("colonial-pipeline-ransomware");
const quake = raw("engine-corpora/valley-earthquake");
const flood = raw("reader-corpora/flood-rewrite");
const clock = () => NOW;

const briefed = (result: ReturnType<ReturnType<typeof createBriefingService>["brief"]>) =>
  result.ok ? result.briefing.documents.map((d) => d.id) : [];

/** Everything a user can ask, for comparing two services. */
function answers(service: ReturnType<typeof createBriefingService>, topics: string[]) {
  return {
    whole: service.brief(""),
    topics: Object.fromEntries(topics.map((t) => [t, service.brief(t)])),
    sources: service.sources("casualties"),
    help: [service.topics(), service.aspects(), service.documentCount()],
  };
}

describe("a service that grows", () => {
  const held = strikes[2] as RawArticle;
  const base = () =>
    createBriefingService(
      buildCorpus([...strikes.filter((a) => a !== held), ...ransomware, ...quake]),
      clock,
    );

  it("adds an article to the story it belongs to, and the next brief shows it", () => {
    const service = base();
    expect(briefed(service.brief("strikes"))).not.toContain(held.id);
    const [added] = service.addArticles([held]);
    expect(added?.id).toBe(held.id);
    expect(service.storyOf(held.id)).toBe(service.storyOf(strikes[0]?.id ?? ""));
    expect(briefed(service.brief("strikes"))).toContain(held.id);
    expect(briefed(service.brief("strikes"))).toHaveLength(strikes.length);
  });

  it("starts a story of its own for an article about something else", () => {
    const service = base();
    const before = new Set(service.documents().map((d) => service.storyOf(d.id)));
    const final = {
      id: "cup-final",
      text: [
        "Harbour Rovers lift the county cup after a penalty shoot-out",
        "",
        "Harbour Rovers won the county cup on Saturday, beating Millbrook Town 5-4 on penalties after a goalless draw in front of 9,000 supporters at Riverside Park.",
        "",
        "Goalkeeper Tom Ashby saved two penalties, and captain Leo Grant scored the decisive kick to give the club its first trophy in twelve seasons.",
        "",
        '"The lads never stopped running," manager Sam Ortiz told reporters after the match.',
      ].join("\n"),
    };
    // Asked before it arrives, the topic finds other stories; the answer is not kept past the add.
    expect(briefed(service.brief("Rovers cup"))).not.toContain(final.id);
    service.addArticles([final]);
    expect(before.has(service.storyOf(final.id))).toBe(false);
    expect(briefed(service.brief("Rovers cup"))).toEqual([final.id]);
  });

  it("takes a removed article out of the next brief", () => {
    const service = base();
    const gone = strikes[0]?.id ?? "";
    expect(briefed(service.brief("strikes"))).toContain(gone);
    service.remove([gone]);
    expect(briefed(service.brief("strikes"))).not.toContain(gone);
    expect(briefed(service.brief("strikes"))).toHaveLength(strikes.length - 2);
    expect(service.documentCount()).toBe(strikes.length - 2 + ransomware.length + quake.length);
  });

  it("answers as a service built from scratch on the same documents, after adds and removes", () => {
    const service = createBriefingService([], clock);
    for (const article of [...quake, ...strikes, ...ransomware]) service.addArticles([article]);
    service.remove([ransomware[1]?.id ?? "", quake[0]?.id ?? ""]);
    service.addArticles([flood[0] as RawArticle]);
    const scratch = createBriefingService(service.documents(), clock);
    const topics = ["strikes", "ransomware", "earthquake", "flood", "Irbil", "pipeline"];
    expect(answers(service, topics)).toEqual(answers(scratch, topics));
  });

  it("links an added copy to its original, and an original that arrives after its copy", () => {
    const seeds = raw("seeds");
    for (const [corpus, late] of [
      [seeds, seeds[0]],
      [strikes, strikes[1]],
    ] as const) {
      const service = createBriefingService(buildCorpus(corpus.filter((a) => a !== late)), clock);
      service.addArticles([late as RawArticle]);
      const lineage = (docs: { id: string; derivedFrom: string | null }[]) =>
        Object.fromEntries(docs.map((d) => [d.id, d.derivedFrom]));
      expect(lineage(service.documents())).toEqual(lineage(buildCorpus(corpus)));
    }
  });

  it("groups a feed of hundreds of articles one at a time exactly as from scratch", () => {
    const feed = generateCorpus(3, 160).articles.map((a) => ({ id: a.article_id, text: a.text }));
    const documents = buildCorpus(feed);
    const scratch = createBriefingService(documents, clock, { analyse: "lazy" });
    const grown = createBriefingService(documents.slice(0, 40), clock, { analyse: "lazy" });
    grown.upsert(documents.slice(40));
    const partition = (service: typeof scratch) =>
      documents.map((d) => documents.findIndex((e) => service.storyOf(e.id) === service.storyOf(d.id)));
    expect(partition(grown)).toEqual(partition(scratch));
    expect(new Set(partition(scratch)).size).toBeGreaterThan(10);
    const [topic] = generateCorpus(3, 160).stories.map((s) => s.topics[0] ?? "");
    expect(grown.brief(topic ?? "")).toEqual(scratch.brief(topic ?? ""));

    const story = briefed(grown.brief(topic ?? ""));
    grown.remove([story[1] ?? ""]);
    expect(briefed(grown.brief(topic ?? ""))).toEqual(story.filter((id) => id !== story[1]));
  });
});
