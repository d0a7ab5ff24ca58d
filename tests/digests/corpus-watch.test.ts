import { cpSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { type CorpusWatcher, watchCorpusFolder } from "../../adapters/corpus/watch-folder.js";
import { createLogger } from "../../adapters/log.js";
import { type CorpusState, createBriefingService } from "../../src/index.js";
import { waitUntil } from "../helpers/wait.js";
import { SEEDS } from "../schedule/scheduler-harness.js";

const dirs: string[] = [];
let watcher: CorpusWatcher | undefined;
afterEach(() => {
  watcher?.stop();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const clock = () => new Date("2021-03-01T08:00:00Z");
const count = (w: CorpusWatcher) => {
  const s = w.state();
  return s.ok ? s.service.documentCount() : -1;
};

async function watched() {
  const parent = mkdtempSync(join(tmpdir(), "deskbrief-watch-"));
  dirs.push(parent);
  const dir = join(parent, "corpus");
  cpSync(SEEDS, dir, { recursive: true });
  const lines: string[] = [];
  const service = createBriefingService((await loadCorpusFolder(dir)).documents, clock);
  const w = watchCorpusFolder(dir, { ok: true, service } satisfies CorpusState, {
    service,
    createService: () => createBriefingService([], clock),
    log: createLogger("info", (l) => lines.push(l)),
    debounceMs: 30,
  });
  watcher = w;
  return { w, dir, parent, lines };
}

describe("corpus folder watcher", () => {
  it("picks up a new article and an edited one without a restart", async () => {
    const { w, dir } = await watched();
    const before = count(w);
    writeFileSync(
      join(dir, "010_new.txt"),
      "A new report\n\nOfficials said a bridge was struck on Monday.\n",
    );
    await w.refresh();
    expect(count(w)).toBe(before + 1);
    writeFileSync(
      join(dir, "010_new.txt"),
      "A new report, updated\n\nOfficials said two bridges were struck.\n",
    );
    await w.refresh();
    const state = w.state();
    const brief = state.ok ? state.service.brief("") : null;
    const titles = brief?.ok ? brief.briefing.documents.map((d) => d.title) : [];
    expect(titles).toContain("A new report, updated");
  });

  it("reloads on its own when a file appears (file events, debounced)", { timeout: 60_000 }, async () => {
    const { w, dir } = await watched();
    const before = count(w);
    writeFileSync(
      join(dir, "011_new.txt"),
      "Another report\n\nA port was attacked on Tuesday, officials said.\n",
    );
    await waitUntil("the watcher to load the new file", () => count(w) !== before, { timeoutMs: 30_000 });
    expect(count(w)).toBe(before + 1);
  });

  it("keeps answering from the last good corpus while the folder is gone, and says so", async () => {
    const { w, dir, parent, lines } = await watched();
    const before = count(w);
    renameSync(dir, join(parent, "moved"));
    await w.refresh();
    expect(count(w)).toBe(before);
    expect(lines.some((l) => l.includes("corpus reload failed; keeping the previous corpus"))).toBe(true);
  });
});
