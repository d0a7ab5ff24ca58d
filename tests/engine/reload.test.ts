import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { applyReload } from "../../adapters/corpus/reload-service.js";
import { createBriefingService } from "../../src/index.js";
import { FIXTURES, NOW } from "../helpers/fixtures.js";

// The running bot re-reads its folder when files change and applies only what changed.

const UPDATE = `Monitor raises toll from US strikes on militias to nine

June 29, 2021

The Syrian Observatory for Human Rights said on Tuesday that nine militia fighters were killed in the US air strikes near the border, raising its earlier toll.
`;

describe("reloading a corpus folder into the running service", () => {
  it("adds a new article, removes a deleted one, and answers as a fresh build would", async () => {
    const dir = mkdtempSync(join(tmpdir(), "deskbrief-reload-"));
    cpSync(join(FIXTURES, "seeds"), dir, { recursive: true });
    const service = createBriefingService((await loadCorpusFolder(dir)).documents, () => NOW);

    writeFileSync(join(dir, "005_update.txt"), UPDATE);
    rmSync(join(dir, "002_f88248e96498f1f5.txt"));
    const load = await loadCorpusFolder(dir);
    expect(applyReload(service, load.documents)).toEqual({ changed: 1, removed: 1 });

    const fresh = createBriefingService(load.documents, () => NOW);
    const now = service.brief("strikes");
    const expected = fresh.brief("strikes");
    if (!now.ok || !expected.ok) throw new Error("no briefing");
    expect(now.briefing.documents.map((d) => d.id).sort()).toEqual(
      expected.briefing.documents.map((d) => d.id).sort(),
    );
    expect(now.briefing.discrepancies).toEqual(expected.briefing.discrepancies);
    expect(now.briefing.discrepancies[0]?.claims.some((c) => c.number === 9)).toBe(true);
  });

  it("changes nothing when nothing changed", async () => {
    const load = await loadCorpusFolder(join(FIXTURES, "seeds"));
    const service = createBriefingService(load.documents, () => NOW);
    expect(applyReload(service, (await loadCorpusFolder(join(FIXTURES, "seeds"))).documents)).toEqual({
      changed: 0,
      removed: 0,
    });
  });
});
