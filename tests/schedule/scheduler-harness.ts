import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadCorpusFolder } from "../../adapters/corpus/load-folder.js";
import { createLogger } from "../../adapters/log.js";
import type { CorpusSource } from "../../adapters/runtime.js";
import type { DigestPoster, PostRequest, PostResult } from "../../adapters/schedule/digest-poster.js";
import { createDigestScheduler } from "../../adapters/schedule/digest-scheduler.js";
import { createDigestPort } from "../../adapters/schedule/schedule-port.js";
import type { DigestStore, SubscriptionInput } from "../../adapters/store/digest-store.js";
import { openSqlDigestStore } from "../../adapters/store/sql-digest-store.js";
import { openSqliteDriver } from "../../adapters/store/sqlite-driver.js";
import { type CorpusState, createBriefingService } from "../../src/index.js";

// A scheduler on a real SQLite file with an injected clock and a poster that records what it got.

export const SEEDS = join(import.meta.dirname, "..", "fixtures", "seeds");

export class RecordingPoster implements DigestPoster {
  readonly posts: PostRequest[] = [];
  readonly direct: { userId: string; text: string }[] = [];
  /** What the next posts answer; the default is success. */
  answers: PostResult[] = [];
  allowDirect = true;

  async post(request: PostRequest): Promise<PostResult> {
    this.posts.push(request);
    return this.answers.shift() ?? { ok: true, postId: `post-${this.posts.length}` };
  }

  async notify(userId: string, text: string): Promise<boolean> {
    if (this.allowDirect) this.direct.push({ userId, text });
    return this.allowDirect;
  }
}

export const subscription = (over: Partial<SubscriptionInput> = {}): SubscriptionInput => ({
  id: "morning",
  platform: "slack",
  channel: "C0NEWSDESK",
  topic: "strikes",
  cron: "0 8 * * *",
  timezone: "Europe/London",
  origin: "chat",
  createdBy: "U0EDITOR",
  ...over,
});

/** Read once per test file: the seeds do not change. */
let seeds: ReturnType<typeof loadCorpusFolder> | undefined;

export async function createHarness(
  start: string,
  options: { graceHours?: number; maxFailures?: number; corpus?: CorpusSource } = {},
) {
  const dir = mkdtempSync(join(tmpdir(), "deskbrief-schedule-"));
  const file = join(dir, "deskbrief.sqlite");
  const now = { value: Date.parse(start) };
  const clock = () => new Date(now.value);
  seeds ??= loadCorpusFolder(SEEDS);
  const load = await seeds;
  const corpus = {
    state: { ok: true, service: createBriefingService(load.documents, clock) } as CorpusState,
  };
  const store = await openSqlDigestStore(openSqliteDriver(file));
  const stores = [store];
  const poster = new RecordingPoster();
  const make = (s: DigestStore, owner: string) =>
    createDigestScheduler({
      store: s,
      corpus: options.corpus ?? { state: () => corpus.state },
      posters: { slack: poster, discord: poster },
      clock,
      owner,
      graceMs: (options.graceHours ?? 6) * 3_600_000,
      maxFailures: options.maxFailures ?? 3,
      leaseMs: 60_000,
      log: createLogger("error", () => {}),
    });
  const scheduler = make(store, "first");
  return {
    now,
    set: (iso: string) => {
      now.value = Date.parse(iso);
    },
    store,
    poster,
    scheduler,
    port: createDigestPort(store, scheduler, clock),
    corpus,
    anotherStore: async () => {
      const s = await openSqlDigestStore(openSqliteDriver(file));
      stores.push(s);
      return s;
    },
    make,
    async close() {
      await Promise.all(stores.map((s) => s.close()));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
