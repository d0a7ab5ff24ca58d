import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { type CorpusWatcher, watchCorpusFolder } from "../../adapters/corpus/watch-folder.js";
import { createLogger } from "../../adapters/log.js";
import { type CorpusState, createBriefingService } from "../../src/index.js";
import { FIXTURES, NOW } from "../helpers/fixtures.js";

// The running bot re-reads its folder when files change and applies only what changed: the answer
// after a reload is the answer a fresh build of the same folder gives.

const UPDATE = `Monitor raises toll from US strikes on militias to nine

June 29, 2021

The Syrian Observatory for Human Rights said on Tuesday that nine militia fighters were killed in the US air strikes near the border, raising its earlier toll.
`;

const dirs: string[] = [];
let watcher: CorpusWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("reloading a corpus folder into the running service", () => {
  it("adds a new article, removes a deleted one, and answers as a fresh build would", async () => {
    const dir = mkdtempSync(join(tmpdir(), "deskbrief-reload-"));
    dirs.push(dir);
    cpSync(join(FIXTURES, "seeds"), dir, { recursive: true });
    const service = createBriefingService((await loadCorpusFolder(dir)).documents, () => NOW);
    watcher = watchCorpusFolder(dir, { ok: true, service } satisfies CorpusState, {
      service,
      createService: () => createBriefingService([], () => NOW),
      log: createLogger("error", () => {}),
      debounceMs: 30,
    });

    writeFileSync(join(dir, "005_update.txt"), UPDATE);
    rmSync(join(dir, "002_f88248e96498f1f5.txt"));
    await watcher.refresh();

    const fresh = createBriefingService((await loadCorpusFolder(dir)).documents, () => NOW);
    const state = watcher.state();
    const now = state.ok ? state.service.brief("strikes") : null;
    const expected = fresh.brief("strikes");
    if (!now?.ok || !expected.ok) throw new Error("no briefing");
    expect(now.briefing.documents.map((d) => d.id).sort()).toEqual(
      expected.briefing.documents.map((d) => d.id).sort(),
    );
    expect(now.briefing.documents.map((d) => d.id)).not.toContain("002_f88248e96498f1f5");
    expect(now.briefing.discrepancies).toEqual(expected.briefing.discrepancies);
  });
});
