import { describe, expect, it } from "vitest";
import { createBriefingService, EAGER_LIMIT } from "../../src/briefing/service.js";
import { documentOf } from "../helpers/documents.js";
import { NOW } from "../helpers/fixtures.js";

// A corpus is analysed when it is loaded while it is small, and story by story when asked about once
// it is a large feed, so a newsroom's month of articles is ready at once and its memory stays bounded.

const report = (i: number) =>
  documentOf(`r${i}`, [`Council ${i} approved the budget ${i} on Tuesday after a long debate.`]);
const reports = (n: number) => Array.from({ length: n }, (_, i) => report(i));

describe("when stories are analysed", () => {
  it("analyses a small corpus when it is loaded", () => {
    const service = createBriefingService(reports(3), () => NOW);
    expect(service.analysePending(0)).toBe(0);
  });

  it("leaves a corpus past the limit to be analysed story by story, and still answers", () => {
    const service = createBriefingService(reports(EAGER_LIMIT + 1), () => NOW);
    const pending = service.analysePending(0);
    expect(pending).toBeGreaterThan(0);
    const answer = service.brief("Council 7 budget");
    expect(answer.ok && answer.briefing.documents.map((d) => d.id)).toContain("r7");
    expect(service.analysePending(0)).toBeLessThan(pending);
  });

  it("turns lazy when a growing corpus passes the limit", () => {
    const service = createBriefingService(reports(3), () => NOW);
    service.upsert(reports(EAGER_LIMIT + 1).slice(3));
    expect(service.analysePending(0)).toBeGreaterThan(0);
  });

  it("an explicit choice holds whatever the size", () => {
    expect(createBriefingService(reports(3), () => NOW, { analyse: "lazy" }).analysePending(0)).toBe(1);
  });
});
