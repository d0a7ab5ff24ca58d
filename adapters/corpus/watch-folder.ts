import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";
import { setImmediate as yieldToCommands } from "node:timers/promises";
import type { CorpusService, CorpusState } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import { fileSignature, isArticleName } from "./load-folder.js";
import { type ReaderThread, startReaderThread } from "./reader-thread.js";

// The corpus grows while the bot runs. A worker thread reads and parses the files that changed
// (only those: it remembers sizes and modification times), and the running service takes them in
// small pieces, one turn of the event loop each, so commands keep being acked and answered from
// the last good corpus meanwhile; only the stories the pieces touch are analysed again.

export interface CorpusWatcher extends CorpusSource {
  /** Reads the folder again if anything in it changed; resolves when the changes are in place. */
  refresh(): Promise<void>;
  stop(): void;
}

export interface WatchOptions {
  /** The service behind the initial state, which reloads change in place; absent when it could not load. */
  service?: CorpusService;
  /** An empty service, for a corpus that could not be loaded at start once its folder can be read. */
  createService(): CorpusService;
  log: Logger;
  /** Quiet time after the last change before reading (editors save files in several writes). */
  debounceMs?: number;
  /** A slow safety net for file systems whose change events do not arrive (network and container mounts). */
  pollMs?: number;
}

export function watchCorpusFolder(dir: string, initial: CorpusState, options: WatchOptions): CorpusWatcher {
  const { log } = options;
  let state = initial;
  let timer: NodeJS.Timeout | undefined;
  let reading: Promise<void> | null = null;
  let again = false;
  let created: CorpusService | null = null;
  let failure: string | null = null;
  // The folder as it was loaded: the first reload reads only what changed since (all of it when the
  // corpus could not be loaded). Taken now, synchronously, so no change can slip in between.
  const known = initial.ok ? knownFiles(dir) : [];
  // Started at the first reload, not now: loading the engine in a second thread would slow start-up.
  let reader: ReaderThread | null = null;

  async function readChanges(): Promise<void> {
    const started = performance.now();
    let service = options.service ?? created;
    try {
      reader ??= startReaderThread(dir, known);
      const result = await reader.reload(async (documents) => {
        service ??= created = options.createService();
        service.addRead(documents);
        // Publish as soon as a corpus that was unavailable has its first articles.
        if (!state.ok) state = { ok: true, service };
        await yieldToCommands();
      });
      for (const w of result.warnings) log.warn("corpus file skipped", { file: w.file, reason: w.message });
      if (service && result.removed.length > 0) service.remove(result.removed);
      if (result.read > 0 || result.removed.length > 0 || result.warnings.length > 0) {
        log.info("corpus reloaded", {
          files: result.total,
          read: result.read,
          removed: result.removed.length,
          documents: service?.documentCount(),
          ms: Math.round(performance.now() - started),
        });
      }
      failure = null;
    } catch (error) {
      // A folder that is briefly gone or unreadable keeps the last good corpus answering; said once
      // per cause, not at every poll.
      const reason = (error as Error).message;
      if (reason !== failure) log.error("corpus reload failed; keeping the previous corpus", { reason });
      failure = reason;
    }
  }

  function refresh(): Promise<void> {
    if (reading) {
      again = true;
      return reading;
    }
    reading = (async () => {
      try {
        do {
          again = false;
          await readChanges();
        } while (again);
      } finally {
        reading = null;
      }
    })();
    return reading;
  }

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), options.debounceMs ?? 300);
    timer.unref();
  };

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, { persistent: false }, schedule);
    watcher.on("error", (error) => log.warn("corpus watch stopped; polling only", { reason: error.message }));
  } catch (error) {
    log.warn("corpus folder not watchable; polling only", { reason: (error as Error).message });
  }
  const poll = setInterval(() => void refresh(), options.pollMs ?? 30_000);
  poll.unref();

  return {
    state: () => state,
    refresh,
    stop() {
      watcher?.close();
      clearInterval(poll);
      clearTimeout(timer);
      void reader?.stop().catch(() => undefined);
    },
  };
}

/** Each article file's signature, as the reader compares them; one directory read, one stat a file. */
function knownFiles(dir: string): [string, string][] {
  try {
    return readdirSync(dir)
      .filter(isArticleName)
      .map((name): [string, string] => [name, fileSignature(statOrNull(join(dir, name)))]);
  } catch {
    return [];
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
