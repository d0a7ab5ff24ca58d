import { type FSWatcher, readdirSync, statSync, watch } from "node:fs";
import { join } from "node:path";
import type { CorpusState } from "../../src/index.js";
import type { Logger } from "../log.js";
import type { CorpusSource } from "../runtime.js";
import { type CorpusLoad, loadCorpusFolder } from "./load-folder.js";

// The corpus grows while the bot runs: new or changed articles are read again and the state is
// swapped in one assignment, so the next /brief and the next digest see them, with no restart.

export interface CorpusWatcher extends CorpusSource {
  /** Reads the folder again if anything in it changed; resolves when the new state is in place. */
  refresh(): Promise<void>;
  stop(): void;
}

export interface WatchOptions {
  /**
   * Turns a fresh read into the state commands answer from; `previous` is the state it replaces, so
   * a service that can take changed documents (re-analysing only the stories they touch) can be kept.
   */
  build(load: CorpusLoad, previous: CorpusState): CorpusState;
  log: Logger;
  /** Quiet time after the last change before reading (editors save files in several writes). */
  debounceMs?: number;
  /** A slow safety net for file systems whose change events do not arrive (network and container mounts). */
  pollMs?: number;
}

export function watchCorpusFolder(dir: string, initial: CorpusState, options: WatchOptions): CorpusWatcher {
  const { log } = options;
  let state = initial;
  // Taken now, synchronously: the first event or poll reloads only if something really changed.
  let seen = folderSignature(dir);
  let timer: NodeJS.Timeout | undefined;
  let reading: Promise<void> | null = null;
  let again = false;

  async function readIfChanged(): Promise<void> {
    const signature = folderSignature(dir);
    if (signature === seen) return;
    try {
      const started = performance.now();
      const load = await loadCorpusFolder(dir);
      for (const w of load.warnings) log.warn("corpus file skipped", { file: w.file, reason: w.message });
      state = options.build(load, state);
      log.info("corpus reloaded", {
        documents: load.documents.length,
        ms: Math.round(performance.now() - started),
      });
    } catch (error) {
      // A folder that is briefly gone or unreadable keeps the last good corpus answering.
      log.error("corpus reload failed; keeping the previous corpus", { reason: (error as Error).message });
    }
    // Remembered either way: a broken folder is retried when it changes again, not at every poll.
    seen = signature;
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
          await readIfChanged();
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
    },
  };
}

/**
 * Names, sizes and modification times: different whenever an article is added, edited or removed,
 * and cheap enough (one directory read, one stat per file) to take synchronously.
 */
function folderSignature(dir: string): string | null {
  try {
    return readdirSync(dir)
      .sort()
      .map((n) => {
        const s = statOrNull(join(dir, n));
        return s ? `${n}:${s.size}:${s.mtimeMs}` : n;
      })
      .join("\n");
  } catch {
    return null;
  }
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}
