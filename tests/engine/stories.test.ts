import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { createBriefingService, runCommand } from "../../src/index.js";
import { FIXTURES, NOW } from "../helpers/fixtures.js";

// A corpus that holds several stories: /brief TOPIC briefs only the matching one, whole.

async function mixedService() {
  const dir = mkdtempSync(join(tmpdir(), "deskbrief-mixed-"));
  for (const cluster of [
    "feb2021-syria-strikes",
    "colonial-pipeline-ransomware",
    "engine-corpora/valley-earthquake",
  ]) {
    for (const f of readdirSync(join(FIXTURES, cluster)).filter((n) => n.endsWith(".txt"))) {
      cpSync(join(FIXTURES, cluster, f), join(dir, `${cluster.split("/").at(-1)}-${f}`));
    }
  }
  return createBriefingService((await loadCorpusFolder(dir)).documents, () => NOW);
}

const ids = (result: ReturnType<Awaited<ReturnType<typeof mixedService>>["brief"]>) =>
  result.ok ? result.briefing.documents.map((d) => d.id.split("-").slice(0, -1).join("-")) : [];

describe("stories in one corpus", () => {
  it("briefs every report of the matching story and none of the others", async () => {
    const service = await mixedService();
    expect(new Set(ids(service.brief("strikes")))).toEqual(new Set(["feb2021-syria-strikes"]));
    expect(ids(service.brief("strikes"))).toHaveLength(6);
    expect(new Set(ids(service.brief("ransomware")))).toEqual(new Set(["colonial-pipeline-ransomware"]));
    expect(new Set(ids(service.brief("earthquake")))).toEqual(new Set(["valley-earthquake"]));
  });

  it("finds a name however it is spelled", async () => {
    const service = await mixedService();
    expect(new Set(ids(service.brief("Kata'ib Hezbollah")))).toEqual(new Set(["feb2021-syria-strikes"]));
    expect(new Set(ids(service.brief("Irbil")))).toEqual(new Set(["feb2021-syria-strikes"]));
  });

  it("says what to try when nothing matches, and fails the command", async () => {
    const service = await mixedService();
    const outcome = await runCommand(
      {
        corpus: { ok: true, service },
        caller: { platform: "console", userId: "u", channelId: "c", isEditor: true },
      },
      "brief",
      "volleyball",
    );
    expect(outcome.kind).toBe("error");
    if (outcome.kind !== "error") return;
    expect(outcome.code).toBe("unknown_topic");
    expect(outcome.message).toMatch(/^Nothing in the corpus matches "volleyball"; try: .+/);
    expect(outcome.suggestions.length).toBeGreaterThan(0);
  });
});
