import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { type CorpusWatcher, watchCorpusFolder } from "../../adapters/corpus/watch-folder.js";
import { createLogger } from "../../adapters/log.js";
import { createBriefingService } from "../../src/index.js";
import { waitUntil } from "../helpers/wait.js";
import { createHarness, SEEDS, subscription } from "../schedule/scheduler-harness.js";

// The corpus grows while the bot runs; the next digest leads with what changed, cited verbatim.

const REVISION = `Monitor raises death toll from US strikes in eastern Syria

The Syrian Observatory for Human Rights said on Tuesday that 12 militia fighters were killed in the US air strikes near the Iraqi border, up from its earlier count.

The monitor said the dead were members of Iran-backed groups and that several more were wounded. It did not say how it had confirmed the new figure.
`;

let dir: string;
let watcher: CorpusWatcher;
let h: Awaited<ReturnType<typeof createHarness>>;
afterEach(async () => {
  watcher.stop();
  await h.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("what changed, as the corpus grows", () => {
  it("reports a revised casualty figure from an article added while running, with its citations", {
    timeout: 60_000,
  }, async () => {
    dir = mkdtempSync(join(tmpdir(), "deskbrief-corpus-"));
    cpSync(SEEDS, dir, { recursive: true });
    h = await createHarness("2021-03-01T07:00:00Z", { corpus: { state: () => watcher.state() } });
    const clock = () => new Date(h.now.value);
    const service = createBriefingService((await loadCorpusFolder(dir)).documents, clock);
    watcher = watchCorpusFolder(
      dir,
      { ok: true, service },
      {
        service,
        createService: () => createBriefingService([], clock),
        log: createLogger("error", () => {}),
        debounceMs: 50,
      },
    );
    await h.store.createSubscription(subscription(), "2021-03-01T07:00:00.000Z");

    h.set("2021-03-01T08:00:00Z");
    await h.scheduler.tick();
    const documentsBefore = h.poster.posts[0]?.digest.briefing.documents.length ?? 0;

    writeFileSync(join(dir, "005_monitor_update.txt"), REVISION);
    await waitUntil("the watcher to load the added article", () => {
      const state = watcher.state();
      return state.ok && state.service.documentCount() === documentsBefore + 1;
    });

    h.set("2021-03-02T08:00:00Z");
    await h.scheduler.tick();
    const digest = h.poster.posts[1]?.digest;
    expect(digest?.since).toBe("2021-03-01T08:00:00.000Z");
    const revision = digest?.changes.find((c) => c.kind === "revised-figure");
    expect(revision?.text).toBe(
      "The Syrian Observatory for Human Rights: casualties figure revised to 12 (earlier figures: 5, 7)",
    );
    expect(revision?.citations[0]?.doc).toBe("005_monitor_update");
    expect(digest?.changes[0]).toBe(revision);
    expect(
      digest?.changes.some((c) => c.kind === "new-report" && c.text.includes("Monitor raises death toll")),
    ).toBe(true);
    // Never words put in a source's mouth: every quote is in its article, verbatim.
    for (const change of digest?.changes ?? []) {
      for (const c of change.citations) {
        const text = readFileSync(join(dir, `${c.doc}.txt`), "utf8").replace(/\s+/g, " ");
        expect(text).toContain(c.quote);
      }
    }

    h.set("2021-03-03T08:00:00Z");
    await h.scheduler.tick();
    expect(h.poster.posts[2]?.digest).toMatchObject({ since: "2021-03-02T08:00:00.000Z", changes: [] });
  });
});
